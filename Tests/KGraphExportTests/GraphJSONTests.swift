import Foundation
import KGraphModel
import Testing
@testable import KGraphExport

@Suite struct GraphJSONTests {
    @Test func jsonHoldsTheWholeGraphWithCodePointOffsets() throws {
        let graph = Fixtures.graph
        let root = try #require(try TestSupport.json(try GraphExporter().export(graph, format: .json)) as? [String: Any])
        #expect(root["kgraph"] as? Int == 1)
        let docs = try #require(root["documents"] as? [[String: Any]])
        let nodes = try #require(root["nodes"] as? [[String: Any]])
        let edges = try #require(root["edges"] as? [[String: Any]])
        #expect(docs.count == 3 && nodes.count == graph.nodes.count && edges.count == graph.edges.count)
        let lea = try #require(nodes.first { $0["name"] as? String == Fixtures.hostileName })
        #expect(lea["kind"] as? String == "person")
        #expect(lea["aliases"] as? [String] == [Fixtures.hostileAlias])
        let prov = try #require(lea["provenance"] as? [[String: Any]])
        let doc = try #require(docs.first { $0["sha256"] as? String == prov[0]["document"] as? String })
        let text = Array((doc["text"] as! String).unicodeScalars)
        for p in prov {
            var s = ""
            s.unicodeScalars.append(contentsOf: text[(p["start"] as! Int)..<(p["end"] as! Int)])
            #expect(s == Fixtures.hostileName || s == Fixtures.hostileAlias)
        }
        let sentences = try #require(doc["sentences"] as? [[Int]])
        #expect(sentences.count == 2)
        let statement = try #require(nodes.first { ($0["attributes"] as? [String: String])?["content"] == Fixtures.hostileContent })
        #expect(statement["eventType"] as? String == "statement")
        #expect(doc["ingestedAt"] as? String == "2026-09-21T14:13:20Z")
    }

    @Test func jsonlHasOneLinePerDocumentThatMergeBackToTheGraph() throws {
        let graph = Fixtures.graph
        let text = String(decoding: try GraphExporter().export(graph, format: .jsonl), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        var nodeIDs = Set<String>(), edgeKeys = Set<String>(), provenanceCount = 0
        for line in lines {
            let obj = try #require(try TestSupport.json(Data(line.utf8)) as? [String: Any])
            let sha = try #require((obj["document"] as? [String: Any])?["sha256"] as? String)
            for n in obj["nodes"] as! [[String: Any]] {
                nodeIDs.insert(n["id"] as! String)
                let prov = n["provenance"] as! [[String: Any]]
                #expect(!prov.isEmpty && prov.allSatisfy { $0["document"] as? String == sha })
                provenanceCount += prov.count
            }
            for e in obj["edges"] as! [[String: Any]] {
                edgeKeys.insert("\(e["source"]!)|\(e["kind"]!)|\(e["target"]!)")
            }
        }
        #expect(nodeIDs.count == graph.nodes.count)
        #expect(edgeKeys.count == graph.edges.count)
        #expect(provenanceCount == graph.nodes.reduce(0) { $0 + $1.provenance.count })
    }

    @Test func nodesWithoutProvenanceComeInALastLine() throws {
        let doc = Document(path: "a.txt", title: "A", sha256: "abc", text: "Ana Ruiz spoke.", sentences: [SentenceSpan(index: 0, utf8Range: 0..<15)])
        let graph = KGraph(documents: [doc], nodes: [
            Node(id: "person:ana ruiz", kind: .person, name: "Ana Ruiz", provenance: [Provenance(documentSHA256: "abc", sentenceIndex: 0, utf8Range: 0..<8)]),
            Node(id: "person:bo lind", kind: .person, name: "Bo Lind"),
            Node(id: "person:cy moss", kind: .person, name: "Cy Moss", provenance: [Provenance(documentSHA256: "elsewhere", sentenceIndex: 2, utf8Range: 0..<6)]),
        ])
        let lines = String(decoding: try GraphExporter().export(graph, format: .jsonl), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        let unknown = try #require(try TestSupport.json(Data(lines[1].utf8)) as? [String: Any])
        #expect((unknown["document"] as? [String: String]) == ["sha256": "elsewhere"])
        let cy = try #require((unknown["nodes"] as? [[String: Any]])?.first)
        #expect(cy["name"] as? String == "Cy Moss")
        #expect((cy["provenance"] as? [[String: Any]])?.first?["start"] == nil)
        let last = try #require(try TestSupport.json(Data(lines[2].utf8)) as? [String: Any])
        #expect(last["document"] is NSNull)
        #expect((last["nodes"] as? [[String: Any]])?.first?["name"] as? String == "Bo Lind")
    }

    /// Control characters and the separators U+2028/U+2029 (line ends to JavaScript) are escaped.
    @Test func escapesJSONStrings() {
        var w = ByteWriter()
        w.jsonString("a\"b\\c\n\u{0}\u{1F}\u{8}\u{C}/é🦊\u{2028}\u{2029}\u{2027}")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\n\\u0000\\u001f\\b\\f/é🦊\\u2028\\u2029\u{2027}\"")
    }
}
