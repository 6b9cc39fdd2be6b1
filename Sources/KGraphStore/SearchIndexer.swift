import Foundation
import GRDB
import KGraphModel

/// Keeps the search indexes of schema "v2" (see ``StoreSchema``) in step with the names and
/// documents they index: three-letter runs of entity names (`name_gram`) and the words of every
/// sentence (`word`, `sentence_word`). Used inside a write transaction by the ingestor and by
/// the "v2" migration's backfill, so that both write the same rows.
struct SearchIndexer {
    /// The open write transaction.
    let db: Database
    /// Word ids already looked up or inserted in this transaction.
    private let wordIDs = WordIDs()

    /// A cache of `word` row ids by text.
    private final class WordIDs {
        var byText: [String: Int64] = [:]
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
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO name_gram (gram, name) VALUES (?, ?)")
        for gram in Self.grams(of: key) { try insert.execute(arguments: [gram, id]) }
    }

    /// Removes the index rows of a `node_name` row about to be deleted.
    /// - Parameters:
    ///   - id: the `node_name` row id.
    ///   - key: its normalised name.
    /// - Throws: an SQLite error.
    func unindexName(id: Int64, key: String) throws {
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
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sentence_word (word, document, sentence) VALUES (?, ?, ?)")
        for span in document.sentences {
            for word in Self.words(of: document.sentenceText(span.index) ?? "") {
                try insert.execute(arguments: [try wordID(word), documentID, span.index])
            }
        }
    }

    /// Removes the word index rows of a stored document about to be deleted (its text and
    /// sentences are read to know which).
    /// - Parameter documentID: the document's row id.
    /// - Throws: an SQLite error.
    func unindexSentences(documentID: Int64) throws {
        guard let document = try storedDocument(documentID) else { return }
        let find = try db.cachedStatement(sql: "SELECT id FROM word WHERE text = ?")
        let delete = try db.cachedStatement(sql: "DELETE FROM sentence_word WHERE word = ? AND document = ?")
        var words = Set<String>()
        for span in document.sentences { words.formUnion(Self.words(of: document.sentenceText(span.index) ?? "")) }
        for word in words {
            guard let id = try Int64.fetchOne(find, arguments: [word]) else { continue }
            try delete.execute(arguments: [id, documentID])
        }
    }

    /// The id of a word, inserted when new.
    private func wordID(_ word: String) throws -> Int64 {
        if let id = wordIDs.byText[word] { return id }
        let id: Int64
        if let found = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM word WHERE text = ?"), arguments: [word]) {
            id = found
        } else {
            try db.cachedStatement(sql: "INSERT INTO word (text) VALUES (?)").execute(arguments: [word])
            id = db.lastInsertedRowID
        }
        wordIDs.byText[word] = id
        return id
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
    }
}
