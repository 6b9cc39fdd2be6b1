import Foundation
import KGraphModel

/// A graph prepared for export, shared by every format so that all of them export the same facts.
///
/// - Nodes are unique by id (a repeated id is merged into the first, as ``KGraph/merged(with:)``
///   does); edges are unique by ``Edge/key``.
/// - An edge is exported only when both of its ends are nodes of the graph, so that every format
///   has the same edges (GraphML would invent the missing node, Cypher would skip the edge, and
///   `neo4j-admin` would stop).
/// - Provenance offsets are converted from UTF-8 bytes to code points (Unicode scalars) of the
///   document's text, the unit of every kgraph output; they are `nil` when the graph does not hold
///   the document's text.
struct ExportGraph {
    /// Documents, unique by SHA-256, in the graph's order.
    let documents: [Document]
    /// Nodes, unique by id, in the graph's order.
    let nodes: [Node]
    /// Edges whose ends are both nodes, unique by key, in the graph's order.
    let edges: [Edge]
    /// Index of each node by id.
    let nodeIndex: [String: Int]
    /// Index of each document by SHA-256.
    let documentIndex: [String: Int]
    /// Code-point tables of documents whose text is known, by document index.
    private let scalarTables: [ScalarOffsetTable?]

    /// Prepares a graph.
    /// - Parameter graph: any graph, including one built by hand with repeated ids.
    /// - Complexity: O(nodes + edges + provenance + text length of non-ASCII documents).
    init(_ graph: KGraph) {
        var docs = [Document]()
        var docIndex = [String: Int]()
        for d in graph.documents where docIndex[d.sha256] == nil {
            docIndex[d.sha256] = docs.count
            docs.append(d)
        }
        var nodes = [Node]()
        nodes.reserveCapacity(graph.nodes.count)
        var index = [String: Int](minimumCapacity: graph.nodes.count)
        for n in graph.nodes {
            if let i = index[n.id] { nodes[i].absorb(n) } else {
                index[n.id] = nodes.count
                nodes.append(n)
            }
        }
        var edges = [Edge]()
        edges.reserveCapacity(graph.edges.count)
        var edgeIndex = [String: Int](minimumCapacity: graph.edges.count)
        for e in graph.edges where index[e.source] != nil && index[e.target] != nil {
            if let i = edgeIndex[e.key] {
                for p in e.provenance where !edges[i].provenance.contains(p) { edges[i].provenance.append(p) }
            } else {
                edgeIndex[e.key] = edges.count
                edges.append(e)
            }
        }
        self.documents = docs
        self.nodes = nodes
        self.edges = edges
        self.nodeIndex = index
        self.documentIndex = docIndex
        self.scalarTables = docs.map { $0.text.isEmpty ? nil : ScalarOffsetTable($0.text) }
    }

    /// One provenance record as exported: offsets in code points when the text is known.
    struct Place: Hashable {
        /// The document's SHA-256.
        var document: String
        /// The sentence's index.
        var sentence: Int
        /// Start, in code points of the document's text.
        var start: Int?
        /// End, exclusive, in code points.
        var end: Int?

        /// The compact form used in GraphML, Cypher and CSV: `sha256:sentence:start-end`, or
        /// `sha256:sentence` without offsets.
        var compact: String {
            if let start, let end { return "\(document):\(sentence):\(start)-\(end)" }
            return "\(document):\(sentence)"
        }
    }

    /// A provenance record with offsets in code points.
    /// - Complexity: O(log k) in the number of multi-byte characters of the document.
    func place(_ p: Provenance) -> Place {
        guard let d = documentIndex[p.documentSHA256], let table = scalarTables[d] else {
            return Place(document: p.documentSHA256, sentence: p.sentenceIndex, start: nil, end: nil)
        }
        return Place(document: p.documentSHA256, sentence: p.sentenceIndex,
                     start: table.scalarOffset(ofUTF8: p.utf8Start), end: table.scalarOffset(ofUTF8: p.utf8End))
    }

    /// The text of a sentence of a document, trimmed, when the graph holds the document's text:
    /// what ``Document/sentenceText(_:)`` returns, without its cost (a byte slice, ASCII
    /// whitespace trimmed on bytes, Foundation's trimming only when a non-ASCII space is left).
    /// - Complexity: O(length of the sentence).
    func sentenceText(document sha256: String, index: Int) -> String? {
        guard let d = documentIndex[sha256] else { return nil }
        let doc = documents[d]
        guard doc.sentences.indices.contains(index) else { return nil }
        let span = doc.sentences[index]
        var text = doc.text
        let sliced: String = text.withUTF8 { b in
            var lo = max(0, min(span.utf8Start, b.count))
            var hi = max(lo, min(span.utf8End, b.count))
            func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
            while lo < hi, isSpace(b[lo]) { lo += 1 }
            while hi > lo, isSpace(b[hi - 1]) { hi -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
        }
        if let first = sliced.unicodeScalars.first, let last = sliced.unicodeScalars.last,
           !first.isASCII || !last.isASCII {
            return sliced.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return sliced
    }

    /// The evidence of a list of provenance records: the text of the first sentence that is known.
    func evidence(_ provenance: [Provenance]) -> String? {
        for p in provenance {
            if let s = sentenceText(document: p.documentSHA256, index: p.sentenceIndex), !s.isEmpty { return s }
        }
        return nil
    }

    /// The distinct documents of a list of provenance records, in first-seen order.
    static func documentSHA256s(_ provenance: [Provenance]) -> [String] {
        if provenance.count == 1 { return [provenance[0].documentSHA256] }
        var seen = Set<String>()
        return provenance.compactMap { seen.insert($0.documentSHA256).inserted ? $0.documentSHA256 : nil }
    }
}

/// Maps UTF-8 byte offsets of one text to code-point offsets, storing only the positions of
/// continuation bytes: nothing at all for ASCII text, the usual case for news in English.
struct ScalarOffsetTable {
    /// Byte offsets of UTF-8 continuation bytes, ascending.
    private let continuationOffsets: [Int32]
    /// The text's length in bytes.
    private let byteCount: Int

    /// Builds the table of a text.
    /// - Complexity: O(n) in the text's UTF-8 length.
    init(_ text: String) {
        var offsets = [Int32]()
        var count = 0
        for (i, b) in text.utf8.enumerated() {
            if b & 0xC0 == 0x80 { offsets.append(Int32(i)) }
            count = i + 1
        }
        continuationOffsets = offsets
        byteCount = count
    }

    /// The code-point offset of a UTF-8 byte offset: the number of scalars that start before it.
    /// An offset inside a multi-byte scalar maps to that scalar's start, as ``TextOffsets`` does;
    /// offsets are clamped to the text.
    /// - Complexity: O(log k) in the number of continuation bytes.
    func scalarOffset(ofUTF8 byteOffset: Int) -> Int {
        let b = max(0, min(byteOffset, byteCount))
        if continuationOffsets.isEmpty { return b }
        // Continuation bytes at offsets < b, plus 1 if b itself is a continuation byte (inside a
        // scalar whose start is then the answer's scalar).
        var lo = 0, hi = continuationOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(continuationOffsets[mid]) < b { lo = mid + 1 } else { hi = mid }
        }
        var scalarsBefore = b - lo
        if lo < continuationOffsets.count, Int(continuationOffsets[lo]) == b { scalarsBefore -= 1 }
        return scalarsBefore
    }
}
