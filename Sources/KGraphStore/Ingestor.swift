import Foundation
import GRDB
import KGraphModel

/// Writes one article's extraction into an open write transaction: the work behind
/// ``KnowledgeBase/ingest(_:)``.
struct Ingestor {
    /// The open transaction.
    let db: Database
    /// The store's path, for errors.
    let storePath: String
    /// The ingestion time recorded for new documents.
    let now: Date
    /// Keeps the search indexes in step with the names and sentences written.
    let indexer: SearchIndexer

    /// Creates an ingestor writing through an open transaction.
    /// - Parameters:
    ///   - db: the transaction.
    ///   - storePath: the store's path, for errors.
    ///   - now: the ingestion time recorded for new documents.
    init(db: Database, storePath: String, now: Date) {
        self.db = db
        self.storePath = storePath
        self.now = now
        self.indexer = SearchIndexer(db: db)
    }

    /// Stores one extraction.
    /// - Parameter extraction: the article and its facts.
    /// - Returns: what was done, with counts.
    /// - Throws: ``StoreError/invalidExtraction(path:document:reason:)`` when the extraction names
    ///   another document or has no hash or path; any SQLite error.
    /// - Complexity: O(nodes + edges + provenance) indexed writes; a replaced article also costs
    ///   O(its old rows).
    func ingest(_ extraction: Extraction) throws -> IngestOutcome {
        let document = extraction.document
        guard !document.path.isEmpty else { throw invalid(document, "the document has no path") }
        guard !document.sha256.isEmpty else { throw invalid(document, "the document has no sha256") }
        var sentenceIndexes = Set<Int>()
        for span in document.sentences where !sentenceIndexes.insert(span.index).inserted {
            throw invalid(document, "sentence \(span.index) is listed twice")
        }
        var status = IngestOutcome.Status.added
        var outcome = IngestOutcome(path: document.path, sha256: document.sha256, status: .added,
                                    entities: extraction.entities.count, events: extraction.events.count,
                                    relations: extraction.relations.count, edges: 0)
        if let old = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, sha256, date FROM document WHERE path = ?"),
                                      arguments: [document.path]) {
            // the same text with another date is a change: its events' time values differ
            if old["sha256"] as String == document.sha256, old["date"] as String? == document.date {
                outcome.status = .unchanged
                return outcome
            }
            try removeDocument(old["id"])
            status = .replaced
        }
        if let storedPath = try String.fetchOne(db.cachedStatement(sql: "SELECT path FROM document WHERE sha256 = ?"),
                                                arguments: [document.sha256]) {
            outcome.status = .duplicate
            outcome.storedPath = storedPath
            return outcome
        }
        try db.cachedStatement(sql: "INSERT INTO document (path, title, sha256, ingested_at, text, date) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [document.path, document.title, document.sha256, now, document.text, document.date])
        let documentID = db.lastInsertedRowID
        let sentence = try db.cachedStatement(sql: "INSERT INTO sentence (document, idx, utf8_start, utf8_end) VALUES (?, ?, ?, ?)")
        for span in document.sentences {
            try sentence.execute(arguments: [documentID, span.index, span.utf8Start, span.utf8End])
        }
        try indexer.indexSentences(documentID: documentID, document: document)

        let graph = extraction.graph()
        let rename = try EntityMatcher(db: db).resolve(graph)
        let merged = Self.rewrite(graph, extraction: extraction, rename: rename)

        var rowIDs = [String: Int64]()
        rowIDs.reserveCapacity(merged.nodes.count)
        var mergedEntities = 0
        for node in merged.nodes {
            let (rowID, existed) = try upsert(node, document: document)
            rowIDs[node.id] = rowID
            if existed, node.kind.isEntity { mergedEntities += 1 }
            try addNames(of: node, rowID: rowID, documentID: documentID)
            let provenance = try db.cachedStatement(sql: "INSERT OR IGNORE INTO node_provenance VALUES (?, ?, ?, ?, ?)")
            for p in node.provenance {
                guard p.documentSHA256 == document.sha256 else {
                    throw invalid(document, "node '\(node.id)' cites document \(p.documentSHA256.prefix(16))")
                }
                try provenance.execute(arguments: [rowID, documentID, p.sentenceIndex, p.utf8Start, p.utf8End])
            }
        }
        var edgeCount = 0
        for edge in merged.edges {
            // An edge to a node the graph does not hold (a part_of naming an unknown event) is dropped.
            guard let source = rowIDs[edge.source], let target = rowIDs[edge.target] else { continue }
            let edgeID: Int64
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM edge WHERE source = ? AND kind = ? AND target = ?"),
                                           arguments: [source, edge.kind.rawValue, target]) {
                edgeID = id
            } else {
                try db.cachedStatement(sql: "INSERT INTO edge (source, target, kind) VALUES (?, ?, ?)")
                    .execute(arguments: [source, target, edge.kind.rawValue])
                edgeID = db.lastInsertedRowID
            }
            edgeCount += 1
            let provenance = try db.cachedStatement(sql: "INSERT OR IGNORE INTO edge_provenance VALUES (?, ?, ?, ?, ?)")
            for p in edge.provenance {
                guard p.documentSHA256 == document.sha256 else {
                    throw invalid(document, "edge '\(edge.key)' cites document \(p.documentSHA256.prefix(16))")
                }
                try provenance.execute(arguments: [edgeID, documentID, p.sentenceIndex, p.utf8Start, p.utf8End])
            }
        }
        outcome.status = status
        outcome.mergedEntities = mergedEntities
        outcome.edges = edgeCount
        return outcome
    }

    /// Writes what waits in memory (the search index rows): call it once the last extraction is
    /// ingested, before the transaction commits.
    /// - Throws: an SQLite error.
    func finish() throws {
        try indexer.flush()
    }

    /// An invalid-extraction error for a document.
    private func invalid(_ document: Document, _ reason: String) -> StoreError {
        .invalidExtraction(path: storePath, document: document.path.isEmpty ? document.sha256 : document.path, reason: reason)
    }

    /// Inserts a node, or finds the stored node with its id and merges into it: a more complete
    /// name (more words, then more characters) becomes the display name, and attributes it lacks
    /// are added.
    /// - Returns: the node's row id, and whether it was already stored.
    private func upsert(_ node: Node, document: Document) throws -> (Int64, Bool) {
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, attributes FROM node WHERE key = ?"), arguments: [node.id]) {
            let rowID: Int64 = row["id"]
            let storedName: String = row["name"]
            if node.kind.isEntity, Self.isMoreComplete(node.name, than: storedName) {
                try db.cachedStatement(sql: "UPDATE node SET name = ?, name_key = ? WHERE id = ?")
                    .execute(arguments: [node.name, NameKey.normalize(node.name), rowID])
            }
            if !node.attributes.isEmpty {
                var attributes = NodeAssembler.decodeAttributes(row["attributes"])
                var changed = false
                for (key, value) in node.attributes where attributes[key] == nil {
                    attributes[key] = value
                    changed = true
                }
                if changed {
                    try db.cachedStatement(sql: "UPDATE node SET attributes = ? WHERE id = ?")
                        .execute(arguments: [NodeAssembler.encodeAttributes(attributes), rowID])
                }
            }
            return (rowID, true)
        }
        try db.cachedStatement(sql: "INSERT INTO node (key, kind, name, name_key, event_type, attributes) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [node.id, node.kind.rawValue, node.name, NameKey.normalize(node.name), node.eventType?.rawValue,
                                 NodeAssembler.encodeAttributes(node.attributes)])
        return (db.lastInsertedRowID, false)
    }

    /// Records every name of a node (name and aliases) as stated by a document.
    private func addNames(of node: Node, rowID: Int64, documentID: Int64) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO node_name (node, kind, name, name_key, first_word, last_word) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let find = try db.cachedStatement(sql: "SELECT id FROM node_name WHERE node = ? AND name_key = ?")
        let source = try db.cachedStatement(sql: "INSERT OR IGNORE INTO node_name_source (name, document) VALUES (?, ?)")
        var seen = Set<String>()
        for name in node.allNames {
            let key = NameKey.normalize(name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            var first: String?, last: String?
            if node.kind == .person, let space = key.firstIndex(of: " "), let lastSpace = key.lastIndex(of: " ") {
                first = String(key[..<space])
                last = String(key[key.index(after: lastSpace)...])
            }
            try insert.execute(arguments: [rowID, node.kind.rawValue, name, key, first, last])
            let nameID: Int64
            if db.changesCount > 0 {
                nameID = db.lastInsertedRowID
                try indexer.indexName(id: nameID, key: key, kind: node.kind)
            } else {
                guard let found = try Int64.fetchOne(find, arguments: [rowID, key]) else {
                    throw StoreError.database(path: storePath, message: "the name '\(key)' of node \(rowID) was neither added nor found")
                }
                nameID = found
            }
            try source.execute(arguments: [nameID, documentID])
        }
    }

    /// Removes a document and the facts only it supported: its sentences, name sources and
    /// provenance rows go, then names no other document states, then edges and nodes left with
    /// no provenance (and, for nodes, no name an article states). A
    /// surviving node whose display name came only from that document takes its most complete
    /// remaining name.
    /// - Complexity: O(rows of the document) indexed deletes.
    func removeDocument(_ documentID: Int64) throws {
        let nodeIDs = try Int64.fetchAll(db, sql: """
            SELECT node FROM node_provenance WHERE document = ?
            UNION SELECT nn.node FROM node_name_source s JOIN node_name nn ON nn.id = s.name WHERE s.document = ?
            """, arguments: [documentID, documentID])
        let nameIDs = try Int64.fetchAll(db, sql: "SELECT name FROM node_name_source WHERE document = ?", arguments: [documentID])
        let edgeIDs = try Int64.fetchAll(db, sql: "SELECT DISTINCT edge FROM edge_provenance WHERE document = ?", arguments: [documentID])
        try indexer.unindexSentences(documentID: documentID)
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [documentID])
        let orphanName = try db.cachedStatement(sql: """
            SELECT name_key FROM node_name WHERE id = ? AND NOT EXISTS (SELECT 1 FROM node_name_source WHERE name = ?)
            """)
        let deleteName = try db.cachedStatement(sql: "DELETE FROM node_name WHERE id = ?")
        for id in nameIDs {
            guard let key = try String.fetchOne(orphanName, arguments: [id, id]) else { continue }
            try indexer.unindexName(id: id, key: key)
            try deleteName.execute(arguments: [id])
        }
        let deleteEdge = try db.cachedStatement(sql: """
            DELETE FROM edge WHERE id = ? AND NOT EXISTS (SELECT 1 FROM edge_provenance WHERE edge = ?)
            """)
        for id in edgeIDs { try deleteEdge.execute(arguments: [id, id]) }
        // A node is kept while an article states it or one of its names; a name a correction
        // gave (no article states it) does not keep it.
        let unsupported = try db.cachedStatement(sql: """
            SELECT 1 FROM node WHERE id = ? AND NOT EXISTS (SELECT 1 FROM node_provenance WHERE node = ?)
              AND NOT EXISTS (SELECT 1 FROM node_name nn JOIN node_name_source s ON s.name = nn.id WHERE nn.node = ?)
            """)
        let merger = NodeMerger(db: db)
        for id in nodeIDs {
            if try Bool.fetchOne(unsupported, arguments: [id, id, id]) == true {
                try merger.deleteNode(id)
            } else {
                try merger.refreshName(of: id)
            }
        }
    }

    /// Whether `name` is a more complete name than `other`: more words, or as many and more characters.
    static func isMoreComplete(_ name: String, than other: String) -> Bool {
        let a = NameKey.normalize(name), b = NameKey.normalize(other)
        let wordsA = a.split(separator: " ").count, wordsB = b.split(separator: " ").count
        return wordsA != wordsB ? wordsA > wordsB : a.count > b.count
    }

    /// An article's graph with entity ids mapped to the stored nodes they merge into, role ids
    /// recomputed from the mapped person and organisation, and nodes or edges that became one
    /// merged together.
    /// - Complexity: O(nodes + edges + roles).
    static func rewrite(_ graph: KGraph, extraction: Extraction, rename entityRename: [String: String]) -> KGraph {
        guard !entityRename.isEmpty else { return graph }
        var rename = entityRename
        var entityNodeID = [String: String]()
        for e in extraction.entities where entityNodeID[e.id] == nil { entityNodeID[e.id] = NodeID.entity(e.type, name: e.name) }
        for r in extraction.roles {
            guard let person = entityNodeID[r.personID] else { continue }
            let organization = r.organizationID.flatMap { entityNodeID[$0] }
            let old = NodeID.role(personID: person, title: r.title, organizationID: organization)
            let new = NodeID.role(personID: entityRename[person] ?? person, title: r.title,
                                  organizationID: organization.map { entityRename[$0] ?? $0 })
            if old != new { rename[old] = new }
        }
        var result = KGraph(documents: graph.documents)
        var nodeIndex = [String: Int]()
        for var node in graph.nodes {
            node.id = rename[node.id] ?? node.id
            if let i = nodeIndex[node.id] {
                result.nodes[i].absorb(node)
            } else {
                nodeIndex[node.id] = result.nodes.count
                result.nodes.append(node)
            }
        }
        var edgeIndex = [String: Int]()
        for var edge in graph.edges {
            edge.source = rename[edge.source] ?? edge.source
            edge.target = rename[edge.target] ?? edge.target
            if let i = edgeIndex[edge.key] {
                for p in edge.provenance where !result.edges[i].provenance.contains(p) { result.edges[i].provenance.append(p) }
            } else {
                edgeIndex[edge.key] = result.edges.count
                result.edges.append(edge)
            }
        }
        return result
    }
}
