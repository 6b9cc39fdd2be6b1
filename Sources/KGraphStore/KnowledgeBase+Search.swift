import Foundation
import GRDB
import KGraphModel

/// The query engine's bounded look-ups: forgiving name look-ups through the name runs, pages of
/// long lists, and sentences by their words (schema "v2", see ``StoreSchema``). A store without
/// the search indexes (a "v1" store opened read-only) answers each by a slower scan.
extension KnowledgeBase {
    /// The most names sharing only some of a typed key's runs that a forgiving look-up reads
    /// (those sharing the most): a short key at a wide distance would otherwise reach thousands.
    static let partialGramNameLimit = 200

    /// The edit distance a forgiving look-up's suggestions reach for a typed key: 1 up to three
    /// letters, 2 up to six, 3 beyond (one more than the typos it accepts).
    static func suggestionDistance(_ key: String) -> Int {
        key.count <= 3 ? 1 : key.count <= 6 ? 2 : 3
    }

    /// The names a forgiving look-up of `key` reaches at edit distance `distance` (see
    /// ``GraphReader``): entity names holding all three-letter runs of `' ' + key + ' '`, up to
    /// ``partialGramNameLimit`` more sharing enough of them — at least its distinct runs less
    /// three per edit, and at least one — those sharing the most first, and names that are a
    /// tail of it. A name holding the key's words holds all its runs, and one edit changes at
    /// most three, so the names within `distance` of the key, or whose last words are, are all
    /// there when the key has more than `3 × distance` runs and fewer than the limit share some;
    /// otherwise names sharing fewest runs with it are left out.
    /// - Parameters:
    ///   - kinds: node kinds; kinds other than person, organisation and place are read as by
    ///     ``nameIndex(kinds:near:)`` without the runs.
    ///   - key: a normalised name as typed.
    ///   - distance: the most edits a reached name may be away.
    /// - Returns: normalised name → node ids, by kind (in `NodeKind` order) then storage order.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `name_gram` for each run of the key, grouped by name; the
    ///   names returned are usually tens.
    public func nameIndex(kinds: Set<NodeKind>, near key: String, within distance: Int) throws -> [String: [String]] {
        guard !key.isEmpty else { return [:] }
        let entityKinds = kinds.filter(\.isEntity)
        guard hasSearchIndexes, !entityKinds.isEmpty else { return try scanNameIndex(kinds: kinds, near: key) }
        var result = try kinds.subtracting(entityKinds).isEmpty ? [:] : scanNameIndex(kinds: kinds.subtracting(entityKinds), near: key)
        let grams = Array(SearchIndexer.grams(of: key)).sorted()
        let threshold = max(1, grams.count - 3 * max(0, distance))
        let kindList = entityKinds.sorted()
        let words = key.split(separator: " ")
        let tails = (1..<max(1, words.count)).map { words.suffix($0).joined(separator: " ") }
        let rows = try read { db in
            var rows = [(key: String, id: String, kind: Int, rowID: Int64)]()
            let kindRank = Dictionary(uniqueKeysWithValues: NodeKind.allCases.enumerated().map { ($1.rawValue, $0) })
            let grouped = try db.cachedStatement(sql: ReaderSQL.namesSharingGrams(gramCount: grams.count, kindCount: kindList.count))
            let arguments = StatementArguments(grams) + [grams.count, threshold, grams.count, Self.partialGramNameLimit]
                + StatementArguments(kindList.map(\.rawValue))
            let cursor = try Row.fetchCursor(grouped, arguments: arguments)
            while let row = try cursor.next() { rows.append((row[0], row[1], kindRank[row[2] as String] ?? 99, row[3])) }
            var seen = Set(rows.map { "\($0.key)\u{0}\($0.id)" })
            let exact = try db.cachedStatement(sql: ReaderSQL.namesWithKeyOfKind)
            for tail in tails {
                for kind in kindList {
                    let cursor = try Row.fetchCursor(exact, arguments: [tail, kind.rawValue])
                    while let row = try cursor.next() {
                        guard seen.insert("\(row[0] as String)\u{0}\(row[1] as String)").inserted else { continue }
                        rows.append((row[0], row[1], kindRank[kind.rawValue] ?? 99, row[2]))
                    }
                }
            }
            return rows
        }
        for r in rows.sorted(by: { ($0.key, $0.kind, $0.rowID) < ($1.key, $1.kind, $1.rowID) }) { result[r.key, default: []].append(r.id) }
        return result
    }

    /// For each of some normalised names, the nodes of some kinds bearing it, oldest first.
    /// - Parameters:
    ///   - keys: ``NameKey/normalize(_:)`` results.
    ///   - kinds: the kinds to read.
    /// - Returns: key → nodes, for the keys some such node bears.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `node_name(name_key, kind)`, 500 keys a query, then the
    ///   nodes found, read once each.
    public func nodes(withNameKeys keys: Set<String>, kinds: Set<NodeKind>) throws -> [String: [Node]] {
        guard !kinds.isEmpty, !keys.isEmpty else { return [:] }
        let kindNames = kinds.map(\.rawValue).sorted()
        return try read { db in
            var rowIDs = [String: [Int64]]()
            let list = keys.sorted()
            for start in stride(from: 0, to: list.count, by: NodeAssembler.chunkSize) {
                let chunk = Array(list[start..<min(list.count, start + NodeAssembler.chunkSize)])
                let sql = ReaderSQL.nodesWithNameKeysOfKinds(keyCount: chunk.count, kindCount: kindNames.count)
                let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(chunk) + StatementArguments(kindNames))
                while let row = try rows.next() { rowIDs[row[0], default: []].append(row[1]) }
            }
            let nodes = Dictionary(try NodeAssembler(db: db).nodes(Array(Set(rowIDs.values.joined())).sorted()).map { ($0.rowID, $0.node) },
                                   uniquingKeysWith: { a, _ in a })
            return rowIDs.mapValues { ids in ids.compactMap { nodes[$0] } }
        }
    }

    /// The nodes with some ids, with their aliases and provenance, in the order given.
    /// - Parameter ids: node ids such as `"person:dara sok"`.
    /// - Returns: the nodes found.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `node(key)`, then three queries per 500 nodes.
    public func nodes(ids: [String]) throws -> [Node] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            var rowIDs = [String: Int64]()
            for chunk in Self.chunks(Array(Set(ids)).sorted()) {
                let rows = try Row.fetchCursor(db.cachedStatement(sql: ReaderSQL.rowIDsOfNodes(count: chunk.count)), arguments: StatementArguments(chunk))
                while let row = try rows.next() { rowIDs[row[1]] = row[0] }
            }
            var seen = Set<Int64>()
            return try NodeAssembler(db: db).nodes(ids.compactMap { rowIDs[$0] }.filter { seen.insert($0).inserted }).map(\.node)
        }
    }

    /// The edges leaving each of some nodes, oldest first, with their provenance.
    /// - Parameter ids: the source nodes' ids.
    /// - Returns: id → edges, for every id given (empty when none leave it).
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `node(key)` and `edge(source, kind, target)`, then two
    ///   queries per 500 edges.
    public func edges(fromEach ids: [String]) throws -> [String: [Edge]] {
        try edges(ofEach: ids, sql: ReaderSQL.edgesFromNodes, end: \.source)
    }

    /// The edges entering each of some nodes, oldest first, with their provenance.
    /// - Parameter ids: the target nodes' ids.
    /// - Returns: id → edges, for every id given (empty when none enters it).
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `node(key)` and `edge(target)`, then two queries per 500 edges.
    public func edges(toEach ids: [String]) throws -> [String: [Edge]] {
        try edges(ofEach: ids, sql: ReaderSQL.edgesToNodes, end: \.target)
    }

    /// Edges of each of some nodes, by the end (source or target) the nodes are.
    private func edges(ofEach ids: [String], sql: (Int) -> String, end: KeyPath<Edge, String>) throws -> [String: [Edge]] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var edgeIDs = [Int64]()
            for chunk in Self.chunks(Array(Set(ids)).sorted()) {
                edgeIDs += try Int64.fetchAll(db.cachedStatement(sql: sql(chunk.count)), arguments: StatementArguments(chunk))
            }
            var out = Dictionary(ids.map { ($0, [Edge]()) }, uniquingKeysWith: { a, _ in a })
            for edge in try NodeAssembler(db: db).edges(Array(Set(edgeIDs)).sorted()) { out[edge[keyPath: end], default: []].append(edge) }
            return out
        }
    }

    /// Splits values into lists of at most ``NodeAssembler/chunkSize``.
    static func chunks<T>(_ values: [T]) -> [[T]] {
        stride(from: 0, to: values.count, by: NodeAssembler.chunkSize).map { Array(values[$0..<min($0 + NodeAssembler.chunkSize, values.count)]) }
    }

    /// The number of nodes of a kind (and, when given, an event type).
    /// - Throws: ``StoreError``.
    /// - Complexity: a count over the index `node(kind, event_type)` range.
    public func nodeCount(kind: NodeKind, eventType: EventType?) throws -> Int {
        try read { db in
            if let eventType {
                return try Int.fetchOne(db.cachedStatement(sql: ReaderSQL.countOfKindAndEventType), arguments: [kind.rawValue, eventType.rawValue]) ?? 0
            }
            return try Int.fetchOne(db.cachedStatement(sql: ReaderSQL.countOfKind), arguments: [kind.rawValue]) ?? 0
        }
    }

    /// A page of ``nodes(kind:eventType:)`` in storage order.
    /// - Parameters:
    ///   - kind: the node kind.
    ///   - eventType: for events, the type to keep; `nil` keeps all.
    ///   - offset: how many to skip.
    ///   - limit: the most to return.
    /// - Throws: ``StoreError``.
    /// - Complexity: an index range on `node(kind, event_type)` of `offset + limit` entries, then
    ///   per-node look-ups for the page.
    public func nodes(kind: NodeKind, eventType: EventType?, offset: Int, limit: Int) throws -> [Node] {
        guard limit > 0 else { return [] }
        return try read { db in
            let ids: [Int64]
            if let eventType {
                ids = try Int64.fetchAll(db.cachedStatement(sql: ReaderSQL.pageOfKindAndEventType),
                                         arguments: [kind.rawValue, eventType.rawValue, limit, max(0, offset)])
            } else {
                ids = try Int64.fetchAll(db.cachedStatement(sql: ReaderSQL.pageOfKind), arguments: [kind.rawValue, limit, max(0, offset)])
            }
            return try NodeAssembler(db: db).nodes(ids).map(\.node)
        }
    }

    /// The distinct words of stored sentences that start with `prefix`, sorted.
    /// - Throws: ``StoreError``.
    /// - Complexity: an index range on `word(text)`; without the search indexes, a scan of
    ///   every document's text.
    public func sentenceWords(withPrefix prefix: String) throws -> [String] {
        guard hasSearchIndexes else {
            var words = Set<String>()
            try scanSentenceWords { _, _, sentenceWords in for w in sentenceWords where w.hasPrefix(prefix) { words.insert(w) } }
            return words.sorted()
        }
        return try read { db in
            try String.fetchAll(db.cachedStatement(sql: ReaderSQL.wordsWithPrefix), arguments: [prefix, prefix + "\u{10FFFF}"])
        }
    }

    /// Sentences holding at least one of some words: those holding the most first, then in
    /// storage order (document, sentence); at most `limit`.
    /// - Throws: ``StoreError``.
    /// - Complexity: index seeks on `word(text)`, then the `sentence_word` entries of each word,
    ///   grouped by sentence; without the search indexes, a scan of every document's text.
    public func sentences(holdingAnyOf words: Set<String>, limit: Int) throws -> [Provenance] {
        guard limit > 0, !words.isEmpty else { return [] }
        guard hasSearchIndexes else {
            var hits = [(count: Int, order: Int, provenance: Provenance)]()
            try scanSentenceWords { sha, span, sentenceWords in
                let count = sentenceWords.intersection(words).count
                if count > 0 {
                    hits.append((count, hits.count, Provenance(documentSHA256: sha, sentenceIndex: span.index, utf8Range: span.utf8Range)))
                }
            }
            return hits.sorted { ($1.count, $0.order) < ($0.count, $1.order) }.prefix(limit).map(\.provenance)
        }
        let list = words.sorted()
        return try read { db in
            let statement = try db.cachedStatement(sql: ReaderSQL.sentencesHoldingWords(wordCount: list.count))
            return try Row.fetchAll(statement, arguments: StatementArguments(list) + [limit]).map { row in
                Provenance(documentSHA256: row[0], sentenceIndex: row[1], utf8Range: (row[2] as Int)..<(row[3] as Int))
            }
        }
    }

    /// The events whose first provenance record is one of some sentences, in storage order.
    /// - Parameter sentences: sentences (only the document and sentence index count).
    /// - Throws: ``StoreError``.
    /// - Complexity: an index seek on `node_provenance(document)` per distinct sentence, then
    ///   per-event look-ups.
    public func events(statedIn sentences: [Provenance]) throws -> [Node] {
        guard !sentences.isEmpty else { return [] }
        let wanted = Set(sentences.map { "\($0.documentSHA256)#\($0.sentenceIndex)" })
        return try read { db in
            var ids = Set<Int64>()
            let statement = try db.cachedStatement(sql: ReaderSQL.eventsInSentence)
            var asked = Set<String>()
            for s in sentences where asked.insert("\(s.documentSHA256)#\(s.sentenceIndex)").inserted {
                ids.formUnion(try Int64.fetchAll(statement, arguments: [s.documentSHA256, s.sentenceIndex]))
            }
            return try NodeAssembler(db: db).nodes(ids.sorted()).map(\.node).filter { n in
                n.provenance.first.map { wanted.contains("\($0.documentSHA256)#\($0.sentenceIndex)") } ?? false
            }
        }
    }

    /// The old, scanning forgiving look-up (see ``nameIndex(kinds:near:)``'s SQL), for stores
    /// without the name runs and for kinds they do not hold.
    func scanNameIndex(kinds: Set<NodeKind>, near key: String) throws -> [String: [String]] {
        guard !key.isEmpty else { return [:] }
        let lastWord = key.split(separator: " ").last.map(String.init) ?? key
        return try read { db in
            var result = [String: [String]]()
            let statement = try db.cachedStatement(sql: ReaderSQL.nameIndexNear)
            for kind in kinds.sorted() {
                let rows = try Row.fetchCursor(statement, arguments: [kind.rawValue, key, key.count, String(lastWord.prefix(2))])
                while let row = try rows.next() { result[row[0], default: []].append(row[1]) }
            }
            return result
        }
    }

    /// Calls `each` with every stored sentence and its words (as the word index holds them), in
    /// storage order: the slow way for a store without the word index.
    /// - Complexity: reads and normalises every document's text.
    private func scanSentenceWords(_ each: (String, SentenceSpan, Set<String>) throws -> Void) throws {
        try read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id")
            for chunk in NodeAssembler.chunks(ids) {
                for doc in try NodeAssembler(db: db).documents(chunk, includingText: true) {
                    for span in doc.sentences { try each(doc.sha256, span, SearchIndexer.words(of: doc.sentenceText(span.index) ?? "")) }
                }
            }
        }
    }
}
