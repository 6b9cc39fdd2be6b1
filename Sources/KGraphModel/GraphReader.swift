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

    /// A part of ``nameIndex(kinds:)`` that holds at least the names a forgiving look-up of `key`
    /// reaches at edit distance `distance`: names that hold its words, names that are a tail of
    /// it, and names (or their last words, as many as `key` has) within `distance` edits of it.
    /// A look-up first asks for the distance a typo may have, and only when that finds nothing
    /// for the wider distance of its suggestions. The default implementation returns
    /// ``nameIndex(kinds:near:)``.
    /// - Parameters:
    ///   - kinds: node kinds.
    ///   - key: a normalised name (``NameKey/normalize(_:)``) as typed.
    ///   - distance: the most edits (Levenshtein, over Unicode scalars) a reached name may be away.
    func nameIndex(kinds: Set<NodeKind>, near key: String, within distance: Int) throws -> [String: [String]]
    /// For each of some normalised names, the nodes of some kinds bearing it:
    /// ``nodes(withNameKey:)`` of those kinds, in the same order, for many keys at once and
    /// without reading nodes of other kinds ("police" names thousands of phrases). Keys no such
    /// node bears are left out.
    func nodes(withNameKeys keys: Set<String>, kinds: Set<NodeKind>) throws -> [String: [Node]]
    /// The nodes with some ids: ``node(id:)`` of each, for many at once; ids of no node are
    /// left out.
    func nodes(ids: [String]) throws -> [Node]
    /// The edges leaving each of some nodes: ``edges(from:)`` of each, for many at once.
    func edges(fromEach ids: [String]) throws -> [String: [Edge]]
    /// The edges entering each of some nodes: ``edges(to:)`` of each, for many at once.
    func edges(toEach ids: [String]) throws -> [String: [Edge]]
    /// The number of nodes of a kind (and, for events, an event type): what
    /// `nodes(kind:eventType:).count` gives, without reading them.
    func nodeCount(kind: NodeKind, eventType: EventType?) throws -> Int
    /// A page of ``nodes(kind:eventType:)``, in the same stable order: at most `limit` nodes from
    /// the `offset`-th, so that a long list is read a little at a time.
    func nodes(kind: NodeKind, eventType: EventType?, offset: Int, limit: Int) throws -> [Node]
    /// The distinct words of the articles' sentences (``NameKey/normalize(_:)`` of a sentence,
    /// split at spaces) that start with `prefix`, sorted.
    func sentenceWords(withPrefix prefix: String) throws -> [String]
    /// Sentences that hold at least one of some words (as ``sentenceWords(withPrefix:)`` gives
    /// them): those holding the most of them first, then in article order; at most `limit`.
    /// Each is given as the provenance of the whole sentence.
    func sentences(holdingAnyOf words: Set<String>, limit: Int) throws -> [Provenance]
    /// The events whose first provenance record is one of some sentences, in the order of
    /// ``nodes(kind:eventType:)``.
    /// - Parameter sentences: sentences, as provenance records (only the document and sentence
    ///   index count).
    func events(statedIn sentences: [Provenance]) throws -> [Node]
}

extension GraphReader {
    /// The whole name index: correct for any reader, narrowed by readers that can.
    public func nameIndex(kinds: Set<NodeKind>, near key: String) throws -> [String: [String]] {
        try nameIndex(kinds: kinds)
    }

    /// ``nameIndex(kinds:near:)``: correct for any reader (it holds at least every name a look-up
    /// can reach), narrowed by readers that can.
    public func nameIndex(kinds: Set<NodeKind>, near key: String, within distance: Int) throws -> [String: [String]] {
        try nameIndex(kinds: kinds, near: key)
    }

    /// Filters ``nodes(withNameKey:)`` of each key.
    /// - Complexity: one ``nodes(withNameKey:)`` per key.
    public func nodes(withNameKeys keys: Set<String>, kinds: Set<NodeKind>) throws -> [String: [Node]] {
        var out = [String: [Node]]()
        for key in keys {
            let found = try nodes(withNameKey: key).filter { kinds.contains($0.kind) }
            if !found.isEmpty { out[key] = found }
        }
        return out
    }

    /// Reads each node.
    /// - Complexity: one ``node(id:)`` per id.
    public func nodes(ids: [String]) throws -> [Node] {
        try ids.compactMap { try node(id: $0) }
    }

    /// Reads each node's edges.
    /// - Complexity: one ``edges(from:)`` per id.
    public func edges(fromEach ids: [String]) throws -> [String: [Edge]] {
        var out = [String: [Edge]]()
        for id in ids { out[id] = try edges(from: id) }
        return out
    }

    /// Reads each node's incoming edges.
    /// - Complexity: one ``edges(to:)`` per id.
    public func edges(toEach ids: [String]) throws -> [String: [Edge]] {
        var out = [String: [Edge]]()
        for id in ids { out[id] = try edges(to: id) }
        return out
    }

    /// Counts ``nodes(kind:eventType:)``.
    /// - Complexity: reads every such node; readers with an index count without reading them.
    public func nodeCount(kind: NodeKind, eventType: EventType?) throws -> Int {
        try nodes(kind: kind, eventType: eventType).count
    }

    /// A slice of ``nodes(kind:eventType:)``.
    /// - Complexity: reads every such node; readers with an index read only the page.
    public func nodes(kind: NodeKind, eventType: EventType?, offset: Int, limit: Int) throws -> [Node] {
        let all = try nodes(kind: kind, eventType: eventType)
        guard offset < all.count, limit > 0 else { return [] }
        return Array(all[offset..<min(all.count, offset + limit)])
    }

    /// The articles events are stated in, in the order their events are first listed, each with
    /// its sentences' words: what the default word look-ups below search.
    /// - Complexity: reads every event and every article events are stated in.
    private func sentenceWordTable() throws -> [(sha256: String, sentences: [(span: SentenceSpan, words: Set<String>)])] {
        var seen = Set<String>()
        var out: [(sha256: String, sentences: [(span: SentenceSpan, words: Set<String>)])] = []
        for event in try nodes(kind: .event, eventType: nil) {
            for p in event.provenance where seen.insert(p.documentSHA256).inserted {
                guard let doc = try document(sha256: p.documentSHA256) else { continue }
                let sentences = doc.sentences.map { span in
                    (span: span, words: Set(NameKey.normalize(doc.sentenceText(span.index) ?? "").split(separator: " ").map(String.init)))
                }
                out.append((sha256: doc.sha256, sentences: sentences))
            }
        }
        return out
    }

    /// Searches the sentences of the articles events are stated in.
    /// - Complexity: reads every event and its article; readers with a word index seek it.
    public func sentenceWords(withPrefix prefix: String) throws -> [String] {
        var words = Set<String>()
        for doc in try sentenceWordTable() {
            for s in doc.sentences { for w in s.words where w.hasPrefix(prefix) { words.insert(w) } }
        }
        return words.sorted()
    }

    /// Searches the sentences of the articles events are stated in.
    /// - Complexity: reads every event and its article; readers with a word index seek it.
    public func sentences(holdingAnyOf words: Set<String>, limit: Int) throws -> [Provenance] {
        var hits = [(count: Int, order: Int, provenance: Provenance)]()
        for doc in try sentenceWordTable() {
            for s in doc.sentences {
                let count = s.words.intersection(words).count
                if count > 0 {
                    hits.append((count, hits.count, Provenance(documentSHA256: doc.sha256, sentenceIndex: s.span.index, utf8Range: s.span.utf8Range)))
                }
            }
        }
        return hits.sorted { ($1.count, $0.order) < ($0.count, $1.order) }.prefix(max(0, limit)).map(\.provenance)
    }

    /// Filters every event.
    /// - Complexity: reads every event; readers with an index seek the sentences.
    public func events(statedIn sentences: [Provenance]) throws -> [Node] {
        let wanted = Set(sentences.map { "\($0.documentSHA256)#\($0.sentenceIndex)" })
        return try nodes(kind: .event, eventType: nil).filter { n in
            n.provenance.first.map { wanted.contains("\($0.documentSHA256)#\($0.sentenceIndex)") } ?? false
        }
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
