import Foundation
import GRDB
import KGraphModel

/// Keeps the search indexes of schema "v2" (see ``StoreSchema``) in step with the names and
/// documents they index: three-letter runs of entity names (`name_gram`) and the words of every
/// sentence (`word`, `sentence_word`). Used inside a write transaction by the ingestor and by
/// the "v2" migration's backfill, so that both write the same rows.
///
/// Index rows are not written one statement a row: they wait in memory and go in batches,
/// sorted in key order, many rows a statement (``flush()``): before anything is removed from the
/// indexes, when ``pendingLimit`` rows wait, and at the end of an ingest, inside its transaction.
struct SearchIndexer {
    /// The open write transaction.
    let db: Database
    /// Word ids and index rows waiting to be written, for this transaction.
    private let state = State()

    /// Rows waiting before a flush; at about 40 bytes a row, a few MB.
    static let pendingLimit = 100_000
    /// Rows a multi-row `INSERT` writes (three values each: under SQLite's old limit of 999).
    static let rowsPerStatement = 300

    /// What the indexer keeps across calls within one transaction.
    private final class State {
        /// `word` row ids by text.
        var wordIDs: [String: Int64] = [:]
        /// `name_gram` rows to write.
        var grams: [NameGram] = []
        /// `sentence_word` rows to write.
        var sentenceWords: [SentenceWord] = []
    }

    /// A `name_gram` row.
    private struct NameGram: Comparable {
        var gram: String
        var name: Int64
        static func < (a: Self, b: Self) -> Bool { (a.gram, a.name) < (b.gram, b.name) }
    }

    /// A `sentence_word` row.
    private struct SentenceWord: Comparable {
        var word: Int64
        var document: Int64
        var sentence: Int
        static func < (a: Self, b: Self) -> Bool { (a.word, a.document, a.sentence) < (b.word, b.document, b.sentence) }
    }

    /// Creates an indexer writing through an open transaction.
    /// - Parameter db: the transaction.
    init(db: Database) { self.db = db }

    // MARK: - What is indexed

    /// The distinct three-letter runs (of Unicode scalars) of `' ' + key + ' '`: "sok" gives
    /// " so", "sok", "ok ". A name holding a typed name's words holds all its runs; one edit
    /// changes at most three.
    /// - Parameter key: a normalised name.
    /// - Returns: the runs; empty for an empty key.
    /// - Complexity: O(length of the key).
    static func grams(of key: String) -> Set<String> {
        guard !key.isEmpty else { return [] }
        let scalars = Array(" \(key) ".unicodeScalars)
        var out = Set<String>()
        out.reserveCapacity(scalars.count)
        for i in 0..<(scalars.count - 2) {
            var gram = String.UnicodeScalarView()
            gram.append(contentsOf: scalars[i..<(i + 3)])
            out.insert(String(gram))
        }
        return out
    }

    /// The distinct words of a sentence as the word index holds them: ``NameKey/normalize(_:)``
    /// split at spaces, of two letters or more.
    /// - Parameter sentence: the sentence text.
    /// - Returns: the words.
    /// - Complexity: O(length of the sentence).
    static func words(of sentence: String) -> Set<String> {
        Set(normalizedWords(sentence).filter { $0.unicodeScalars.count >= 2 })
    }

    /// The words of ``NameKey/normalize(_:)`` of a text: for ASCII text read straight from its
    /// bytes (lowercase letters and digits, every "'s" dropped, "." and "'" inside words
    /// skipped, a leading "the" dropped), the normalisation's Unicode folding costing most of an
    /// ingest's indexing otherwise; other text goes through the normalisation.
    /// - Complexity: O(n) in the text's bytes.
    static func normalizedWords(_ text: String) -> [String] {
        var out = NameKey.words(text)
        if out.count > 1, out[0] == "the" { out.removeFirst() }
        return out
    }

    // MARK: - Names

    /// Indexes one `node_name` row, when it names an entity (person, organisation, place).
    /// - Parameters:
    ///   - id: the `node_name` row id.
    ///   - key: its normalised name.
    ///   - kind: its node's kind.
    /// - Throws: an SQLite error.
    func indexName(id: Int64, key: String, kind: NodeKind) throws {
        guard kind.isEntity else { return }
        for gram in Self.grams(of: key) { state.grams.append(NameGram(gram: gram, name: id)) }
        try flushIfFull()
    }

    /// Removes the index rows of a `node_name` row about to be deleted.
    /// - Parameters:
    ///   - id: the `node_name` row id.
    ///   - key: its normalised name.
    /// - Throws: an SQLite error.
    func unindexName(id: Int64, key: String) throws {
        try flush()
        let delete = try db.cachedStatement(sql: "DELETE FROM name_gram WHERE gram = ? AND name = ?")
        for gram in Self.grams(of: key) { try delete.execute(arguments: [gram, id]) }
    }

    // MARK: - Sentences

    /// Indexes the words of every sentence of a stored document.
    /// - Parameters:
    ///   - documentID: the document's row id.
    ///   - document: the document, with its text and sentences.
    /// - Throws: an SQLite error.
    /// - Complexity: O(length of the text) plus one indexed insert per distinct word of each sentence.
    func indexSentences(documentID: Int64, document: Document) throws {
        for span in document.sentences {
            for word in Self.words(of: Self.sentence(span.index, of: document)) {
                state.sentenceWords.append(SentenceWord(word: try wordID(word), document: documentID, sentence: span.index))
            }
        }
        try flushIfFull()
    }

    /// The text of a document's sentence as ``Document/sentenceText(_:)`` finds it, untrimmed
    /// (white space separates words anyway), or "" when there is no such sentence.
    static func sentence(_ index: Int, of document: Document) -> String {
        guard document.sentences.indices.contains(index) else { return "" }
        return TextOffsets.slice(document.text, utf8Range: document.sentences[index].utf8Range)
    }

    /// Removes the word index rows of a stored document about to be deleted (its text and
    /// sentences are read to know which).
    /// - Parameter documentID: the document's row id.
    /// - Throws: an SQLite error.
    func unindexSentences(documentID: Int64) throws {
        try flush()
        guard let document = try storedDocument(documentID) else { return }
        let find = try db.cachedStatement(sql: "SELECT id FROM word WHERE text = ?")
        let delete = try db.cachedStatement(sql: "DELETE FROM sentence_word WHERE word = ? AND document = ?")
        var words = Set<String>()
        for span in document.sentences { words.formUnion(Self.words(of: Self.sentence(span.index, of: document))) }
        for word in words {
            guard let id = try Int64.fetchOne(find, arguments: [word]) else { continue }
            try delete.execute(arguments: [id, documentID])
        }
    }

    /// The id of a word, inserted when new.
    private func wordID(_ word: String) throws -> Int64 {
        if let id = state.wordIDs[word] { return id }
        let id: Int64
        if let found = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM word WHERE text = ?"), arguments: [word]) {
            id = found
        } else {
            try db.cachedStatement(sql: "INSERT INTO word (text) VALUES (?)").execute(arguments: [word])
            id = db.lastInsertedRowID
        }
        state.wordIDs[word] = id
        return id
    }

    // MARK: - Batches

    /// Writes the waiting rows once there are ``pendingLimit`` of them.
    private func flushIfFull() throws {
        if state.grams.count + state.sentenceWords.count >= Self.pendingLimit { try flush() }
    }

    /// Writes every waiting index row, sorted in key order, ``rowsPerStatement`` rows a statement.
    /// Call it before the transaction commits.
    /// - Throws: an SQLite error.
    /// - Complexity: O(r log r) for r waiting rows, plus their inserts.
    func flush() throws {
        state.grams.sort()
        try insert(into: "name_gram (gram, name)", columns: 2, rows: state.grams) { [$0.gram.databaseValue, $0.name.databaseValue] }
        state.grams.removeAll(keepingCapacity: true)
        state.sentenceWords.sort()
        try insert(into: "sentence_word (word, document, sentence)", columns: 3, rows: state.sentenceWords) {
            [$0.word.databaseValue, $0.document.databaseValue, $0.sentence.databaseValue]
        }
        state.sentenceWords.removeAll(keepingCapacity: true)
    }

    /// `INSERT OR IGNORE`s rows into a table, many a statement.
    /// - Parameters:
    ///   - table: the table and its columns, as SQL: `"name_gram (gram, name)"`.
    ///   - columns: the number of columns.
    ///   - rows: the rows.
    ///   - values: a row's values, one per column.
    private func insert<Element>(into table: String, columns: Int, rows: [Element], _ values: (Element) -> [DatabaseValue]) throws {
        let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let end = min(start + Self.rowsPerStatement, rows.count)
            let sql = "INSERT OR IGNORE INTO \(table) VALUES " + Array(repeating: tuple, count: end - start).joined(separator: ", ")
            var arguments = [DatabaseValue]()
            arguments.reserveCapacity((end - start) * columns)
            for row in rows[start..<end] { arguments += values(row) }
            try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments))
            start = end
        }
    }

    /// A stored document's text and sentences.
    private func storedDocument(_ id: Int64) throws -> Document? {
        guard let row = try Row.fetchOne(db, sql: "SELECT path, title, sha256, text FROM document WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let spans = try Row.fetchAll(db, sql: "SELECT idx, utf8_start, utf8_end FROM sentence WHERE document = ? ORDER BY idx", arguments: [id])
            .map { SentenceSpan(index: $0[0], utf8Range: ($0[1] as Int)..<($0[2] as Int)) }
        return Document(path: row[0], title: row[1], sha256: row[2], text: row[3], sentences: spans)
    }

    // MARK: - Backfill

    /// Fills both indexes from the names and documents already stored (the "v2" migration of a
    /// store made before it).
    /// - Throws: an SQLite error.
    /// - Complexity: one pass over `node_name` and one over the documents' texts.
    func backfill() throws {
        let names = try Row.fetchCursor(db, sql: "SELECT id, name_key, kind FROM node_name ORDER BY id")
        var pending = [(Int64, String, NodeKind)]()
        while let row = try names.next() {
            guard let kind = NodeKind(rawValue: row[2]), kind.isEntity else { continue }
            pending.append((row[0], row[1], kind))
        }
        for (id, key, kind) in pending { try indexName(id: id, key: key, kind: kind) }
        let documentIDs = try Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id")
        for id in documentIDs {
            guard let document = try storedDocument(id) else { continue }
            try indexSentences(documentID: id, document: document)
        }
        try flush()
    }
}
