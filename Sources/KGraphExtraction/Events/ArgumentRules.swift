import KGraphModel
import KGraphVocabulary

/// Where an argument is read from in the clause layer.
enum Slot: Sendable, Hashable {
    /// The clause's subject.
    case subject
    /// The clause's object.
    case object
    /// The passive by-agent.
    case byAgent
    /// The complement of the copula that follows: "Among the eight arrested were X and Y".
    case copulaComplement
    /// A prepositional phrase right after the trigger (a noun) or in the clause after the verb.
    case prep(Set<String>)
    /// The possessor of a noun trigger: "his arrest", "Velo's raid".
    case possessor
    /// A name or an agency word before a noun trigger: "a police raid", "the FBI raid".
    case modifier
    /// The doer of the clause a noun trigger stands in: its subject (active) or by-agent (passive):
    /// "police took X into custody", "a raid was carried out by customs officers".
    case governorAgent
    /// The undergoer of the clause a noun trigger stands in: its object (active) or subject
    /// (passive, copula): "police took X into custody", "X was placed under arrest".
    case governorPatient
    /// The subject of the clause a noun trigger is the object of: "X received a sentence of 5 years".
    case governorSubject
    /// The subject of "X were the targets of a raid", "X was the victim of a kidnapping".
    case targetsOf
}

/// An argument rule: for trigger sites that match, where the agent and the patient are read (the
/// first slot that yields a participant wins). Rules are tried in order; the first that matches
/// gives the arguments. Each carries a sentence of our own and the event it must yield there.
struct ArgumentRule: Sendable {
    /// What the rule says.
    let name: String
    /// A sentence of our own.
    let example: String
    /// The event the example must yield, as ``EventStages/describe(_:in:)`` writes it.
    let expected: String
    /// Whether the rule applies to a site.
    let matches: @Sendable (TriggerContext) -> Bool
    /// Where the agent is read, in order.
    let agent: [Slot]
    /// Where the patient is read, in order.
    let patient: [Slot]
}

extension ArgumentRule {
    /// Types whose possessor undergoes the event ("his arrest", "her release").
    static let possessorUndergoes: Set<EventType> = [.arrest, .release, .trial, .extradition, .sentence, .conviction, .kidnapping,
                                                     .killing, .questioning, .pardon, .charge, .appeal, .attack]
    /// Nouns that, with a copula, make their subject the patient of an "of" event: "the targets of a raid".
    static let targetNouns = WordLists.targetNouns
    /// Prepositions of a noun trigger inside a clause: "under arrest", "into custody", "on trial".
    static let stateOfEvent: Set<String> = ["under", "into", "in", "on", "to", "for"]

    /// The rules, in the order they are tried.
    static let rules: [ArgumentRule] = [
        ArgumentRule(name: "escape: the one who fled", example: "Lina Ortega escaped from a prison in Marnak on Sunday.",
                     expected: "escape agent=[Lina Ortega] patient=[] place=[Marnak] time=Sunday",
                     matches: { $0.type == .escape && $0.verb?.voice == .active }, agent: [.subject], patient: []),
        ArgumentRule(name: "among those arrested were X", example: "Among the six detained were Dara Sok and Lina Ortega.",
                     expected: "arrest agent=[] patient=[Dara Sok, Lina Ortega]",
                     matches: { c in
                         guard let v = c.verb, v.isReducedRelative, let s = c.clause?.subject.first else { return false }
                         let np = c.parse.phrases[s]
                         return np.start > 0 && c.parse.tokens[np.start - 1].lower == "among"
                     }, agent: [.byAgent], patient: [.copulaComplement]),
        ArgumentRule(name: "an attack that killed: the attack's victims", example: "A bomb attack in Marnak killed 11 people on Friday.",
                     expected: "attack agent=[] patient=[11 people] place=[Marnak] time=Friday",
                     matches: { c in
                         guard c.type == .killing, c.verb?.voice == .active, let s = c.clause?.subject.first else { return false }
                         return c.parse.isEventNoun(c.parse.phrases[s].head) || ["blast", "explosion", "bomb", "violence", "fire", "strike", "clashes", "fighting"].contains(c.parse.tokens[c.parse.phrases[s].head].lower)
                     }, agent: [], patient: [.object]),
        ArgumentRule(name: "a plea: the one who pleaded", example: "Dara Sok pleaded guilty to fraud in May.",
                     expected: "plea agent=[] patient=[Dara Sok] time=May",
                     matches: { $0.type == .plea && $0.verb?.voice == .active }, agent: [], patient: [.subject]),
        ArgumentRule(name: "passive verb: by-agent and subject", example: "Dara Sok was arrested by the Velorian Bureau of Narcotics in Tiraz last week.",
                     expected: "arrest agent=[Velorian Bureau of Narcotics] patient=[Dara Sok] place=[Tiraz] time=last week",
                     matches: { $0.verb?.voice == .passive }, agent: [.byAgent], patient: [.subject]),
        ArgumentRule(name: "active verb: subject and object", example: "Velorian police arrested Dara Sok in Port Velo on Monday.",
                     expected: "arrest agent=[Velorian police] patient=[Dara Sok] place=[Port Velo] time=Monday",
                     matches: { $0.verb != nil }, agent: [.subject], patient: [.object]),
        ArgumentRule(name: "the targets of a raid", example: "Dara Sok and Lina Ortega were the targets of a police raid in Marnak.",
                     expected: "raid agent=[police] patient=[Dara Sok, Lina Ortega] place=[Marnak]",
                     matches: { c in
                         guard case .noun(let p) = c.site else { return false }
                         return c.parse.ofOwner(of: p).map { ArgumentRule.targetNouns.contains(c.parse.tokens[c.parse.phrases[$0].head].lower) } ?? false
                     }, agent: [.prep(["by"]), .modifier], patient: [.targetsOf]),
        ArgumentRule(name: "a state an event puts someone in: under arrest, into custody, on trial",
                     example: "Keo Danh was placed under arrest in Tiraz on Monday.",
                     expected: "arrest agent=[] patient=[Keo Danh] place=[Tiraz] time=Monday",
                     matches: { c in
                         guard case .noun(let p) = c.site, c.parse.phrases[p].start > 0 else { return false }
                         let before = c.parse.tokens[c.parse.phrases[p].start - 1].lower
                         return ArgumentRule.stateOfEvent.contains(before) && c.parse.phrases[p].start == c.k
                             && [.arrest, .trial, .questioning, .release].contains(c.type)
                     }, agent: [.governorAgent], patient: [.governorPatient]),
        ArgumentRule(name: "a sentence or charge one receives, faces or serves",
                     example: "Dara Sok received a sentence of 12 years. Keo Danh faces charges of fraud.",
                     expected: "sentence agent=[] patient=[Dara Sok]",
                     matches: { c in
                         guard case .noun(let p) = c.site else { return false }
                         return c.parse.clauseIndex.clauses(withObject: p).contains { ["receive", "get", "serve", "face", "draw"].contains(c.parse.verbLemma(c.parse.verbs[c.parse.clauses[$0].verb].main)) }
                     }, agent: [.prep(["by"])], patient: [.governorSubject]),
        ArgumentRule(name: "a light verb's event: carried out a raid, opened a trial",
                     example: "Customs officers carried out a raid on a warehouse in Port Velo.",
                     expected: "raid agent=[Customs officers] patient=[a warehouse] place=[Port Velo]",
                     matches: { c in
                         guard case .noun(let p) = c.site else { return false }
                         return c.parse.clauseIndex.clauses(withObject: p).contains { c.parse.tokens[c.parse.verbs[c.parse.clauses[$0].verb].main].info.is(.lightVerb) }
                     }, agent: [.governorAgent, .prep(["by"])], patient: [.prep(["of", "on", "against"]), .possessor]),
        ArgumentRule(name: "a noun with on or against: a raid on X, an investigation into Y", example: "The police raid on a farm in Tiraz found nothing.",
                     expected: "raid agent=[police] patient=[a farm] place=[Tiraz]",
                     matches: { $0.phrase != nil && [.raid, .attack, .investigation].contains($0.type) },
                     agent: [.prep(["by"]), .modifier, .possessor], patient: [.prep(["on", "against", "into", "of"]), .possessor]),
        ArgumentRule(name: "a noun with of, or a possessor", example: "The arrest of Dara Sok by customs officers surprised many.",
                     expected: "arrest agent=[customs officers] patient=[Dara Sok]",
                     matches: { $0.phrase != nil }, agent: [.prep(["by"]), .modifier, .possessor], patient: [.prep(["of"]), .possessor, .prep(["against"])]),
    ]
}
