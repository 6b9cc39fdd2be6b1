import Foundation
import KGraphModel
import Testing
@testable import KGraphExport

@Suite struct ExportGraphTests {
    @Test func mergesRepeatedNodesAndEdgesAndDropsDanglingEdges() {
        let p = Provenance(documentSHA256: "d1", sentenceIndex: 0, utf8Range: 0..<4)
        let q = Provenance(documentSHA256: "d1", sentenceIndex: 1, utf8Range: 5..<9)
        let graph = KGraph(nodes: [
            Node(id: "person:ana ruiz", kind: .person, name: "Ana Ruiz", provenance: [p]),
            Node(id: "organization:harbour unit", kind: .organization, name: "Harbour Unit"),
            Node(id: "person:ana ruiz", kind: .person, name: "A. Ruiz", provenance: [q]),
        ], edges: [
            Edge(source: "person:ana ruiz", target: "organization:harbour unit", kind: .memberOf, provenance: [p]),
            Edge(source: "person:ana ruiz", target: "organization:harbour unit", kind: .memberOf, provenance: [q]),
            Edge(source: "person:ana ruiz", target: "organization:missing", kind: .memberOf),
        ])
        let g = ExportGraph(graph)
        #expect(g.nodes.count == 2)
        #expect(g.nodes[0].aliases == ["A. Ruiz"])
        #expect(g.nodes[0].provenance == [p, q])
        #expect(g.edges.count == 1)
        #expect(g.edges[0].provenance == [p, q])
    }

    @Test(arguments: ["", "plain ASCII text.", "Café 🦊 naïve — “quotes” ខ្មែរ\n", "🦊🦊🦊", "é"])
    func scalarTableAgreesWithTheModelsMap(text: String) {
        let table = ScalarOffsetTable(text)
        let map = TextOffsets.ScalarMap(text)
        for b in 0...text.utf8.count {
            #expect(table.scalarOffset(ofUTF8: b) == map.scalarOffset(ofUTF8: b), "byte \(b) of \(text.debugDescription)")
        }
        #expect(table.scalarOffset(ofUTF8: text.utf8.count + 5) == text.unicodeScalars.count)
        #expect(table.scalarOffset(ofUTF8: -3) == 0)
    }

    @Test func provenanceIsInCodePointsAndWithoutOffsetsWhenTheTextIsUnknown() throws {
        let graph = Fixtures.graph
        let g = ExportGraph(graph)
        let hostile = try #require(g.nodes.first { $0.name == Fixtures.hostileName })
        let doc = try #require(g.documents.first { $0.sha256 == hostile.provenance[0].documentSHA256 })
        let scalars = Array(doc.text.unicodeScalars)
        for p in hostile.provenance {
            let place = g.place(p)
            let start = try #require(place.start), end = try #require(place.end)
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[start..<end])
            #expect(s == Fixtures.hostileName || s == Fixtures.hostileAlias)
        }
        let unknown = g.place(Provenance(documentSHA256: "not-in-graph", sentenceIndex: 3, utf8Range: 1..<2))
        #expect(unknown.start == nil && unknown.compact == "not-in-graph:3")
    }

    @Test func theFixtureGraphIsExportedWhole() {
        let graph = Fixtures.graph
        let g = ExportGraph(graph)
        #expect(g.nodes.count == graph.nodes.count)
        #expect(g.edges.count == graph.edges.count)
        #expect(graph.documents.count == 3)
        // Dara Sok and the provincial police are shared between articles.
        #expect(g.nodes.first { $0.id == "person:dara sok" }?.documentSHA256s.count == 2)
        #expect(g.nodes.first { $0.id == "organization:port velo provincial police" }?.documentSHA256s.count == 2)
    }

    @Test func theFolderFormatIsNotASingleFile() {
        #expect(throws: ExportError.folderFormat(.neo4jCSV)) { try GraphExporter().export(Fixtures.graph, format: .neo4jCSV) }
        #expect(ExportError.folderFormat(.neo4jCSV).description == "format 'neo4j-csv' writes a folder of files, not one file: give a directory")
    }

    @Test func everyFormatHandlesAnEmptyGraph() throws {
        for format in ExportFormat.allCases where !format.isFolder {
            let data = try GraphExporter().export(KGraph(), format: format)
            if format != .jsonl { #expect(!data.isEmpty, "\(format)") }
        }
        #expect(try GraphExporter().export(KGraph(), format: .jsonl).isEmpty)
    }
}

@Suite struct SentenceTextTests {
    @Test(arguments: ["  Plain sentence.  ", "\n\tTabbed\r\n", "\u{A0}No-break space\u{A0}", "\u{2028}Line separator. ", "Café 🦊", "", "   "])
    func agreesWithTheModel(sentence: String) {
        let text = "Title\n\n" + sentence + "Tail."
        let start = "Title\n\n".utf8.count
        let doc = Document(path: "a", title: "Title", sha256: "s", text: text,
                           sentences: [SentenceSpan(index: 0, utf8Range: start..<(start + sentence.utf8.count))])
        let g = ExportGraph(KGraph(documents: [doc]))
        #expect(g.sentenceText(document: "s", index: 0) == doc.sentenceText(0))
        #expect(g.sentenceText(document: "s", index: 1) == nil)
        #expect(g.sentenceText(document: "other", index: 0) == nil)
    }
}

@Suite struct WriteTests {
    @Test func writesAFileOrAFolder() throws {
        let dir = try TestSupport.temporaryDirectory("write")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("graph.ttl")
        #expect(try GraphExporter().write(Fixtures.graph, format: .turtle, to: file) == [file])
        #expect(try Data(contentsOf: file) == (try GraphExporter().export(Fixtures.graph, format: .turtle)))
        let folder = dir.appendingPathComponent("neo4j")
        #expect(try GraphExporter().write(Fixtures.graph, format: .neo4jCSV, to: folder).count == 3)
    }

    @Test func aPathThatCannotBeWrittenIsNamed() throws {
        let dir = try TestSupport.temporaryDirectory("write")
        defer { try? FileManager.default.removeItem(at: dir) }
        let blocker = dir.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: blocker)
        let target = blocker.appendingPathComponent("graph.json")
        #expect {
            try GraphExporter().write(Fixtures.graph, format: .json, to: target)
        } throws: { error in
            guard case ExportError.cannotWrite(let path, _) = error else { return false }
            return path == target.path && "\(error)" == "cannot write '\(target.path)': '\(blocker.path)' is not a directory"
        }
        #expect(throws: ExportError.self) { try GraphExporter().writeNeo4jCSV(Fixtures.graph, to: blocker.appendingPathComponent("csv")) }
    }
}
