import GRDB
import KGraphModel

/// The gazetteer's own name of a place written some way ("U.S." → "United States"), or `nil`
/// when it does not know the name: given by the caller, who holds the gazetteer (the store
/// does not read the extractor's lexicons).
public typealias PlaceNamer = (String) -> String?

/// Two stored entities that may be one, with the evidence and a score from 0 to 1.
public struct IdentityCandidate: Hashable, Codable, Sendable {
    /// Their kind.
    public var kind: NodeKind
    /// Their node ids, the one that would be kept first.
    public var ids: [String]
    /// Their display names, in the same order.
    public var names: [String]
    /// How sure: at or above ``IdentityResolver/threshold`` they are merged at ingest.
    public var score: Double
    /// Why, one phrase per signal: `“FBI” is the acronym of “Federal Bureau of Investigation”`.
    public var evidence: [String]
    /// Other entities named in articles of both (at most five).
    public var sharedContexts: [String]
}

/// Finds stored entities of one kind that are one real entity, by general signals over their
/// names (``NameForms``), and merges those it is sure of.
///
/// | signal | score |
/// |---|---|
/// | an acronym and the capitalised words it abbreviates ("FBI", "Federal Bureau of Investigation"; "US", "United States") | 0.8, +0.1 for three letters or more, −0.05 when a leading country was dropped ("US Federal Bureau of Investigation"); 0.6 when another entity of the kind expands it too |
/// | the same content words in another order, a leading country dropped ("State Department", "United States Department of State") | 0.85; never when both name different countries; 0.6 for a name without a country when the words are named with several |
/// | two places the gazetteer gives one name ("U.K.", "Britain", "United Kingdom") | 0.9 |
/// | a person's name with an honorific dropped or added ("Dr. Lina Varga") | 0.9 |
/// | a person's name with a middle name or initial dropped or added ("Lina M. Varga") | 0.85 |
/// | a person's given name as an initial ("L. Varga") | 0.6 |
/// | an organisation's or place's content words all among another's, with the same country or none ("Port Court", "Port Court of Appeal") | 0.55 |
///
/// Other entities named in the articles of both add 0.05. A pair at or above ``threshold`` is
/// merged at ingest; from ``lowerBound`` up it is a suggestion (`kgraph duplicates`). Two people
/// who share only a family name are never paired, nor two whose generational suffixes differ.
/// Nodes a user split off (keys with `@`) are left alone.
struct IdentityResolver {
    /// The open connection (a write transaction to merge).
    let db: Database
    /// The gazetteer's names of places, when the caller has them.
    var placeNames: PlaceNamer?

    /// The score from which a pair is merged at ingest.
    static let threshold = 0.8
    /// The score from which a pair is a suggestion.
    static let lowerBound = 0.5
    /// The most entities one word of a name is compared through (a word in thousands of names
    /// says little).
    static let postingLimit = 500

    /// One stored name of an entity.
    struct NameRow {
        var node: Int64
        var kind: NodeKind
        var name: String
    }

    /// A pair found, by row ids, before it is described.
    struct Pair: Hashable {
        var a: Int64
        var b: Int64
        init(_ x: Int64, _ y: Int64) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    /// Merges the pairs scoring at or above ``threshold`` that involve a touched node.
    /// - Parameter touched: row ids of the nodes the articles just stored state.
    /// - Returns: how many merges were made.
    /// - Throws: an SQLite error.
    @discardableResult
    func resolve(touching touched: Set<Int64>) throws -> Int {
        guard !touched.isEmpty else { return 0 }
        let sure = try scoredPairs(kind: nil, touching: touched).filter { $0.value.score >= Self.threshold }
        var mergedInto = [Int64: Int64]()
        func root(_ id: Int64) -> Int64 {
            var id = id
            while let next = mergedInto[id] { id = next }
            return id
        }
        let merger = NodeMerger(db: db)
        var merges = 0
        for (pair, _) in sure.sorted(by: { ($0.value.score, $1.key.a) > ($1.value.score, $0.key.a) }) {
            let a = root(pair.a), b = root(pair.b)
            guard a != b else { continue }
            let (kept, gone) = try survivor(a, b)
            let goneName = try String.fetchOne(db, sql: "SELECT name FROM node WHERE id = ?", arguments: [gone]) ?? ""
            try merger.merge(gone, into: kept)
            try chooseName(kept: kept, goneName: goneName)
            mergedInto[gone] = kept
            merges += 1
        }
        return merges
    }

    /// The pairs scoring at or above ``lowerBound``, described, best first.
    /// - Parameter kind: only entities of this kind, when given.
    func candidates(kind: NodeKind?) throws -> [IdentityCandidate] {
        try scoredPairs(kind: kind, touching: nil).compactMap { pair, found -> IdentityCandidate? in
            let (kept, gone) = try survivor(pair.a, pair.b)
            let rows = try Row.fetchAll(db, sql: "SELECT id, key, name, kind FROM node WHERE id IN (?, ?)", arguments: [kept, gone])
            let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, $0) })
            guard let k = byID[kept], let g = byID[gone], let kind = NodeKind(rawValue: k[3]) else { return nil }
            return IdentityCandidate(kind: kind, ids: [k[1], g[1]], names: [k[2], g[2]], score: (found.score * 100).rounded() / 100,
                                     evidence: found.evidence, sharedContexts: found.shared)
        }.sorted { ($0.score, $1.names.joined(separator: "|")) > ($1.score, $0.names.joined(separator: "|")) }
    }

    /// The node kept when two merge: the older, so that the keys corrections name stay.
    private func survivor(_ a: Int64, _ b: Int64) throws -> (Int64, Int64) {
        a < b ? (a, b) : (b, a)
    }

    /// Gives the kept node the better display name of the two: the more complete one, but for a
    /// person never one starting with an honorific ("Dr. Lina Varga" → "Lina Varga").
    private func chooseName(kept: Int64, goneName: String) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, kind FROM node WHERE id = ?", arguments: [kept]) else { return }
        let keptName: String = row[0], isPerson = (row[1] as String) == NodeKind.person.rawValue
        func honorific(_ name: String) -> Bool {
            isPerson && NameKey.normalize(name).split(separator: " ").first.map { NameForms.honorifics.contains(String($0)) } == true
        }
        let better = honorific(keptName) != honorific(goneName) ? honorific(keptName) : Ingestor.isMoreComplete(goneName, than: keptName)
        guard better else { return }
        try db.execute(sql: "UPDATE node SET name = ?, name_key = ? WHERE id = ?", arguments: [goneName, NameKey.normalize(goneName), kept])
    }

    // MARK: - Scoring

    /// What was found for one pair.
    struct Found {
        var score = 0.0
        var evidence = [String]()
        var shared = [String]()
    }

    /// Every pair some signal links, with its best signal's score plus the shared-context
    /// bonus, at or above ``lowerBound``.
    private func scoredPairs(kind: NodeKind?, touching: Set<Int64>?) throws -> [Pair: Found] {
        let rows = try touching.map(namesAround) ?? names(kind: kind)
        var found = [Pair: Found]()
        func add(_ x: Int64, _ y: Int64, _ score: Double, _ why: String) {
            guard x != y, touching.map({ $0.contains(x) || $0.contains(y) }) ?? true else { return }
            let pair = Pair(x, y)
            var f = found[pair] ?? Found()
            f.score = max(f.score, score)
            if !f.evidence.contains(why) { f.evidence.append(why) }
            found[pair] = f
        }
        let places = Set(try String.fetchAll(db, sql: "SELECT name_key FROM node_name WHERE kind = 'place'"))
        // at ingest (some nodes touched) only merges count: the signals that can only suggest are skipped
        IdentitySignals(rows: rows, placeKeys: places, placeNames: placeNames, suggestions: touching == nil, touched: touching).run(add)
        var result = [Pair: Found]()
        for (pair, var f) in found {
            f.shared = try sharedContexts(pair)
            if !f.shared.isEmpty { f.score = min(1, f.score + 0.05) }
            if f.score >= Self.lowerBound { result[pair] = f }
        }
        return result
    }

    /// Every name of the entities (of one kind), split-off nodes left out.
    private func names(kind: NodeKind?) throws -> [NameRow] {
        let kinds = (kind.map { [$0] } ?? [.person, .organization, .place]).map(\.rawValue)
        return try Row.fetchAll(db, sql: """
            SELECT nn.node, nn.kind, nn.name FROM node_name nn JOIN node n ON n.id = nn.node
            WHERE nn.kind IN (\(NodeAssembler.placeholders(kinds.count))) AND instr(n.key, '@') = 0 ORDER BY nn.id
            """, arguments: StatementArguments(kinds)).compactMap { row in
            NodeKind(rawValue: row[1]).map { NameRow(node: row[0], kind: $0, name: row[2]) }
        }
    }

    /// The names the touched nodes may pair with: every organisation's and place's, and of
    /// people, those of the touched ones and of others sharing a last word with them (the
    /// person signals pair only people of one family name), split-off nodes left out.
    private func namesAround(_ touched: Set<Int64>) throws -> [NameRow] {
        var rows = try names(kind: .organization) + names(kind: .place)
        let people = Array(touched)
        var lastWords = Set<String>()
        for chunk in NodeAssembler.chunks(people) {
            for key in try String.fetchAll(db, sql: """
                SELECT name_key FROM node_name WHERE kind = 'person' AND node IN (\(NodeAssembler.placeholders(chunk.count)))
                """, arguments: StatementArguments(chunk)) {
                lastWords.formUnion(key.split(separator: " ").suffix(2).map(String.init))
            }
        }
        let words = Array(lastWords)
        for start in stride(from: 0, to: words.count, by: NodeAssembler.chunkSize) {
            let chunk = Array(words[start..<min(start + NodeAssembler.chunkSize, words.count)])
            rows += try Row.fetchAll(db, sql: """
                SELECT nn.node, nn.kind, nn.name FROM node_name nn JOIN node n ON n.id = nn.node
                WHERE nn.last_word IN (\(NodeAssembler.placeholders(chunk.count))) AND nn.kind = 'person' AND instr(n.key, '@') = 0
                """, arguments: StatementArguments(chunk)).map { NameRow(node: $0[0], kind: .person, name: $0[2]) }
        }
        return rows
    }

    /// Up to five other entities named in articles of both nodes, by name.
    private func sharedContexts(_ pair: Pair) throws -> [String] {
        func around(_ id: Int64) throws -> Set<Int64> {
            Set(try Int64.fetchAll(db, sql: """
                SELECT DISTINCT p.node FROM node_provenance p JOIN node n ON n.id = p.node
                WHERE p.document IN (SELECT document FROM node_provenance WHERE node = ?) AND n.kind IN ('person', 'organization', 'place')
                """, arguments: [id]))
        }
        let shared = try around(pair.a).intersection(try around(pair.b)).subtracting([pair.a, pair.b])
        guard !shared.isEmpty else { return [] }
        return try String.fetchAll(db, sql: "SELECT name FROM node WHERE id IN (\(NodeAssembler.placeholders(shared.count))) ORDER BY name",
                                   arguments: StatementArguments(Array(shared))).prefix(5).map { $0 }
    }
}
