import Foundation
import KGraphModel

/// The word lists extraction reads: hand-written general-language tables (titles, organisation and
/// place words, event triggers, function words) and generated data (gazetteer, demonyms, given names,
/// surnames). Every table is keyed by lower-cased words and built once.
public struct Lexicon: Sendable {
    /// A gazetteer place: its kind and containing country and region.
    struct Place: Sendable, Hashable {
        /// "continent", "country", "region" or "city".
        var kind: String
        /// The canonical name.
        var name: String
        /// The containing country's name (empty for countries and continents).
        var country: String
        /// The containing first-level region for cities (may be empty).
        var admin1: String
    }

    /// The class of a word in a title ("head", "modifier", "person", "honorific", "rank").
    let titleWords: [String: String]
    /// Organisation words ("head", "mid", "lowerhead", "cue").
    let orgWords: [String: Set<String>]
    /// Place words ("head", "of", "building", "region").
    let placeWords: [String: Set<String>]
    /// Event triggers: lower-cased word → (event type, form).
    let triggers: [String: (type: EventType, form: String)]
    /// Function and common words: lower-cased word → class.
    let functionWords: [String: String]
    /// Gazetteer: lower-cased name or alias → places, most populous first.
    let places: [String: [Place]]
    /// Demonyms: lower-cased demonym → country.
    let demonyms: [String: String]
    /// Everything the hand-written tables say about a lower-cased word.
    let wordInfo: [String: TokenInfo]
    /// A Bloom filter of the FNV-1a hashes of ``wordInfo``'s words: a clear bit means "not there"
    /// without hashing the word again.
    let wordBloom: [UInt64]
    /// Given names, lower-cased.
    let givenNames: Set<String>
    /// Surnames, lower-cased.
    let surnames: Set<String>

    /// The lexicon shipped with kgraph, loaded once from the module's resources.
    public static let standard: Lexicon = Lexicon(tables: bundledTables())

    /// The names of the table files a lexicon is built from.
    public static let tableNames = ["titles.tsv", "org-words.tsv", "place-words.tsv", "event-triggers.tsv",
                                    "function-words.tsv", "gazetteer.tsv", "demonyms.tsv",
                                    "given-names.txt", "surnames.txt"]

    /// Builds a lexicon from the text of its tables, keyed by file name (see ``tableNames``); a
    /// missing table is empty. Lines starting with `#` and blank lines are skipped.
    /// - Parameter tables: file name → file contents.
    /// - Complexity: O(total size of the tables).
    public init(tables: [String: String]) {
        func rows(_ name: String) -> [[Substring]] {
            guard let text = tables[name] else { return [] }
            var out = [[Substring]]()
            for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") && !line.isEmpty {
                out.append(line.split(separator: "\t", omittingEmptySubsequences: false))
            }
            return out
        }
        var titles = [String: String]()
        for r in rows("titles.tsv") where r.count >= 2 {
            let w = r[0].lowercased()
            if titles[w] == nil || r[1] == "head" { titles[w] = String(r[1]) }
        }
        titleWords = titles
        var org = [String: Set<String>]()
        for r in rows("org-words.tsv") where r.count >= 2 { org[r[0].lowercased(), default: []].insert(String(r[1])) }
        orgWords = org
        var place = [String: Set<String>]()
        for r in rows("place-words.tsv") where r.count >= 2 { place[r[0].lowercased(), default: []].insert(String(r[1])) }
        placeWords = place
        var trig = [String: (type: EventType, form: String)]()
        for r in rows("event-triggers.tsv") where r.count >= 3 {
            if let t = EventType(rawValue: String(r[1])), trig[r[0].lowercased()] == nil {
                trig[r[0].lowercased()] = (t, String(r[2]))
            }
        }
        triggers = trig
        var fw = [String: String]()
        for r in rows("function-words.tsv") where r.count >= 2 && fw[r[0].lowercased()] == nil {
            fw[r[0].lowercased()] = String(r[1])
        }
        functionWords = fw
        var gaz = [String: [Place]]()
        var pops = [String: [Int]]()
        for r in rows("gazetteer.tsv") where r.count >= 2 {
            let p = Place(kind: String(r[1]), name: String(r[0]), country: r.count > 2 ? String(r[2]) : "",
                          admin1: r.count > 3 ? String(r[3]) : "")
            var pop = r.count > 4 ? Int(r[4]) ?? 0 : 0
            if p.kind == "country" || p.kind == "continent" { pop = Int.max }
            var names = [r[0]]
            if r.count > 5 { names += r[5].split(separator: "|") }
            for n in names where !n.isEmpty {
                let key = n.lowercased()
                var list = gaz[key] ?? []
                var ps = pops[key] ?? []
                if list.contains(p) { continue }
                let i = ps.firstIndex { $0 < pop } ?? ps.count
                list.insert(p, at: i)
                ps.insert(pop, at: i)
                gaz[key] = list
                pops[key] = ps
            }
        }
        places = gaz
        var dem = [String: String]()
        for r in rows("demonyms.tsv") where r.count >= 2 {
            let key = r[0].lowercased()
            // "Laos" names the country, not its people
            if !(gaz[key]?.contains { $0.kind == "country" && $0.name.lowercased() == key } ?? false) { dem[key] = String(r[1]) }
        }
        demonyms = dem
        func names(_ file: String) -> Set<String> {
            var s = Set<String>()
            for r in rows(file) {
                var w = r[0]
                while let c = w.last, c == " " || c == "\r" { w = w.dropLast() }
                while let c = w.first, c == " " { w = w.dropFirst() }
                s.insert(w.lowercased())
            }
            return s
        }
        var info = [String: TokenInfo]()
        for (w, c) in titles { info[w, default: TokenInfo()].titleClass = c }
        for (w, cs) in org { for c in cs { info[w, default: TokenInfo()].flags |= TokenInfo.orgBit(c) } }
        for (w, cs) in place { for c in cs { info[w, default: TokenInfo()].flags |= TokenInfo.placeBit(c) } }
        for (w, t) in trig { info[w, default: TokenInfo()].triggerType = t.type; info[w]!.triggerForm = t.form }
        for (w, c) in fw { info[w, default: TokenInfo()].functionClass = c }
        for w in dem.keys { info[w, default: TokenInfo()].flags |= TokenInfo.demonym }
        wordInfo = info
        var bloom = [UInt64](repeating: 0, count: 1024)  // 65,536 bits of word hashes
        for w in info.keys {
            let h = Tokenizer.fnv(w) & 0xFFFF
            bloom[Int(h >> 6)] |= 1 << (h & 63)
        }
        wordBloom = bloom
        givenNames = names("given-names.txt")
        surnames = names("surnames.txt")
    }

    /// The shipped tables with some replaced: for tests that need a tiny gazetteer or name list.
    /// - Parameter overrides: file name → contents that replace the shipped table.
    /// - Returns: the lexicon.
    public static func standard(overriding overrides: [String: String]) -> Lexicon {
        var t = bundledTables()
        for (k, v) in overrides { t[k] = v }
        return Lexicon(tables: t)
    }

    /// Reads every table of ``tableNames`` from the module bundle; missing files are left out.
    static func bundledTables() -> [String: String] {
        var out = [String: String]()
        guard let dir = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else { return out }
        for name in tableNames {
            if let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) { out[name] = text }
        }
        return out
    }

    // MARK: look-ups (all take lower-cased words)

    /// The title class of a word, if any.
    func titleClass(_ lower: String) -> String? { titleWords[lower] }
    /// Whether a word is a title head ("minister").
    func isTitleHead(_ lower: String) -> Bool { titleWords[lower] == "head" }
    /// Whether a word may stand in a title (head or modifier).
    func isTitleWord(_ lower: String) -> Bool {
        guard let c = titleWords[lower] else { return false }
        return c == "head" || c == "modifier"
    }
    /// Whether a word has an organisation class.
    func isOrg(_ lower: String, _ cls: String) -> Bool { orgWords[lower]?.contains(cls) ?? false }
    /// Whether a word has a place class.
    func isPlace(_ lower: String, _ cls: String) -> Bool { placeWords[lower]?.contains(cls) ?? false }
    /// The function-word class of a word, if any.
    func functionClass(_ lower: String) -> String? { functionWords[lower] }
    /// The best gazetteer entry for a name, if any.
    func place(_ lower: String) -> Place? { places[lower]?.first }
}
