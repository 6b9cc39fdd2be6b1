import Foundation
import GRDB
import KGraphModel
import Testing
@testable import KGraphStore

@Suite struct MigrationTests {
    @Test func migratorRegistersTheShippedNamesInOrder() {
        #expect(StoreSchema.migrator.migrations == StoreSchema.migrationNames)
        #expect(StoreSchema.migrationNames == ["v1", "v2", "v3", "v4"])
    }

    @Test func emptyDatabaseMigratesToEveryTableAndIndex() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue)
        try queue.read { db in
            #expect(try StoreSchema.migrator.hasCompletedMigrations(db))
            for table in ["document", "sentence", "node", "node_name", "node_name_source", "edge", "node_provenance", "edge_provenance",
                          "name_gram", "word", "sentence_word", "correction"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            let indexes = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"))
            #expect(indexes.isSuperset(of: ["node_name_on_key", "node_name_on_kind", "node_name_source_on_document", "edge_on_target",
                                            "node_provenance_on_document", "edge_provenance_on_document", "node_on_kind_event_type"]))
        }
    }

    @Test func migratingTwiceIsHarmless() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue)
        try StoreSchema.migrator.migrate(queue)
        let applied = try queue.read { db in try StoreSchema.migrator.appliedMigrations(db) }
        #expect(applied == ["v1", "v2", "v3", "v4"])
    }

    /// Every GraphReader statement seeks an index: none scans a whole table.
    @Test(arguments: ReaderSQL.all.map(\.name))
    func readerQueriesUseIndexes(name: String) throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo()])
        let sql = try #require(ReaderSQL.all.first { $0.name == name }?.sql)
        let plan = try base.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(Array(repeating: "x", count: sql.filter { $0 == "?" }.count)))
                .map { $0["detail"] as String }
        }
        #expect(!plan.isEmpty)
        // A grouped subquery is materialized, then read whole: "MATERIALIZE g" then "SCAN g" scans no table.
        let materialized = Set(plan.filter { $0.hasPrefix("MATERIALIZE ") }.map { String($0.dropFirst("MATERIALIZE ".count)) })
        for step in plan {
            // "SCAN x USING COVERING INDEX" walks only one kind's part of an index for nameIndex's equality; a bare "SCAN x" is a table scan.
            let scansTable = step.hasPrefix("SCAN") && !step.contains("INDEX") && !materialized.contains(String(step.dropFirst("SCAN ".count)))
            #expect(!scansTable, "\(name): \(step)")
        }
    }
}
