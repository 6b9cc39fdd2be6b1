import Foundation
import GRDB
import Synchronization
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
            let rowID: Int64 = try row.checked(0, "a node")
            let key: String = try row.checked(1, "node \(rowID)")
            let kindName: String = try row.checked(2, "node \(rowID)")
            guard let kind = NodeKind(rawValue: kindName) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "node \(key) has unknown kind '\(kindName)'")
            }
            let eventType = (try row.checked(4, "node \(rowID)") as String?).flatMap(EventType.init(rawValue:))
            byID[rowID] = Node(id: key, kind: kind, name: try row.checked(3, "node \(rowID)"), eventType: eventType,
                               attributes: Self.decodeAttributes(try row.checked(5, "node \(rowID)")))
            order.append(rowID)
        }
        if byID.isEmpty { return [] }
        // Aliases: every name but the display name's, in the order they were first stored.
        try forEachRow("""
            SELECT nn.node, nn.name FROM node_name nn JOIN node n ON n.id = nn.node
            %WHERE% AND nn.name_key != n.name_key ORDER BY nn.id
            """, column: "nn.node", ids: ids) { row in
            let node: Int64 = try row.checked(0, "a node name"), name: String = try row.checked(1, "node \(node)'s names")
            byID[node]?.aliases.append(name)
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
            let rowID: Int64 = try row.checked(0, "an edge")
            let kindName: String = try row.checked(3, "edge \(rowID)")
            guard let kind = EdgeKind(rawValue: kindName) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "edge has unknown kind '\(kindName)'")
            }
            byID[rowID] = Edge(source: try row.checked(1, "edge \(rowID)"), target: try row.checked(2, "edge \(rowID)"), kind: kind)
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
            let what = "a \(column)'s provenance"
            let r = (owner: try row.checked(0, what) as Int64, document: try row.checked(1, what) as Int64,
                     sentence: try row.checked(2, what) as Int, start: try row.checked(3, what) as Int, end: try row.checked(4, what) as Int)
            guard r.start >= 0, r.start <= r.end else {
                StoreDamage.report("\(column) \(r.owner) has provenance with an unreadable range \(r.start)..<\(r.end) (left out)")
                return
            }
            rows.append(r)
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
            result[try row.checked(0, "a document")] = try row.checked(1, "a document") as String
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
        // a store of schema v2 opened read-only has no dates: they are unknown
        let date = try db.columns(in: "document").contains { $0.name == "date" } ? "date" : "NULL"
        try forEachRow("SELECT id, path, title, sha256, ingested_at, \(text), \(date) FROM document %WHERE% ORDER BY id", column: "id", ids: ids) { row in
            let rowID: Int64 = try row.checked(0, "a document")
            let what = "document \(rowID)"
            byID[rowID] = Document(path: try row.checked(1, what), title: try row.checked(2, what), sha256: try row.checked(3, what),
                                   ingestedAt: Self.ingestionTime(row[4], document: rowID), text: try row.checked(5, what), sentences: [],
                                   date: Self.articleDate(row[6], document: rowID))
            order.append(rowID)
        }
        if byID.isEmpty { return [] }
        try forEachRow("SELECT document, idx, utf8_start, utf8_end FROM sentence %WHERE% ORDER BY document, idx", column: "document", ids: ids) { row in
            let rowID: Int64 = try row.checked(0, "a sentence")
            let what = "document \(rowID)'s sentences"
            let index: Int = try row.checked(1, what), start: Int = try row.checked(2, what), end: Int = try row.checked(3, what)
            guard start >= 0, start <= end else {
                StoreDamage.report("document \(rowID) has sentence \(index) with an unreadable range \(start)..<\(end) (left out)")
                return
            }
            byID[rowID]?.sentences.append(SentenceSpan(index: index, utf8Range: start..<end))
        }
        let wanted = ids ?? order
        var seen = Set<Int64>()
        return wanted.compactMap { seen.insert($0).inserted ? byID[$0] : nil }
    }

    /// A document's date; one that is not a date kgraph writes is reported as damage and read as
    /// unknown.
    static func articleDate(_ value: DatabaseValue, document: Int64) -> String? {
        if value.isNull { return nil }
        if let date = String.fromDatabaseValue(value), TimeValue.isArticleDate(date) { return date }
        StoreDamage.report("document \(document) has an unreadable date")
        return nil
    }

    /// A document's ingestion time; an unreadable one is reported as damage and read as unknown.
    static func ingestionTime(_ value: DatabaseValue, document: Int64) -> Date? {
        if value.isNull { return nil }
        if let date = Date.fromDatabaseValue(value) { return date }
        StoreDamage.report("document \(document) has an unreadable ingestion time")
        return nil
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

extension Row {
    /// The value of a column, or an error naming what was being read: never GRDB's fatal error,
    /// never the row's contents (which may hold a whole article) in a message.
    /// - Parameters:
    ///   - index: the column.
    ///   - what: what the row is, for the message ("document 3").
    /// - Throws: `DatabaseError` (`SQLITE_CORRUPT`), which ``StoreError/wrap(_:path:busyTimeout:)`` reports as damage.
    func checked<Value: DatabaseValueConvertible>(_ index: Int, _ what: @autoclosure () -> String) throws -> Value {
        do {
            return try decode(Value.self, atIndex: index)
        } catch {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "store damaged: \(what()) has an unreadable value in column \(index + 1)")
        }
    }
}

/// Damage found while reading a store and worked around (a value read as unknown, a range left
/// out): reported once per message by the command line, which goes on serving what can be read.
public enum StoreDamage {
    private static let log = Mutex<[String]>([])

    /// Records one piece of damage.
    static func report(_ message: String) {
        log.withLock { if !$0.contains(message) { $0.append(message) } }
    }

    /// The damage recorded so far, emptied.
    /// - Returns: one line per distinct piece of damage, e.g. `document 1 has an unreadable ingestion time`.
    public static func drain() -> [String] {
        log.withLock { list in defer { list = [] }; return list }
    }
}
