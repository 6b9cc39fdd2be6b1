import KGraphModel
import KGraphVocabulary

/// What a trigger form says of a word, less its lemma (kept in the word's ``WordRecord``): a plain
/// value, so that copying a word's information counts no references.
struct TriggerInfo: Sendable, Hashable {
    /// The event type.
    var type: EventType
    /// The verb form, when the word is a form of a trigger verb.
    var verbForm: VerbForm?
    /// Whether the word is a trigger noun, singular or plural.
    var isNoun: Bool

    init(_ form: TriggerForm) {
        type = form.type
        verbForm = form.verbForm
        isNoun = form.isNoun
    }
}

/// What the lexicon says about one word, looked up once per word form so that the stages never
/// hash a word twice. Holds no strings (the lemmas are in the word's ``WordRecord``).
struct TokenInfo: Sendable, Hashable {
    /// The word's classes (grammar, cue, title, organisation, place, demonym).
    var classes: WordClass = []
    /// Its parts of speech in WordNet, of the word or of a lemma it is a form of.
    var partsOfSpeech: PartsOfSpeech = []
    /// The part of speech WordNet's tagged corpus gives it most often.
    var commonest: PartsOfSpeech = []
    /// The event trigger the word is a form of, if any.
    var trigger: TriggerInfo?
    /// How often WordNet's tagged corpus uses the word as a noun and as a verb.
    var nounCount: UInt16 = 0, verbCount: UInt16 = 0
    /// The word's form when it is read as a verb.
    var verbForm: VerbForm = .base
    /// Whether a lemma of the word starts a phrasal trigger ("rounded" of "round up").
    var startsPhrasalTrigger = false
    /// Whether the word is one a time pattern names as its last word ("ago", "year").
    var endsTime = false
    /// The time patterns whose first word the word is, one bit per pattern of ``TimePattern/all``.
    var timePatterns: UInt32 = 0
    /// Whether the word is in the given-name list, the surname list, or names only a people or a
    /// language ("Hmong").
    var isGivenName = false, isSurname = false, isPeopleWord = false
    /// The tags the word can take, likeliest first (see ``TagContext/readings(_:info:)``); set
    /// after the rest, for the word as written, without the demonym class a capital adds.
    var readings = Readings()

    /// The info of a vocabulary entry.
    init(_ entry: WordEntry? = nil) {
        guard let entry else { return }
        classes = entry.classes
        partsOfSpeech = entry.partsOfSpeech
        commonest = entry.commonest
        trigger = entry.trigger.map(TriggerInfo.init)
        nounCount = entry.nounCount
        verbCount = entry.verbCount
    }

    /// The verb form of a word read as a verb: the trigger table's, a suffix's, or the form
    /// morphology finds ("took" → past, "taken" → participle).
    static func verbForm(_ w: String, trigger: TriggerInfo?, inflection: Inflection) -> VerbForm {
        if let f = trigger?.verbForm { return f }
        if w.hasSuffix("ing"), w.count > 4 { return .gerund }
        if w.hasSuffix("ed"), w.count > 3 { return .pastOrParticiple }
        if let f = inflection.verbForm { return f }
        if w.hasSuffix("s"), !w.hasSuffix("ss") { return .thirdPerson }
        return .base
    }

    /// Whether the word is used as a verb at least a third as often as a noun in WordNet's tagged
    /// corpus ("face", "arrest"; not "court").
    var verbIsLikely: Bool {
        if !partsOfSpeech.contains(.noun) { return true }
        return Int(verbCount) * 3 >= Int(nounCount) && verbCount > 0
    }

    /// Whether the word is in any of the classes.
    @inline(__always) func isAny(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }
    /// Whether the word is in the class.
    @inline(__always) func `is`(_ c: WordClass) -> Bool { classes.contains(c) }
    /// Whether the word is a grammar word (determiner, preposition, pronoun, auxiliary…).
    var isFunctionWord: Bool { isAny(WordClass.functionWords) }
    /// Whether the word names a time (a month, a weekday, "today").
    var isTimeWord: Bool { isAny(WordClass.timeWords) }
    /// Whether the word is a title head ("minister").
    var isTitleHead: Bool { classes.contains(.titleHead) }
    /// Whether the word may stand in a title.
    var isTitleWord: Bool { isAny([.titleHead, .titleModifier]) }
    /// Whether the word is a demonym ("Velorian").
    var isDemonym: Bool { classes.contains(.demonym) }
    /// The event type when the word is a trigger.
    var triggerType: EventType? { trigger?.type }
    /// Whether the word is ordinary English (WordNet has it, or a grammar class holds it).
    var isEnglishWord: Bool { !partsOfSpeech.subtracting(.properToo).isEmpty || isFunctionWord || !classes.isEmpty && !isDemonym }
}

extension TokenInfo {
    /// Whether the word is in one of the hand-written grammar, time, number or group-adjective
    /// classes: such a word alone is never a name.
    var isListedWord: Bool { isAny(WordClass.functionWords.union([.adverb, .month, .weekday, .timeWord, .numberWord, .groupAdjective])) }
    /// Whether the word is a title head or modifier, an honorific, a rank or a person noun.
    var isAnyTitleClass: Bool { isAny([.titleHead, .titleModifier, .honorific, .rank, .personNoun]) }
    /// Whether a time expression can start with the word: a month, a weekday, "today", a number
    /// word, a time modifier ("last", "earlier") or a determiner of amount ("several", "a few").
    var canStartTime: Bool { isAny([.month, .weekday, .timeWord, .numberWord, .timeModifier, .determiner]) }
}
