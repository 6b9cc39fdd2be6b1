import Foundation
import KGraphModel
import Testing
@testable import KGraphExport

@Suite struct Neo4jCSVTests {
    @Test func writesNodesRelationshipsAndTheImportCommand() throws {
        let graph = Fixtures.graph
        let dir = try TestSupport.temporaryDirectory("csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = try GraphExporter().writeNeo4jCSV(graph, to: dir.appendingPathComponent("out"))
        #expect(urls.map(\.lastPathComponent) == ["nodes.csv", "relationships.csv", "neo4j-admin-import.sh"])
        let nodes = TestSupport.csvRecords(try String(contentsOf: urls[0], encoding: .utf8))
        let rels = TestSupport.csvRecords(try String(contentsOf: urls[1], encoding: .utf8))
        #expect(nodes[0].compactMap { $0 } == Neo4jCSV.nodeHeader.split(separator: ",").map(String.init))
        #expect(rels[0].compactMap { $0 } == [":START_ID", ":END_ID", ":TYPE", "documents:string[]", "evidence", "provenance:string[]"])
        #expect(nodes.count - 1 == graph.nodes.count)
        #expect(rels.count - 1 == graph.edges.count)
        for r in nodes.dropFirst() { #expect(r.count == nodes[0].count) }
        for r in rels.dropFirst() { #expect(r.count == rels[0].count) }
        let ids = Set(nodes.dropFirst().map { $0[0]! })
        #expect(ids.count == graph.nodes.count)
        for r in rels.dropFirst() { #expect(ids.contains(r[0]!) && ids.contains(r[1]!)) }
        let script = try String(contentsOf: urls[2], encoding: .utf8)
        #expect(script.contains("neo4j-admin database import full"))
        #expect(script.contains("--array-delimiter=U+001F"))
    }

    @Test func hostileValuesRoundTrip() throws {
        let nodes = TestSupport.csvRecords(String(decoding: Neo4jCSV.nodes(ExportGraph(Fixtures.graph)).bytes, as: UTF8.self))
        let header = nodes[0].map { $0! }
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        let lea = try #require(nodes.first { $0[column("name")] == Fixtures.hostileName })
        #expect(lea[column(":LABEL")] == "Person")
        // The alias holds U+001F, the array delimiter: it becomes a space, and the array has one element.
        let aliases = try #require(lea[column("aliases:string[]")]).split(separator: "\u{1F}", omittingEmptySubsequences: false)
        #expect(aliases == [Substring(Fixtures.hostileAlias.replacingOccurrences(of: "\u{1F}", with: " "))])
        #expect(lea[column("eventType")] == .some(nil))
        let statement = try #require(nodes.first { $0[column("content")] == Fixtures.hostileContent })
        #expect(statement[column("eventType")] == "statement")
        let place = try #require(nodes.first { $0[column("name")] == Fixtures.hostilePlace })
        #expect(place[column(":LABEL")] == "Thing")
    }
}
