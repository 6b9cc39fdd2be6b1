import Foundation
import KGraphGraphviz
import KGraphModel
import Testing
@testable import KGraphRender

/// A graph of `count` separate arrests, each of one invented person, plus one raid with three.
private func manyStories(_ count: Int) -> KGraph {
    var nodes: [Node] = []
    var edges: [Edge] = []
    for i in 0..<count {
        nodes.append(Node(id: "event:a\(i)", kind: .event, name: "arrest", eventType: .arrest))
        nodes.append(Node(id: "person:p\(i)", kind: .person, name: "Suspect Number \(i)"))
        edges.append(Edge(source: "event:a\(i)", target: "person:p\(i)", kind: .patient))
    }
    nodes.append(Node(id: "event:raid", kind: .event, name: "raid", eventType: .raid))
    for name in ["Ada Vell", "Bo Rask", "Cy Mont"] {
        nodes.append(Node(id: "person:\(name)", kind: .person, name: name))
        edges.append(Edge(source: "event:raid", target: "person:\(name)", kind: .patient))
    }
    return KGraph(nodes: nodes, edges: edges)
}

/// The width and height of an SVG's viewBox.
private func viewBox(_ svg: String) throws -> (width: Double, height: Double) {
    let range = try #require(svg.range(of: #"viewBox="[^"]*""#, options: .regularExpression))
    let numbers = svg[range].dropFirst(9).dropLast().split(separator: " ").compactMap { Double($0) }
    try #require(numbers.count == 4)
    return (numbers[2], numbers[3])
}

@Test func rowsHoldItemsUpToThePageWidth() {
    let sizes = Array(repeating: ComponentRows.Size(width: 100, height: 100), count: 9)
    let rows = ComponentRows.fill(sizes)
    // Area 90,000 at aspect targetAspect gives a page about sqrt(90,000 × aspect) wide.
    let perRow = Int((90_000 * ComponentRows.targetAspect).squareRoot() * 1.05 / 100)
    #expect(rows.first?.count == perRow)
    #expect(rows.flatMap { $0 } == Array(0..<9))
    #expect(ComponentRows.fill([]).isEmpty)
}

@Test func aWideItemGetsARowOfItsOwnAndSmallOnesFillGaps() {
    // The widest (1,000) sets the page; the others share the second row.
    let sizes = [ComponentRows.Size(width: 1000, height: 50), .init(width: 500, height: 50),
                 .init(width: 400, height: 50), .init(width: 100, height: 50), .init(width: 900, height: 50)]
    let rows = ComponentRows.fill(sizes)
    #expect(rows == [[0], [1, 2, 3], [4]])
}

@Test func oneComponentNeedsNoChains() {
    let d = GraphDescription(nodes: [.init(id: "a"), .init(id: "b")], edges: [.init(source: "a", target: "b")])
    #expect(ComponentRows.chains(for: d, edgeLabels: true).isEmpty)
}

@Test func chainsRunFromALastRankToAFirstRankAndAreInvisible() {
    var d = GraphDescription()
    for i in 0..<8 {
        d.nodes += [.init(id: "s\(i)", attributes: ["label": "start"]), .init(id: "m\(i)", attributes: ["label": "middle"]),
                    .init(id: "t\(i)", attributes: ["label": "end"])]
        d.edges += [.init(source: "s\(i)", target: "m\(i)"), .init(source: "m\(i)", target: "t\(i)")]
    }
    let chains = ComponentRows.chains(for: d, edgeLabels: false)
    #expect(!chains.isEmpty)
    for e in chains {
        #expect(e.attributes["style"] == "invis")
        #expect(e.source.hasPrefix("t") && e.target.hasPrefix("s"))
    }
    // Fewer rows than parts: every chain joins two parts, none joins a part to itself.
    #expect(chains.count < 8)
    #expect(Set(chains.map(\.target)).count == chains.count)
}

@Test func ranksFollowTheLongestPathAndSurviveCycles() {
    // 0 → 1 → 2, 0 → 2; 3 ⇄ 4
    let ranks = ComponentRows.ranks(outgoing: [[1, 2], [2], [], [4], [3]], incoming: [0, 1, 2, 1, 1])
    #expect(Array(ranks[0...2]) == [0, 1, 2])
    #expect(Set(ranks[3...4]) == [0, 1])
}

@Test func manySmallStoriesAreDrawnInRowsNotOneTallColumn() throws {
    let d = try DiagramRenderer().render(manyStories(16), format: .svg, engine: .dot)
    let box = try viewBox(String(decoding: d.data, as: UTF8.self))
    // Stacked one above the other, 17 parts of ~40 points each would be over 10 times taller than wide.
    #expect(box.width / box.height > 0.6)
    #expect(d.notes.contains { $0.contains("side by side in rows") })
    // The chains are invisible: no edge of the SVG lacks a relation label.
    let svg = try #require(SVGReader.read(d.data))
    #expect(svg.groups.filter { $0.cls.contains("edge") }.count == 19)
}

@Test func theLegendHeadingIsAtTheTopOfItsColumn() throws {
    let d = try DiagramRenderer().render(manyStories(6), format: .svg, engine: .dot)
    let svg = String(decoding: d.data, as: UTF8.self)
    func y(_ id: String) throws -> Double {
        let start = try #require(svg.range(of: "<title>\(id)</title>"))
        let text = try #require(svg[start.upperBound...].range(of: #"<text[^>]* y="[-0-9.]+""#, options: .regularExpression))
        let tag = svg[text]
        let value = tag[tag.range(of: "y=\"")!.upperBound...].dropLast()
        return try #require(Double(value))
    }
    let heading = try y("kgraph legend:legend")
    #expect(heading < (try y("kgraph legend:person")))
    #expect(heading < (try y("kgraph legend:arrest")) + 5)
}
