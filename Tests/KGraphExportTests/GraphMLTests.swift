import Foundation
import KGraphModel
import Testing
@testable import KGraphExport

@Suite struct GraphMLTests {
    @Test func parsesWithDeclaredKeysAndTheGraphsCounts() throws {
        let graph = Fixtures.graph
        let parsed = try TestSupport.parseGraphML(try GraphExporter().export(graph, format: .graphml))
        #expect(parsed.edgedefault == "directed")
        #expect(parsed.nodes.count == graph.nodes.count)
        #expect(parsed.edges.count == graph.edges.count)
        let nodeKeys = Set(parsed.keys.values.filter { $0.for == "node" }.map(\.name))
        #expect(nodeKeys.isSuperset(of: ["kind", "label", "eventType", "time", "evidence", "documents", "provenance"]))
        let edgeKeys = Set(parsed.keys.values.filter { $0.for == "edge" }.map(\.name))
        #expect(edgeKeys.isSuperset(of: ["kind", "evidence", "documents"]))
        // Every data element refers to a declared key.
        for n in parsed.nodes { #expect(Set(n.data.keys).isSubset(of: nodeKeys)) }
        let ids = Set(parsed.nodes.map(\.id))
        for e in parsed.edges { #expect(ids.contains(e.source) && ids.contains(e.target)) }
    }

    @Test func hostileTextSurvivesEscaping() throws {
        let graph = Fixtures.graph
        let parsed = try TestSupport.parseGraphML(try GraphExporter().export(graph, format: .graphml))
        let lea = try #require(parsed.nodes.first { $0.data["label"] == Fixtures.hostileName })
        // U+001F cannot be carried by XML 1.0: it becomes U+FFFD; the rest is exact.
        #expect(lea.data["aliases"] == Fixtures.hostileAlias.replacingOccurrences(of: "\u{1F}", with: "\u{FFFD}"))
        #expect(lea.data["kind"] == "person")
        #expect(lea.data["documents"]?.split(separator: " ").count == 1)
        let place = try #require(parsed.nodes.first { $0.data["label"] == Fixtures.hostilePlace })
        #expect(place.data["kind"] == "thing")
        let statement = try #require(parsed.nodes.first { $0.data["eventType"] == "statement" && $0.data["content"]?.contains("bags") == true })
        #expect(statement.data["content"] == Fixtures.hostileContent.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}"))
        let arrest = try #require(parsed.nodes.first { $0.data["eventType"] == "arrest" && $0.data["trigger"] == "arrested" })
        #expect(arrest.data["time"] == "Monday")
        #expect(arrest.data["evidence"] == "Port Velo Provincial Police arrested Dara Sok in Port Velo on Monday.")
        #expect(arrest.data["provenance"]?.hasSuffix(":0:46-54") == true)
        let agent = try #require(parsed.edges.first { $0.source == arrest.id && $0.data["kind"] == "agent" })
        #expect(agent.target == "organization:port velo provincial police")
        #expect(agent.data["evidence"] == arrest.data["evidence"])
    }

    @Test func otherAttributesGetTheirOwnKeys() throws {
        let graph = KGraph(nodes: [Node(id: "thing:x", kind: .thing, name: "x", attributes: ["weight <kg>": "1.7 & more", "kind": "odd"])])
        let parsed = try TestSupport.parseGraphML(try GraphExporter().export(graph, format: .graphml))
        #expect(parsed.nodes.first?.data["weight <kg>"] == "1.7 & more")
        #expect(parsed.nodes.first?.data["kind"] == "thing")
        #expect(parsed.nodes.first?.data["attribute:kind"] == "odd")
    }

    @Test func escapesAsXMLRequires() {
        var w = ByteWriter()
        w.xmlText("a<b>&\"c\" 'd'\t\n\r\u{0}\u{FFFE}é🦊")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;&#9;&#10;&#13;\u{FFFD}\u{FFFD}é🦊")
    }
}
