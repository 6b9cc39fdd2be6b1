import Foundation
import KGraphModel
import KGraphVocabulary

/// What extraction knows of the world and of English: the shared ``Vocabulary`` (word classes,
/// titles, triggers, WordNet's common words) and the generated name data (gazetteer, demonyms,
/// given names, surnames). Every table is keyed by lower-cased words and built once.
public final class Lexicon: Sendable {
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

    /// The vocabulary extraction and questions share.
    public let vocabulary: Vocabulary
    /// Gazetteer: lower-cased name or alias → places, most populous first.
    let places: [String: [Place]]
    /// Demonyms: lower-cased demonym → country.
    let demonyms: [String: String]
    /// Given names, lower-cased.
    let givenNames: Set<String>
    /// Surnames, lower-cased.
    let surnames: Set<String>
    /// Abbreviations of regions written after a city ("Ariz." → Arizona), lower case without dots.
    let placeAbbreviations: [String: String]
    /// What the lexicon says of each word form met so far (see ``Analysis/info(_:lexicon:)``).
    let wordInfo = WordInfoCache()

    /// The names of the generated table files a lexicon is built from, beside the vocabulary.
    public static let tableNames = ["gazetteer.tsv", "demonyms.tsv", "given-names.txt", "surnames.txt", "place-abbreviations.tsv"]

    /// Builds a lexicon from a vocabulary and the text of its name tables, keyed by file name.
    /// - Parameters:
    ///   - vocabulary: the shared vocabulary.
    ///   - tables: file name → file contents (see ``tableNames``).
    /// - Throws: ``LexiconError/missingTable(_:)`` when a table is missing.
    /// - Complexity: O(total size of the tables).
    public init(vocabulary: Vocabulary, tables: [String: String]) throws {
        func rows(_ name: String) throws -> [[Substring]] {
            guard let text = tables[name] else { throw LexiconError.missingTable(name) }
            return TableText.rows(text)
        }
        self.vocabulary = vocabulary
        places = Lexicon.gazetteer(try rows("gazetteer.tsv"))
        var dem = [String: String]()
        for r in try rows("demonyms.tsv") where r.count >= 2 {
            let key = r[0].lowercased()
            // "Laos" names the country, not its people
            if !(places[key]?.contains { $0.kind == "country" && $0.name.lowercased() == key } ?? false) { dem[key] = String(r[1]) }
        }
        demonyms = dem
        func names(_ file: String) throws -> Set<String> {
            guard let text = tables[file] else { throw LexiconError.missingTable(file) }
            return Lexicon.nameSet(text)
        }
        var abbreviations = [String: String]()
        for r in try rows("place-abbreviations.tsv") where r.count >= 2 {
            abbreviations[r[0].lowercased().replacingOccurrences(of: ".", with: "")] = String(r[1])
        }
        placeAbbreviations = abbreviations
        givenNames = try names("given-names.txt")
        surnames = try names("surnames.txt")
    }

    /// The lower-case names of a one-name-per-line list ("#" starts a comment), read byte by byte:
    /// the lists hold a quarter of a million names, and start-up time is the user's time.
    /// - Complexity: O(n) in the text's length.
    static func nameSet(_ text: String) -> Set<String> {
        var out = Set<String>(minimumCapacity: 1 << 16)
        var text = text
        text.withUTF8 { bytes in
            var scratch = [UInt8]()
            for line in bytes.split(separator: 0x0A) {
                var lo = line.startIndex, hi = line.endIndex
                while lo < hi, line[lo] == 0x20 || line[lo] == 0x09 { lo += 1 }
                while hi > lo, line[hi - 1] == 0x20 || line[hi - 1] == 0x09 || line[hi - 1] == 0x0D { hi -= 1 }
                guard lo < hi, line[lo] != UInt8(ascii: "#") else { continue }
                let word = line[lo..<hi]
                if word.allSatisfy({ $0 < 0x80 }) {
                    scratch.removeAll(keepingCapacity: true)
                    for c in word { scratch.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c) }
                    out.insert(String(decoding: scratch, as: UTF8.self))
                } else {
                    out.insert(String(decoding: word, as: UTF8.self).lowercased())
                }
            }
        }
        return out
    }

    /// The gazetteer's rows as a look-up table: every name and alias → places, most populous first.
    static func gazetteer(_ rows: [[Substring]]) -> [String: [Place]] {
        var gaz = [String: [(place: Place, pop: Int)]]()
        for r in rows where r.count >= 2 {
            let p = Place(kind: String(r[1]), name: String(r[0]), country: r.count > 2 ? String(r[2]) : "",
                          admin1: r.count > 3 ? String(r[3]) : "")
            var pop = r.count > 4 ? Int(r[4]) ?? 0 : 0
            if p.kind == "country" || p.kind == "continent" { pop = Int.max }
            var names = [r[0]]
            if r.count > 5 { names += r[5].split(separator: "|") }
            for n in names where !n.isEmpty {
                let key = n.lowercased()
                var list = gaz[key] ?? []
                if list.contains(where: { $0.place == p }) { continue }
                let i = list.firstIndex { $0.pop < pop } ?? list.count
                list.insert((p, pop), at: i)
                gaz[key] = list
            }
        }
        return gaz.mapValues { $0.map(\.place) }
    }

    /// The lexicon shipped with kgraph, built once from the module's resources.
    /// - Throws: ``LexiconError`` or ``VocabularyError`` when its data cannot be found or read.
    public static func standard() throws -> Lexicon { try shipped.get() }

    /// The shipped lexicon, or why it could not be built.
    private static let shipped: Result<Lexicon, LexiconError> = {
        do { return .success(try Lexicon(vocabulary: try Vocabulary.standard(), tables: try bundledTables())) } catch let e as LexiconError {
            return .failure(e)
        } catch {
            return .failure(.vocabulary(String(describing: error)))
        }
    }()

    /// The shipped tables with some replaced: for tests that need a tiny gazetteer or name list.
    /// - Parameter overrides: file name → contents that replace the shipped table.
    /// - Returns: the lexicon.
    /// - Throws: ``LexiconError``.
    public static func standard(overriding overrides: [String: String]) throws -> Lexicon {
        var t = try bundledTables()
        for (k, v) in overrides { t[k] = v }
        return try Lexicon(vocabulary: try Vocabulary.standard(), tables: t)
    }

    /// Reads every table of ``tableNames`` from the data folder (``ResourceFolder``); missing
    /// files are left out (and reported by the initialiser).
    /// - Throws: ``LexiconError/vocabulary(_:)`` with the message when the folder itself is missing.
    static func bundledTables() throws(LexiconError) -> [String: String] {
        var out = [String: String]()
        let bundle = "kgraph_KGraphExtraction.resources"
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Lexicons")
        guard let dir = ResourceFolder.find("Lexicons", bundle: bundle, sourceFolder: source) else {
            throw .vocabulary(ResourceFolder.missingMessage(bundle: bundle))
        }
        for name in tableNames {
            if let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) { out[name] = text }
        }
        return out
    }

    // MARK: look-ups (all take lower-cased words)

    /// Whether a word names a people or a language and nothing else ("Hmong", "Kurds"; not "Laos").
    func isPeopleWord(_ lower: String) -> Bool {
        if isPlace(lower) { return false }
        if vocabulary.nameKinds(lower)?.isPeopleOrLanguageOnly == true { return true }
        if lower.hasSuffix("s"), vocabulary.nameKinds(String(lower.dropLast()))?.isPeopleOrLanguageOnly == true { return true }
        return false
    }
    /// Whether a word is in a class.
    func word(_ lower: String, is c: WordClass) -> Bool { vocabulary.word(lower, is: c) }
    /// Whether a word is a title head ("minister").
    func isTitleHead(_ lower: String) -> Bool { vocabulary.word(lower, is: .titleHead) }
    /// Whether a word is in any title class (head, modifier, honorific, rank, person noun).
    func isTitleWordAny(_ lower: String) -> Bool { !vocabulary.classes(lower).isDisjoint(with: [.titleHead, .titleModifier, .honorific, .rank, .personNoun]) }
    /// The best gazetteer entry for a name, if any.
    func place(_ lower: String) -> Place? { places[lower]?.first }
    /// Whether a name (lower case) is in the gazetteer.
    func isPlace(_ lower: String) -> Bool { places.index(forKey: lower) != nil }
}

/// Why the lexicon could not be built.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    /// A name table is not there or cannot be read.
    case missingTable(String)
    /// The vocabulary could not be built.
    case vocabulary(String)

    public var description: String {
        switch self {
        case .missingTable(let name): "cannot read the lexicon table '\(name)': it is missing from kgraph's data"
        case .vocabulary(let why): why
        }
    }
}
