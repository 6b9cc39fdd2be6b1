import Foundation
import GRDB
import KGraphModel

/// The query engine's read access, every call one or a few indexed look-ups.
extension KnowledgeBase: GraphReader {
    /// Nodes (of any kind) one of whose names normalises to `key`.
    /// - Parameter key: a ``NameKey/normalize(_:)`` result.
    /// - Returns: the nodes, oldest first, with their aliases and provenance.
    /// - Throws: ``StoreError``.
    /// - Complexity: an index seek on `node_name(name_key)`, then one per node.
    public func nodes(withNameKey key: String) throws -> [Node] {
        try read { db in
            let ids = try Int64.fetchAll(db.cachedStatement(sql: ReaderSQL.nodesWithNameKey),
                                         arguments: [key])
            return try NodeAssembler(db: db).nodes(ids).map(\.node)
        }
    }

    /// Every distinct normalised name of nodes of the given kinds, with the ids of the nodes
    /// bearing it.
    /// - Parameter kinds: the node kinds to include.
    /// - Returns: normalised name → node ids (oldest first).
    /// - Throws: ``StoreError``.
    /// - Complexity: a covering index scan of `node_name(kind, name_key, node)` per kind.
    public func nameIndex(kinds: Set<NodeKind>) throws -> [String: [String]] {
        try read { db in
            var result = [String: [String]]()
            let statement = try db.cachedStatement(sql: ReaderSQL.nameIndex)
            for kind in kinds.sorted() {
                let rows = try Row.fetchCursor(statement, arguments: [kind.rawValue])
                while let row = try rows.next() { result[row[0], default: []].append(row[1]) }
            }
            return result
        }
    }

    /// The names a forgiving look-up of `key` can reach (see ``GraphReader``): with the search
    /// indexes, ``nameIndex(kinds:near:within:)`` at the distance of its suggestions (one more
    /// than the typos it accepts); without them, names holding its words or ending it, and names
    /// sharing its length (within 3) or a word's first letters and its first or last letter — a
    /// typo rarely changes both ends of a name.
    /// - Throws: ``StoreError``.
    /// - Complexity: with the search indexes, seeks on the name runs; without, one pass over
    ///   `node_name` per kind.
    public func nameIndex(kinds: Set<NodeKind>, near key: String) throws -> [String: [String]] {
        guard hasSearchIndexes else { return try scanNameIndex(kinds: kinds, near: key) }
        return try nameIndex(kinds: kinds, near: key, within: Self.suggestionDistance(key))
    }

    /// The node with an id.
    /// - Parameter id: a node id such as `"person:dara sok"`.
    /// - Returns: the node with its aliases and provenance, or `nil`.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `node(key)`, `node_name(node)`, `node_provenance(node)`.
    public func node(id: String) throws -> Node? {
        try read { db in
            guard let rowID = try Int64.fetchOne(db.cachedStatement(sql: ReaderSQL.nodeWithKey), arguments: [id]) else {
                return nil
            }
            return try NodeAssembler(db: db).nodes([rowID]).first?.node
        }
    }

    /// Edges leaving a node, oldest first, with their provenance.
    /// - Parameter id: the source node's id.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `node(key)`, `edge(source, kind, target)`, `edge_provenance(edge)`.
    public func edges(from id: String) throws -> [Edge] {
        try edges(sql: ReaderSQL.edgesFrom, id: id)
    }

    /// Edges entering a node, oldest first, with their provenance.
    /// - Parameter id: the target node's id.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `node(key)`, `edge(target)`, `edge_provenance(edge)`.
    public func edges(to id: String) throws -> [Edge] {
        try edges(sql: ReaderSQL.edgesTo, id: id)
    }

    private func edges(sql: String, id: String) throws -> [Edge] {
        try read { db in
            let ids = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: [id])
            return try NodeAssembler(db: db).edges(ids)
        }
    }

    /// Nodes of a kind (and, when given, an event type), in storage order.
    /// - Parameters:
    ///   - kind: the node kind.
    ///   - eventType: for events, the type to keep; `nil` keeps all.
    /// - Throws: ``StoreError``.
    /// - Complexity: an index range on `node(kind, event_type)`, then per-node look-ups.
    public func nodes(kind: NodeKind, eventType: EventType?) throws -> [Node] {
        try read { db in
            let ids: [Int64]
            if let eventType {
                ids = try Int64.fetchAll(db.cachedStatement(sql: ReaderSQL.nodesOfKindAndEventType),
                                         arguments: [kind.rawValue, eventType.rawValue])
            } else {
                ids = try Int64.fetchAll(db.cachedStatement(sql: ReaderSQL.nodesOfKind), arguments: [kind.rawValue])
            }
            return try NodeAssembler(db: db).nodes(ids).map(\.node)
        }
    }

    /// The document with a SHA-256, with its text and sentences.
    /// - Parameter sha256: the document's SHA-256 (lowercase hex).
    /// - Throws: ``StoreError``.
    /// - Complexity: an index seek on `document(sha256)`.
    public func document(sha256: String) throws -> Document? {
        try read { db in
            guard let id = try Int64.fetchOne(db.cachedStatement(sql: ReaderSQL.documentWithSHA256), arguments: [sha256]) else {
                return nil
            }
            return try NodeAssembler(db: db).documents([id], includingText: true).first
        }
    }

    /// The text of one sentence of a document, trimmed, read without loading the whole text.
    /// - Parameters:
    ///   - documentSHA256: the document's SHA-256.
    ///   - index: the sentence's index.
    /// - Returns: the sentence, or `nil` when there is no such document or sentence.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `document(sha256)` and `sentence(document, idx)`.
    public func sentence(documentSHA256: String, index: Int) throws -> String? {
        try read { db in
            // substr over the text cast to a blob counts bytes: the offsets are UTF-8 bytes.
            let blob = try Data.fetchOne(db.cachedStatement(sql: ReaderSQL.sentenceText), arguments: [documentSHA256, index])
            return blob.map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
    }
}

/// The SQL behind ``KnowledgeBase``'s ``GraphReader`` methods, in one place so that a test can
/// check with `EXPLAIN QUERY PLAN` that each one searches an index rather than scanning a table.
enum ReaderSQL {
    /// Node row ids bearing a normalised name. Index `node_name_on_key`.
    static let nodesWithNameKey = "SELECT DISTINCT node FROM node_name WHERE name_key = ? ORDER BY node"
    /// (normalised name, node id) of one kind. Covering index `node_name_on_kind`.
    static let nameIndex = """
        SELECT DISTINCT nn.name_key, n.key FROM node_name nn JOIN node n ON n.id = nn.node
        WHERE nn.kind = ? ORDER BY nn.name_key, nn.node
        """
    /// (normalised name, node id) of one kind near a typed key: ?1 kind, ?2 key, ?3 its length,
    /// ?4 the first two letters of its last word. A scan of the kind's names (index `node_name_on_kind`).
    static let nameIndexNear = """
        SELECT DISTINCT nn.name_key, n.key FROM node_name nn JOIN node n ON n.id = nn.node
        WHERE nn.kind = ?1 AND (
            instr(' ' || nn.name_key || ' ', ' ' || ?2 || ' ') > 0
            OR substr(' ' || ?2, -length(nn.name_key) - 1) = ' ' || nn.name_key
            OR (abs(length(nn.name_key) - ?3) <= 3
                AND (substr(nn.name_key, 1, 1) = substr(?2, 1, 1) OR substr(nn.name_key, -1) = substr(?2, -1)))
            OR (substr(nn.name_key, -1) = substr(?2, -1) AND instr(' ' || nn.name_key, ' ' || substr(?4, 1, 1)) > 0)
            OR instr(' ' || nn.name_key, ' ' || ?4) > 0)
        ORDER BY nn.name_key, nn.node
        """
    /// (normalised name, node id, kind, node row id) of the names holding all N runs given first
    /// (arguments: the runs, then N), and of at most K others sharing at least T of them, those
    /// sharing the most first (then T, N, K), of the M kinds given last. Primary key of
    /// `name_gram`, grouped once; then primary keys of `node_name` and `node`.
    static func namesSharingGrams(gramCount: Int, kindCount: Int) -> String {
        """
        WITH g AS (
            SELECT name, count(*) AS shared FROM name_gram WHERE gram IN (\(NodeAssembler.placeholders(gramCount))) GROUP BY name),
        picked AS (
            SELECT name FROM g WHERE shared >= ?
            UNION ALL SELECT name FROM (SELECT name FROM g WHERE shared >= ? AND shared < ? ORDER BY shared DESC, name LIMIT ?))
        SELECT nn.name_key, n.key, nn.kind, nn.node FROM picked
        JOIN node_name nn ON nn.id = picked.name JOIN node n ON n.id = nn.node
        WHERE nn.kind IN (\(NodeAssembler.placeholders(kindCount)))
        """
    }
    /// (normalised name, node id, node row id) of one name and kind. Index `node_name_on_key`.
    static let namesWithKeyOfKind = """
        SELECT nn.name_key, n.key, nn.node FROM node_name nn JOIN node n ON n.id = nn.node
        WHERE nn.name_key = ? AND nn.kind = ? ORDER BY nn.node
        """
    /// (normalised name, node row id) for N names and M kinds, by name then row id. Index `node_name_on_key`.
    static func nodesWithNameKeysOfKinds(keyCount: Int, kindCount: Int) -> String {
        """
        SELECT DISTINCT name_key, node FROM node_name
        WHERE name_key IN (\(NodeAssembler.placeholders(keyCount))) AND kind IN (\(NodeAssembler.placeholders(kindCount)))
        ORDER BY name_key, node
        """
    }
    /// (row id, id) of N nodes by id. Unique index on `node(key)`.
    static func rowIDsOfNodes(count: Int) -> String {
        "SELECT id, key FROM node WHERE key IN (\(NodeAssembler.placeholders(count)))"
    }
    /// Edge row ids leaving N nodes. Unique indexes on `node(key)` and `edge(source, kind, target)`.
    static func edgesFromNodes(count: Int) -> String {
        "SELECT e.id FROM node n JOIN edge e ON e.source = n.id WHERE n.key IN (\(NodeAssembler.placeholders(count)))"
    }
    /// Edge row ids entering N nodes. Unique index on `node(key)`, index `edge_on_target`.
    static func edgesToNodes(count: Int) -> String {
        "SELECT e.id FROM node n JOIN edge e ON e.target = n.id WHERE n.key IN (\(NodeAssembler.placeholders(count)))"
    }
    /// How many nodes of a kind and event type. Covering index `node_on_kind_event_type`.
    static let countOfKindAndEventType = "SELECT count(*) FROM node WHERE kind = ? AND event_type = ?"
    /// How many nodes of a kind. Covering index `node_on_kind_event_type`.
    static let countOfKind = "SELECT count(*) FROM node WHERE kind = ?"
    /// A page of node row ids of a kind and event type. Index `node_on_kind_event_type`.
    static let pageOfKindAndEventType = "SELECT id FROM node WHERE kind = ? AND event_type = ? ORDER BY id LIMIT ? OFFSET ?"
    /// A page of node row ids of a kind. Index `node_on_kind_event_type`.
    static let pageOfKind = "SELECT id FROM node WHERE kind = ? ORDER BY id LIMIT ? OFFSET ?"
    /// Words in a range (a prefix, and the prefix followed by the last code point). Unique index on `word(text)`.
    static let wordsWithPrefix = "SELECT text FROM word WHERE text >= ? AND text < ? ORDER BY text"
    /// (document SHA-256, sentence, its range) of the sentences holding the most of N words, then
    /// in storage order, at most ?N+1. Unique index on `word(text)`, primary key of `sentence_word`.
    static func sentencesHoldingWords(wordCount: Int) -> String {
        """
        SELECT d.sha256, s.idx, s.utf8_start, s.utf8_end FROM (
            SELECT sw.document, sw.sentence, count(*) AS hits FROM word w JOIN sentence_word sw ON sw.word = w.id
            WHERE w.text IN (\(NodeAssembler.placeholders(wordCount)))
            GROUP BY sw.document, sw.sentence ORDER BY hits DESC, sw.document, sw.sentence LIMIT ?) h
        JOIN document d ON d.id = h.document JOIN sentence s ON s.document = h.document AND s.idx = h.sentence
        ORDER BY h.hits DESC, h.document, h.sentence
        """
    }
    /// Event row ids stated in one sentence. Unique index on `document(sha256)`, index `node_provenance_on_document`.
    static let eventsInSentence = """
        SELECT DISTINCT p.node FROM node_provenance p JOIN node n ON n.id = p.node
        WHERE p.document = (SELECT id FROM document WHERE sha256 = ?) AND p.sentence = ? AND n.kind = 'event'
        """
    /// A node's row id by its id. Unique index on `node(key)`.
    static let nodeWithKey = "SELECT id FROM node WHERE key = ?"
    /// Edge row ids leaving a node. Unique index `edge(source, kind, target)`.
    static let edgesFrom = "SELECT e.id FROM edge e JOIN node n ON n.id = e.source WHERE n.key = ? ORDER BY e.id"
    /// Edge row ids entering a node. Index `edge_on_target`.
    static let edgesTo = "SELECT e.id FROM edge e JOIN node n ON n.id = e.target WHERE n.key = ? ORDER BY e.id"
    /// Node row ids of a kind and event type. Index `node_on_kind_event_type`.
    static let nodesOfKindAndEventType = "SELECT id FROM node WHERE kind = ? AND event_type = ? ORDER BY id"
    /// Node row ids of a kind. Index `node_on_kind_event_type`.
    static let nodesOfKind = "SELECT id FROM node WHERE kind = ? ORDER BY id"
    /// A document's row id by its SHA-256. Unique index on `document(sha256)`.
    static let documentWithSHA256 = "SELECT id FROM document WHERE sha256 = ?"
    /// One sentence's bytes. Unique index on `document(sha256)`, primary key of `sentence`.
    static let sentenceText = """
        SELECT substr(CAST(d.text AS BLOB), s.utf8_start + 1, s.utf8_end - s.utf8_start)
        FROM document d JOIN sentence s ON s.document = d.id WHERE d.sha256 = ? AND s.idx = ?
        """
    /// Every statement above, named, for the query-plan test.
    static let all: [(name: String, sql: String)] = [
        ("nodesWithNameKey", nodesWithNameKey), ("nameIndex", nameIndex), ("nodeWithKey", nodeWithKey),
        ("edgesFrom", edgesFrom), ("edgesTo", edgesTo), ("nodesOfKindAndEventType", nodesOfKindAndEventType),
        ("nodesOfKind", nodesOfKind), ("documentWithSHA256", documentWithSHA256), ("sentenceText", sentenceText),
        ("namesSharingGrams", namesSharingGrams(gramCount: 3, kindCount: 2)), ("namesWithKeyOfKind", namesWithKeyOfKind), ("nodesWithNameKeysOfKinds", nodesWithNameKeysOfKinds(keyCount: 2, kindCount: 2)),
        ("rowIDsOfNodes", rowIDsOfNodes(count: 2)), ("edgesFromNodes", edgesFromNodes(count: 2)), ("edgesToNodes", edgesToNodes(count: 2)),
        ("countOfKindAndEventType", countOfKindAndEventType), ("countOfKind", countOfKind),
        ("pageOfKindAndEventType", pageOfKindAndEventType), ("pageOfKind", pageOfKind), ("wordsWithPrefix", wordsWithPrefix),
        ("sentencesHoldingWords", sentencesHoldingWords(wordCount: 2)), ("eventsInSentence", eventsInSentence),
    ]
}
