/// The classes a word belongs to, as the vocabulary tables name them: grammar (determiner,
/// preposition, be-form…), cue classes that rules read (contraband, premises, audience…), and the
/// title, organisation and place word classes. One word may be in several classes ("that" is a
/// determiner and a relative). Class names are the lower-case names used in the `Data/*.tsv` files.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // MARK: grammar
    /// "the", "a", "this", "several", "no".
    public static let determiner = WordClass(rawValue: 1 << 0)
    /// "of", "in", "at", "by", "after".
    public static let preposition = WordClass(rawValue: 1 << 1)
    /// "and", "or", "but", "nor".
    public static let coordinator = WordClass(rawValue: 1 << 2)
    /// Words that open a subordinate clause: "while", "because", "although", "after".
    public static let subordinator = WordClass(rawValue: 1 << 3)
    /// "he", "she", "they", "it", "we", "I", "you".
    public static let subjectPronoun = WordClass(rawValue: 1 << 4)
    /// "him", "her", "them", "it", "us", "me".
    public static let objectPronoun = WordClass(rawValue: 1 << 5)
    /// "his", "her", "its", "their".
    public static let possessivePronoun = WordClass(rawValue: 1 << 6)
    /// "who", "whom", "whose", "which", "that" opening a relative clause.
    public static let relative = WordClass(rawValue: 1 << 7)
    /// Question words: "who", "what", "where", "when", "how".
    public static let wh = WordClass(rawValue: 1 << 8)
    /// Forms of "be" (and "get"), which make a following participle passive.
    public static let beForm = WordClass(rawValue: 1 << 9)
    /// Forms of "have".
    public static let haveForm = WordClass(rawValue: 1 << 10)
    /// Forms of "do".
    public static let doForm = WordClass(rawValue: 1 << 11)
    /// "will", "would", "can", "may", "must": what follows has not (yet) happened.
    public static let modal = WordClass(rawValue: 1 << 12)
    /// "not", "never", "n't", "no".
    public static let negation = WordClass(rawValue: 1 << 13)
    /// Adverbs that may stand inside a verb group or open a sentence ("also", "reportedly").
    public static let adverb = WordClass(rawValue: 1 << 14)
    /// Month names and their abbreviations.
    public static let month = WordClass(rawValue: 1 << 15)
    /// Day names.
    public static let weekday = WordClass(rawValue: 1 << 16)
    /// "today", "yesterday", "tonight".
    public static let timeWord = WordClass(rawValue: 1 << 17)
    /// "day", "week", "year", "decade".
    public static let timeUnit = WordClass(rawValue: 1 << 18)
    /// Words that modify a time: "last", "next", "earlier", "late", "early".
    public static let timeModifier = WordClass(rawValue: 1 << 19)
    /// Numbers written as words: "three", "dozen", "hundreds".
    public static let numberWord = WordClass(rawValue: 1 << 20)
    /// Words before an amount: "about", "nearly", "some", "approximately".
    public static let quantifier = WordClass(rawValue: 1 << 21)
    /// Parts of the day after a weekday: "morning", "night".
    public static let dayPart = WordClass(rawValue: 1 << 22)
    /// Compass words before a place: "north", "southeast", "central".
    public static let compass = WordClass(rawValue: 1 << 23)
    /// Verb particles: "up", "down", "over", "out" ("rounded up", "handed over").
    public static let particle = WordClass(rawValue: 1 << 24)

    // MARK: cue classes read by rules
    /// Things that are seized: finding them is a seizure ("found 3 kilograms of heroin").
    public static let contraband = WordClass(rawValue: 1 << 25)
    /// Premises a raid searches, which belong to whoever is named with them ("the offices of X").
    public static let premises = WordClass(rawValue: 1 << 26)
    /// Nouns for people that are no title ("suspect", "man", "activist"): a described person.
    public static let personNoun = WordClass(rawValue: 1 << 27)
    /// Nouns and titles for a man ("husband", "spokesman"): "he" may refer to them.
    public static let maleNoun = WordClass(rawValue: 1 << 28)
    /// Nouns and titles for a woman ("wife", "spokeswoman"): "she" may refer to them.
    public static let femaleNoun = WordClass(rawValue: 1 << 29)
    /// The people of an organisation who act for it: "officers of X", "agents from Y".
    public static let memberNoun = WordClass(rawValue: 1 << 30)
    /// Documents and figures, which speak for nobody in apposition ("court documents").
    public static let documentNoun = WordClass(rawValue: 1 << 31)
    /// Words of an audience after "told": "reporters", "the court", "a news conference".
    public static let audience = WordClass(rawValue: 1 << 32)
    /// Common nouns that stand for an organisation the article names: "the ministry", "the group".
    public static let organizationNoun = WordClass(rawValue: 1 << 33)
    /// Place nouns that a name in apposition specifies: "the capital, X", "the port city, X".
    public static let placeNoun = WordClass(rawValue: 1 << 34)
    /// Light verbs whose object noun is the event: "carried out a raid", "opened a trial".
    public static let lightVerb = WordClass(rawValue: 1 << 35)
    /// Verbs whose object is an audience, not what was said: "told", "informed".
    public static let tellVerb = WordClass(rawValue: 1 << 36)
    /// Verbs before "as" that give their subject a title: "worked as", "served as".
    public static let asVerb = WordClass(rawValue: 1 << 37)
    /// Verbs before "to" that make the infinitive unreal: "plan to arrest", "vowed to release".
    public static let intentVerb = WordClass(rawValue: 1 << 38)
    /// Nouns in "-ing" that modify another noun: "a drug trafficking ring", "money laundering".
    public static let nominalIng = WordClass(rawValue: 1 << 39)
    /// Adjectives of religion, region or ideology that never start a name: "Muslim", "Western".
    public static let groupAdjective = WordClass(rawValue: 1 << 40)

    // MARK: titles
    /// A word that ends a title: "minister", "spokesperson", "director".
    public static let titleHead = WordClass(rawValue: 1 << 41)
    /// A word that may stand before a title head: "deputy", "prime", "interior".
    public static let titleModifier = WordClass(rawValue: 1 << 42)
    /// A form of address dropped before a name: "Mr.", "Dr.".
    public static let honorific = WordClass(rawValue: 1 << 43)
    /// A rank abbreviation before a name: "Gen.", "Lt.".
    public static let rank = WordClass(rawValue: 1 << 44)

    // MARK: organisations
    /// A capitalised word that makes a name an organisation: "Court", "Ministry".
    public static let orgHead = WordClass(rawValue: 1 << 45)
    /// A word inside an organisation name before "of"/"for": "Task", "Rights", "Criminal".
    public static let orgInner = WordClass(rawValue: 1 << 46)
    /// A lower-case word that joins the name before it into an organisation: "the X tribunal".
    public static let orgLowerHead = WordClass(rawValue: 1 << 47)
    /// A common noun that announces an organisation name: "the rights group X".
    public static let orgCue = WordClass(rawValue: 1 << 48)

    // MARK: places
    /// A word after a name that makes it a place: "Kesra province", "Mill County".
    public static let placeHead = WordClass(rawValue: 1 << 49)
    /// A word before "of" that names the place after it: "the city of X".
    public static let placeOf = WordClass(rawValue: 1 << 50)
    /// A capitalised head of a named building or site: "Embassy", "Airport".
    public static let placeBuilding = WordClass(rawValue: 1 << 51)
    /// A capitalised head of a region's name: "Country", "Province".
    public static let placeRegion = WordClass(rawValue: 1 << 52)
    /// A nationality word ("Velorian", "Cambodians"); set from the demonym table.
    public static let demonym = WordClass(rawValue: 1 << 53)
    /// Words before "of" whose object is a place though they are no place words: "the mayor of X",
    /// "the outskirts of X".
    public static let placeOfNoun = WordClass(rawValue: 1 << 54)
    /// Verbs of leading an organisation: "heads", "runs", "chaired".
    public static let leadVerb = WordClass(rawValue: 1 << 55)
    /// Title words that make a title not a leader's: "deputy", "assistant", "vice".
    public static let subordinateTitle = WordClass(rawValue: 1 << 56)
    /// Titles of those who lead an organisation: "chief", "director", "president".
    public static let leaderTitle = WordClass(rawValue: 1 << 57)
    /// Verbs that mean "happened" after an event noun: "took place", "occurred".
    public static let happenVerb = WordClass(rawValue: 1 << 58)
    /// Verbs of asking for something that has not happened: "called for the release of X".
    public static let demandVerb = WordClass(rawValue: 1 << 59)
    /// The last word of a law's name: "Act", "Code" ("the Arms Export Control Act"): no entity.
    public static let lawHead = WordClass(rawValue: 1 << 60)
    /// Nouns of places named by what they are: "a checkpoint", "a restaurant", "the mosque".
    public static let locationNoun = WordClass(rawValue: 1 << 61)
    /// Verbs of speaking or of judging aloud that are no statement trigger of their own: "spoke",
    /// "talked", "testified", "praised", "criticised", "described" ("who spoke", "what did X
    /// testify").
    public static let speechVerb = WordClass(rawValue: 1 << 62)

    /// Every class by the name the data files use.
    public static let byName: [String: WordClass] = [
        "determiner": .determiner, "preposition": .preposition, "coordinator": .coordinator,
        "subordinator": .subordinator, "subject-pronoun": .subjectPronoun, "object-pronoun": .objectPronoun,
        "possessive-pronoun": .possessivePronoun, "relative": .relative, "wh": .wh, "be": .beForm, "have": .haveForm,
        "do": .doForm, "modal": .modal, "negation": .negation, "adverb": .adverb, "month": .month, "weekday": .weekday,
        "time-word": .timeWord, "time-unit": .timeUnit, "time-modifier": .timeModifier, "number": .numberWord,
        "quantifier": .quantifier, "day-part": .dayPart, "compass": .compass, "particle": .particle,
        "contraband": .contraband, "premises": .premises, "person-noun": .personNoun, "male": .maleNoun,
        "female": .femaleNoun, "member-noun": .memberNoun, "document": .documentNoun, "audience": .audience,
        "organization-noun": .organizationNoun, "place-noun": .placeNoun, "light-verb": .lightVerb,
        "tell-verb": .tellVerb, "as-verb": .asVerb, "intent-verb": .intentVerb, "nominal-ing": .nominalIng,
        "group-adjective": .groupAdjective, "title-head": .titleHead, "title-modifier": .titleModifier,
        "honorific": .honorific, "rank": .rank, "org-head": .orgHead, "org-inner": .orgInner,
        "org-lowerhead": .orgLowerHead, "org-cue": .orgCue, "place-head": .placeHead, "place-of": .placeOf,
        "place-building": .placeBuilding, "place-region": .placeRegion, "demonym": .demonym,
        "place-of-noun": .placeOfNoun, "lead-verb": .leadVerb, "subordinate-title": .subordinateTitle,
        "leader-title": .leaderTitle, "happen-verb": .happenVerb, "demand-verb": .demandVerb, "law-head": .lawHead, "location-noun": .locationNoun,
        "speech-verb": .speechVerb,
    ]

    /// Classes of words that are grammar, not content: such a word never starts a name on its own.
    public static let functionWords: WordClass = [.determiner, .preposition, .coordinator, .subordinator,
                                                  .subjectPronoun, .objectPronoun, .possessivePronoun, .relative,
                                                  .wh, .beForm, .haveForm, .doForm, .modal, .negation]
    /// Classes of words that name a time.
    public static let timeWords: WordClass = [.month, .weekday, .timeWord]
}
