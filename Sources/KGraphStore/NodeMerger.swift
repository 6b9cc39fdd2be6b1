import GRDB
import KGraphModel

/// Moves facts between stored entity nodes inside an open write transaction: one node merged
/// into another, or one article's part of a node split off into a node of its own. Used by
/// corrections and by the resolution of identities across articles.
struct NodeMerger {
    /// The open transaction.
    let db: Database
    /// Keeps the name index in step with the names moved.
    let indexer: SearchIndexer

    /// Creates a merger writing through an open transaction.
    init(db: Database) {
        self.db = db
        self.indexer = SearchIndexer(db: db)
    }

    // MARK: - Merge

    /// Merges node `from` into node `into`: its names (with the articles stating them), its
    /// provenance and its edges become `into`'s, attributes `into` lacks are added, role nodes
    /// keyed by `from` are re-keyed (or merged into the role `into` already holds), and `from`
    /// is deleted. `into` keeps its display name.
    /// - Parameters:
    ///   - from: the row id of the node merged away.
    ///   - into: the row id of the node kept.
    /// - Throws: an SQLite error.
    /// - Complexity: O(names + provenance + edges of `from`) indexed writes.
    func merge(_ from: Int64, into: Int64) throws {
        guard from != into else { return }
        try moveNames(from: from, to: into, document: nil)
        try db.execute(sql: """
            INSERT OR IGNORE INTO node_provenance SELECT ?, document, sentence, utf8_start, utf8_end FROM node_provenance WHERE node = ?
            """, arguments: [into, from])
        try moveEdges(from: from, to: into, document: nil)
        try mergeAttributes(from: from, into: into)
        let keys = try Row.fetchAll(db, sql: "SELECT id, key FROM node WHERE id IN (?, ?)", arguments: [from, into])
        let keyOf = Dictionary(uniqueKeysWithValues: keys.map { ($0[0] as Int64, $0[1] as String) })
        try deleteNode(from)
        if let old = keyOf[from], let new = keyOf[into] { try rekeyRoles(of: old, to: new) }
    }

    /// Adds the attributes of `from` that `into` lacks.
    private func mergeAttributes(from: Int64, into: Int64) throws {
        let rows = try String.fetchAll(db, sql: "SELECT attributes FROM node WHERE id IN (?, ?) ORDER BY id = ? DESC", arguments: [into, from, into])
        guard rows.count == 2 else { return }
        var kept = NodeAssembler.decodeAttributes(rows[0])
        for (key, value) in NodeAssembler.decodeAttributes(rows[1]) where kept[key] == nil { kept[key] = value }
        try db.execute(sql: "UPDATE node SET attributes = ? WHERE id = ?", arguments: [NodeAssembler.encodeAttributes(kept), into])
    }

    /// Re-keys the role nodes whose key names an entity's old key (`role:person:x|title|org`),
    /// merging each into a role node already bearing the new key.
    private func rekeyRoles(of oldKey: String, to newKey: String) throws {
        let pattern = "role:%" + oldKey.replacingOccurrences(of: "%", with: "") + "%"
        let roles = try Row.fetchAll(db, sql: "SELECT id, key FROM node WHERE kind = 'role' AND key LIKE ?", arguments: [pattern])
        for role in roles {
            let id: Int64 = role[0], key: String = role[1]
            let parts = key.dropFirst("role:".count).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts[0] == oldKey || parts[2] == oldKey else { continue }
            let newRoleKey = NodeID.role(personID: parts[0] == oldKey ? newKey : parts[0], title: parts[1],
                                         organizationID: parts[2].isEmpty ? nil : (parts[2] == oldKey ? newKey : parts[2]))
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE key = ?", arguments: [newRoleKey]) {
                try merge(id, into: existing)
            } else {
                try db.execute(sql: "UPDATE node SET key = ? WHERE id = ?", arguments: [newRoleKey, id])
            }
        }
    }

    // MARK: - Split

    /// Moves one article's part of a node (its mentions, the names only that article states,
    /// the edges it states) to the node keyed `newKey`, created when missing.
    /// - Parameters:
    ///   - node: the row id of the node split.
    ///   - document: the article's row id.
    ///   - newKey: the key of the node its part goes to.
    /// - Returns: the row id of that node.
    /// - Throws: an SQLite error.
    func split(_ node: Int64, document: Int64, newKey: String) throws -> Int64 {
        let target = try ensureNode(like: node, key: newKey, document: document)
        try db.execute(sql: """
            INSERT OR IGNORE INTO node_provenance SELECT ?, document, sentence, utf8_start, utf8_end FROM node_provenance
            WHERE node = ? AND document = ?
            """, arguments: [target, node, document])
        try db.execute(sql: "DELETE FROM node_provenance WHERE node = ? AND document = ?", arguments: [node, document])
        try moveNames(from: node, to: target, document: document)
        try moveEdges(from: node, to: target, document: document)
        try refreshName(of: node)
        try refreshName(of: target)
        return target
    }

    /// The node keyed `key`, or a new one with the kind and attributes of `node` and the most
    /// complete name the article states for it.
    private func ensureNode(like node: Int64, key: String, document: Int64) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE key = ?", arguments: [key]) { return id }
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, name, attributes FROM node WHERE id = ?", arguments: [node]) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "store damaged: node \(node) vanished while splitting it")
        }
        try db.execute(sql: "INSERT INTO node (key, kind, name, name_key, attributes) VALUES (?, ?, ?, ?, ?)",
                       arguments: [key, row[0] as String, row[1] as String, NameKey.normalize(row[1]), row[2] as String])
        return db.lastInsertedRowID
    }

    // MARK: - Names and edges

    /// Moves names of `from` to `to`: all of them (`document` nil) or the sources of one
    /// article's. A name left with no source (and not a correction's name, which never had one)
    /// is deleted.
    private func moveNames(from: Int64, to: Int64, document: Int64?) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT nn.id, nn.kind, nn.name, nn.name_key, nn.first_word, nn.last_word FROM node_name nn
            WHERE nn.node = ? AND (? IS NULL OR EXISTS (SELECT 1 FROM node_name_source s WHERE s.name = nn.id AND s.document = ?))
            ORDER BY nn.id
            """, arguments: [from, document, document])
        for row in rows {
            let id: Int64 = row[0], key: String = row[3]
            let targetName = try nameID(node: to, row: row)
            if let document {
                try db.execute(sql: "INSERT OR IGNORE INTO node_name_source (name, document) VALUES (?, ?)", arguments: [targetName, document])
                try db.execute(sql: "DELETE FROM node_name_source WHERE name = ? AND document = ?", arguments: [id, document])
                if try Int.fetchOne(db, sql: "SELECT count(*) FROM node_name_source WHERE name = ?", arguments: [id]) == 0 {
                    try deleteName(id, key: key)
                }
            } else {
                try db.execute(sql: "INSERT OR IGNORE INTO node_name_source (name, document) SELECT ?, document FROM node_name_source WHERE name = ?",
                               arguments: [targetName, id])
                try deleteName(id, key: key)
            }
        }
    }

    /// The id of `node`'s name with the key of `row`, added (and indexed) when missing.
    private func nameID(node: Int64, row: Row) throws -> Int64 {
        let key: String = row[3]
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM node_name WHERE node = ? AND name_key = ?", arguments: [node, key]) {
            return id
        }
        try db.execute(sql: "INSERT INTO node_name (node, kind, name, name_key, first_word, last_word) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [node, row[1] as String, row[2] as String, key, row[4] as String?, row[5] as String?])
        let id = db.lastInsertedRowID
        if let kind = NodeKind(rawValue: row[1]) { try indexer.indexName(id: id, key: key, kind: kind) }
        return id
    }

    /// Deletes one name row and its index rows.
    func deleteName(_ id: Int64, key: String) throws {
        try indexer.unindexName(id: id, key: key)
        try db.execute(sql: "DELETE FROM node_name WHERE id = ?", arguments: [id])
    }

    /// Moves edges of `from` to `to`: all of them (`document` nil) or the provenance one article
    /// gives them. An edge that becomes one already stored joins it; an edge left with no
    /// provenance is deleted.
    private func moveEdges(from: Int64, to: Int64, document: Int64?) throws {
        let edges = try Row.fetchAll(db, sql: """
            SELECT id, source, target, kind FROM edge e WHERE (source = ? OR target = ?)
              AND (? IS NULL OR EXISTS (SELECT 1 FROM edge_provenance p WHERE p.edge = e.id AND p.document = ?))
            """, arguments: [from, from, document, document])
        for edge in edges {
            let id: Int64 = edge[0], kind: String = edge[3]
            let source: Int64 = edge[1] == from ? to : edge[1], target: Int64 = edge[2] == from ? to : edge[2]
            let kept: Int64
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM edge WHERE source = ? AND kind = ? AND target = ?",
                                                 arguments: [source, kind, target]) {
                kept = existing
            } else {
                try db.execute(sql: "INSERT INTO edge (source, target, kind) VALUES (?, ?, ?)", arguments: [source, target, kind])
                kept = db.lastInsertedRowID
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO edge_provenance SELECT ?, document, sentence, utf8_start, utf8_end FROM edge_provenance
                WHERE edge = ? AND (? IS NULL OR document = ?)
                """, arguments: [kept, id, document, document])
            try db.execute(sql: "DELETE FROM edge_provenance WHERE edge = ? AND (? IS NULL OR document = ?)", arguments: [id, document, document])
            try db.execute(sql: "DELETE FROM edge WHERE id = ? AND NOT EXISTS (SELECT 1 FROM edge_provenance WHERE edge = ?)", arguments: [id, id])
        }
    }

    // MARK: - Nodes

    /// Deletes a node, its names (and their index rows) and, by cascade, its edges.
    func deleteNode(_ id: Int64) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name_key FROM node_name WHERE node = ?", arguments: [id]) {
            try deleteName(row[0], key: row[1])
        }
        try db.execute(sql: "DELETE FROM node WHERE id = ?", arguments: [id])
    }

    /// Gives a node whose display name is no longer among its names its most complete remaining
    /// name.
    func refreshName(of id: Int64) throws {
        guard let current = try String.fetchOne(db, sql: "SELECT name FROM node WHERE id = ?", arguments: [id]) else { return }
        let names = try String.fetchAll(db, sql: "SELECT name FROM node_name WHERE node = ? ORDER BY id", arguments: [id])
        let currentKey = NameKey.normalize(current)
        guard var best = names.first, !names.contains(where: { NameKey.normalize($0) == currentKey }) else { return }
        for name in names.dropFirst() where Ingestor.isMoreComplete(name, than: best) { best = name }
        try db.execute(sql: "UPDATE node SET name = ?, name_key = ? WHERE id = ?", arguments: [best, NameKey.normalize(best), id])
    }
}
