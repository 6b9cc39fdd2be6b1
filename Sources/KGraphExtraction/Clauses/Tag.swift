import KGraphVocabulary

/// The part of speech of a token in its sentence: coarse, as much as the clause layer needs.
enum Tag: UInt8, Sendable, Hashable {
    /// A word of a named entity's mention.
    case name
    /// "he", "they", "him", "them", "it".
    case pronoun
    /// "his", "her", "its", "their" before a noun.
    case possessivePronoun
    /// "the", "a", "this", "several".
    case determiner
    /// "3", "1.7", "three", "dozens".
    case number
    /// "senior", "former", "arrested" before a noun.
    case adjective
    /// "officer", "raid" in "a police raid".
    case noun
    /// The possessive ending "'s".
    case possessive
    /// A lexical verb: "arrested", "say", "seizing".
    case verb
    /// "was", "has", "did" before a verb, or "is" as the main verb.
    case auxiliary
    /// "will", "could", "must".
    case modal
    /// "not", "never", "n't".
    case negation
    /// "also", "reportedly", "later".
    case adverb
    /// "in", "of", "by", "after".
    case preposition
    /// "to" before a verb.
    case to
    /// "and", "or", "but".
    case coordinator
    /// "because", "while", "that" after a verb of saying.
    case subordinator
    /// "who", "which", "whose", "that" after a noun.
    case relative
    /// "up" in "rounded up", "over" in "handed over".
    case particle
    /// Any punctuation mark.
    case punctuation

    /// Tags that can stand inside a noun phrase before its head.
    var isNominalModifier: Bool { self == .adjective || self == .noun || self == .name || self == .number }
    /// Tags that can head a noun phrase.
    var canHeadPhrase: Bool { self == .noun || self == .name || self == .number || self == .pronoun }
}

/// A token's tag in context, with its verb form when it is a verb.
struct TaggedWord: Sendable, Hashable {
    /// The tag.
    var tag: Tag
    /// The verb form, for verbs.
    var verbForm: VerbForm?
}

/// The tags a word can take, likeliest first: at most four, packed into one integer so that a
/// token carries them without a heap reference.
struct Readings: Sendable, Hashable {
    private var packed: UInt32 = 0
    /// How many tags.
    private(set) var count = 0

    /// The readings of a list of tags (only the first four kept).
    init(_ tags: [Tag] = []) {
        for t in tags.prefix(4) {
            packed |= UInt32(t.rawValue) << (8 * UInt32(count))
            count += 1
        }
    }

    /// The readings in order.
    var tags: [Tag] { (0..<count).map { self[$0] } }

    /// The likeliest reading.
    var first: Tag? { count == 0 ? nil : self[0] }

    /// The `i`th reading.
    subscript(i: Int) -> Tag { Tag(rawValue: UInt8(truncatingIfNeeded: packed >> (8 * UInt32(i))))! }

    /// Whether the word can take a tag.
    func contains(_ tag: Tag) -> Bool {
        for i in 0..<count where self[i] == tag { return true }
        return false
    }
}
