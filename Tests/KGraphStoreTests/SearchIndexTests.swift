import Foundation
import GRDB
import KGraphModel
import Testing
@testable import KGraphStore

/// The search indexes of schema "v2" and the bounded look-ups they serve: name runs, sentence
/// words, pages, batches; kept in step by ingest and removal, filled by the migration of an
/// older store, and answered by scans when an older store is opened read-only.
@Suite struct SearchIndexTests {
    /// Levenshtein distance over Unicode scalars, written plainly for the test.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var next = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            row = next
        }
        return x.isEmpty ? y.count : row[y.count]
    }

    @Test func gramsOfAKey() {
        #expect(SearchIndexer.grams(of: "sok") == [" so", "sok", "ok "])
        #expect(SearchIndexer.grams(of: "") == [])
        #expect(SearchIndexer.grams(of: "ab ab") == [" ab", "ab ", "b a"])
        #expect(SearchIndexer.words(of: "Police arrested Dara Sok's brother, a U.S. citizen, in Port Velo.")
                == ["police", "arrested", "dara", "sok", "brother", "us", "citizen", "in", "port", "velo"])
    }

    /// The word index reads ASCII text into the words the normalisation gives, without it.
    @Test(arguments: ["The police arrested Dara Sok's brother in Port Velo.", "U.S. officials said it's closed",
                      "O'Neil's lawyer, Mr. Tal, filed 12 motions on 3/4/2021 — or so", "  tabs\tand\nlines  ",
                      "Renée Okafor was détained", "'sam said 'So' ''s", "", "...", "THE THE the", "the"])
    func wordsAreTheNormalisedWords(_ text: String) {
        #expect(SearchIndexer.normalizedWords(text) == NameKey.normalize(text).split(separator: " ").map(String.init), "\(text)")
    }

    /// Every name a forgiving look-up can reach at a distance is in the narrowed index: names
    /// within it (whole, or their last words), names holding the key's words, and names that are
    /// a tail of the key — whenever the key has more runs than three per edit.
    @Test(arguments: ["dara sokk", "dara sk", "sok", "lina vay", "akbar vey", "tomas ferriera", "amira hadad", "port velo court",
                      "brandt", "hai", "ivo brandt", "marek novk", "chen", "helena brand", "ruth okafr", "nguyen van hia"])
    func narrowedIndexHoldsEveryReachableName(_ typed: String) throws {
        let kb = try NameIndexNearTests.store()
        let full = try kb.nameIndex(kinds: [.person, .organization, .place])
        let words = typed.split(separator: " ")
        for d in 0...3 where SearchIndexer.grams(of: typed).count - 3 * d >= 1 {
            let near = try kb.nameIndex(kinds: [.person, .organization, .place], near: typed, within: d)
            for (key, ids) in full {
                let keyWords = key.split(separator: " ")
                let tail = keyWords.count > words.count ? keyWords.suffix(words.count).joined(separator: " ") : nil
                let reachable = Self.distance(typed, key) <= d || tail.map { Self.distance(typed, $0) <= d } == true
                    || " \(key) ".contains(" \(typed) ") || " \(typed)".hasSuffix(" \(key)")
                if reachable { #expect(near[key] == ids, "\(typed) within \(d) misses \(key)") }
                #expect(near[key] == nil || near[key] == ids)
            }
        }
        // Far names stay out.
        let near = try kb.nameIndex(kinds: [.person], near: "dara sokk", within: 2)
        #expect(near["ruth okafor"] == nil && near["samir aziz"] == nil && near["helena brandt"] == nil)
    }

    /// A name that is the tail of what was typed is found although it shares few runs with it.
    @Test func tailOfTheKeyIsFound() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.mention(path: "a.txt", sentence: "Vey spoke.", name: "Vey", type: .person)])
        #expect(try kb.nameIndex(kinds: [.person], near: "lina maria vey", within: 0)["vey"] == ["person:vey"])
        #expect(try kb.nameIndex(kinds: [.place], near: "lina maria vey", within: 0).isEmpty)
    }

    /// Of many names sharing some runs with a key, only those sharing the most are read; names
    /// holding all its runs always are.
    @Test func partlyMatchingNamesAreBounded() throws {
        let kb = try KnowledgeBase.inMemory()
        let count = KnowledgeBase.partialGramNameLimit + 50
        _ = try kb.ingest((0..<count).map { k in
            Sample.mention(path: "p\(k).txt", sentence: "Vela Marno\(k) spoke.", name: "Vela Marno\(k)", type: .person)
        } + [Sample.mention(path: "q.txt", sentence: "Vela Marnox Tal spoke.", name: "Vela Marnox Tal", type: .person)])
        let near = try kb.nameIndex(kinds: [.person], near: "vela marnox", within: 2)
        #expect(near["vela marnox tal"] == ["person:vela marnox tal"])
        #expect(near.count == KnowledgeBase.partialGramNameLimit + 1)
        // Names one digit long share one run more than those of two or three: they are kept first.
        #expect((0..<10).allSatisfy { near["vela marno\($0)"] != nil })
    }

    @Test func countsPagesAndBatches() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
        let events = try kb.nodes(kind: .event, eventType: nil)
        #expect(try kb.nodeCount(kind: .event, eventType: nil) == events.count)
        #expect(try kb.nodeCount(kind: .event, eventType: .statement) == 2)
        #expect(try kb.nodeCount(kind: .event, eventType: .release) == 0)
        #expect(try kb.nodes(kind: .event, eventType: nil, offset: 1, limit: 3).map(\.id) == events[1..<4].map(\.id))
        #expect(try kb.nodes(kind: .event, eventType: .statement, offset: 1, limit: 5).count == 1)
        #expect(try kb.nodes(kind: .event, eventType: nil, offset: 0, limit: 0).isEmpty)
        // Batches agree with one look-up at a time, in the order asked.
        let ids = ["person:dara sok", "nobody:here", "place:port velo"]
        #expect(try kb.nodes(ids: ids) == ids.compactMap { try kb.node(id: $0) })
        let edges = try kb.edges(fromEach: events.map(\.id) + ["nobody:here"])
        for e in events { #expect(edges[e.id] == (try kb.edges(from: e.id))) }
        #expect(edges["nobody:here"] == [])
        let incoming = try kb.edges(toEach: ["person:dara sok", "nobody:here"])
        #expect(incoming["person:dara sok"] == (try kb.edges(to: "person:dara sok")))
        #expect(incoming["person:dara sok"]?.isEmpty == false && incoming["nobody:here"] == [])
        let named = try kb.nodes(withNameKeys: ["dara sok", "sok", "velo provincial court", "nobody"], kinds: [.person])
        #expect(named.mapValues { $0.map(\.id) } == ["dara sok": ["person:dara sok"], "sok": ["person:dara sok"]])
    }

    @Test func sentencesByTheirWords() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
        #expect(try kb.sentenceWords(withPrefix: "tri") == ["tried"])
        #expect(try kb.sentenceWords(withPrefix: "sa") == ["said"])
        #expect(try kb.sentenceWords(withPrefix: "zz").isEmpty)
        // "said" is in one sentence of each article; the trial's also holds "tried": it comes first.
        let hits = try kb.sentences(holdingAnyOf: ["said", "tried"], limit: 10)
        let trial = Sample.trial().document, port = Sample.portVelo().document
        #expect(hits.map(\.documentSHA256) == [trial.sha256, port.sha256])
        #expect(hits.map(\.sentenceIndex) == [1, 2])
        #expect(hits[0].utf8Range == trial.sentences[1].utf8Range)
        #expect(try kb.sentences(holdingAnyOf: ["said", "tried"], limit: 1).count == 1)
        #expect(try kb.sentences(holdingAnyOf: ["nothing"], limit: 10).isEmpty)
        // The events those sentences state.
        let stated = try kb.events(statedIn: hits)
        #expect(stated.map(\.eventType) == [.statement, .statement])
        #expect(try kb.events(statedIn: [Provenance(documentSHA256: port.sha256, sentenceIndex: 0, utf8Range: 0..<0)]).map(\.eventType) == [.arrest])
    }

    /// Replacing an article removes the index rows of its names and sentences; the rows left are
    /// those of the names and documents stored.
    @Test func ingestAndRemovalKeepTheIndexesInStep() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
        let replacement = Sample.mention(path: "news/port-velo.txt", sentence: "Oren Tal was detained.", name: "Oren Tal", type: .person)
        _ = try kb.ingest([replacement])
        let strays = try kb.writer.read { db in
            [try Int.fetchOne(db, sql: "SELECT count(*) FROM name_gram WHERE name NOT IN (SELECT id FROM node_name)"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sentence_word WHERE document NOT IN (SELECT id FROM document)")]
        }
        #expect(strays == [0, 0])
        let gone = try kb.nameIndex(kinds: [.person], near: "mira chan", within: 1)
        let added = try kb.nameIndex(kinds: [.person], near: "oren tall", within: 1)
        #expect(gone["mira chan"] == nil)
        #expect(added["oren tal"] == ["person:oren tal"])
        #expect(try kb.sentences(holdingAnyOf: ["arrested"], limit: 5).isEmpty)
        #expect(try kb.sentences(holdingAnyOf: ["detained"], limit: 5).count == 1)
        #expect(try kb.sentences(holdingAnyOf: ["tried"], limit: 5).count == 1)
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        #expect(try Self.indexRows(kb) == Self.indexRows(try Self.backfilled(from: kb, in: dir)))
    }

    /// Index rows wait in memory and are written in batches: an article replaced within the same
    /// build (its first rows not written yet), and more rows than one statement writes, leave the
    /// same rows as the migration's backfill of the same data.
    @Test func batchedRowsMatchTheBackfill() throws {
        let kb = try KnowledgeBase.inMemory()
        let replacement = Sample.mention(path: "news/port-velo.txt", sentence: "Oren Tal was detained.", name: "Oren Tal", type: .person)
        let many = (0..<40).map { i in
            Sample.mention(path: "many/\(i).txt", sentence: "Officer Vanna Lim\(i) arrested Dara Sok\(i) in Port Velo\(i) on Monday.",
                           name: "Dara Sok\(i)", type: .person)
        }
        _ = try kb.ingest([Sample.portVelo(), Sample.trial(), replacement] + many)
        #expect(try Self.indexRows(kb).count > SearchIndexer.rowsPerStatement)
        #expect(try kb.sentences(holdingAnyOf: ["arrested"], limit: 100).count == 40)
        #expect(try kb.nameIndex(kinds: [.person], near: "mira chan", within: 1)["mira chan"] == nil)
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        #expect(try Self.indexRows(kb) == Self.indexRows(try Self.backfilled(from: kb, in: dir)))
    }

    /// A store made before the search indexes ("v1"), opened read-only, answers every look-up
    /// by scanning, as a migrated one answers from its indexes.
    @Test func olderStoreReadOnlyAnswersThenMigratesOnOpenForWrite() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("old.sqlite")
        do {
            let kb = try KnowledgeBase(path: path)
            _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
            try Self.downgradeToV1(kb)
        }
        func answers(_ kb: KnowledgeBase) throws -> [String] {
            let hits = try kb.sentences(holdingAnyOf: ["said", "tried", "charged"], limit: 10)
            return [
                "\(try kb.nameIndex(kinds: [.person, .organization, .place], near: "dara sokk").keys.contains("dara sok"))",
                "\(try kb.nameIndex(kinds: [.person], near: "dara sokk", within: 2)["dara sok"] ?? [])",
                "\(try kb.sentenceWords(withPrefix: "arr"))",
                "\(hits.map { "\($0.documentSHA256.prefix(6))#\($0.sentenceIndex)" })",
                "\(try kb.events(statedIn: hits).map(\.id))",
                "\(try kb.nodeCount(kind: .event, eventType: nil))",
                "\(try kb.nodes(kind: .event, eventType: nil, offset: 2, limit: 2).map(\.id))",
                "\(try kb.nodes(withNameKey: "dara sok").map(\.id))",
            ]
        }
        let old = try KnowledgeBase(path: path, readOnly: true)
        #expect(!old.hasSearchIndexes)
        let before = try answers(old)
        #expect(before[0] == "true" && before[1] == "[\"person:dara sok\"]" && before[2] == "[\"arrested\"]")
        let migrated = try KnowledgeBase(path: path)
        #expect(migrated.hasSearchIndexes)
        #expect(try answers(migrated) == before)
        let reopened = try KnowledgeBase(path: path, readOnly: true)
        #expect(reopened.hasSearchIndexes)
        #expect(try migrated.writer.read { db in try StoreSchema.migrator.appliedMigrations(db) } == ["v1", "v2", "v3", "v4"])
    }

    /// A store that lacks a migration other than the index-only ones still needs a build first.
    @Test func readOnlyStoreMissingMoreThanTheIndexesIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("empty.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        }
        #expect(throws: StoreError.needsMigration(path: path)) { _ = try KnowledgeBase(path: path, readOnly: true) }
    }

    // MARK: - Helpers

    /// Makes a store look as it did before "v2": its tables and the date column gone and the
    /// migrations unrecorded.
    static func downgradeToV1(_ kb: KnowledgeBase) throws {
        try kb.writer.write { db in
            try db.execute(sql: """
                DROP TABLE name_gram; DROP TABLE sentence_word; DROP TABLE word; ALTER TABLE document DROP COLUMN date; DROP TABLE correction;
                DELETE FROM grdb_migrations WHERE identifier IN ('v2', 'v3', 'v4');
                """)
        }
    }

    /// A copy of a store's "v1" data with the indexes filled by the migration's backfill.
    static func backfilled(from kb: KnowledgeBase, in dir: TemporaryDirectory) throws -> KnowledgeBase {
        let path = dir.path("copy.sqlite")
        try kb.writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        let copy = try KnowledgeBase(path: path)
        try downgradeToV1(copy)
        return try KnowledgeBase(path: path)
    }

    /// Every index row, by name key and word text (row ids of words may differ).
    static func indexRows(_ kb: KnowledgeBase) throws -> [String] {
        try kb.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'g ' || g.gram || ' ' || nn.name_key FROM name_gram g JOIN node_name nn ON nn.id = g.name
                UNION ALL SELECT 'w ' || w.text || ' ' || sw.document || ' ' || sw.sentence FROM sentence_word sw JOIN word w ON w.id = sw.word
                """).sorted()
        }
    }
}
