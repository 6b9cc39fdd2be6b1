/// Read access to a knowledge graph, as the query engine needs it. The SQLite store implements it
/// with indexed look-ups; ``InMemoryGraph`` implements it over a ``KGraph`` value.
public protocol GraphReader {
    /// Nodes one of whose names normalises (``NameKey/normalize(_:)``) to `key`.
    func nodes(withNameKey key: String) throws -> [Node]
    /// Every distinct normalised name of nodes of the given kinds, with the ids of the nodes that
    /// bear it: the fallback for forgiving (typo, surname) matching.
    func nameIndex(kinds: Set<NodeKind>) throws -> [String: [String]]
    /// A part of ``nameIndex(kinds:)`` that holds at least the names a forgiving look-up of `key`
    /// can reach: names that hold its words, names that are a tail of it, and names (or their last
    /// words) that may be within a small edit distance of it. Readers without a better way return
    /// the whole index, which the default implementation does.
    /// - Parameters:
    ///   - kinds: node kinds.
    ///   - key: a normalised name (``NameKey/normalize(_:)``) as typed.
    func nameIndex(kinds: Set<NodeKind>, near key: String) throws -> [String: [String]]
    /// The node with an id.
    func node(id: String) throws -> Node?
    /// Edges leaving a node.
    func edges(from id: String) throws -> [Edge]
    /// Edges entering a node.
    func edges(to id: String) throws -> [Edge]
    /// Nodes of a kind (and, for events, an event type), in a stable order.
    func nodes(kind: NodeKind, eventType: EventType?) throws -> [Node]
    /// The document with a SHA-256, with its text and sentences.
    func document(sha256: String) throws -> Document?
    /// The text of one sentence of a document.
    func sentence(documentSHA256: String, index: Int) throws -> String?
}

extension GraphReader {
    /// The whole name index: correct for any reader, narrowed by readers that can.
    public func nameIndex(kinds: Set<NodeKind>, near key: String) throws -> [String: [String]] {
        try nameIndex(kinds: kinds)
    }
}

/// A ``GraphReader`` over an in-memory ``KGraph``, with indexes built once.
public struct InMemoryGraph: GraphReader, Sendable {
    /// The graph.
    public let graph: KGraph
    private let byID: [String: Int]
    private let byNameKey: [String: [Int]]
    private let outgoing: [String: [Int]]
    private let incoming: [String: [Int]]
    private let documentsBySHA: [String: Int]

    /// Indexes a graph.
    /// - Complexity: O(nodes + edges).
    public init(_ graph: KGraph) {
        self.graph = graph
        var byID = [String: Int](), byName = [String: [Int]](), out = [String: [Int]](), inc = [String: [Int]]()
        for (i, n) in graph.nodes.enumerated() {
            byID[n.id] = i
            for key in Set(n.allNames.map(NameKey.normalize)) { byName[key, default: []].append(i) }
        }
        for (i, e) in graph.edges.enumerated() {
            out[e.source, default: []].append(i)
            inc[e.target, default: []].append(i)
        }
        var docs = [String: Int]()
        for (i, d) in graph.documents.enumerated() { docs[d.sha256] = i }
        self.byID = byID
        byNameKey = byName
        outgoing = out
        incoming = inc
        documentsBySHA = docs
    }

    public func nodes(withNameKey key: String) -> [Node] { (byNameKey[key] ?? []).map { graph.nodes[$0] } }

    public func nameIndex(kinds: Set<NodeKind>) -> [String: [String]] {
        var result = [String: [String]]()
        for (key, indices) in byNameKey {
            let ids = indices.filter { kinds.contains(graph.nodes[$0].kind) }.map { graph.nodes[$0].id }
            if !ids.isEmpty { result[key] = ids }
        }
        return result
    }

    public func node(id: String) -> Node? { byID[id].map { graph.nodes[$0] } }
    public func edges(from id: String) -> [Edge] { (outgoing[id] ?? []).map { graph.edges[$0] } }
    public func edges(to id: String) -> [Edge] { (incoming[id] ?? []).map { graph.edges[$0] } }

    public func nodes(kind: NodeKind, eventType: EventType?) -> [Node] {
        graph.nodes.filter { $0.kind == kind && (eventType == nil || $0.eventType == eventType) }
    }

    public func document(sha256: String) -> Document? { documentsBySHA[sha256].map { graph.documents[$0] } }

    public func sentence(documentSHA256: String, index: Int) -> String? {
        document(sha256: documentSHA256)?.sentenceText(index)
    }
}
