import KGraphModel

/// The form of a verb as written.
public enum VerbForm: UInt8, Sendable, Hashable, CaseIterable {
    /// "arrest": the infinitive and the present tense but the third person.
    case base
    /// "arrests".
    case thirdPerson
    /// "took": the simple past only.
    case past
    /// "taken": the past participle only.
    case participle
    /// "arrested", "held": the simple past and the past participle alike.
    case pastOrParticiple
    /// "arresting".
    case gerund

    /// Whether the form can be a past participle (passive "was arrested").
    public var canBeParticiple: Bool { self == .participle || self == .pastOrParticiple }
    /// Whether the form can be a finite past verb ("police arrested").
    public var canBePast: Bool { self == .past || self == .pastOrParticiple }
}

/// A word form of an event trigger: the event type and how the form stands for it.
public struct TriggerForm: Sendable, Hashable {
    /// The event type.
    public var type: EventType
    /// The trigger's lemma ("arrest" for "arrested").
    public var lemma: String
    /// The verb form, when the word is a form of a trigger verb.
    public var verbForm: VerbForm?
    /// Whether the word is a trigger noun, singular or plural ("arrest", "arrests", "custody").
    public var isNoun: Bool

    /// Creates a trigger form.
    public init(type: EventType, lemma: String, verbForm: VerbForm? = nil, isNoun: Bool = false) {
        self.type = type
        self.lemma = lemma
        self.verbForm = verbForm
        self.isNoun = isNoun
    }
}

/// One row of the trigger table: a verb or noun lemma and the event it denotes.
public struct TriggerEntry: Sendable, Hashable {
    /// Verb or noun.
    public enum PartOfSpeech: String, Sendable, Hashable { case verb, noun }
    /// The lemma ("detain", "detention").
    public var lemma: String
    /// Verb or noun.
    public var partOfSpeech: PartOfSpeech
    /// The event type.
    public var type: EventType
}
