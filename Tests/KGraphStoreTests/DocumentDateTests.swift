import Foundation
import GRDB
import KGraphModel
import Testing
@testable import KGraphStore

/// The article's date (schema "v3"): written at ingest, read back by every reader; a store made
/// before it is migrated when opened for writing and served read-only with dates unknown.
@Suite struct DocumentDateTests {
    /// A sample article with a date.
    static func dated(_ date: String?, path: String = "news/port-velo.txt") -> Extraction {
        var e = Sample.portVelo(path: path)
        e.document.date = date
        return e
    }

    @Test func theDateIsWrittenAndReadBack() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.dated("2021-04-09"), Sample.trial()])
        #expect(try kb.documents().map(\.date) == ["2021-04-09", nil])
        #expect(try kb.graph().documents.map(\.date) == ["2021-04-09", nil])
        #expect(try kb.document(sha256: Self.dated(nil).document.sha256)?.date == "2021-04-09")
        #expect(try kb.graph(documentPath: "news/port-velo.txt")?.documents.first?.date == "2021-04-09")
    }

    @Test func theSameTextWithAnotherDateIsReplaced() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.dated("2021-04-09")])
        #expect(try kb.ingest([Self.dated("2021-04-09")]).map(\.status) == [.unchanged])
        #expect(try kb.ingest([Self.dated("2021-04-10")]).map(\.status) == [.replaced])
        #expect(try kb.documents().map(\.date) == ["2021-04-10"])
    }

    @Test func aV2StoreIsServedReadOnlyThenMigratedForWriting() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("v2.sqlite")
        do {
            let kb = try KnowledgeBase(path: path)
            _ = try kb.ingest([Self.dated("2021-04-09")])
            try kb.writer.write { db in
                try db.execute(sql: "ALTER TABLE document DROP COLUMN date; DROP TABLE correction; DELETE FROM grdb_migrations WHERE identifier IN ('v3', 'v4')")
            }
        }
        let old = try KnowledgeBase(path: path, readOnly: true)
        #expect(old.hasSearchIndexes)
        #expect(try old.documents().map(\.date) == [nil])
        #expect(try old.graph().documents.count == 1)
        #expect(try old.writer.read { db in try db.columns(in: "document").map(\.name) }.contains("date") == false)
        let migrated = try KnowledgeBase(path: path)
        #expect(try migrated.writer.read { db in try StoreSchema.migrator.appliedMigrations(db) } == ["v1", "v2", "v3", "v4"])
        #expect(try migrated.documents().map(\.date) == [nil])
        var trial = Sample.trial()
        trial.document.date = "2021-04"
        _ = try migrated.ingest([trial])
        #expect(try KnowledgeBase(path: path, readOnly: true).documents().map(\.date) == [nil, "2021-04"])
    }

    @Test func anUnreadableDateIsDamageReadAsUnknown() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.dated("2021-04-09")])
        try kb.writer.write { db in try db.execute(sql: "UPDATE document SET date = 'soon'") }
        _ = StoreDamage.drain()
        #expect(try kb.documents().map(\.date) == [nil])
        #expect(StoreDamage.drain().contains { $0.contains("unreadable date") })
    }
}
