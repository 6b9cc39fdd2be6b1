import Foundation
import KGraphGraphviz
import KGraphModel
import Testing
@testable import KGraphRender

private let renderer = DiagramRenderer()

@Test func svgIsXMLAndNamesEveryNodeWithItsEvidence() throws {
    let graph = Fixtures.graph
    let d = try renderer.render(graph, format: .svg, title: "Port Velo raid")
    let svg = try #require(SVGReader.read(d.data), "the SVG does not parse as XML")
    for node in graph.nodes where node.kind != .time {
        let group = try #require(svg.node(node.id), "no node \(node.id)")
        let text = group.texts.joined(separator: " ")
        if node.kind == .event {
            #expect(text.hasPrefix(node.eventType!.rawValue))
        } else {
            #expect(text == node.name, "\(node.id): \(text)")
        }
    }
    for name in ["Lina Moor", "Arvo Tesk", "Tomas Reyd", "Velo Harbour Police", "Port Velo", "Corlan", "Corlan Provincial Court"] {
        #expect(svg.groups.contains { $0.texts.joined(separator: " ") == name }, "\(name) not drawn")
    }
    // Hovering shows why: the evidence sentence and the article.
    let lina = try #require(svg.node("person:lina moor"))
    #expect(lina.tooltips.contains { $0.contains("Officers arrested Lina Moor and Arvo Tesk during the raid.") && $0.contains("Harbour police arrest two in Port Velo raid") })
    let edgeTips = svg.groups.filter { $0.cls == "edge" }.flatMap(\.tooltips)
    #expect(edgeTips.contains { $0.contains("Tomas Reyd — said → statement") && $0.contains("The suspects were planning a shipment") })
    // The legend names every kind and event type drawn.
    for word in ["person", "organization", "role", "place", "other participant", "raid", "arrest", "seizure", "statement", "charge"] {
        #expect(svg.node(DiagramPlan.legendPrefix + word)?.texts == [word], "legend lacks \(word)")
    }
    #expect(svg.node(DiagramPlan.legendPrefix + "time") == nil)
}

@Test func eventNodesCarryTheirTimeAndStatementsTheirContent() throws {
    let back = try Graphviz.parse(dot: renderer.dotSource(Fixtures.graph))
    let labels = Dictionary(uniqueKeysWithValues: back.nodes.map { ($0.id, $0.attributes["label"] ?? "") })
    let arrest = try #require(labels.first { $0.key.hasSuffix(":v2") }?.value)
    #expect(arrest == "arrest\\nApril 6")
    let statement = try #require(labels.first { $0.key.hasSuffix(":v4") }?.value)
    #expect(statement.hasPrefix("statement\\n“The suspects were"))
    // Time nodes are folded into the events; the speaker is linked once, by "said".
    #expect(!back.nodes.contains { $0.id.hasPrefix("time:") })
    #expect(!back.edges.contains { $0.source.hasSuffix(":v4") && $0.target == "person:tomas reyd" })
    #expect(back.edges.contains { $0.source == "person:tomas reyd" && $0.target.hasSuffix(":v4") && $0.attributes["label"] == "said" })
}

@Test func pngHasItsSignatureAndASensibleSize() throws {
    let d = try renderer.render(Fixtures.graph, format: .png)
    let bytes = [UInt8](d.data)
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR")
    let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect((400...4000).contains(width), "width \(width)")
    #expect((300...4000).contains(height), "height \(height)")
    let aspect = Double(width) / Double(height)
    #expect(aspect > 0.33 && aspect < 3, "aspect \(aspect)")
}

@Test func pdfStartsWithItsMagic() throws {
    let d = try renderer.render(Fixtures.graph, format: .pdf)
    #expect(d.data.prefix(5) == Data("%PDF-".utf8))
    #expect(d.data.count > 1000)
}

@Test func dotParsesBackThroughAgmemread() throws {
    let d = try renderer.render(Fixtures.graph, format: .dot, highlight: ["person:lina moor"])
    let back = try Graphviz.parse(dot: String(decoding: d.data, as: UTF8.self))
    let expected = Set(Fixtures.graph.nodes.filter { $0.kind != .time }.map(\.id))
    #expect(Set(back.nodes.map(\.id).filter { !$0.hasPrefix(DiagramPlan.legendPrefix) }) == expected)
    #expect(back.edges.filter { $0.attributes["style"] != "invis" }.count == d.edgeCount)
    #expect(back.graphAttributes["layout"] == "dot")
    let lina = try #require(back.nodes.first { $0.id == "person:lina moor" })
    #expect(lina.attributes["color"] == DiagramStyle.highlightColor)
    #expect(lina.attributes["shape"] == "ellipse")
    let legend = back.subgraphs.filter { $0.name.hasPrefix(DiagramPlan.legendSubgraph) }.flatMap(\.nodeIDs)
    #expect(legend.contains(DiagramPlan.legendPrefix + "answer"))
    #expect(legend.count == back.nodes.filter { $0.id.hasPrefix(DiagramPlan.legendPrefix) }.count)
    #expect(legend.allSatisfy { $0.hasPrefix(DiagramPlan.legendPrefix) })
}

/// A name from an article that tries everything.
private let nasty = "Mr \"Quote\" O'Hare <script>alert('x')</script> \\N \\l C:\\dir\\ & &lt; 🚓👮🏽‍♀️ Zoë\nsecond line"

private func nastyGraph() -> KGraph {
    var g = Fixtures.graph
    let i = g.nodes.firstIndex { $0.id == "person:arvo tesk" }!
    g.nodes[i].name = nasty
    g.nodes[i].aliases = ["</title><script>"]
    return g
}

@Test func hostileLabelsRenderAndStayEscaped() throws {
    let g = nastyGraph()
    let svgData = try renderer.render(g, format: .svg, title: "<b>title</b> & \"more\"").data
    let text = String(decoding: svgData, as: UTF8.self)
    #expect(!text.contains("<script"))
    #expect(!text.contains("<b>"))
    let svg = try #require(SVGReader.read(svgData), "hostile labels broke the SVG")
    #expect(!svg.elementNames.contains("script"))
    let node = try #require(svg.node("person:arvo tesk"))
    let shown = node.texts.joined(separator: " ")
    #expect(shown.contains("\"Quote\""))
    #expect(shown.contains("<script>alert('x')"))
    #expect(shown.contains("\\N \\l C:\\dir\\ & &lt;"))
    // The tooltip holds the whole name, line break included, exactly (word joiners aside).
    let tip = try #require(node.tooltips.first).replacingOccurrences(of: "\u{2060}", with: "")
    #expect(tip.hasPrefix(nasty + " (person, also </title><script>)\n“Officers arrested"), "\(tip)")
    // DOT and PNG survive too.
    let dot = try renderer.dotSource(g)
    let back = try Graphviz.parse(dot: dot)
    #expect(back.nodes.first { $0.id == "person:arvo tesk" }?.attributes["label"] == GraphDescription.escapedText(DiagramPlan.wrap(nasty, width: 22, lines: 3)))
    #expect(try renderer.render(g, format: .png).data.count > 1000)
}

@Test func emojiAndAccentsAreDrawn() throws {
    var g = Fixtures.graph
    g.nodes.append(Node(id: "person:zoe", kind: .person, name: "Zoë Ångström 🚓👮🏽‍♀️"))
    let svg = try #require(SVGReader.read(try renderer.render(g, format: .svg).data))
    #expect(svg.node("person:zoe")?.texts == ["Zoë Ångström 🚓👮🏽‍♀️"])
}

@Test(arguments: LayoutEngine.allCases)
func everyEngineRenders(engine: LayoutEngine) throws {
    let d = try renderer.render(Fixtures.graph, format: .svg, engine: engine)
    #expect(d.engine == engine)
    #expect(SVGReader.read(d.data)?.node("person:lina moor") != nil)
    #expect(d.notes.contains("engine \(engine.rawValue) as asked, for \(d.nodeCount) nodes"))
}

@Test func largeGraphsGetSfdpAndNoEdgeLabels() throws {
    let d = try renderer.render(Fixtures.generated(nodes: 400, edges: 700), format: .dot)
    #expect(d.engine == .sfdp)
    #expect(d.notes.contains { $0.hasPrefix("engine sfdp with overlap removal for 400 nodes") })
    let back = try Graphviz.parse(dot: String(decoding: d.data, as: UTF8.self))
    #expect(back.graphAttributes["overlap"] == "prism")
    #expect(back.edges.allSatisfy { $0.attributes["label"] == nil })
    #expect(d.notes.contains { $0.hasPrefix("edge labels left out") })
}

@Test func sizeLimitKeepsHighlightedAndMostConnectedNodes() throws {
    var g = Fixtures.generated(nodes: 50, edges: 60)
    g.nodes.append(Node(id: "person:lone answer", kind: .person, name: "Lone Answer"))
    let limited = DiagramRenderer(maximumNodeCount: 10)
    let d = try limited.render(g, format: .dot, highlight: ["person:lone answer", "person:nobody"])
    #expect(d.nodeCount == 10)
    #expect(d.droppedNodeCount == 41)
    #expect(d.notes.contains("drew the 10 most connected of 51 nodes (limit 10); 41 left out"))
    #expect(d.notes.contains("1 highlighted id not in the diagram: person:nobody"))
    let back = try Graphviz.parse(dot: String(decoding: d.data, as: UTF8.self))
    #expect(back.nodes.contains { $0.id == "person:lone answer" })
    #expect(back.nodes.filter { !$0.id.hasPrefix(DiagramPlan.legendPrefix) }.count == 10)
}

/// Issue #17 item 8: every engine has a node limit, and the notes say what was left out.
@Test(arguments: LayoutEngine.allCases) func eachEngineHasANodeLimit(_ engine: LayoutEngine) throws {
    #expect(engine.nodeLimit <= 5_000)
    let g = Fixtures.generated(nodes: engine.nodeLimit + 7, edges: engine.nodeLimit + 20)
    let d = try DiagramRenderer(maximumNodeCount: 100_000).dotSource(g, engine: engine)
    let back = try Graphviz.parse(dot: d)
    #expect(back.nodes.filter { !$0.id.hasPrefix(DiagramPlan.legendPrefix) }.count == engine.nodeLimit)
}

@Test func circoOnALargeGraphSaysWhatWasLeftOut() throws {
    let d = try renderer.render(Fixtures.generated(nodes: 800, edges: 900), format: .dot, engine: .circo)
    #expect(d.nodeCount == 500)
    #expect(d.notes.contains("drew the 500 most connected of 800 nodes (limit 500 for circo); 300 left out"), "\(d.notes)")
}

@Test func emptyGraphRenders() throws {
    let d = try renderer.render(KGraph(), format: .svg, title: "nothing")
    #expect(SVGReader.read(d.data) != nil)
    #expect(d.nodeCount == 0 && d.edgeCount == 0)
}

@Test func rendersTwoHundredTimesInALoop() throws {
    let g = Fixtures.graph
    var sizes = Set<Int>()
    for _ in 0..<200 { sizes.insert(try renderer.render(g, format: .svg).data.count) }
    #expect(sizes.count == 1)  // deterministic, and no state leaks between renders
}

@Test(arguments: [("svg", DiagramFormat.svg), ("PNG", .png), ("pdf", .pdf), ("dot", .dot), ("gv", .dot)])
func formatFromPathExtension(ext: String, format: DiagramFormat) {
    #expect(DiagramFormat(pathExtension: ext) == format)
}

@Test func unknownPathExtensionHasNoFormat() {
    #expect(DiagramFormat(pathExtension: "jpeg") == nil)
}

@Test(arguments: [
    ("Lina Moor", 22, 3, "Lina Moor"),
    ("Corlan Provincial Court", 22, 3, "Corlan Provincial\nCourt"),
    ("one two three four five six seven eight nine ten eleven twelve", 10, 2, "one two\nthree…"),
    ("Supercalifragilisticexpialidocious", 10, 1, "Supercali…"),
])
func wrapsLabels(text: String, width: Int, lines: Int, expected: String) {
    #expect(DiagramPlan.wrap(text, width: width, lines: lines) == expected)
}


@Test func diagramErrorKeepsGraphvizText() {
    let error = DiagramError(GraphvizError.layoutEngineUnavailable(engine: "sfdp", available: ["dot"]))
    #expect(error.description == "cannot render the diagram: graphviz layout engine 'sfdp' is not available (loaded: dot); \(GraphvizError.installHint)")
}

@Test func notesSayWhatWasDecided() throws {
    let d = try renderer.render(Fixtures.graph, format: .dot)
    #expect(d.notes == ["2 time nodes shown on their events instead of as nodes", "engine dot for 16 nodes"])
    #expect(d.droppedNodeCount == 0)
}
