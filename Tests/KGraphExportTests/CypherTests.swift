import Foundation
import KGraphModel
import Testing
@testable import KGraphExport

@Suite struct CypherTests {
    func script() throws -> [String] {
        String(decoding: try GraphExporter().export(Fixtures.graph, format: .cypher), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    @Test func oneMergePerNodeAndRelationshipOnOneLineEach() throws {
        let graph = Fixtures.graph
        let lines = try script()
        #expect(lines[0].hasPrefix("// kgraph export: \(graph.nodes.count) nodes, \(graph.edges.count) relationships."))
        for line in lines.dropFirst() { #expect(line.hasSuffix(";"), "\(line)") }
        #expect(lines.filter { $0.hasPrefix("MERGE (n:") }.count == graph.nodes.count)
        #expect(lines.filter { $0.hasPrefix("MATCH (a:") && $0.contains(" MERGE (a)-[r:") }.count == graph.edges.count)
        #expect(lines.contains("CREATE INDEX FOR (n:Person) ON (n.id);"))
        #expect(lines.contains("CREATE INDEX FOR (n:Event) ON (n.id);"))
        for label in ["Person", "Organization", "Role", "Place", "Event", "Time", "Thing"] {
            #expect(lines.contains { $0.hasPrefix("MERGE (n:\(label) {id: ") }, "\(label)")
        }
        for type in ["AGENT", "PATIENT", "PLACE", "TIME", "HOLDS_ROLE", "ROLE_IN", "MEMBER_OF", "LOCATED_IN", "SAID", "PART_OF"] {
            #expect(lines.contains { $0.contains("-[r:\(type)]->") }, "\(type)")
        }
    }

    @Test func stringsRoundTripThroughCypherQuoting() throws {
        let lines = try script()
        let lea = try #require(lines.first { $0.hasPrefix("MERGE (n:Person") && $0.contains("Lucky") })
        let strings = TestSupport.cypherStrings(lea)
        #expect(strings.contains(Fixtures.hostileName))
        #expect(strings.contains(Fixtures.hostileAlias))
        let statement = try #require(lines.first { $0.contains("n.eventType = 'statement'") && $0.contains("bags") })
        #expect(TestSupport.cypherStrings(statement).contains(Fixtures.hostileContent))
        #expect(lea.contains("n.documents = ['"))
        #expect(lea.contains("n.evidence = 'Officers of Port Velo Provincial Police detained"))
    }

    @Test func escapesQuotesBackslashesAndLineBreaks() {
        var w = ByteWriter()
        w.cypherString("it's \"x\" \\ a\nb\rc\td\u{8}\u{C} é🦊 \u{2028}")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "'it\\'s \"x\" \\\\ a\\nb\\rc\\td\\b\\f é🦊 \u{2028}'")
    }
}
