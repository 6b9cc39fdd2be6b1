import KGraphModel

/// Where an event is told: a verb group or a noun phrase whose head is a trigger.
enum TriggerSite: Sendable, Hashable {
    /// A verb: the index of its verb group (and clause).
    case verb(Int)
    /// A noun: the index of its phrase.
    case noun(Int)
}

/// One participant of an event under construction: the participant, the phrase it came from, and
/// what still has to be resolved (a pronoun, a description).
struct Arg: Sendable, Hashable {
    /// The participant as it stands.
    var participant: Participant
    /// The phrase it came from, when it came from one.
    var phrase: Int?
    /// A pronoun to resolve ("he", "them"), lower case.
    var pronoun: String?

    /// Whether it names an entity.
    var isNamed: Bool { participant.entityID != nil }
}

/// An event under construction.
struct EventDraft: Sendable, Hashable {
    /// The type.
    var type: EventType
    /// Where it is told.
    var site: TriggerSite
    /// The trigger's tokens.
    var trigger: Range<Int>
    /// The sentence's index.
    var sentence: Int
    /// Who did it (or who spoke).
    var agents: [Arg] = []
    /// Who or what it was done to.
    var patients: [Arg] = []
    /// Where it happened.
    var places: [Arg] = []
    /// When, as written, and its tokens.
    var time: TimeExpression?
    /// What was said (statements).
    var content: String?
    /// Indices of the drafts this one was part of (an arrest in a raid).
    var partOf: [Int] = []
    /// The facts of the case it states (``CaseFactFinder``).
    var facts: [CaseFact] = []
    /// The rule that gave its arguments (for dumps and tests).
    var rule: String = ""
    /// Merged into another draft (the same event told twice): that draft's index.
    var mergedInto: Int?

    /// Whether it was told by a noun ("the arrest of X").
    var isNoun: Bool { if case .noun = site { return true } else { return false } }
    /// Whether any argument is set.
    var hasArguments: Bool { !agents.isEmpty || !patients.isEmpty || !places.isEmpty || time != nil || content != nil }
}

extension [EventDraft] {
    /// The indices of the drafts told in a range of sentences: drafts are in text order, so two
    /// binary searches find them, however long the article.
    func indices(inSentences sentences: ClosedRange<Int>) -> Range<Int> {
        partitionPoint { $0.sentence >= sentences.lowerBound }..<partitionPoint { $0.sentence > sentences.upperBound }
    }

    /// For each draft, the drafts that are part of it (``EventDraft/partOf``), in order.
    func parts() -> [Int: [Int]] {
        var out = [Int: [Int]]()
        for (k, d) in enumerated() { for r in d.partOf { out[r, default: []].append(k) } }
        return out
    }
}

extension [Arg] {
    /// The arguments less repeats of one participant (the same entity, or the same text in any
    /// case), the first kept. The lists are short: keys are compared in place, none is hashed.
    func withoutRepeats() -> [Arg] {
        guard count > 1 else { return self }
        var keys = [String]()
        return filter { a in
            let key = a.participant.entityID ?? "t:" + a.participant.text.lowercased()
            if keys.contains(key) { return false }
            keys.append(key)
            return true
        }
    }
}
