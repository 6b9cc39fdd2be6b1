import Foundation
import Testing
@testable import KGraphGraphviz

/// A small graph with a cluster and attributes set through agsafeset.
private func sample() -> GraphDescription {
    GraphDescription(
        name: "sample",
        graphAttributes: ["rankdir": "LR", "label": "Sample"],
        nodeDefaults: ["shape": "box", "fontname": "DejaVu Sans"],
        edgeDefaults: ["fontsize": "9"],
        nodes: [
            .init(id: "person:lina moor", attributes: ["label": "Lina Moor", "color": "blue"]),
            .init(id: "org:harbour watch", attributes: ["label": "Harbour Watch"]),
            .init(id: "place:velo", attributes: ["label": "Velo"]),
        ],
        edges: [
            .init(source: "person:lina moor", target: "org:harbour watch", attributes: ["label": "member of"]),
            .init(source: "org:harbour watch", target: "place:velo", attributes: ["label": "located in"]),
        ],
        subgraphs: [.init(name: "cluster_people", attributes: ["label": "People"], nodeIDs: ["person:lina moor"])]
    )
}

@Test func dotSourceParsesBackWithEveryAttribute() throws {
    let dot = try Graphviz.dotSource(of: sample())
    let back = try Graphviz.parse(dot: dot)
    #expect(back.name == "sample")
    #expect(back.isDirected)
    #expect(back.graphAttributes["rankdir"] == "LR")
    #expect(back.nodeDefaults["shape"] == "box")
    #expect(back.edgeDefaults["fontsize"] == "9")
    #expect(Set(back.nodes.map(\.id)) == ["person:lina moor", "org:harbour watch", "place:velo"])
    #expect(back.nodes.first { $0.id == "person:lina moor" }?.attributes["color"] == "blue")
    #expect(Set(back.edges.map { "\($0.source)>\($0.target)>\($0.attributes["label"] ?? "")" })
            == ["person:lina moor>org:harbour watch>member of", "org:harbour watch>place:velo>located in"])
    #expect(back.subgraphs.map(\.name) == ["cluster_people"])
    #expect(back.subgraphs.first?.nodeIDs == ["person:lina moor"])
}

@Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
func everyEngineLaysOut(engine: String) throws {
    let out = try Graphviz.render(sample(), engine: engine, format: "svg")
    let svg = String(decoding: out.bytes, as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("Lina Moor"))
}

@Test func rendersDotWithPositions() throws {
    let out = try Graphviz.render(sample(), engine: "dot", format: "dot")
    let back = try Graphviz.parse(dot: String(decoding: out.bytes, as: UTF8.self))
    #expect(back.nodes.allSatisfy { $0.attributes["pos"] != nil })
    #expect(back.graphAttributes["bb"] != nil)
}

@Test func unknownEngineIsAnErrorWithGraphvizText() {
    #expect {
        _ = try Graphviz.render(sample(), engine: "nosuchengine", format: "svg")
    } throws: { error in
        guard case let .layoutEngineUnavailable(engine, available) = error as? GraphvizError else { return false }
        let text = (error as! GraphvizError).description
        return engine == "nosuchengine" && available.contains("dot") && text.contains("dot -c") && text.contains("libgraphviz-dev")
    }
}

@Test func unknownFormatIsAnError() {
    #expect {
        _ = try Graphviz.render(sample(), engine: "dot", format: "nosuchformat")
    } throws: { error in
        guard case let .formatUnavailable(format, available) = error as? GraphvizError else { return false }
        return format == "nosuchformat" && available.contains("svg")
    }
}

@Test func badDotIsAParseErrorWithGraphvizText() throws {
    var caught: GraphvizError?
    do { _ = try Graphviz.parse(dot: "digraph { a -> ; }") } catch { caught = error }
    guard case let .parseFailed(message) = caught else {
        Issue.record("expected parseFailed, got \(String(describing: caught))")
        return
    }
    #expect(message.contains("syntax error"))
    #expect(!message.contains("\n"))
    // One failure does not poison the next call.
    let ok = try Graphviz.parse(dot: "digraph { a -> b }")
    #expect(ok.edges.count == 1)
}

@Test func edgeToUnknownNodeIsABuildError() {
    var d = sample()
    d.edges.append(.init(source: "place:velo", target: "nobody"))
    #expect(throws: GraphvizError.buildFailed(message: "edge to unknown node 'nobody'")) {
        _ = try Graphviz.dotSource(of: d)
    }
}

@Test func escapedTextSurvivesTheRoundTrip() throws {
    let nasty = "He said \"run\" \\N <script>alert(1)</script> & &lt; C:\\temp\\n\nline two 🚓 Ünïcødé"
    var d = sample()
    d.nodes[0].attributes["label"] = GraphDescription.escapedText(nasty)
    let dot = try Graphviz.dotSource(of: d)
    let back = try Graphviz.parse(dot: dot)
    #expect(back.nodes.first { $0.id == "person:lina moor" }?.attributes["label"] == GraphDescription.escapedText(nasty))
    let svg = String(decoding: try Graphviz.render(d, engine: "dot", format: "svg").bytes, as: UTF8.self)
    #expect(!svg.contains("<script"))
    #expect(svg.contains("&lt;script&gt;"))
    #expect(svg.contains("🚓"))
    #expect(svg.contains("C:\\temp\\n"))
    #expect(svg.contains("&amp;lt;"))
}

@Test func escapedTextEscapesBackslashesAmpersandsAndBreaks() {
    #expect(GraphDescription.escapedText("a\\Nb") == "a\\\\Nb")
    #expect(GraphDescription.escapedText("a&b") == "a&amp;b")
    #expect(GraphDescription.escapedText("a\r\nb\nc\rd") == "a\\nb\\nc\\nd")
    #expect(GraphDescription.escapedText("tab\there\u{0}") == "tab here ")
}

@Test(arguments: ["plain", "“quoted” — é 🚓", "line\u{2028}sep", "para\u{2029}sep", "next\u{85}line", "c1\u{9F}x",
                  "\u{2027}\u{202A} near misses", "amp&", "back\\slash", "del\u{7F}"])
func escapedTextFastPathAgreesWithTheFullEscape(text: String) {
    let changes = text.unicodeScalars.contains { s in
        s.value < 0x20 || s.value == 0x5C || s.value == 0x26 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }
    #expect(GraphDescription.needsEscaping(text) == changes)
    if !changes { #expect(GraphDescription.escapedText(text) == text) }
}

@Test func listsPlugins() throws {
    let engines = try Graphviz.layoutEngines()
    for e in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] { #expect(engines.contains(e)) }
    let formats = try Graphviz.outputFormats()
    for f in ["svg", "png", "pdf", "dot", "xdot"] { #expect(formats.contains(f)) }
}

@Test func rendersFromDotText() throws {
    let out = try Graphviz.render(dot: "digraph { layout=neato; a -> b }", format: "svg")
    #expect(String(decoding: out.bytes, as: UTF8.self).contains("<svg"))
}

@Test func concurrentCallsAreSerialised() async throws {
    try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<8 {
            group.addTask { try Graphviz.render(sample(), engine: "dot", format: "svg").bytes.count }
        }
        for try await count in group { #expect(count > 500) }
    }
}

@Test func htmlLabelIsSetAsHTMLAndReadBack() throws {
    var d = sample()
    d.nodes.append(.init(id: "legend", htmlLabel: "<TABLE><TR><TD BGCOLOR=\"#ffcc00\">key</TD></TR></TABLE>"))
    let dot = try Graphviz.dotSource(of: d)
    #expect(dot.contains("label=<<TABLE>"))
    let back = try Graphviz.parse(dot: dot)
    #expect(back.nodes.first { $0.id == "legend" }?.htmlLabel == "<TABLE><TR><TD BGCOLOR=\"#ffcc00\">key</TD></TR></TABLE>")
    let svg = String(decoding: try Graphviz.render(d, engine: "dot", format: "svg").bytes, as: UTF8.self)
    #expect(svg.contains(">key</text>"))
}

@Test func tooltipsKeepBackslashSequencesLiteral() throws {
    var d = sample()
    d.nodes[0].attributes["tooltip"] = GraphDescription.escapedTooltip("a \\N b \\G c \\\\ d\nnext")
    let svg = String(decoding: try Graphviz.render(d, engine: "dot", format: "svg").bytes, as: UTF8.self)
    #expect(svg.contains("xlink:title=\"a \\\u{2060}N b \\\u{2060}G c \\\\ d&#10;next\""), "\(svg)")
    #expect(!svg.contains("person:lina moor b"))
}

@Test func warningsAreCapturedNotPrinted() throws {
    var d = sample()
    d.nodes[0].attributes["color"] = "nosuchcolour"
    let out = try Graphviz.render(d, engine: "dot", format: "svg")
    #expect(out.warnings.contains { $0.contains("nosuchcolour") }, "\(out.warnings)")
    // The next call starts with a clean log.
    #expect(try Graphviz.render(sample(), engine: "dot", format: "svg").warnings.isEmpty)
}
