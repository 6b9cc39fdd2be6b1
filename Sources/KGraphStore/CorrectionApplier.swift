import Foundation
import GRDB
import KGraphModel

/// Applies users' corrections (``Correction``) inside an open write transaction: once when
/// made, and again, all of them in the order made, after every ingest, so that an article
/// built again comes out corrected. Applying a correction twice changes nothing.
struct CorrectionApplier {
    /// The open transaction.
    let db: Database

    /// Whether the store has the corrections table (schema "v4").
    func hasTable() throws -> Bool { try db.tableExists("correction") }

    /// Every stored correction, oldest first.
    func all() throws -> [Correction] {
        guard try hasTable() else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT id, action, kind, subject_key, subject_name, object, object_key, created_at FROM correction ORDER BY id
            """).compactMap(Self.correction)
    }

    /// A correction from its row; a row kgraph did not write is reported as damage and skipped.
    static func correction(_ row: Row) -> Correction? {
        guard let action = CorrectionAction(rawValue: row[1] as String? ?? ""), let kind = NodeKind(rawValue: row[2] as String? ?? ""),
              let key = row[3] as String?, let name = row[4] as String?, let object = row[5] as String? else {
            StoreDamage.report("correction \(row[0] as Int64? ?? 0) is unreadable (not applied)")
            return nil
        }
        return Correction(id: row[0], action: action, kind: kind, subjectKey: key, subjectName: name, object: object,
                          objectKey: row[6], createdAt: Date.fromDatabaseValue(row[7] as DatabaseValue))
    }

    /// Re-applies every stored correction, oldest first.
    /// - Throws: an SQLite error.
    func applyAll() throws {
        for correction in try all() { try apply(correction) }
    }

    /// Records a correction.
    /// - Returns: its id.
    func record(_ c: Correction) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO correction (action, kind, subject_key, subject_name, object, object_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [c.action.rawValue, c.kind.rawValue, c.subjectKey, c.subjectName, c.object, c.objectKey, c.createdAt ?? Date()])
        return db.lastInsertedRowID
    }

    /// Applies one correction; one whose entity (or article) is no longer stored does nothing.
    /// - Returns: whether it changed anything.
    /// - Throws: ``CorrectionError`` for a split whose article does not mention the entity or
    ///   is its only article (only when `strict`); an SQLite error.
    @discardableResult
    func apply(_ c: Correction, strict: Bool = false) throws -> Bool {
        guard let subject = try node(key: c.subjectKey, name: c.subjectName, kind: c.kind) else { return false }
        switch c.action {
        case .merge:
            guard let other = try node(key: c.objectKey ?? "", name: c.object, kind: c.kind), other != subject else { return false }
            try NodeMerger(db: db).merge(other, into: subject)
            return true
        case .alias:
            return try addName(c.object, to: subject, kind: c.kind, display: false)
        case .rename:
            return try addName(c.object, to: subject, kind: c.kind, display: true)
        case .split:
            return try split(subject, c, strict: strict)
        }
    }

    /// The node a correction names: the one keyed `key`, else the one node of the kind bearing
    /// the name (split-off nodes left aside). A split-off node (its key holds an `@`) is only
    /// ever itself: once gone, its corrections wait for it.
    func node(key: String, name: String, kind: NodeKind) throws -> Int64? {
        if !key.isEmpty, let id = try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE key = ?", arguments: [key]) { return id }
        if key.contains("@") { return nil }
        let ids = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT nn.node FROM node_name nn JOIN node n ON n.id = nn.node
            WHERE nn.name_key = ? AND nn.kind = ? AND instr(n.key, '@') = 0
            """, arguments: [NameKey.normalize(name), kind.rawValue])
        return ids.count == 1 ? ids[0] : nil
    }

    /// Gives a node a name no article states (kept while the node is), and makes it the display
    /// name when asked.
    private func addName(_ name: String, to node: Int64, kind: NodeKind, display: Bool) throws -> Bool {
        let key = NameKey.normalize(name)
        guard !key.isEmpty else { return false }
        var changed = false
        if try Int64.fetchOne(db, sql: "SELECT id FROM node_name WHERE node = ? AND name_key = ?", arguments: [node, key]) == nil {
            let words = key.split(separator: " ")
            let first = kind == .person && words.count > 1 ? String(words[0]) : nil
            let last = kind == .person && words.count > 1 ? words.last.map(String.init) : nil
            try db.execute(sql: "INSERT INTO node_name (node, kind, name, name_key, first_word, last_word) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [node, kind.rawValue, name, key, first, last])
            try SearchIndexer(db: db).indexName(id: db.lastInsertedRowID, key: key, kind: kind)
            changed = true
        }
        if display, try String.fetchOne(db, sql: "SELECT name FROM node WHERE id = ?", arguments: [node]) != name {
            try db.execute(sql: "UPDATE node SET name = ?, name_key = ? WHERE id = ?", arguments: [name, key, node])
            changed = true
        }
        return changed
    }

    /// Splits one article's part off a node, into the node keyed `<key>@<path>`.
    private func split(_ node: Int64, _ c: Correction, strict: Bool) throws -> Bool {
        guard let document = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ?", arguments: [c.object]) else {
            if strict { throw CorrectionError.notInArticle(name: c.subjectName, path: c.object) }
            return false
        }
        let documents = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT document FROM node_provenance WHERE node = ?", arguments: [node]))
        guard documents.contains(document) else {
            if strict { throw CorrectionError.notInArticle(name: c.subjectName, path: c.object) }
            return false
        }
        guard documents.count > 1 else {
            if strict { throw CorrectionError.onlyArticle(name: c.subjectName, path: c.object) }
            return false
        }
        let key = try String.fetchOne(db, sql: "SELECT key FROM node WHERE id = ?", arguments: [node]) ?? c.subjectKey
        _ = try NodeMerger(db: db).split(node, document: document, newKey: Self.splitKey(key, path: c.object))
        return true
    }

    /// The key of the node an article's part of an entity is split into.
    static func splitKey(_ key: String, path: String) -> String { "\(key.split(separator: "@").first.map(String.init) ?? key)@\(path)" }
}
