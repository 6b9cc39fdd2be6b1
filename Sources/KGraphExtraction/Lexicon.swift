import Foundation
import KGraphModel
import KGraphVocabulary

/// What extraction knows of the world and of English: the shared ``Vocabulary`` (word classes,
/// titles, triggers, WordNet's common words) and the generated name data (gazetteer, demonyms,
/// given names, surnames). Every table is keyed by lower-cased words and compiled
/// (``compile(tables:)``): the shipped tables are linked into the binary and read in place.
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

    /// A compiled list of names, read for membership.
    struct NameSet: Sendable {
        /// Name → nothing.
        let table: KeyTable
        /// Whether a lower-cased name is in the list.
        func contains(_ lower: String) -> Bool { table.contains(lower) }
        /// How many names the list has.
        var count: Int { table.count }
    }

    /// A compiled map from lower-cased words to names.
    struct NameMap: Sendable {
        /// Word → name (UTF-8).
        let table: KeyTable
        /// The name a word maps to, if any.
        subscript(lower: String) -> String? { table.value(for: lower)?.text() }
    }

    /// The vocabulary extraction and questions share.
    public let vocabulary: Vocabulary
    /// Gazetteer: lower-cased name or alias → places, most populous first, one
    /// "kind<TAB>name<TAB>country<TAB>admin1" line each.
    let places: KeyTable
    /// Demonyms: lower-cased demonym → country.
    let demonyms: NameMap
    /// Given names, lower-cased.
    let givenNames: NameSet
    /// Surnames, lower-cased.
    let surnames: NameSet
    /// Abbreviations of regions written after a city ("Ariz." → Arizona), lower case without dots.
    let placeAbbreviations: NameMap
    /// What the lexicon says of each word form met so far (see ``Analysis/info(_:lexicon:)``).
    let wordInfo = WordInfoCache()

    /// The names of the generated table files a lexicon is built from, beside the vocabulary.
    public static let tableNames = ["gazetteer.tsv", "demonyms.tsv", "given-names.txt", "surnames.txt", "place-abbreviations.tsv"]

    /// Builds a lexicon from a vocabulary and the text of its name tables, keyed by file name,
    /// compiling them in memory as `kgraph-dev compile-tables` does for the shipped ones.
    /// - Parameters:
    ///   - vocabulary: the shared vocabulary.
    ///   - tables: file name → file contents (see ``tableNames``).
    /// - Throws: ``LexiconError/missingTable(_:)`` when a table is missing.
    /// - Complexity: O(total size of the tables).
    public convenience init(vocabulary: Vocabulary, tables: [String: String]) throws {
        let bytes = try Lexicon.compile(tables: tables)
        try self.init(vocabulary: vocabulary, compiled: try CompiledTables(TableBytes(copying: bytes)))
    }

    /// Opens compiled name tables: nothing is parsed, look-ups read the tables in place.
    /// - Parameters:
    ///   - vocabulary: the shared vocabulary.
    ///   - compiled: the compiled tables (``compile(tables:)``).
    /// - Throws: ``LexiconError/unreadable(_:)`` when a section is missing or malformed.
    package init(vocabulary: Vocabulary, compiled: CompiledTables) throws(LexiconError) {
        self.vocabulary = vocabulary
        do {
            places = try compiled.keyTable(Section.places)
            demonyms = NameMap(table: try compiled.keyTable(Section.demonyms))
            givenNames = NameSet(table: try compiled.keyTable(Section.givenNames))
            surnames = NameSet(table: try compiled.keyTable(Section.surnames))
            placeAbbreviations = NameMap(table: try compiled.keyTable(Section.placeAbbreviations))
        } catch {
            throw .unreadable(error.description)
        }
    }

    /// The names of the compiled sections.
    enum Section {
        static let places = "places", demonyms = "demonyms", givenNames = "given-names", surnames = "surnames"
        static let placeAbbreviations = "place-abbreviations"
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
    /// - Complexity: O(name length) expected: one look-up in the compiled gazetteer.
    func place(_ lower: String) -> Place? {
        guard let r = places.value(for: lower)?.firstRow(), r.count == 4 else { return nil }
        return Place(kind: String(r[0]), name: String(r[1]), country: String(r[2]), admin1: String(r[3]))
    }
    /// The gazetteer's own name of the place a name denotes ("U.K." and "Britain" →
    /// "United Kingdom"): the most populous place bearing the name or alias; the store uses it to
    /// see two place entities as one.
    /// - Parameter name: a place's name as written, in any case.
    /// - Returns: the gazetteer's name, or `nil` when the gazetteer does not know the name.
    /// - Complexity: O(name length) expected: one look-up.
    public func gazetteerName(of name: String) -> String? { place(name.lowercased())?.name }
    /// Whether a name (lower case) is in the gazetteer.
    func isPlace(_ lower: String) -> Bool { places.contains(lower) }
}

/// Why the lexicon could not be built.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    /// A name table is not there or cannot be read.
    case missingTable(String)
    /// The vocabulary could not be built.
    case vocabulary(String)
    /// The compiled tables cannot be read (a build without its generated data, or a bug).
    case unreadable(String)

    public var description: String {
        switch self {
        case .missingTable(let name): "cannot read the lexicon table '\(name)': it is missing from kgraph's data"
        case .vocabulary(let why), .unreadable(let why): why
        }
    }
}
