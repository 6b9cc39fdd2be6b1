/// English inflection and lemmatisation: WordNet's exception lists for irregular forms
/// ("took" → "take", "nabbed" → "nab") and the regular rules for the rest, in the manner of
/// WordNet's `morphy`.
public struct Morphology: Sendable {
    /// Irregular form → its (lemma, part of speech) pairs, stored as "lemma<TAB>letter" lines.
    let exceptionTable: KeyTable
    /// Verb lemma → its irregular forms, one a line.
    let verbFormTable: KeyTable
    /// Noun lemma → its irregular plurals, one a line.
    let pluralTable: KeyTable

    /// The names of the compiled sections the morphology reads.
    static let sectionNames = (exceptions: "morphology-exceptions", verbForms: "morphology-verb-forms", plurals: "morphology-plurals")

    /// Reads the morphology's sections of the compiled vocabulary.
    /// - Parameter tables: the compiled vocabulary.
    /// - Throws: ``TableFormatError`` when a section is missing or malformed.
    init(tables: CompiledTables) throws(TableFormatError) {
        exceptionTable = try tables.keyTable(Morphology.sectionNames.exceptions)
        verbFormTable = try tables.keyTable(Morphology.sectionNames.verbForms)
        pluralTable = try tables.keyTable(Morphology.sectionNames.plurals)
    }

    /// Compiles the rows of `english-morphology.tsv` (form, lemma, pos) into the morphology's
    /// sections, lists in table order.
    /// - Parameter rows: the table's rows.
    /// - Returns: (section name, bytes) pairs.
    /// - Throws: ``TableFormatError/keyTooLong(_:)``.
    static func sections(rows: [[Substring]]) throws(TableFormatError) -> [(name: String, bytes: [UInt8])] {
        var exceptions = [String: [[String]]]()
        var verbs = [String: [[String]]]()
        var plurals = [String: [[String]]]()
        for r in rows where r.count >= 3 {
            guard let letter = r[2].first, let pos = PartsOfSpeech(letter: letter) else { continue }
            let form = String(r[0]), lemma = String(r[1])
            exceptions[form, default: []].append([lemma, String(letter)])
            if pos == .verb { verbs[lemma, default: []].append([form]) }
            if pos == .noun { plurals[lemma, default: []].append([form]) }
        }
        return [(sectionNames.exceptions, try KeyTable.encode(exceptions.mapValues(TableText.value))),
                (sectionNames.verbForms, try KeyTable.encode(verbs.mapValues(TableText.value))),
                (sectionNames.plurals, try KeyTable.encode(plurals.mapValues(TableText.value)))]
    }

    /// The lemmas WordNet's exception lists give an irregular form, with their parts of speech.
    /// - Parameter form: a lower-case word.
    /// - Returns: (lemma, part of speech) pairs in table order; empty for a regular form.
    func exceptions(of form: String) -> [(lemma: String, pos: PartsOfSpeech)] {
        (exceptionTable.value(for: form)?.rows() ?? []).compactMap { r in
            guard r.count == 2, let letter = r[1].first, let pos = PartsOfSpeech(letter: letter) else { return nil }
            return (String(r[0]), pos)
        }
    }

    /// Whether WordNet's exception lists have a form ("took", "mice").
    /// - Parameter form: a lower-case word.
    func isException(_ form: String) -> Bool { exceptionTable.contains(form) }

    /// The irregular forms of a verb lemma, in table order (empty when it is regular).
    func irregularVerbForms(_ lemma: String) -> [String] { lines(verbFormTable, lemma) }

    /// The irregular plurals of a noun, in table order (empty when it is regular).
    func irregularPlurals(_ noun: String) -> [String] { lines(pluralTable, noun) }

    /// A list value's lines.
    private func lines(_ table: KeyTable, _ key: String) -> [String] {
        guard let value = table.value(for: key) else { return [] }
        return value.text().split(separator: "\n").map(String.init)
    }

    /// The forms of a verb.
    /// - Parameter lemma: the verb's base form, lower case.
    /// - Returns: each form with the written word (a form may appear twice when English has two
    ///   words for it).
    public func verbForms(of lemma: String) -> [(form: VerbForm, word: String)] {
        var out: [(VerbForm, String)] = [(.base, lemma), (.thirdPerson, Morphology.thirdPerson(lemma))]
        let irregular = irregularVerbForms(lemma)
        let gerunds = irregular.filter { $0.hasSuffix("ing") }
        out += (gerunds.isEmpty ? [Morphology.gerund(lemma)] : gerunds).map { (.gerund, $0) }
        let pasts = irregular.filter { !$0.hasSuffix("ing") && !($0.hasSuffix("s") && !$0.hasSuffix("ss")) }
        // "pleaded" beside "pled": when the irregular past is a shortened lemma, the regular form is English too
        let regularToo = !pasts.isEmpty && pasts.allSatisfy { $0.count < lemma.count } && !pasts.contains(Morphology.regularPast(lemma))
        if pasts.isEmpty {
            out.append((.pastOrParticiple, Morphology.regularPast(lemma)))
        } else if pasts.count == 1 {
            out.append((.pastOrParticiple, pasts[0]))
        } else {
            // "took" / "taken": the participle ends in -n; a doubled "-ed" form serves for both
            for p in pasts {
                if p.hasSuffix("ed") { out.append((.pastOrParticiple, p)) }
                else if p.hasSuffix("n") || p.hasSuffix("ne") { out.append((.participle, p)) }
                else { out.append((.past, p)) }
            }
        }
        if regularToo { out.append((.pastOrParticiple, Morphology.regularPast(lemma))) }
        return out
    }

    /// The plural forms of a noun.
    /// - Parameter noun: the noun, lower case.
    /// - Returns: the irregular plurals WordNet lists, else the regular one.
    public func plurals(of noun: String) -> [String] {
        let irregular = irregularPlurals(noun)
        if !irregular.isEmpty { return irregular }
        return [Morphology.regularPlural(noun)]
    }

    /// The lemmas a word form may be a form of, for one part of speech: the exception list first,
    /// then the regular detachment rules, keeping candidates that `isLemma` accepts.
    /// - Parameters:
    ///   - form: a lower-case word.
    ///   - pos: `.noun`, `.verb` or `.adjective`.
    ///   - isLemma: whether a candidate is a known lemma of that part of speech.
    /// - Returns: candidate lemmas, the word itself first when it is one.
    public func lemmas(of form: String, as pos: PartsOfSpeech, isLemma: (String) -> Bool) -> [String] {
        var out = [String]()
        if isLemma(form) { out.append(form) }
        for e in exceptions(of: form) where e.pos == pos && !out.contains(e.lemma) { out.append(e.lemma) }
        for (suffix, ending) in Morphology.detachments(pos) where form.hasSuffix(suffix) && form.count > suffix.count + 1 {
            let lemma = String(form.dropLast(suffix.count)) + ending
            if !out.contains(lemma), isLemma(lemma) { out.append(lemma) }
        }
        return out
    }

    /// WordNet's detachment rules: suffix → ending that replaces it.
    static func detachments(_ pos: PartsOfSpeech) -> [(String, String)] {
        switch pos {
        case .noun: [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")]
        case .verb: [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
        case .adjective: [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
        default: []
        }
    }

    static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    /// "arrest" → "arrests", "search" → "searches", "try" → "tries".
    static func thirdPerson(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") || w.hasSuffix("o") {
            return w + "es"
        }
        if w.hasSuffix("y"), w.count > 1, !isVowel(w[w.index(w.endIndex, offsetBy: -2)]) { return String(w.dropLast()) + "ies" }
        return w + "s"
    }

    /// "arrest" → "arrested", "seize" → "seized", "try" → "tried".
    static func regularPast(_ w: String) -> String {
        if w.hasSuffix("e") { return w + "d" }
        if w.hasSuffix("y"), w.count > 1, !isVowel(w[w.index(w.endIndex, offsetBy: -2)]) { return String(w.dropLast()) + "ied" }
        return w + "ed"
    }

    /// "arrest" → "arresting", "seize" → "seizing", "flee" → "fleeing", "die" → "dying".
    static func gerund(_ w: String) -> String {
        if w.hasSuffix("ie") { return String(w.dropLast(2)) + "ying" }
        if w.hasSuffix("e"), !w.hasSuffix("ee"), !w.hasSuffix("ye"), !w.hasSuffix("oe"), w.count > 2 { return String(w.dropLast()) + "ing" }
        return w + "ing"
    }

    /// "raid" → "raids", "search" → "searches", "inquiry" → "inquiries".
    static func regularPlural(_ w: String) -> String { thirdPerson(w) }
}
