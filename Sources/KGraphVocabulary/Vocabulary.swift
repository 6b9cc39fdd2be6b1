import Foundation
import KGraphModel

/// The one vocabulary that extraction and questions read: word classes, titles, organisation and
/// place words, event triggers in every form, and WordNet's common English words and morphology.
/// Built once from the tables in `Data/`.
public final class Vocabulary: Sendable {
    /// Every word form the tables know, lower case.
    let entries: [String: WordEntry]
    /// Inflection and lemmatisation.
    public let morphology: Morphology
    /// The trigger table's rows, in table order.
    public let triggers: [TriggerEntry]
    /// Capitalised names WordNet knows, lower case → what they name.
    let properNouns: [String: NameKinds]
    /// Phrasal triggers: verb lemma → (the word or words after it, event type): "round" → ("up",
    /// arrest), "take" → ("into custody", arrest).
    public let phrasalTriggers: [String: [(word: String, type: EventType)]]

    /// The names of the class tables (word<TAB>class rows).
    static let classTables = ["word-classes.tsv", "titles.tsv", "organization-words.tsv", "place-words.tsv"]
    /// Every table the vocabulary is built from.
    public static let tableNames = classTables + ["event-triggers.tsv", "phrasal-triggers.tsv", "english-words.tsv", "english-morphology.tsv", "english-proper-nouns.tsv"]

    /// Builds a vocabulary from the text of its tables, keyed by file name (see ``tableNames``).
    /// - Parameter tables: file name → file contents.
    /// - Throws: ``VocabularyError`` when a table is missing or a row names an unknown class or type.
    /// - Complexity: O(total size of the tables).
    public init(tables: [String: String]) throws {
        func rows(_ name: String) throws -> [[Substring]] {
            guard let text = tables[name] else { throw VocabularyError.missingTable(name) }
            return TableText.rows(text)
        }
        var entries = [String: WordEntry]()
        for name in Vocabulary.classTables {
            for (n, r) in try rows(name).enumerated() where r.count >= 2 {
                guard let c = WordClass.byName[String(r[1])] else { throw VocabularyError.unknownClass(table: name, row: n + 1, String(r[1])) }
                entries[r[0].lowercased(), default: WordEntry()].classes.insert(c)
            }
        }
        try Vocabulary.addEnglishWords(try rows("english-words.tsv"), to: &entries)
        let morphology = Morphology(rows: try rows("english-morphology.tsv"))
        var triggers = [TriggerEntry]()
        for (n, r) in try rows("event-triggers.tsv").enumerated() where r.count >= 3 {
            guard let type = EventType(rawValue: String(r[2])) else { throw VocabularyError.unknownEventType(row: n + 1, String(r[2])) }
            guard let pos = TriggerEntry.PartOfSpeech(rawValue: String(r[1])) else { throw VocabularyError.unknownClass(table: "event-triggers.tsv", row: n + 1, String(r[1])) }
            triggers.append(TriggerEntry(lemma: String(r[0]), partOfSpeech: pos, type: type))
        }
        Vocabulary.addTriggerForms(triggers, morphology: morphology, to: &entries)
        var phrasal = [String: [(word: String, type: EventType)]]()
        for (n, r) in try rows("phrasal-triggers.tsv").enumerated() where r.count >= 3 {
            guard let type = EventType(rawValue: String(r[2])) else { throw VocabularyError.unknownEventType(row: n + 1, String(r[2])) }
            phrasal[String(r[0]), default: []].append((String(r[1]), type))
        }
        phrasalTriggers = phrasal
        var proper = [String: NameKinds]()
        for r in try rows("english-proper-nouns.tsv") where r.count >= 2 {
            var k = NameKinds()
            for part in r[1].split(separator: ",") { if let one = NameKinds(name: part) { k.insert(one) } }
            proper[r[0].lowercased(), default: []].formUnion(k)
        }
        properNouns = proper
        self.entries = entries
        self.morphology = morphology
        self.triggers = triggers
    }

    /// Adds WordNet's words (word, parts of speech, tagged counts, proper flag) to the entries.
    static func addEnglishWords(_ rows: [[Substring]], to entries: inout [String: WordEntry]) throws {
        for r in rows where r.count >= 2 {
            var e = entries[String(r[0])] ?? WordEntry()
            for letter in r[1] { if let p = PartsOfSpeech(letter: letter) { e.partsOfSpeech.insert(p) } }
            if r.count > 3, r[3] == "P" { e.partsOfSpeech.insert(.properToo) }
            if r.count > 4, r[4] == "p" { e.partsOfSpeech.insert(.kindOfPerson) }
            if r.count > 2, !r[2].isEmpty {
                var best = 0, total = 0
                for part in r[2].split(separator: " ") {
                    let kv = part.split(separator: ":")
                    guard kv.count == 2, let letter = kv[0].first, let p = PartsOfSpeech(letter: letter), let count = Int(kv[1]) else { continue }
                    total += count
                    if count > best { best = count; e.commonest = p }
                    if p == .noun { e.nounCount = UInt16(min(count, Int(UInt16.max))) }
                    if p == .verb { e.verbCount = UInt16(min(count, Int(UInt16.max))) }
                }
                e.frequency = UInt16(min(total, Int(UInt16.max)))
            }
            entries[String(r[0])] = e
        }
    }

    /// Adds every form of every trigger to the entries: verb forms from the morphology, noun plurals.
    static func addTriggerForms(_ triggers: [TriggerEntry], morphology: Morphology, to entries: inout [String: WordEntry]) {
        for t in triggers {
            switch t.partOfSpeech {
            case .verb:
                for (form, word) in morphology.verbForms(of: t.lemma) {
                    var e = entries[word] ?? WordEntry()
                    if e.trigger == nil { e.trigger = TriggerForm(type: t.type, lemma: t.lemma) }
                    if e.trigger?.verbForm == nil, e.trigger?.type == t.type { e.trigger?.verbForm = form }
                    entries[word] = e
                }
            case .noun:
                for word in [t.lemma] + (t.lemma == "custody" ? [] : morphology.plurals(of: t.lemma)) {
                    var e = entries[word] ?? WordEntry()
                    if e.trigger == nil { e.trigger = TriggerForm(type: t.type, lemma: t.lemma) }
                    if e.trigger?.type == t.type { e.trigger?.isNoun = true }
                    entries[word] = e
                }
            }
        }
    }

    // MARK: look-ups (all take lower-cased words)

    /// What the vocabulary knows of a word form, if anything.
    public func entry(_ lower: String) -> WordEntry? { entries[lower] }
    /// The classes of a word form (empty when unknown).
    public func classes(_ lower: String) -> WordClass { entries[lower]?.classes ?? [] }
    /// Whether a word form is in a class.
    public func word(_ lower: String, is c: WordClass) -> Bool { entries[lower]?.classes.contains(c) ?? false }
    /// The trigger a word form is, if any.
    public func trigger(_ lower: String) -> TriggerForm? { entries[lower]?.trigger }

    /// The parts of speech of a word form or of the lemmas it is a regular or irregular form of
    /// ("officers" → noun, "netted" → verb).
    /// - Complexity: a few dictionary look-ups.
    public func partsOfSpeech(of lower: String) -> PartsOfSpeech {
        let p = entries[lower]?.partsOfSpeech ?? []
        guard p.isEmpty || Vocabulary.mayBeInflected(lower) || morphology.exceptions[lower] != nil else { return p }
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
        if entries[lower]?.partsOfSpeech.contains(.kindOfPerson) == true { return true }
        for lemma in morphology.lemmas(of: lower, as: .noun, isLemma: { entries[$0]?.partsOfSpeech.contains(.kindOfPerson) ?? false }) where lemma != lower {
            return true
        }
        return false
    }

    /// Whether a word form is ordinary English: WordNet writes it (or a lemma it is a form of) in
    /// lower case. "Meanwhile", "Witnesses" and "Netted" are; "Sokha" and "Paris" are not.
    public func isEnglishWord(_ lower: String) -> Bool {
        !partsOfSpeech(of: lower).subtracting(.properToo).isEmpty || entries[lower]?.classes.isDisjoint(with: WordClass.functionWords) == false
    }

    /// The base form of a verb form ("received" → "receive", "got" → "get"), or the word itself.
    public func verbLemma(_ lower: String) -> String {
        morphology.lemmas(of: lower, as: .verb) { entries[$0]?.partsOfSpeech.contains(.verb) ?? false }.first { $0 != lower } ?? lower
    }

    /// What WordNet says a name names (lower case, words joined by spaces), if it knows the name.
    public func nameKinds(_ lower: String) -> NameKinds? { properNouns[lower] }

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
