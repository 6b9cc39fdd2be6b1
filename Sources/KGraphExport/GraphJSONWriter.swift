import Foundation
import KGraphModel

/// Writes the `json` and `jsonl` exports: a stable, documented shape (version 1) that does not
/// follow Swift's `Codable` encoding of ``KGraph``.
///
/// `json` is one object:
/// ```
/// {"kgraph": 1,
///  "documents": [{"sha256", "path", "title", "ingestedAt": "2026-11-27T06:00:00Z" | null,
///                 "text", "sentences": [[start, end], …]}],
///  "nodes": [{"id", "kind", "name", "aliases": […], "eventType"?, "attributes": {…},
///             "provenance": [{"document", "sentence", "start"?, "end"?}]}],
///  "edges": [{"source", "target", "kind", "provenance": […]}]}
/// ```
/// `kind` is a node kind (person, organization, role, place, event, time, thing) or an edge kind
/// (agent, patient, place, time, holds_role, role_in, role_at, member_of, located_in, said,
/// part_of); `eventType` is present on events only; `attributes` holds `trigger`, `time` and
/// `content` of events and anything else a producer kept, keys sorted. Every offset (`start`,
/// `end`, sentence bounds) counts code points (Unicode scalars) of the document's `text`, end
/// exclusive — Python's `text[start:end]`; `start`/`end` are absent when the graph does not hold
/// the text. `document` is the document's SHA-256; `sentence` its sentence index from 0.
///
/// `jsonl` has one such line per document, `{"kgraph": 1, "document": {…}, "nodes": […],
/// "edges": […]}`, with the nodes and edges whose provenance names that document and only that
/// document's provenance records. Merging the lines (nodes by id, edges by source, kind and
/// target, provenance concatenated) gives back the whole graph. Provenance naming a document
/// the graph does not hold gets a line whose `document` is only `{"sha256"}`; nodes and edges
/// with no provenance at all come last, in a line whose `document` is `null`.
struct GraphJSONWriter {
    /// The graph.
    let graph: ExportGraph
    /// Formats `ingestedAt`.
    private let iso = ISO8601DateFormatter()

    /// Prepares a writer.
    init(graph: ExportGraph) { self.graph = graph }

    /// The `json` export.
    /// - Complexity: O(size of the graph and of the documents' text).
    func writeGraph() -> ByteWriter {
        var out = ByteWriter(capacity: graph.nodes.count * 300 + graph.edges.count * 200)
        out.write("{\"kgraph\": 1,\n\"documents\": [")
        for (i, d) in graph.documents.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            document(d, &out)
        }
        out.write("],\n\"nodes\": [")
        for (i, n) in graph.nodes.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            node(n, provenance: n.provenance, &out)
        }
        out.write("],\n\"edges\": [")
        for (i, e) in graph.edges.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            edge(e, provenance: e.provenance, &out)
        }
        out.write("]}\n")
        return out
    }

    /// The `jsonl` export.
    /// - Complexity: O(size of the graph and of the documents' text).
    func writeLines() -> ByteWriter {
        var out = ByteWriter(capacity: graph.nodes.count * 300 + graph.edges.count * 200)
        // Buckets of node and edge indices per document; the extra last bucket is "no provenance".
        let orphan = graph.documents.count
        var nodesOf = [[Int]](repeating: [], count: orphan + 1)
        var edgesOf = [[Int]](repeating: [], count: orphan + 1)
        var unknownDocuments = [String]()
        var unknownIndex = [String: Int]()
        func bucket(_ sha: String) -> Int {
            if let d = graph.documentIndex[sha] { return d }
            // Provenance naming a document the graph does not hold: a line of its own.
            if let u = unknownIndex[sha] { return orphan + 1 + u }
            unknownIndex[sha] = unknownDocuments.count
            unknownDocuments.append(sha)
            nodesOf.append([])
            edgesOf.append([])
            return orphan + unknownDocuments.count
        }
        for (i, n) in graph.nodes.enumerated() {
            if n.provenance.isEmpty { nodesOf[orphan].append(i); continue }
            for sha in ExportGraph.documentSHA256s(n.provenance) { let b = bucket(sha); nodesOf[b].append(i) }
        }
        for (i, e) in graph.edges.enumerated() {
            if e.provenance.isEmpty { edgesOf[orphan].append(i); continue }
            for sha in ExportGraph.documentSHA256s(e.provenance) { let b = bucket(sha); edgesOf[b].append(i) }
        }
        func line(_ b: Int, sha: String?, documentObject: (inout ByteWriter) -> Void) {
            out.write("{\"kgraph\": 1, \"document\": ")
            documentObject(&out)
            out.write(", \"nodes\": [")
            for (k, i) in nodesOf[b].enumerated() {
                if k > 0 { out.write(", ") }
                let n = graph.nodes[i]
                node(n, provenance: sha.map { s in n.provenance.filter { $0.documentSHA256 == s } } ?? [], &out)
            }
            out.write("], \"edges\": [")
            for (k, i) in edgesOf[b].enumerated() {
                if k > 0 { out.write(", ") }
                let e = graph.edges[i]
                edge(e, provenance: sha.map { s in e.provenance.filter { $0.documentSHA256 == s } } ?? [], &out)
            }
            out.write("]}\n")
        }
        for (b, d) in graph.documents.enumerated() {
            line(b, sha: d.sha256) { document(d, &$0) }
        }
        for (u, sha) in unknownDocuments.enumerated() {
            line(orphan + 1 + u, sha: sha) { o in
                o.write("{\"sha256\": ")
                o.jsonString(sha)
                o.write("}")
            }
        }
        if !nodesOf[orphan].isEmpty || !edgesOf[orphan].isEmpty {
            line(orphan, sha: nil) { $0.write("null") }
        }
        return out
    }

    /// One document object, sentence bounds in code points.
    private func document(_ d: Document, _ out: inout ByteWriter) {
        out.write("{\"sha256\": ")
        out.jsonString(d.sha256)
        out.write(", \"path\": ")
        out.jsonString(d.path)
        out.write(", \"title\": ")
        out.jsonString(d.title)
        out.write(", \"ingestedAt\": ")
        if let date = d.ingestedAt {
            out.jsonString(iso.string(from: date))
        } else {
            out.write("null")
        }
        out.write(", \"text\": ")
        out.jsonString(d.text)
        out.write(", \"sentences\": [")
        let table = ScalarOffsetTable(d.text)
        for (i, s) in d.sentences.enumerated() {
            if i > 0 { out.write(", ") }
            out.write("[\(table.scalarOffset(ofUTF8: s.utf8Start)), \(table.scalarOffset(ofUTF8: s.utf8End))]")
        }
        out.write("]}")
    }

    /// One node object.
    private func node(_ n: Node, provenance: [Provenance], _ out: inout ByteWriter) {
        out.write("{\"id\": ")
        out.jsonString(n.id)
        out.write(", \"kind\": \"\(n.kind.rawValue)\", \"name\": ")
        out.jsonString(n.name)
        out.write(", \"aliases\": [")
        for (i, a) in n.aliases.enumerated() {
            if i > 0 { out.write(", ") }
            out.jsonString(a)
        }
        out.write("]")
        if let t = n.eventType { out.write(", \"eventType\": \"\(t.rawValue)\"") }
        out.write(", \"attributes\": {")
        for (i, k) in n.attributes.keys.sorted().enumerated() {
            if i > 0 { out.write(", ") }
            out.jsonString(k)
            out.write(": ")
            out.jsonString(n.attributes[k]!)
        }
        out.write("}, \"provenance\": ")
        provenanceList(provenance, &out)
        out.write("}")
    }

    /// One edge object.
    private func edge(_ e: Edge, provenance: [Provenance], _ out: inout ByteWriter) {
        out.write("{\"source\": ")
        out.jsonString(e.source)
        out.write(", \"target\": ")
        out.jsonString(e.target)
        out.write(", \"kind\": \"\(e.kind.rawValue)\", \"provenance\": ")
        provenanceList(provenance, &out)
        out.write("}")
    }

    /// A list of provenance records.
    private func provenanceList(_ p: [Provenance], _ out: inout ByteWriter) {
        out.write("[")
        for (i, r) in p.enumerated() {
            if i > 0 { out.write(", ") }
            let place = graph.place(r)
            out.write("{\"document\": ")
            out.jsonString(place.document)
            out.write(", \"sentence\": \(place.sentence)")
            if let s = place.start, let e = place.end { out.write(", \"start\": \(s), \"end\": \(e)") }
            out.write("}")
        }
        out.write("]")
    }
}
