import KGraphModel

/// How a name typed in a question was read.
struct Resolution {
    /// The nodes it may denote, best first; one when the name is resolved, several when ambiguous.
    var nodes: [Node]
    /// How it was read when not by an exact name or alias ("read 'Dara Sock' as 'Dara Sok'").
    var note: String?
    /// Close names when nothing matched.
    var suggestions: [String]

    /// Whether the name denotes exactly one node.
    var isResolved: Bool { nodes.count == 1 }
}

/// Resolves names typed in questions to graph nodes, forgivingly: any name or alias in any case,
/// with or without diacritics (through ``NameKey``); then, as a fallback over the name index, a
/// surname or given name alone, or a small typo.
struct NameResolver {
    /// The graph.
    let reader: any GraphReader
    /// The name index per kind set, loaded at most once per question.
    private let cache = IndexCache()

    /// Holds loaded name indexes: the fallback is the only full read of names, done once.
    private final class IndexCache {
        var indexes: [Set<NodeKind>: [String: [String]]] = [:]
    }

    /// Creates a resolver.
    /// - Parameter reader: the graph.
    init(reader: any GraphReader) { self.reader = reader }

    /// Honorifics and titles dropped from the front of a typed name ("Mr. Sok", "Dr Vey").
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "madam", "lord", "lady", "general", "gen",
                                                  "colonel", "col", "judge", "prime minister", "minister", "president", "officer",
                                                  "police chief", "chief", "lieutenant", "captain", "capt", "sergeant", "sgt"]

    /// Resolves a name.
    /// - Parameters:
    ///   - name: the name as typed.
    ///   - kinds: the node kinds it may denote, in order of preference.
    ///   - forgiving: whether to fall back to surname and typo matching (entities only).
    /// - Returns: the candidates (empty when none), a note on how the name was read, suggestions.
    /// - Throws: what the reader throws.
    /// - Complexity: an indexed look-up; the fallback reads the name index of `kinds` once.
    func resolve(_ name: String, kinds: [NodeKind], forgiving: Bool = true) throws -> Resolution {
        let key = NameKey.normalize(QuestionParser.stripPossessive(name))
        guard !key.isEmpty else { return Resolution(nodes: [], note: nil, suggestions: []) }
        let allowed = Set(kinds)
        func rank(_ nodes: [Node]) -> [Node] {
            var seen = Set<String>()
            return nodes.filter { allowed.contains($0.kind) && seen.insert($0.id).inserted }
                .sorted { (kinds.firstIndex(of: $0.kind) ?? 99, $0.id) < (kinds.firstIndex(of: $1.kind) ?? 99, $1.id) }
        }
        // Only nodes of the allowed kinds are read: "police" names a phrase node in every article.
        let exact = rank(try reader.nodes(withNameKeys: [key], kinds: allowed)[key] ?? [])
        if !exact.isEmpty { return Resolution(nodes: preferred(exact, kinds: kinds), note: nil, suggestions: []) }
        var words = key.split(separator: " ").map(String.init)
        // "Mr. Dara Sok", "Prime Minister Lina Vey".
        for h in Self.honorifics.sorted(by: { $0.count > $1.count }) {
            let hw = h.split(separator: " ").map(String.init)
            if words.count > hw.count, Array(words.prefix(hw.count)) == hw {
                words.removeFirst(hw.count)
                let stripped = words.joined(separator: " ")
                let found = rank(try reader.nodes(withNameKeys: [stripped], kinds: allowed)[stripped] ?? [])
                if !found.isEmpty { return Resolution(nodes: preferred(found, kinds: kinds), note: nil, suggestions: []) }
                break
            }
        }
        let entityKinds = allowed.filter(\.isEntity)
        guard forgiving, !entityKinds.isEmpty else { return Resolution(nodes: [], note: nil, suggestions: []) }
        let typed = words.joined(separator: " ")
        // The typos accepted: none up to three letters, one up to six, two beyond.
        let limit = typed.count <= 3 ? 0 : typed.count <= 6 ? 1 : 2
        let index = try reader.nameIndex(kinds: entityKinds, near: typed, within: limit)

        // A part of a name: "Sok" for "Dara Sok", "Akbar Vey" for "Syed Akbar Vey".
        var partial = [String]()
        for (k, ids) in index where k.utf8.count > typed.utf8.count && Self.holdsWords(k, typed) { partial += ids }
        if !partial.isEmpty {
            let nodes = rank(try Set(partial).compactMap { try reader.node(id: $0) })
            if !nodes.isEmpty {
                let note = nodes.count == 1 ? "read “\(name)” as “\(nodes[0].name)”" : nil
                return Resolution(nodes: nodes, note: note, suggestions: [])
            }
        }

        // A name given more fully than the graph knows it: "Lina Vey" for a person known as "Vey".
        if words.count > 1 {
            var shorter = [String]()
            for n in 1..<words.count {
                let tail = words.suffix(n).joined(separator: " ")
                if let ids = index[tail] { shorter += ids }
            }
            let nodes = rank(try Set(shorter).compactMap { try reader.node(id: $0) }).filter { $0.kind == .person }
            if nodes.count == 1 {
                return Resolution(nodes: nodes, note: "read “\(name)” as “\(nodes[0].name)”", suggestions: [])
            }
        }

        // A small typo, in the whole name or in as many last words of a name as were typed.
        let (best, bestIDs, _) = Self.closest(typed, wordCount: words.count, in: index, limit: limit)
        if best <= limit, !bestIDs.isEmpty {
            let nodes = rank(try Set(bestIDs).compactMap { try reader.node(id: $0) })
            if !nodes.isEmpty {
                let note = nodes.count == 1 ? "read “\(name)” as “\(nodes[0].name)”" : nil
                return Resolution(nodes: nodes, note: note, suggestions: [])
            }
        }
        // No match: names one edit further away are suggested, from the wider part of the index.
        let wide = try reader.nameIndex(kinds: entityKinds, near: typed, within: limit + 1)
        let near = Self.closest(typed, wordCount: words.count, in: wide, limit: limit).near
        var suggestions = [String]()
        for (_, k) in near.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }).prefix(3) {
            if let id = wide[k]?.first, let node = try reader.node(id: id), !suggestions.contains(node.name) {
                suggestions.append(node.name)
            }
        }
        return Resolution(nodes: [], note: nil, suggestions: suggestions)
    }

    /// The names of an index closest to a typed key, by edit distance to the whole name or to
    /// as many of its last words as were typed.
    /// - Parameters:
    ///   - typed: the normalised key as typed.
    ///   - wordCount: its number of words.
    ///   - index: normalised name → node ids.
    ///   - limit: the typos accepted.
    /// - Returns: the smallest distance found (`limit + 1` or more when none is within `limit`),
    ///   the ids of the names at it, and every name within `limit + 1` with its distance.
    /// - Complexity: one bounded edit distance per name of the index.
    static func closest(_ typed: String, wordCount: Int, in index: [String: [String]], limit: Int)
        -> (best: Int, ids: [String], near: [(Int, String)]) {
        var best = limit + 1
        var bestIDs = [String]()
        var near = [(Int, String)]()
        let typedLength = typed.utf8.count
        for (k, ids) in index {
            var d = abs(k.utf8.count - typedLength) > limit + 1 ? limit + 2 : editDistance(typed, k, limit: limit + 1)
            if let tailKey = lastWords(k, wordCount), abs(tailKey.utf8.count - typedLength) <= limit + 1 {
                d = min(d, editDistance(typed, String(tailKey), limit: limit + 1))
            }
            if d < best { best = d; bestIDs = ids } else if d == best { bestIDs += ids }
            if d <= limit + 1 { near.append((d, k)) }
        }
        return (best, bestIDs, near)
    }

    /// Among nodes sharing a name, those of the most preferred kind present: "Port Velo" the
    /// place rather than a phrase of the same words. Several of one kind stay: an ambiguous name,
    /// or a phrase ("police") stated in several articles.
    private func preferred(_ nodes: [Node], kinds: [NodeKind]) -> [Node] {
        guard let first = nodes.first else { return nodes }
        return nodes.filter { $0.kind == first.kind }
    }

    /// The name index of some kinds, loaded once.
    func nameIndex(_ kinds: Set<NodeKind>) throws -> [String: [String]] {
        if let cached = cache.indexes[kinds] { return cached }
        let index = try reader.nameIndex(kinds: kinds)
        cache.indexes[kinds] = index
        return index
    }

    /// Whether `key` holds the words of `part` whole: "dara sok" holds "sok", not "so".
    static func holdsWords(_ key: String, _ part: String) -> Bool {
        guard let r = key.range(of: part) else { return false }
        let before = r.lowerBound == key.startIndex || key[key.index(before: r.lowerBound)] == " "
        let after = r.upperBound == key.endIndex || key[r.upperBound] == " "
        if before && after { return true }
        return key.contains(" \(part) ") || key.hasPrefix("\(part) ") || key.hasSuffix(" \(part)")
    }

    /// The last `n` words of a key of more than `n` words, or `nil`.
    static func lastWords(_ key: String, _ n: Int) -> Substring? {
        var spaces = 0
        var i = key.endIndex
        while i > key.startIndex {
            i = key.index(before: i)
            if key[i] == " " {
                spaces += 1
                if spaces == n { return key[key.index(after: i)...] }
            }
        }
        return nil
    }

    /// Levenshtein distance between two strings' Unicode scalars, giving up with `limit + 1` once
    /// the distance must exceed `limit`.
    /// - Complexity: O(n·m) at worst, usually far less thanks to the cut-off.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = Swift.min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
