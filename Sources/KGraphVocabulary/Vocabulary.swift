import Foundation
import KGraphModel

/// The one vocabulary that extraction and questions read: word classes, titles, organisation and
/// place words, event triggers in every form, and WordNet's common English words and morphology.
/// Compiled from the tables in `Data/` (``compile(tables:)``) into tables that are read in place:
/// the shipped vocabulary is linked into the binary and ready without parsing.
public final class Vocabulary: Sendable {
    /// Every word form the tables know, lower case → its ``WordEntry`` (see ``WordEntry/encoded()``).
    let entries: KeyTable
    /// Inflection and lemmatisation.
    public let morphology: Morphology
    /// The trigger table's rows, in table order.
    public let triggers: [TriggerEntry]
    /// Capitalised names WordNet knows, lower case → what they name (one ``NameKinds`` byte).
    let properNouns: KeyTable
    /// Phrasal triggers: verb lemma → (the word or words after it, event type): "round" → ("up",
    /// arrest), "take" → ("into custody", arrest).
    public let phrasalTriggers: [String: [(word: String, type: EventType)]]

    /// The names of the class tables (word<TAB>class rows).
    static let classTables = ["word-classes.tsv", "titles.tsv", "organization-words.tsv", "place-words.tsv"]
    /// Every table the vocabulary is built from.
    public static let tableNames = classTables + ["event-triggers.tsv", "phrasal-triggers.tsv", "english-words.tsv", "english-morphology.tsv", "english-proper-nouns.tsv"]

    /// Builds a vocabulary from the text of its tables, keyed by file name (see ``tableNames``),
    /// compiling them in memory as `kgraph-dev compile-tables` does for the shipped one.
    /// - Parameter tables: file name → file contents.
    /// - Throws: ``VocabularyError`` when a table is missing or a row names an unknown class or type.
    /// - Complexity: O(total size of the tables).
    public convenience init(tables: [String: String]) throws {
        try self.init(compiled: try CompiledTables(TableBytes(copying: try Vocabulary.compile(tables: tables))))
    }

    /// Opens a compiled vocabulary: the key tables are read in place; only the two small trigger
    /// tables (a few hundred rows) are parsed.
    /// - Parameter compiled: the compiled tables (``compile(tables:)``).
    /// - Throws: ``VocabularyError`` when a section is missing or malformed.
    package init(compiled: CompiledTables) throws(VocabularyError) {
        do {
            entries = try compiled.keyTable(Vocabulary.entrySection)
            properNouns = try compiled.keyTable(Vocabulary.properNounSection)
            morphology = try Morphology(tables: compiled)
            triggers = try Vocabulary.triggerEntries(TableText.rows(try compiled.text("event-triggers.tsv")))
            phrasalTriggers = try Vocabulary.phrasalEntries(TableText.rows(try compiled.text("phrasal-triggers.tsv")))
        } catch let e as TableFormatError {
            throw .unreadable(e.description)
        } catch let e as VocabularyError {
            throw e
        } catch {
            throw .unreadable(String(describing: error))
        }
    }

    /// The section of word entries.
    static let entrySection = "entries"
    /// The section of proper nouns.
    static let properNounSection = "proper-nouns"

    /// The trigger table's rows as entries.
    /// - Throws: ``VocabularyError`` for an unknown event type or part of speech.
    static func triggerEntries(_ rows: [[Substring]]) throws(VocabularyError) -> [TriggerEntry] {
        var triggers = [TriggerEntry]()
        for (n, r) in rows.enumerated() where r.count >= 3 {
            guard let type = EventType(rawValue: String(r[2])) else { throw .unknownEventType(row: n + 1, String(r[2])) }
            guard let pos = TriggerEntry.PartOfSpeech(rawValue: String(r[1])) else { throw .unknownClass(table: "event-triggers.tsv", row: n + 1, String(r[1])) }
            triggers.append(TriggerEntry(lemma: String(r[0]), partOfSpeech: pos, type: type))
        }
        return triggers
    }

    /// The phrasal trigger table's rows by verb lemma, in table order.
    /// - Throws: ``VocabularyError/unknownEventType(row:_:)``.
    static func phrasalEntries(_ rows: [[Substring]]) throws(VocabularyError) -> [String: [(word: String, type: EventType)]] {
        var phrasal = [String: [(word: String, type: EventType)]]()
        for (n, r) in rows.enumerated() where r.count >= 3 {
            guard let type = EventType(rawValue: String(r[2])) else { throw .unknownEventType(row: n + 1, String(r[2])) }
            phrasal[String(r[0]), default: []].append((String(r[1]), type))
        }
        return phrasal
    }

    // MARK: look-ups (all take lower-cased words)

    /// What the vocabulary knows of a word form, if anything.
    /// - Complexity: O(word length) expected: one hash look-up in the compiled table.
    public func entry(_ lower: String) -> WordEntry? { entries.value(for: lower).map(WordEntry.init(stored:)) }
    /// The classes of a word form (empty when unknown).
    public func classes(_ lower: String) -> WordClass { entry(lower)?.classes ?? [] }
    /// Whether a word form is in a class.
    public func word(_ lower: String, is c: WordClass) -> Bool { entry(lower)?.classes.contains(c) ?? false }
    /// The trigger a word form is, if any.
    public func trigger(_ lower: String) -> TriggerForm? { entry(lower)?.trigger }

    /// The parts of speech of a word form or of the lemmas it is a regular or irregular form of
    /// ("officers" → noun, "netted" → verb).
    /// - Complexity: a few dictionary look-ups.
    public func partsOfSpeech(of lower: String) -> PartsOfSpeech {
        let p = entry(lower)?.partsOfSpeech ?? []
        guard p.isEmpty || Vocabulary.mayBeInflected(lower) || morphology.isException(lower) else { return p }
        return p.union(inflection(of: lower).partsOfSpeech)
    }

    /// Whether a word ends like an inflected form: "-s", "-ed", "-en", "-ing".
    static func mayBeInflected(_ w: String) -> Bool {
        w.hasSuffix("s") || w.hasSuffix("ed") || w.hasSuffix("en") || w.hasSuffix("ing")
    }

    /// The tagged-corpus counts (noun, verb) of the lemmas an inflected form may come from, or nil
    /// for a word that is no inflected form of a counted lemma.
    public func lemmaCounts(of lower: String) -> (noun: UInt16, verb: UInt16)? {
        let i = inflection(of: lower)
        return i.nounCount == 0 && i.verbCount == 0 ? nil : (i.nounCount, i.verbCount)
    }

    /// Whether a noun (or the singular of a plural) names a kind of person: "journalist",
    /// "reporters", "survivor".
    public func isKindOfPerson(_ lower: String) -> Bool {
        if entry(lower)?.partsOfSpeech.contains(.kindOfPerson) == true { return true }
        for lemma in morphology.lemmas(of: lower, as: .noun, isLemma: { entry($0)?.partsOfSpeech.contains(.kindOfPerson) ?? false }) where lemma != lower {
            return true
        }
        return false
    }

    /// Whether a word form is ordinary English: WordNet writes it (or a lemma it is a form of) in
    /// lower case. "Meanwhile", "Witnesses" and "Netted" are; "Sokha" and "Paris" are not.
    public func isEnglishWord(_ lower: String) -> Bool {
        !partsOfSpeech(of: lower).subtracting(.properToo).isEmpty || entry(lower)?.classes.isDisjoint(with: WordClass.functionWords) == false
    }

    /// The base form of a verb form ("received" → "receive", "got" → "get"), or the word itself.
    public func verbLemma(_ lower: String) -> String {
        morphology.lemmas(of: lower, as: .verb) { entry($0)?.partsOfSpeech.contains(.verb) ?? false }.first { $0 != lower } ?? lower
    }

    /// What WordNet says a name names (lower case, words joined by spaces), if it knows the name.
    public func nameKinds(_ lower: String) -> NameKinds? { properNouns.value(for: lower).map { NameKinds(rawValue: $0[0]) } }

    /// The event type of a phrasal trigger: a verb form and the words after it ("rounded" "up",
    /// "ordered" "to federal prison"): the table's first word must come first, its last word within
    /// three words after.
    public func phrasalTrigger(_ verb: String, _ following: [String]) -> EventType? {
        guard let first = following.first else { return nil }
        let lemmas = morphology.lemmas(of: verb, as: .verb) { phrasalTriggers[$0] != nil }
        for l in lemmas {
            for entry in phrasalTriggers[l] ?? [] {
                let words = entry.word.split(separator: " ").map(String.init)
                guard words.first == first else { continue }
                if words.count == 1 || following.dropFirst().prefix(3).contains(words.last!) { return entry.type }
            }
        }
        return nil
    }

    /// The phrasal triggers of a verb form, with their tails split into words: "took" →
    /// (["into", "custody"], arrest); "rounded" → (["up"], arrest).
    /// - Parameter verb: a lower-case verb form.
    /// - Returns: the rows of every lemma the form may be a form of, in table order; empty when none.
    public func phrasalTriggers(of verb: String) -> [(words: [String], type: EventType)] {
        morphology.lemmas(of: verb, as: .verb) { phrasalTriggers[$0] != nil }.flatMap { lemma in
            (phrasalTriggers[lemma] ?? []).map { (words: $0.word.split(separator: " ").map(String.init), type: $0.type) }
        }
    }

    /// Every written form of the triggers of one event type, verbs and nouns, in table order.
    /// - Parameter type: the event type.
    /// - Returns: the forms, without repeats.
    public func triggerWords(of type: EventType) -> [String] {
        var out = [String]()
        for t in triggers where t.type == type {
            let forms = t.partOfSpeech == .verb ? morphology.verbForms(of: t.lemma).map(\.word) : [t.lemma] + morphology.plurals(of: t.lemma)
            for f in forms where !out.contains(f) { out.append(f) }
        }
        return out
    }
}
