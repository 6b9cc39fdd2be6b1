import KGraphModel

/// A cue that states a case fact: the words that introduce it, how its value is read, and the
/// events it belongs to. Each cue carries sentences of its own that show it.
struct FactCue: Sendable {
    /// How the value after the cue is read.
    enum Reader: Sendable {
        /// Offences after the cue ("charged with fraud and bribery").
        case offences
        /// The offence written before the cue word ("murder charges").
        case offenceBefore
        /// An amount of money after the cue ("fined $2,000").
        case money
        /// An amount of money, then one of these words ("released on $10,000 bail").
        case moneyThen(Set<String>)
        /// The cue's own words are the fact ("on bail", "pleaded not guilty"), as this text.
        case fixed(String)
    }

    /// The cue's words, one set of alternatives per position; a word matches a token's lower-case
    /// form or its verb lemma ("charge" matches "charged").
    var words: [Set<String>]
    /// What kind of fact it states.
    var kind: CaseFactKind
    /// How the value is read.
    var reader: Reader
    /// The event types it belongs to, preferred first; empty: any event of the sentence.
    var events: [EventType]
    /// Sentences that show it.
    var examples: [String]
    /// The part of speech its first word must have: a verb ("charged ... with"), whose object may
    /// stand between it and the cue's next word ("charged Lena Vard with"); a noun ("murder
    /// charges"); or either.
    var first: First = .any

    /// The part of speech of a cue's first word.
    enum First: Sendable { case verb, noun, any }

    /// Events that can have charges.
    static let charged: [EventType] = [.charge, .arrest, .conviction, .sentence, .trial, .extradition, .plea, .investigation]
    /// Events that follow a verdict.
    static let verdict: [EventType] = [.sentence, .conviction, .trial, .appeal, .plea]

    /// Every cue; at a token the longest match wins.
    static let all: [FactCue] = [
        FactCue(words: [["charge", "indict"], ["with"]], kind: .charge, reader: .offences, events: charged,
                examples: ["Prosecutors charged Lena Vard with fraud and bribery."], first: .verb),
        FactCue(words: [["on", "for"], ["charges", "charge", "counts", "allegations", "suspicion", "accusations"], ["of", "including"]],
                kind: .charge, reader: .offences, events: charged,
                examples: ["Police detained the clerk on suspicion of spying.", "Lina Ortega was arrested on charges of smuggling gold."]),
        FactCue(words: [["on", "of", "for"], ["a", "the", "one", "two", "three", "four", "five", "several", "multiple"], ["charge", "count", "counts", "charges"], ["of"]],
                kind: .charge, reader: .offences, events: charged, examples: ["Dara Sok was indicted on one count of wire fraud."]),
        FactCue(words: [["convict", "convicted"], ["of", "on"]], kind: .charge, reader: .offences, events: verdict + [.charge],
                examples: ["A jury convicted Lars Ebbe of arson."], first: .verb),
        FactCue(words: [["guilty"], ["of", "on"]], kind: .charge, reader: .offences, events: verdict + [.charge],
                examples: ["The court found Mira Tolk guilty of embezzlement."]),
        FactCue(words: [["plead", "pleaded", "pled"], ["guilty"], ["to"]], kind: .charge, reader: .offences, events: [.plea] + verdict,
                examples: ["Oren Blay pleaded guilty to tax evasion."]),
        FactCue(words: [["accuse", "accused"], ["of", "in"]], kind: .charge, reader: .offences, events: charged,
                examples: ["The guard, accused of taking bribes, was arrested on Monday."], first: .verb),
        FactCue(words: [["suspect", "suspected"], ["of", "in"]], kind: .charge, reader: .offences, events: charged,
                examples: ["Police arrested a man suspected of arson."]),
        FactCue(words: [["wanted"], ["on"], ["charges", "charge"], ["of", "including"]], kind: .charge, reader: .offences, events: charged,
                examples: ["The banker, wanted on charges of fraud, was detained at the border."]),
        FactCue(words: [["on", "with", "face", "faces", "facing", "faced"], ["charges", "counts"], ["that", "which"], ["include", "included", "includes"]],
                kind: .charge, reader: .offences, events: charged,
                examples: ["Tomas Vath was arrested on charges that include fraud and extortion."]),
        FactCue(words: [["wanted"], ["on"], ["charges"], ["that", "which"], ["include", "included", "includes"]], kind: .charge, reader: .offences,
                events: charged, examples: ["Lina Ortega, wanted on charges that include bribery, was arrested in Marnak."]),
        FactCue(words: [["wanted"], ["for", "in", "over"]], kind: .charge, reader: .offences, events: charged,
                examples: ["Tomas Vath, wanted for smuggling, was extradited to Veloria."]),
        FactCue(words: [["charge", "indict", "arrest"], ["in", "over"], ["connection"], ["with"]], kind: .charge, reader: .offences, events: charged,
                examples: ["Two guards were arrested in connection with the escape."], first: .verb),
        FactCue(words: [["charge", "indict"], ["in", "over"]], kind: .charge, reader: .offences, events: charged,
                examples: ["A driver was charged in the death of a cyclist."], first: .verb),
        FactCue(words: [["arrest", "detain", "jail", "extradite", "hold", "indict", "prosecute", "try", "convict", "sentence", "fine", "charge"], ["for"]],
                kind: .charge, reader: .offences, events: charged, examples: ["Police arrested the mayor for drunk driving.", "Dara Sok was charged by the tribunal for war crimes and torture."], first: .verb),
        FactCue(words: [["charges", "charge"]], kind: .charge, reader: .offenceBefore, events: charged,
                examples: ["The pilot faces smuggling charges.", "Police detained Dara Sok on weapons smuggling charges in Port Velo."], first: .noun),
        FactCue(words: [["fine", "fined", "fines"], ["of"]], kind: .fine, reader: .money, events: [.sentence, .conviction],
                examples: ["Keo Rin was sentenced to a fine of $3,000."]),
        FactCue(words: [["fine", "fined"]], kind: .fine, reader: .money, events: [.sentence, .conviction],
                examples: ["The company was fined $2 million."], first: .verb),
        FactCue(words: [["bail", "bond"], ["of", "at"]], kind: .bail, reader: .money, events: [.release, .arrest, .trial],
                examples: ["Lina Ortega was released after a judge set bail at $50,000."]),
        FactCue(words: [["bail", "bond"], ["set"], ["at"]], kind: .bail, reader: .money, events: [.release, .arrest, .trial],
                examples: ["Lina Ortega was freed, with bail set at $9,000."]),
        FactCue(words: [["on", "posted", "post", "posting"]], kind: .bail, reader: .moneyThen(["bail", "bond"]), events: [.release, .arrest],
                examples: ["Dara Sok was released on $10,000 bail."]),
        FactCue(words: [["on"], ["bail", "bond"], ["of"]], kind: .bail, reader: .money, events: [.release, .arrest, .trial],
                examples: ["Vard was released on bail of $5,000."]),
        FactCue(words: [["on"], ["bail", "parole", "probation"]], kind: .bail, reader: .fixed(""), events: [.release, .arrest, .trial],
                examples: ["The activist was released on bail."]),
        FactCue(words: [["on"], ["medical", "conditional"], ["parole", "release", "bail"]], kind: .bail, reader: .fixed(""), events: [.release],
                examples: ["The writer was freed on medical parole."]),
        FactCue(words: [["under"], ["house"], ["arrest"]], kind: .bail, reader: .fixed(""), events: [.release, .arrest],
                examples: ["The monk was released and placed under house arrest."]),
        FactCue(words: [["deny", "denied", "refuse", "refused"], ["bail"]], kind: .bail, reader: .fixed("bail denied"), events: [.release, .arrest, .trial],
                examples: ["Dara Sok was arrested on Monday and denied bail."]),
        FactCue(words: [["plead", "pleaded", "pled"], ["not"], ["guilty"]], kind: .outcome, reader: .fixed("not guilty"), events: [.plea, .trial],
                examples: ["Both men pleaded not guilty."]),
        FactCue(words: [["plead", "pleaded", "pled"], ["guilty"]], kind: .outcome, reader: .fixed("guilty"), events: [.plea, .sentence, .conviction],
                examples: ["Oren Blay pleaded guilty to tax evasion."]),
        FactCue(words: [["found", "find"], ["not"], ["guilty"]], kind: .outcome, reader: .fixed("not guilty"), events: verdict,
                examples: ["The jury found Lina Ortega not guilty at the end of her trial."], first: .verb),
        FactCue(words: [["found", "find"], ["guilty"]], kind: .outcome, reader: .fixed("guilty"), events: verdict,
                examples: ["The court found Mira Tolk guilty of embezzlement."], first: .verb),
        FactCue(words: [["acquit", "acquitted"]], kind: .outcome, reader: .fixed("acquitted"), events: [.trial, .appeal, .sentence],
                examples: ["A court in Port Velo acquitted Dara Sok after his trial."]),
        FactCue(words: [["drop", "dropped", "dismiss", "dismissed", "withdraw", "withdrew"], ["the", "all"], ["charges", "charge"]], kind: .outcome,
                reader: .fixed("charges dropped"), events: [.release, .charge],
                examples: ["Prosecutors dropped the charges and released him."]),
        FactCue(words: [["charges", "charge"], ["were", "was", "have", "had", "been"], ["dropped", "dismissed", "withdrawn"]], kind: .outcome,
                reader: .fixed("charges dropped"), events: [.release, .charge], examples: ["Lina Ortega was charged with fraud, but the charges were dropped in May."]),
        FactCue(words: [["reject", "rejected", "dismiss", "dismissed", "uphold", "upheld", "overturn", "overturned", "deny", "denied", "quash", "quashed"]],
                kind: .outcome, reader: .fixed(""), events: [.appeal], examples: ["The appeals court rejected an appeal by Lina Ortega."]),
    ]
}
