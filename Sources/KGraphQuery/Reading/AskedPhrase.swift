import KGraphModel

/// What the question word of a question asks for: the gap of the clause the question is.
///
/// "who arrested Dara Sok" asks for the one who did it: the question becomes the statement
/// "⟨gap⟩ arrested Dara Sok", and the gap's role in it says what is wanted. "where was Dara Sok
/// arrested" asks for a place: it becomes "Dara Sok was arrested", and its place is wanted.
struct AskedPhrase: Sendable, Equatable {
    /// Where the gap stands in the statement, when there is one.
    enum Gap: Sendable, Equatable {
        /// No gap: a place or a time is asked ("where", "when").
        case none
        /// Where the question word stood: in front ("who arrested X"), after the verb ("who did
        /// police arrest"), or at the end after a stranded preposition ("who was X arrested by").
        case inPlace
        /// After a preposition at the end of the statement: "by whom was X arrested" → "X was
        /// arrested by ⟨gap⟩".
        case after(String)
    }

    /// How many words of the question it spans.
    var length: Int
    /// Where the gap goes.
    var gap: Gap
    /// What is wanted, when the question word fixes it ("where": a place); else the gap's role.
    var wanted: Wanted?
    /// A noun answers must fit ("which agency" → "agency"), if any.
    var head: String?
    /// Whether the answers are counted ("how many").
    var counts = false
    /// Whether a fact of the event is asked, not a participant ("how long was X sentenced for",
    /// "what sentence did X get").
    var fact = false
}

/// One way of asking, as data: the words that open a question, what they ask for, and example
/// questions (``QuestionReadingTests`` asks every example).
struct AskedForm: Sendable {
    /// The opening words; `"N"` stands for a noun phrase (one to four words) that becomes the head.
    var words: [String]
    /// Where the gap goes.
    var gap: AskedPhrase.Gap
    /// What is wanted, when the words fix it.
    var wanted: Wanted?
    /// Whether the answers are counted.
    var counts = false
    /// Whether a fact of the event is asked.
    var fact = false
    /// Questions of this form.
    var examples: [String]

    /// The forms, longest first within each opening word.
    static let all: [AskedForm] = [
        AskedForm(words: ["by", "whom"], gap: .after("by"), wanted: .agent, examples: ["by whom was Dara Sok detained"]),
        AskedForm(words: ["with", "whom"], gap: .after("with"), examples: ["with whom was Dara Sok arrested"]),
        AskedForm(words: ["on", "what", "date"], gap: .none, wanted: .time, examples: ["on what date was Dara Sok charged"]),
        AskedForm(words: ["on", "which", "date"], gap: .none, wanted: .time, examples: ["on which date was Dara Sok released"]),
        AskedForm(words: ["on", "what", "day"], gap: .none, wanted: .time, examples: ["on what day did police raid the hotel"]),
        AskedForm(words: ["in", "what", "year"], gap: .none, wanted: .time, examples: ["in what year was Dara Sok jailed"]),
        AskedForm(words: ["in", "which", "year"], gap: .none, wanted: .time, examples: ["in which year was Dara Sok jailed"]),
        AskedForm(words: ["in", "which", "month"], gap: .none, wanted: .time, examples: ["in which month was Dara Sok arrested"]),
        AskedForm(words: ["by", "which", "N"], gap: .after("by"), wanted: .agent, examples: ["by which agency was Dara Sok detained"]),
        AskedForm(words: ["in", "which", "N"], gap: .none, wanted: .place, examples: ["in which city was Dara Sok arrested"]),
        AskedForm(words: ["in", "what", "N"], gap: .none, wanted: .place, examples: ["in what town was Dara Sok detained"]),
        AskedForm(words: ["at", "which", "N"], gap: .none, wanted: .place, examples: ["at which port was the cargo seized"]),
        AskedForm(words: ["what", "day"], gap: .none, wanted: .time, examples: ["what day was Dara Sok arrested"]),
        AskedForm(words: ["what", "date"], gap: .none, wanted: .time, examples: ["what date was Dara Sok freed"]),
        AskedForm(words: ["what", "year"], gap: .none, wanted: .time, examples: ["what year was Dara Sok sentenced"]),
        AskedForm(words: ["how", "long"], gap: .none, fact: true, examples: ["how long was Dara Sok sentenced to", "how long was Dara Sok jailed for"]),
        AskedForm(words: ["how", "much"], gap: .none, fact: true, examples: ["how much was Dara Sok fined"]),
        AskedForm(words: ["how", "many", "N"], gap: .inPlace, counts: true, examples: ["how many people were arrested", "how many suspects did police detain"]),
        AskedForm(words: ["which", "N"], gap: .inPlace, examples: ["which agency took Dara Sok into custody", "which officials were detained"]),
        AskedForm(words: ["what", "N"], gap: .inPlace, examples: ["what drugs were seized", "what court tried Dara Sok"]),
        AskedForm(words: ["who"], gap: .inPlace, examples: ["who arrested Dara Sok", "who was Dara Sok arrested by", "who did police detain"]),
        AskedForm(words: ["whom"], gap: .inPlace, examples: ["whom did the police arrest"]),
        AskedForm(words: ["what"], gap: .inPlace, examples: ["what was seized", "what did police confiscate in the raid"]),
        AskedForm(words: ["where"], gap: .none, wanted: .place, examples: ["where was Dara Sok arrested", "where did police detain Dara Sok"]),
        AskedForm(words: ["when"], gap: .none, wanted: .time, examples: ["when was Dara Sok charged", "when did police arrest Dara Sok"]),
    ]
}

extension AskedForm {
    /// Words that open a list request: "list everyone arrested in October", "name the people
    /// who were detained".
    static let listOpeners: Set<String> = ["list", "name", "show", "give", "identify", "find", "tell"]
    /// Questions that name a scope for their answers, or ask for a list.
    static let scopeExamples = ["who was arrested with Dara Sok", "list everyone arrested in October",
                                "what was seized in the customs raid", "who was detained in Port Velo"]
    /// Words of a list request that stand for "everyone" rather than a head noun.
    static let everyoneWords: Set<String> = ["me", "us", "all", "the", "everyone", "anyone", "those", "everybody", "anybody",
                                             "people", "persons", "individuals", "every", "each", "of", "who", "that", "whoever"]
}
