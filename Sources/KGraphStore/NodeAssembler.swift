import Foundation
import GRDB
import KGraphModel

/// Builds model values (``Node``, ``Edge``, ``Document``) from rows, a batch of ids at a time.
///
/// Ids go to SQLite in `IN (…)` lists of at most ``chunkSize``; `nil` ids mean the whole table.
/// `onlyDocument` restricts provenance to one document (the one-article graph).
struct NodeAssembler {
    /// The open connection.
    let db: Database
    /// When set, only provenance rows of this document row id are read.
    var onlyDocument: Int64?

    /// Ids per `IN (…)` list.
    static let chunkSize = 500

    /// Splits ids into lists of at most ``chunkSize``.
    static func chunks(_ ids: [Int64]) -> [[Int64]] {
        stride(from: 0, to: ids.count, by: chunkSize).map { Array(ids[$0..<min($0 + chunkSize, ids.count)]) }
    }

    /// `?, ?, …` for `count` arguments.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Runs `sql` (whose `WHERE` is completed with `column IN (…)` or nothing) over every chunk of ids.
    /// - Parameters:
    ///   - sql: a query with `%WHERE%` where the id filter goes (`WHERE column IN (…)` or `WHERE 1`).
    ///   - column: the column the ids filter.
    ///   - ids: the ids, or `nil` for every row.
    ///   - extra: arguments that follow the ids.
    ///   - each: called per row.
    func forEachRow(_ sql: String, column: String, ids: [Int64]?, extra: StatementArguments = [],
                    _ each: (Row) throws -> Void) throws {
        guard let ids else {
            let rows = try Row.fetchCursor(db, sql: sql.replacingOccurrences(of: "%WHERE%", with: "WHERE 1"), arguments: extra)
            while let row = try rows.next() { try each(row) }
            return
        }
        for chunk in Self.chunks(ids) {
            let filter = "WHERE \(column) IN (\(Self.placeholders(chunk.count)))"
            let rows = try Row.fetchCursor(db, sql: sql.replacingOccurrences(of: "%WHERE%", with: filter),
                                           arguments: StatementArguments(chunk) + extra)
            while let row = try rows.next() { try each(row) }
        }
    }

    /// Nodes by row id, with their aliases and provenance.
    /// - Parameter ids: node row ids (order kept, duplicates ignored), or `nil` for every node in
    ///   row order.
    /// - Returns: the nodes found, with their row ids.
    /// - Complexity: three indexed queries per ``chunkSize`` ids.
    func nodes(_ ids: [Int64]?) throws -> [(rowID: Int64, node: Node)] {
        var byID = [Int64: Node]()
        var order = [Int64]()
        try forEachRow("SELECT id, key, kind, name, event_type, attributes FROM node %WHERE% ORDER BY id", column: "id", ids: ids) { row in
            let rowID: Int64 = row[0]
            let kindName: String = row[2]
            guard let kind = NodeKind(rawValue: kindName) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "node \(row[1] as String) has unknown kind '\(kindName)'")
            }
            let eventType = (row[4] as String?).flatMap(EventType.init(rawValue:))
            byID[rowID] = Node(id: row[1], kind: kind, name: row[3], eventType: eventType, attributes: Self.decodeAttributes(row[5]))
            order.append(rowID)
        }
        if byID.isEmpty { return [] }
        // Aliases: every name but the display name's, in the order they were first stored.
        try forEachRow("""
            SELECT nn.node, nn.name FROM node_name nn JOIN node n ON n.id = nn.node
            %WHERE% AND nn.name_key != n.name_key ORDER BY nn.id
            """, column: "nn.node", ids: ids) { row in
            byID[row[0]]?.aliases.append(row[1])
        }
        try readProvenance(table: "node_provenance", column: "node", ids: ids) { rowID, provenance in
            byID[rowID]?.provenance.append(provenance)
        }
        let wanted = ids ?? order
        var seen = Set<Int64>()
        return wanted.compactMap { id in
            guard seen.insert(id).inserted, let node = byID[id] else { return nil }
            return (id, node)
        }
    }

    /// Edges by row id, with their provenance.
    /// - Parameter ids: edge row ids (order kept), or `nil` for every edge in row order.
    /// - Complexity: two indexed queries per ``chunkSize`` ids.
    func edges(_ ids: [Int64]?) throws -> [Edge] {
        var byID = [Int64: Edge]()
        var order = [Int64]()
        try forEachRow("""
            SELECT e.id, s.key, t.key, e.kind FROM edge e JOIN node s ON s.id = e.source JOIN node t ON t.id = e.target
            %WHERE% ORDER BY e.id
            """, column: "e.id", ids: ids) { row in
            let kindName: String = row[3]
            guard let kind = EdgeKind(rawValue: kindName) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "edge has unknown kind '\(kindName)'")
            }
            let rowID: Int64 = row[0]
            byID[rowID] = Edge(source: row[1], target: row[2], kind: kind)
            order.append(rowID)
        }
        if byID.isEmpty { return [] }
        try readProvenance(table: "edge_provenance", column: "edge", ids: ids) { rowID, provenance in
            byID[rowID]?.provenance.append(provenance)
        }
        let wanted = ids ?? order
        var seen = Set<Int64>()
        return wanted.compactMap { seen.insert($0).inserted ? byID[$0] : nil }
    }

    /// Reads provenance rows of nodes or edges, in (owner, document, sentence, range) order.
    ///
    /// Rows carry document row ids; their SHA-256s are read once afterwards and shared, rather
    /// than joined (and allocated) per row.
    /// - Parameters:
    ///   - table: `node_provenance` or `edge_provenance`.
    ///   - column: its owner column, `node` or `edge`.
    ///   - ids: owner row ids, or `nil` for all.
    ///   - each: called with the owner's row id and the provenance.
    private func readProvenance(table: String, column: String, ids: [Int64]?, _ each: (Int64, Provenance) -> Void) throws {
        var rows = [(owner: Int64, document: Int64, sentence: Int, start: Int, end: Int)]()
        let documentFilter = onlyDocument == nil ? "" : "AND document = ?"
        try forEachRow("""
            SELECT \(column), document, sentence, utf8_start, utf8_end FROM \(table) %WHERE% \(documentFilter)
            ORDER BY \(column), document, sentence, utf8_start, utf8_end
            """, column: column, ids: ids, extra: onlyDocument.map { [$0] } ?? []) { row in
            rows.append((row[0], row[1], row[2], row[3], row[4]))
        }
        let shas = try documentSHA256s(Set(rows.map(\.document)))
        for r in rows {
            guard let sha = shas[r.document] else { continue }
            each(r.owner, Provenance(documentSHA256: sha, sentenceIndex: r.sentence, utf8Range: r.start..<r.end))
        }
    }

    /// The SHA-256 of documents by row id.
    private func documentSHA256s(_ ids: Set<Int64>) throws -> [Int64: String] {
        var result = [Int64: String](minimumCapacity: ids.count)
        try forEachRow("SELECT id, sha256 FROM document %WHERE%", column: "id", ids: Array(ids)) { row in
            result[row[0]] = row[1]
        }
        return result
    }

    /// Documents by row id, with their sentences and, when asked, their text.
    /// - Parameters:
    ///   - ids: document row ids, or `nil` for every document in ingestion order.
    ///   - includingText: whether to read the text (else it is `""`).
    func documents(_ ids: [Int64]?, includingText: Bool) throws -> [Document] {
        var byID = [Int64: Document]()
        var order = [Int64]()
        let text = includingText ? "text" : "''"
        try forEachRow("SELECT id, path, title, sha256, ingested_at, \(text) FROM document %WHERE% ORDER BY id", column: "id", ids: ids) { row in
            let rowID: Int64 = row[0]
            byID[rowID] = Document(path: row[1], title: row[2], sha256: row[3], ingestedAt: row[4], text: row[5], sentences: [])
            order.append(rowID)
        }
        if byID.isEmpty { return [] }
        try forEachRow("SELECT document, idx, utf8_start, utf8_end FROM sentence %WHERE% ORDER BY document, idx", column: "document", ids: ids) { row in
            let rowID: Int64 = row[0]
            byID[rowID]?.sentences.append(SentenceSpan(index: row[1], utf8Range: (row[2] as Int)..<(row[3] as Int)))
        }
        let wanted = ids ?? order
        var seen = Set<Int64>()
        return wanted.compactMap { seen.insert($0).inserted ? byID[$0] : nil }
    }

    /// Decodes a node's attributes column (a JSON object of strings).
    static func decodeAttributes(_ json: String) -> [String: String] {
        if json == "{}" || json.isEmpty { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    /// Encodes attributes as a JSON object with sorted keys.
    static func encodeAttributes(_ attributes: [String: String]) -> String {
        if attributes.isEmpty { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(attributes) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
