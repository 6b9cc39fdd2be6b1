import KGraphModel

/// The forms of a name that tell two stored entities may be one: an acronym and the words it
/// abbreviates, the content words of an organisation's name in any order with a leading country
/// dropped, a person's given and family name without honorifics or middle initials. General
/// signals over the words of any name, never lists of names.
enum NameForms {
    /// Words an acronym skips ("Bureau *of* Investigation").
    static let functionWords: Set<String> = ["of", "the", "and", "for", "on", "in", "at", "to", "de", "del", "la", "le", "y", "et", "&"]
    /// Honorifics and titles a person's name may carry in front.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "comrade", "prof", "professor", "rev",
        "father", "judge", "justice", "gen", "general", "col", "colonel", "maj", "major", "capt", "captain", "lt", "sgt",
        "sen", "senator", "rep", "gov", "governor", "president", "minister", "prince", "princess", "king", "queen",
    ]
    /// Generational suffixes: two people whose names differ in one are two people.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// ``NameKey/normalize(_:)`` of a name, read from its bytes when it is ASCII (names are
    /// compared by the thousand at every build).
    static func key(_ name: String) -> String { SearchIndexer.normalizedWords(name).joined(separator: " ") }

    /// The lowercase letters of a name written as an acronym: one word of 2 to 6 capitals,
    /// dots allowed ("FBI", "U.S." → "us"); else `nil`.
    static func acronym(_ name: String) -> String? {
        let letters = name.filter { $0 != "." }
        guard !letters.contains(" "), (2...6).contains(letters.count),
              letters.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
        return letters.lowercased()
    }

    /// The acronym the words of a name make: the first letter of each word, function words
    /// skipped; `nil` unless every other word is capitalised and there are 2 to 6 of them.
    /// - Parameter words: the name's words as written.
    static func initials(_ words: [Substring]) -> String? {
        var out = ""
        for word in words {
            guard let first = word.first else { continue }
            if functionWords.contains(word.lowercased()) { continue }
            guard first.isUppercase, first.isLetter else { return nil }
            out.append(first)
        }
        return (2...6).contains(out.count) ? out.lowercased() : nil
    }

    /// How many leading words of a name name a country or place: a first word written as an
    /// acronym ("US", "U.S."), or the longest run of up to three first words that is a stored
    /// place's name ("United States"); 0 when none, or when nothing would be left.
    /// - Parameters:
    ///   - words: the name's words as written.
    ///   - placeKeys: the normalised names of stored places.
    static func countryPrefix(_ words: [Substring], placeKeys: Set<String>) -> Int {
        guard words.count > 1 else { return 0 }
        if acronym(String(words[0])) != nil { return 1 }
        for n in stride(from: min(3, words.count - 1), through: 1, by: -1)
        where placeKeys.contains(key(words.prefix(n).joined(separator: " "))) {
            return n
        }
        return 0
    }

    /// A country written either way ("US", "United States") as one comparable form: its acronym.
    static func countryForm(_ words: ArraySlice<Substring>) -> String {
        if words.count == 1, let a = acronym(String(words[words.startIndex])) { return a }
        return initials(Array(words)) ?? key(words.joined(separator: " "))
    }

    /// The content words of a name (function words dropped, normalised), sorted: "United
    /// States Department of State" and "State Department" both give `department state` once
    /// the leading country is dropped.
    static func contentBag(_ words: ArraySlice<Substring>) -> [String] {
        words.flatMap { NameKey.words(String($0)) }.filter { !functionWords.contains($0) }.sorted()
    }

    /// A person's name in parts: honorifics dropped from the front, a generational suffix taken
    /// off the end, initials and other middle names kept apart.
    struct PersonName: Hashable {
        /// The given name, normalised.
        var first: String
        /// Middle names or initials, normalised.
        var middle: [String]
        /// The family name, normalised.
        var last: String
        /// "jr", "sr", … or "".
        var suffix: String
        /// Whether honorifics were dropped.
        var hadHonorific: Bool
    }

    /// A person's name in parts, or `nil` when fewer than two words are left.
    static func person(_ name: String) -> PersonName? {
        var words = SearchIndexer.normalizedWords(name)
        var hadHonorific = false
        while let first = words.first, honorifics.contains(first), words.count > 2 {
            words.removeFirst()
            hadHonorific = true
        }
        var suffix = ""
        if let last = words.last, suffixes.contains(last), words.count > 2 {
            suffix = last
            words.removeLast()
        }
        guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
        return PersonName(first: first, middle: Array(words.dropFirst().dropLast()), last: last, suffix: suffix, hadHonorific: hadHonorific)
    }

    /// Whether two lists of middle names may be the same person's: one empty, or as many and
    /// each the same or an initial of the other.
    static func middlesAgree(_ a: [String], _ b: [String]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in x == y || (x.count == 1 && y.hasPrefix(x)) || (y.count == 1 && x.hasPrefix(y)) }
    }
}
