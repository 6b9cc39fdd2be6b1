import Foundation
import GRDB
import KGraphModel

/// One stored article, as `kgraph articles` lists it.
public struct ArticleSummary: Hashable, Codable, Sendable {
    /// The path it was stored under.
    public var path: String
    /// Its title.
    public var title: String
    /// Its date ("2021-04-09" or "2021-04"), when known.
    public var date: String?
    /// Distinct people, organisations and places it mentions.
    public var entities: Int
    /// Distinct events it states.
    public var events: Int
}

/// What ``KnowledgeBase/forget(path:)`` removed.
public struct ForgetOutcome: Hashable, Codable, Sendable {
    /// The article's path.
    public var path: String
    /// Nodes removed (only that article stated them).
    public var nodes: Int
    /// Edges removed.
    public var edges: Int
}

extension KnowledgeBase {
    /// Every stored article with its counts, in ingestion order.
    /// - Throws: ``StoreError``.
    /// - Complexity: one indexed count per article over its provenance rows.
    public func articles() throws -> [ArticleSummary] {
        try read { db in
            let date = try db.columns(in: "document").contains { $0.name == "date" } ? "d.date" : "NULL"
            return try Row.fetchAll(db, sql: """
                SELECT d.path, d.title, \(date),
                  (SELECT count(DISTINCT p.node) FROM node_provenance p JOIN node n ON n.id = p.node
                   WHERE p.document = d.id AND n.kind IN ('person', 'organization', 'place')),
                  (SELECT count(DISTINCT p.node) FROM node_provenance p JOIN node n ON n.id = p.node
                   WHERE p.document = d.id AND n.kind = 'event')
                FROM document d ORDER BY d.id
                """).map { row in
                ArticleSummary(path: try row.checked(0, "an article"), title: try row.checked(1, "an article"),
                               date: (row[2] as String?).flatMap { TimeValue.isArticleDate($0) ? $0 : nil },
                               entities: row[3] ?? 0, events: row[4] ?? 0)
            }
        }
    }

    /// The paths of every stored article, in ingestion order.
    /// - Throws: ``StoreError``.
    public func articlePaths() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT path FROM document ORDER BY id") }
    }

    /// Removes an article and every fact only it supported (nodes, edges, names, provenance,
    /// search index rows); facts other articles also state stay. One write transaction: a
    /// failure or a kill leaves the store as it was. The users' corrections are applied again.
    /// - Parameters:
    ///   - documentPath: the path the article was stored under.
    ///   - beforeCommit: called inside the transaction, last (the CLI's crash test stalls there).
    /// - Returns: what was removed, or `nil` when no such article is stored.
    /// - Throws: ``StoreError``.
    public func forget(path documentPath: String, beforeCommit: () throws -> Void = {}) throws -> ForgetOutcome? {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        do {
            return try writer.write { db in
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ?", arguments: [documentPath]) else {
                    return nil
                }
                let count = { (table: String) in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
                let before = (try count("node"), try count("edge"))
                try Ingestor(db: db, storePath: path, now: Date()).removeDocument(id)
                try Self.afterIngest(db)
                try beforeCommit()
                return ForgetOutcome(path: documentPath, nodes: before.0 - (try count("node")), edges: before.1 - (try count("edge")))
            }
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }
}

extension KnowledgeBase {
    /// Pairs of stored entities that may be one real entity but were not merged (scores from
    /// ``IdentityResolver/lowerBound``), with their evidence, best first. A store built before
    /// merges were made at ingest lists the sure pairs too.
    /// - Parameters:
    ///   - kind: only entities of this kind, when given.
    ///   - placeNames: the gazetteer's names of places, when known.
    /// - Throws: ``StoreError``.
    /// - Complexity: O(names) hash look-ups, then a few indexed reads per pair found.
    public func duplicates(kind: NodeKind? = nil, placeNames: PlaceNamer? = nil) throws -> [IdentityCandidate] {
        try read { db in try IdentityResolver(db: db, placeNames: placeNames).candidates(kind: kind) }
    }
}
