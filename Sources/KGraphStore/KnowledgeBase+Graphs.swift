import Foundation
import GRDB
import KGraphModel

/// Whole-store reads: statistics, listings, and graphs for rendering and export.
extension KnowledgeBase {
    /// Counts of documents, entities by type, events by type, edges by kind and nodes by kind.
    /// - Throws: ``StoreError``.
    /// - Complexity: index scans of `node(kind, event_type)` and `edge(kind)`.
    public func stats() throws -> StoreStats {
        try read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0
            var nodes = [String: Int](uniqueKeysWithValues: NodeKind.allCases.map { ($0.rawValue, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM node GROUP BY kind") { nodes[row[0]] = row[1] }
            var entities = [String: Int]()
            for type in EntityType.allCases { entities[type.rawValue] = nodes[type.nodeKind.rawValue] ?? 0 }
            var events = [String: Int]()
            for row in try Row.fetchAll(db, sql: "SELECT event_type, count(*) FROM node WHERE kind = 'event' AND event_type IS NOT NULL GROUP BY event_type") {
                events[row[0]] = row[1]
            }
            var edges = [String: Int]()
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM edge GROUP BY kind") { edges[row[0]] = row[1] }
            let relations = (edges[EdgeKind.memberOf.rawValue] ?? 0) + (edges[EdgeKind.locatedIn.rawValue] ?? 0)
            return StoreStats(documents: documents, entities: entities, events: events, edges: edges, nodes: nodes, relations: relations)
        }
    }

    /// Named entities, sorted by type (person, organization, place) then name, case-insensitively.
    /// - Parameter type: the type to list, or `nil` for all.
    /// - Returns: the entity nodes with aliases and provenance.
    /// - Throws: ``StoreError``.
    /// - Complexity: an index range on `node(kind)` per type, then per-node look-ups.
    public func entities(type: EntityType?) throws -> [Node] {
        let types = type.map { [$0] } ?? EntityType.allCases
        return try read { db in
            var result = [Node]()
            for type in types {
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM node WHERE kind = ? ORDER BY name COLLATE NOCASE, id",
                                             arguments: [type.nodeKind.rawValue])
                result += try NodeAssembler(db: db).nodes(ids).map(\.node)
            }
            return result
        }
    }

    /// The stored articles in ingestion order, with their sentences and `ingestedAt`.
    /// - Parameter includingText: whether to read each text; when false (the default, for
    ///   listings) `text` is `""`: use ``document(sha256:)`` or ``sentence(documentSHA256:index:)``.
    /// - Throws: ``StoreError``.
    public func documents(includingText: Bool = false) throws -> [Document] {
        try read { db in try NodeAssembler(db: db).documents(nil, includingText: includingText) }
    }

    /// The paths of the stored articles, in ingestion order (for naming their diagrams).
    /// - Throws: ``StoreError``.
    /// - Complexity: one scan of `document`'s `path` column.
    public func documentPaths() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT path FROM document ORDER BY id") }
    }

    /// The whole knowledge base as one graph: every document (with text, for evidence), node and
    /// edge, with all their provenance.
    /// - Throws: ``StoreError``.
    /// - Complexity: one scan of each table.
    public func graph() throws -> KGraph {
        try read { db in
            let assembler = NodeAssembler(db: db)
            return KGraph(documents: try assembler.documents(nil, includingText: true),
                          nodes: try assembler.nodes(nil).map(\.node),
                          edges: try assembler.edges(nil))
        }
    }

    /// The graph of one article: the nodes and edges it states, with only that article's
    /// provenance (names and aliases are the nodes' full sets, as stored).
    /// - Parameter documentPath: the path the article was stored under.
    /// - Returns: the graph, or `nil` when no article is stored under that path.
    /// - Throws: ``StoreError``.
    /// - Complexity: index ranges on the provenance and name tables' `document` indexes.
    public func graph(documentPath: String) throws -> KGraph? {
        try read { db in
            guard let documentID = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ?", arguments: [documentPath]) else {
                return nil
            }
            let nodeIDs = try Int64.fetchAll(db, sql: """
                SELECT node FROM node_provenance WHERE document = ?
                UNION SELECT nn.node FROM node_name_source s JOIN node_name nn ON nn.id = s.name WHERE s.document = ? ORDER BY 1
                """, arguments: [documentID, documentID])
            let edgeIDs = try Int64.fetchAll(db, sql: "SELECT DISTINCT edge FROM edge_provenance WHERE document = ? ORDER BY 1",
                                             arguments: [documentID])
            let assembler = NodeAssembler(db: db, onlyDocument: documentID)
            return KGraph(documents: try assembler.documents([documentID], includingText: true),
                          nodes: try assembler.nodes(nodeIDs).map(\.node),
                          edges: try assembler.edges(edgeIDs))
        }
    }

    /// The neighbourhood of a node: every node within `depth` hops along edges in either
    /// direction, every edge between two of those nodes, and the documents their provenance cites.
    /// - Parameters:
    ///   - nodeID: the centre's id.
    ///   - depth: the number of hops (0 is the node alone; negative counts as 0).
    /// - Returns: the subgraph, the centre first.
    /// - Throws: ``StoreError/unknownNode(path:id:)`` when no node has that id; SQLite errors.
    /// - Complexity: one indexed query per ``NodeAssembler/chunkSize`` frontier nodes per hop,
    ///   then look-ups for the nodes and edges found.
    public func neighbourhood(of nodeID: String, depth: Int) throws -> KGraph {
        try read { db in
            guard let centre = try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE key = ?", arguments: [nodeID]) else {
                throw StoreError.unknownNode(path: path, id: nodeID)
            }
            var order = [centre]
            var seen: Set<Int64> = [centre]
            var frontier = [centre]
            var hops = 0
            while hops < depth && !frontier.isEmpty {
                hops += 1
                var next = [Int64]()
                for chunk in NodeAssembler.chunks(frontier) {
                    let list = NodeAssembler.placeholders(chunk.count)
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT target FROM edge WHERE source IN (\(list)) UNION ALL SELECT source FROM edge WHERE target IN (\(list))
                        """, arguments: StatementArguments(chunk + chunk))
                    while let row = try rows.next() {
                        let id: Int64 = row[0]
                        if seen.insert(id).inserted {
                            next.append(id)
                            order.append(id)
                        }
                    }
                }
                frontier = next
            }
            var edgeIDs = [Int64]()
            for chunk in NodeAssembler.chunks(order) {
                let rows = try Row.fetchCursor(db, sql: "SELECT id, target FROM edge WHERE source IN (\(NodeAssembler.placeholders(chunk.count)))",
                                               arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    if seen.contains(row[1] as Int64) { edgeIDs.append(row[0]) }
                }
            }
            edgeIDs.sort()
            let assembler = NodeAssembler(db: db)
            let nodes = try assembler.nodes(order).map(\.node)
            let edges = try assembler.edges(edgeIDs)
            var shas = Set<String>()
            for node in nodes { for p in node.provenance { shas.insert(p.documentSHA256) } }
            for edge in edges { for p in edge.provenance { shas.insert(p.documentSHA256) } }
            var documentIDs = [Int64]()
            for sha in shas {
                if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE sha256 = ?"), arguments: [sha]) {
                    documentIDs.append(id)
                }
            }
            documentIDs.sort()
            return KGraph(documents: try assembler.documents(documentIDs, includingText: true), nodes: nodes, edges: edges)
        }
    }
}
