import KGraphModel
import KGraphVocabulary

/// The words questions are read with: a thin adapter over the shared ``Vocabulary`` that
/// extraction reads too. Event verbs and nouns come from its trigger table (every form through its
/// morphology, phrasal triggers included), auxiliaries, light, happen and lead verbs and leader
/// titles from its word classes. Only what is about questions and no class of English words is
/// written here: title synonyms, the stop words of statement matching, nouns that ask for a
/// statement.
struct QueryVocabulary: Sendable {
    /// The shared vocabulary.
    let vocabulary: Vocabulary

    /// Wraps a vocabulary.
    /// - Parameter vocabulary: the shared vocabulary (``Vocabulary/standard()`` for the shipped one).
    init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// The shipped vocabulary, wrapped.
    /// - Throws: ``VocabularyError`` when its data cannot be read.
    static func standard() throws -> QueryVocabulary { QueryVocabulary(try Vocabulary.standard()) }

    // MARK: - Events

    /// The event types of an event verb form ("detained" → arrest): a form of a trigger verb that
    /// is not a statement verb (statement questions have forms of their own).
    /// - Parameter word: a lower-case word.
    /// - Returns: the types, or `nil` when the word is no such verb form.
    func eventVerb(_ word: String) -> [EventType]? {
        guard let t = verbTrigger(word), t.type != .statement else { return nil }
        return [t.type]
    }

    /// The trigger a verb form is: a form the vocabulary generates, or a regular form of a trigger
    /// verb that has irregular forms too ("pleaded": the morphology gives "plead" only "pled").
    private func verbTrigger(_ word: String) -> TriggerForm? {
        if let t = vocabulary.trigger(word), t.verbForm != nil { return t }
        let lemma = vocabulary.verbLemma(word)
        guard lemma != word, let t = vocabulary.trigger(lemma), t.lemma == lemma, t.verbForm != nil else { return nil }
        return t
    }

    /// The event types of an event noun ("the raid", "the indictments"): a trigger noun, a noun
    /// that asks for a statement ("the statement"), or, when `gerunds`, the "-ing" form of a
    /// trigger verb read as a noun ("the sentencing").
    /// - Parameters:
    ///   - word: a lower-case word.
    ///   - gerunds: whether a gerund counts (the word stands after a determiner).
    /// - Returns: the types, or `nil` when the word is no event noun.
    func eventNoun(_ word: String, gerunds: Bool = false) -> [EventType]? {
        if let t = vocabulary.trigger(word), t.isNoun || (gerunds && t.verbForm == .gerund && t.type != .statement) {
            return [t.type]
        }
        return Self.statementNouns.contains(word) ? [.statement] : nil
    }

    /// Whether a word is an event verb or noun (in any context).
    func isEventWord(_ word: String) -> Bool { eventVerb(word) != nil || eventNoun(word) != nil }

    /// The passive participle an event noun is asked with: "the raid" → "raided", "the shooting"
    /// → "shot" ("who was targeted in the raid" → "who was raided"). The noun's trigger lemma
    /// when it is a trigger verb too, else the first trigger verb of its type ("seizure" → "seized").
    /// - Parameter noun: a lower-case event noun.
    /// - Returns: the participle, or `nil` for a word that is no trigger noun or gerund.
    func participle(ofEventNoun noun: String) -> String? {
        guard let t = vocabulary.trigger(noun), t.isNoun || t.verbForm == .gerund,
              let lemma = isTriggerVerb(t.lemma, t.type) ? t.lemma : firstVerb(of: t.type) else { return nil }
        return vocabulary.morphology.verbForms(of: lemma).first { $0.form.canBeParticiple }?.word
    }

    /// Whether a lemma is a trigger verb of a type.
    private func isTriggerVerb(_ lemma: String, _ type: EventType) -> Bool {
        vocabulary.triggers.contains { $0.lemma == lemma && $0.type == type && $0.partOfSpeech == .verb }
    }

    /// The first trigger verb of a type in the table ("arrest" for arrest, "try" for trial).
    func firstVerb(of type: EventType) -> String? {
        vocabulary.triggers.first { $0.type == type && $0.partOfSpeech == .verb }?.lemma
    }

    /// Whether a word asks for what was said: a form of a statement trigger verb ("said",
    /// "announced") or of a speech verb ("spoke", "testified", "praised").
    func isStatementVerb(_ word: String) -> Bool {
        if let t = vocabulary.trigger(word), t.type == .statement, t.verbForm != nil { return true }
        return vocabulary.word(word, is: .speechVerb)
    }

    /// A phrasal trigger whose verb is at `index` of a question's lower-case words and whose tail
    /// follows it, next to it or after an object ("took Dara Sok into custody", "picked X up"); a
    /// one-word tail that is a preposition ("haul in") only next to it.
    /// - Parameters:
    ///   - words: the question's lower-case words.
    ///   - index: the verb's position.
    /// - Returns: the tail's position and length, and the event type; `nil` when none follows.
    func phrasalTrigger(in words: [String], at index: Int) -> (tail: Range<Int>, type: EventType)? {
        for row in vocabulary.phrasalTriggers(of: words[index]) where !row.words.isEmpty {
            let adjacentOnly = row.words.count == 1 && vocabulary.word(row.words[0], is: .preposition)
            let last = adjacentOnly ? index + 1 : words.count - row.words.count
            guard index + 1 <= last else { continue }
            for j in (index + 1)...last where Array(words[j..<(j + row.words.count)]) == row.words {
                return (j..<(j + row.words.count), row.type)
            }
        }
        return nil
    }

    /// The one-word verb a phrasal trigger is read as, in the form of the typed verb: "took …
    /// into custody" → "arrested", "set free" → "freed" (the tail is itself a trigger verb of the
    /// type), "picking up" → "arresting".
    /// - Parameters:
    ///   - verb: the typed verb form.
    ///   - tail: the tail's words.
    ///   - type: the phrasal trigger's event type.
    /// - Returns: the form of the type's verb; `nil` when the type has no trigger verb.
    func phrasalVerb(_ verb: String, tail: [String], type: EventType) -> String? {
        let tailVerb = tail.last.flatMap { isTriggerVerb($0, type) ? $0 : nil }
        guard let lemma = tailVerb ?? firstVerb(of: type) else { return nil }
        let typedLemma = vocabulary.verbLemma(verb)
        let typedForm = vocabulary.morphology.verbForms(of: typedLemma).first { $0.word == verb && $0.form != .base }?.form
        let wanted: VerbForm = typedForm == .gerund || typedForm == .thirdPerson ? typedForm! : .pastOrParticiple
        let forms = vocabulary.morphology.verbForms(of: lemma)
        return (forms.first { $0.form == wanted } ?? forms.first { $0.form.canBeParticiple })?.word
    }

    // MARK: - Grammar words

    /// Forms of "be" (and "get") and "have" that stand before a participle: "who was arrested",
    /// "who got detained", "who has been charged".
    func isBe(_ word: String) -> Bool { !vocabulary.classes(word).isDisjoint(with: [.beForm, .haveForm]) }

    /// Auxiliaries of do-support and modals: "who did the police arrest", "who will be tried". A
    /// modal that also names a month ("may") is left to be a name.
    func isDoSupport(_ word: String) -> Bool {
        let c = vocabulary.classes(word)
        return !c.isDisjoint(with: [.doForm, .haveForm, .modal]) && !c.contains(.month)
    }

    /// Whether a word is an auxiliary of either kind.
    func isAuxiliary(_ word: String) -> Bool { isBe(word) || isDoSupport(word) }

    /// Verbs that mean "happened" after an event noun: "when did the raid take place".
    func isHappenVerb(_ word: String) -> Bool { isVerb(word, in: .happenVerb) }

    /// Light verbs whose object noun is the event: "who carried out the raid".
    func isLightVerb(_ word: String) -> Bool { isVerb(word, in: .lightVerb) }

    /// Verbs of leading an organisation: "who leads Y", "which group does X head".
    func isLeadVerb(_ word: String) -> Bool { isVerb(word, in: .leadVerb) }

    /// Whether a verb form, or the lemma it is a form of, is in a class ("performs": "perform").
    private func isVerb(_ word: String, in c: WordClass) -> Bool {
        vocabulary.word(word, is: c) || vocabulary.word(vocabulary.verbLemma(word), is: c)
    }

    /// Titles of those who lead an organisation: "chief", "director".
    func isLeaderTitle(_ word: String) -> Bool { vocabulary.word(word, is: .leaderTitle) }

    /// Title words that make a title not a leader's: "deputy", "vice".
    func isSubordinateTitle(_ word: String) -> Bool { vocabulary.word(word, is: .subordinateTitle) }

    /// Words that name or modify a time: months, weekdays, "yesterday", "week", "morning", "last";
    /// an abbreviation typed without its point too ("sept").
    func isTimeWord(_ word: String) -> Bool {
        let time: WordClass = [.month, .weekday, .timeWord, .timeUnit, .dayPart, .timeModifier]
        return !vocabulary.classes(word).isDisjoint(with: time) || !vocabulary.classes(word + ".").isDisjoint(with: time)
    }

    /// Words after which an event word is a noun: determiners, possessives and contraband words
    /// ("the raid", "his arrest", "drug raids").
    func opensNoun(_ word: String) -> Bool {
        !vocabulary.classes(word).isDisjoint(with: [.determiner, .possessivePronoun, .contraband])
    }

    // MARK: - Question tables

    /// Title synonyms: a word a user types → words a title may use instead.
    static let titleSynonyms: [String: [String]] = [
        "spokesperson": ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"],
        "spokesman": ["spokesperson", "spokesman", "spokeswoman"],
        "spokeswoman": ["spokesperson", "spokesman", "spokeswoman"],
        "head": ["head", "chief", "leader", "director", "president", "chairman", "chairwoman", "chair", "commander"],
        "leader": ["leader", "head", "chief", "president", "chairman", "chairwoman", "commander"],
        "chief": ["chief", "head", "director", "commander"],
        "boss": ["head", "chief", "director", "leader", "boss"],
        "lawyer": ["lawyer", "attorney", "counsel", "defender"],
        "attorney": ["attorney", "lawyer", "counsel"],
        "chairman": ["chairman", "chairwoman", "chair", "chairperson"],
    ]

    /// Nouns that ask for a statement as an event ("when was the statement"): extraction reads
    /// statements from their verbs, so the trigger table has no statement nouns.
    static let statementNouns: Set<String> = ["statement", "statements", "announcement", "announcements"]

    /// Words that are no function word of the vocabulary but tell one statement from another no
    /// better than "the" does: the commonest verbs of saying, and a few adverbs.
    static let matchingStopWords: Set<String> = [
        "said", "say", "says", "told", "tell", "claim", "claimed", "stated", "state", "announced", "announce", "added", "add",
        "also", "just", "very", "more", "so", "then", "there", "here", "it's",
    ]
}

// MARK: - Matching a question's words with a statement's or a sentence's

extension QueryVocabulary {
    /// Whether a word says nothing when a question's words are compared with a statement's: a
    /// function word of the vocabulary ("the", "of", "was", "they") or one of
    /// ``matchingStopWords`` ("said", "also").
    func isStopWord(_ word: String) -> Bool {
        !vocabulary.classes(word).isDisjoint(with: WordClass.functionWords) || Self.matchingStopWords.contains(word)
    }

    /// The content words of a text, stemmed: what a statement and a question are compared on.
    /// - Parameter text: any text.
    /// - Returns: the set of ``WordStemmer/lightStem(_:)`` stems of words that are no stop words.
    /// - Complexity: O(n) in the text's length.
    func contentStems(_ text: String) -> Set<String> {
        Set(NameKey.normalize(text).split(separator: " ").map(String.init).filter { !isStopWord($0) }.map(WordStemmer.lightStem))
    }

    /// Whether a word says nothing for loose matching: a stop word that is neither an irregular
    /// verb form nor a statement verb ("the", "of"; not "said", "announced").
    /// - Parameter word: a lowercase word.
    func isLooseStopWord(_ word: String) -> Bool {
        isStopWord(word) && WordStemmer.irregular[word] == nil && !isStatementVerb(word)
    }

    /// The stems (``WordStemmer/stem(_:)``) of a text's words that are no loose stop words.
    /// - Parameter text: any text.
    /// - Returns: the stems, as a set.
    /// - Complexity: O(n) in the text's length.
    func looseStems(_ text: String) -> Set<String> {
        Set(WordStemmer.words(text).filter { !isLooseStopWord($0) }.map(WordStemmer.stem))
    }

    /// Whether a word looks like a verb form: a past form ("disrupted"), an irregular form
    /// ("flown"), an event or statement verb. Verbs weigh more than nouns when matching.
    /// - Parameter word: a lowercase word.
    func isVerbLike(_ word: String) -> Bool {
        if let base = WordStemmer.irregular[word], base != word, !["man", "woman", "child", "person"].contains(base) { return true }
        return (word.hasSuffix("ed") && word.count > 4) || eventVerb(word) != nil || isStatementVerb(word)
    }
}

// MARK: - What a user can ask about

extension QueryVocabulary {
    /// The event types of the trigger table, in the table's order, each with its first trigger
    /// verbs (its nouns when it has no verb): what the help and the "cannot read" message list.
    /// - Parameter limit: the most words per type.
    /// - Returns: each type with up to `limit` lemmas.
    func eventExamples(limit: Int) -> [(type: EventType, words: [String])] {
        var out = [(type: EventType, words: [String])]()
        for t in vocabulary.triggers where !out.contains(where: { $0.type == t.type }) {
            let rows = vocabulary.triggers.filter { $0.type == t.type }
            let verbs = rows.filter { $0.partOfSpeech == .verb }
            var words = [String]()
            for r in verbs.isEmpty ? rows : verbs where !words.contains(r.lemma) && words.count < limit { words.append(r.lemma) }
            out.append((t.type, words))
        }
        return out
    }

    /// Every phrasal trigger as written in the base form ("round up", "take into custody"), sorted.
    var phrasalExamples: [String] {
        vocabulary.phrasalTriggers.flatMap { verb, rows in rows.map { "\(verb) \($0.word)" } }.sorted()
    }

    /// The error for a question that cannot be read, naming one verb of each event type to ask
    /// with.
    /// - Parameter question: the question as typed.
    /// - Returns: ``QueryError/unparseable(_:eventVerbs:)``.
    func unreadable(_ question: String) -> QueryError {
        .unparseable(question, eventVerbs: eventExamples(limit: 1).flatMap(\.words))
    }
}
