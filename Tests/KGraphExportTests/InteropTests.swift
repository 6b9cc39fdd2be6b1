import Foundation
import KGraphModel
import Testing
import KGraphExport

/// Writes every export of a graph built from hand-written extractions, with `expected.json`, and
/// when `KGRAPH_INTEROP_PYTHON` names a Python interpreter (with `Interop/requirements.txt`
/// installed), runs `Interop/check_exports.py` on them (in `KGRAPH_INTEROP_DIR` when set, kept): networkx, rdflib, FalkorDB and the CSV
/// module must load every file and find the same counts and paths.
@Suite struct InteropTests {
    /// The checker script beside this file.
    static let checker = URL(filePath: #filePath).deletingLastPathComponent().appendingPathComponent("Interop/check_exports.py")

    /// Paths through the fixture graph and the names they must end at, written by hand.
    static var paths: [[String: Any]] { [
        ["start": "person:dara sok",
         "steps": [["dir": "in", "kind": "patient", "eventType": "arrest"], ["dir": "out", "kind": "agent"]],
         "names": ["Port Velo Provincial Police"]],
        ["start": "person:dara sok",
         "steps": [["dir": "in", "kind": "patient", "eventType": "charge"], ["dir": "out", "kind": "agent"]],
         "names": ["Velo Municipal Court"]],
        ["start": NodeID.entity(.person, name: Fixtures.hostileName),
         "steps": [["dir": "in", "kind": "patient", "eventType": "arrest"], ["dir": "out", "kind": "agent"]],
         "names": ["Port Velo Provincial Police"]],
        ["start": "person:mira chan",
         "steps": [["dir": "out", "kind": "holds_role"], ["dir": "out", "kind": "role_in"]],
         "names": ["Port Velo Provincial Police"]],
        ["start": "organization:port velo provincial police",
         "steps": [["dir": "in", "kind": "agent", "eventType": "raid"], ["dir": "out", "kind": "place"]],
         "names": [Fixtures.hostilePlace]],
        ["start": "person:tomas rey",
         "steps": [["dir": "out", "kind": "said"], ["dir": "out", "kind": "agent"]],
         "names": ["Tomas Rey"]],
    ] }

    /// Writes the exports and `expected.json` into a directory.
    static func writeExports(of graph: KGraph, to dir: URL) throws {
        let exporter = GraphExporter()
        let files: [(ExportFormat, String)] = [(.graphml, "graph.graphml"), (.turtle, "graph.ttl"), (.jsonld, "graph.jsonld"),
                                               (.cypher, "graph.cypher"), (.json, "graph.json"), (.jsonl, "graph.jsonl")]
        for (format, name) in files {
            try exporter.export(graph, format: format).write(to: dir.appendingPathComponent(name))
        }
        try exporter.writeNeo4jCSV(graph, to: dir.appendingPathComponent("neo4j"))
        var labels = [String: Int](), types = [String: Int]()
        for n in graph.nodes { labels[n.kind.rawValue.prefix(1).uppercased() + n.kind.rawValue.dropFirst(), default: 0] += 1 }
        for e in graph.edges { types[e.kind.rawValue.uppercased(), default: 0] += 1 }
        let expected: [String: Any] = [
            "nodes": graph.nodes.count, "edges": graph.edges.count, "documents": graph.documents.count,
            "labels": labels, "types": types,
            "strings": ["Dara Sok", Fixtures.hostileName, Fixtures.hostilePlace],
            "paths": paths,
        ]
        try JSONSerialization.data(withJSONObject: expected, options: [.prettyPrinted, .sortedKeys])
            .write(to: dir.appendingPathComponent("expected.json"))
    }

    @Test func exportsAndExpectationsAreWritten() throws {
        let dir = try TestSupport.temporaryDirectory("interop")
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = Fixtures.graph
        try Self.writeExports(of: graph, to: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["expected.json", "graph.cypher", "graph.graphml", "graph.json", "graph.jsonl", "graph.jsonld", "graph.ttl", "neo4j"])
        let expected = try #require(try TestSupport.json(Data(contentsOf: dir.appendingPathComponent("expected.json"))) as? [String: Any])
        #expect(expected["nodes"] as? Int == graph.nodes.count)
        // Every kind of node and edge the exports must carry is in the fixture graph.
        #expect((expected["labels"] as? [String: Int])?.count == NodeKind.allCases.count)
        #expect(FileManager.default.fileExists(atPath: Self.checker.path))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["KGRAPH_INTEROP_PYTHON"] != nil,
                   "set KGRAPH_INTEROP_PYTHON to a python with Interop/requirements.txt installed"))
    func realToolsLoadTheExports() throws {
        let environment = ProcessInfo.processInfo.environment
        let python = try #require(environment["KGRAPH_INTEROP_PYTHON"])
        // KGRAPH_INTEROP_DIR keeps the files for a look; by default they go to a temporary folder.
        let kept = environment["KGRAPH_INTEROP_DIR"].map { URL(filePath: $0) }
        let dir = try kept ?? TestSupport.temporaryDirectory("interop")
        if kept != nil { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        defer { if kept == nil { try? FileManager.default.removeItem(at: dir) } }
        try Self.writeExports(of: Fixtures.graph, to: dir)
        let process = Process()
        process.executableURL = URL(filePath: python)
        process.arguments = [Self.checker.path, dir.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "check_exports.py failed:\n\(text)")
        #expect(text.contains("all exports loaded and matched expected.json"), "\(text)")
    }
}
