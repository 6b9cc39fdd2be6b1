/// The parts of speech WordNet gives a common English word, with the one it is most often tagged
/// as in WordNet's sense-tagged corpus.
public struct PartsOfSpeech: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A noun ("arrest", "officer").
    public static let noun = PartsOfSpeech(rawValue: 1)
    /// A verb ("arrest", "say").
    public static let verb = PartsOfSpeech(rawValue: 2)
    /// An adjective ("senior", "fine").
    public static let adjective = PartsOfSpeech(rawValue: 4)
    /// An adverb ("meanwhile", "notably").
    public static let adverb = PartsOfSpeech(rawValue: 8)
    /// WordNet also writes the word capitalised, as a proper noun ("mark", "china").
    public static let properToo = PartsOfSpeech(rawValue: 16)
    /// A noun sense names a kind of person (WordNet's noun.person: "journalist", "survivor").
    public static let kindOfPerson = PartsOfSpeech(rawValue: 32)

    /// The part of speech for a WordNet letter (n, v, a or s, r).
    init?(letter: Character) {
        switch letter {
        case "n": self = .noun
        case "v": self = .verb
        case "a", "s": self = .adjective
        case "r": self = .adverb
        default: return nil
        }
    }
}

/// The kinds of thing WordNet says a capitalised name names.
public struct NameKinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A people or its members ("Hmong", "Kashmiri", "Muslim"): no named entity.
    public static let people = NameKinds(rawValue: 2)
    /// A place.
    public static let place = NameKinds(rawValue: 4)
    /// An organisation, by its acronym ("NATO", "UN"): the table keeps no other organisation names.
    public static let organization = NameKinds(rawValue: 8)
    /// A language ("Urdu"): no named entity.
    public static let language = NameKinds(rawValue: 16)
    /// A made thing ("Kalashnikov"): no named entity.
    public static let thing = NameKinds(rawValue: 32)

    /// The kind for a name in `english-proper-nouns.tsv`.
    init?(name: Substring) {
        switch name {
        case "people": self = .people
        case "place": self = .place
        case "organization": self = .organization
        case "language": self = .language
        case "thing": self = .thing
        default: return nil
        }
    }
    /// Whether the name only ever names a people, a language or a thing: no entity ("Tibetan", "Urdu").
    public var isPeopleOrLanguageOnly: Bool { !isEmpty && isDisjoint(with: [.place, .organization]) }
}

/// What the vocabulary knows of one lower-cased word form.
public struct WordEntry: Sendable, Hashable {
    /// The word's classes from the hand-written tables.
    public var classes: WordClass = []
    /// The parts of speech of the word itself (not of a lemma it is a form of), from WordNet.
    public var partsOfSpeech: PartsOfSpeech = []
    /// The part of speech WordNet's tagged corpus gives the word most often, if it was seen there.
    public var commonest: PartsOfSpeech = []
    /// How often WordNet's tagged corpus uses the word (any part of speech), capped at 65,535.
    public var frequency: UInt16 = 0
    /// How often WordNet's tagged corpus uses the word as a noun, capped at 65,535.
    public var nounCount: UInt16 = 0
    /// How often WordNet's tagged corpus uses the word as a verb, capped at 65,535.
    public var verbCount: UInt16 = 0
    /// The event the word denotes when it is a form of a trigger.
    public var trigger: TriggerForm?

    /// Creates an entry.
    public init(classes: WordClass = [], partsOfSpeech: PartsOfSpeech = [], commonest: PartsOfSpeech = [],
                frequency: UInt16 = 0, trigger: TriggerForm? = nil) {
        self.classes = classes
        self.partsOfSpeech = partsOfSpeech
        self.commonest = commonest
        self.frequency = frequency
        self.trigger = trigger
    }
}
