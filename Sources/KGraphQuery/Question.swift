import KGraphModel

/// What an event question asks for.
enum Wanted: String, Sendable, Equatable {
    case agent, patient, place, time, content
}

/// A participant an event question names: its role in the event and the phrase as typed.
struct ParticipantConstraint: Sendable, Equatable {
    /// The role the participant plays (agent, patient or place).
    var role: EdgeKind
    /// The phrase as typed ("Dara Sok", "the police").
    var phrase: String
    /// Whether an event that states nothing in this role meets it: a time or place that cannot be
    /// applied to events that state none.
    var unstatedPasses = false
}

/// A question, read: what to look for in the graph. Natural-language questions and structured
/// patterns both become a `Question`, so one walker answers both.
enum Question: Sendable, Equatable {
    /// A participant, place, time or content of events of some types, given other participants:
    /// "who arrested X" is `.event([.arrest], [patient X], wanted: .agent)`.
    /// `head` filters answers by a common noun ("which officials were detained").
    case event(types: [EventType], constraints: [ParticipantConstraint], wanted: Wanted, head: String?, typeWord: String)
    /// "who is X": the roles of a person, each naming its organisation.
    case whoIs(String)
    /// "who is known as X": the entity a name or alias denotes.
    case identify(String)
    /// "what is X's role".
    case role(String)
    /// "who works for Y", "who is a member of Y".
    case members(String)
    /// "who is the spokesperson for Y" (`titles` are acceptable title words), "who leads Y"
    /// (`leader` true: any leading title).
    case roleHolder(titles: [String], leader: Bool, organization: String)
    /// "which group does X lead" (`leader`), "what organisation does X work for".
    case organizations(String, leader: Bool)
    /// "who worked with X": the other agents of events X was an agent of.
    case coAgents(String)
    /// "what did X say [about Y]".
    case statements(speaker: String, about: String?)
    /// "who said that …": statements whose content shares the most words with the phrase.
    case whoSaid(String)
    /// "how is X connected to Y".
    case connection(String, String)
    /// "tell me about X", or a name alone.
    case summary(String)
    /// An event question read with the extractor's grammar (see ``ClauseQuestionReader``).
    case read(ReadQuestion)
    /// A fact of a case: a charge, a term, a fine, bail, a quantity (see ``FactQuestion``).
    case fact(FactQuestion)
    /// What someone took part in after or before one of their events (see ``SequenceQuestion``).
    case sequence(SequenceQuestion)
    /// A wh-question in no form above, read loosely: what kind of answer it expects, the names
    /// it gives, and its content words ("where was X flown from" → a place; X; "flown").
    case loose(LooseQuestion)
}

/// The kind of answer a loosely read question expects, from its question word.
enum LooseExpectation: Sendable, Equatable {
    /// "who", "whom", "whose": a person or an organisation.
    case agent
    /// "where": a place.
    case place
    /// "when": a time.
    case time
    /// "which court", "what groups", "how many suspects": whatever its name or kind fits the noun.
    case head(String)
    /// "what" alone: any participant.
    case thing
}

/// A question read loosely (see ``Question/loose(_:)``).
struct LooseQuestion: Sendable, Equatable {
    /// The question word as typed ("where", "which court").
    var questionWord: String
    /// What the answer must be.
    var expected: LooseExpectation
    /// Names the question gives: capitalised or quoted spans, as typed.
    var names: [String]
    /// The other content words, lowercase, in question order ("flown", "defendants").
    var words: [String]
    /// A preposition left at the end ("flown from", "sent to"): answers it introduces in a
    /// sentence are preferred.
    var preposition: String? = nil
    /// Whether the question had a strict reading, without answer, before this one: then every
    /// name must be known.
    var retried = false
    /// Whether the strict reading found the event asked about, without the participant asked
    /// for: then no name a sentence merely holds answers "who".
    var eventFound = false
}
