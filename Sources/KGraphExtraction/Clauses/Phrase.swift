import KGraphVocabulary

/// A noun phrase: "the Velorian police", "two accomplices", "Dara Sok", "he", "1.7 kilograms".
struct NounPhrase: Sendable, Hashable {
    /// Its tokens, determiner to head.
    var range: Range<Int>
    /// The head token: the last noun, name or number.
    var head: Int
    /// The entity the head names, if the head is a name.
    var entity: Int?
    /// The token of a possessive inside ("Velo's deputy police chief"), if any.
    var possessive: Int?
    /// The noun phrase of an "of" complement right after it ("kilograms | of heroin"), if any.
    var ofPhrase: Int?
    /// Whether the phrase is a personal pronoun ("he", "them").
    var isPronoun = false
    /// The sentence's index.
    var sentence: Int

    /// The first token.
    var start: Int { range.lowerBound }
    /// The first token past the phrase.
    var end: Int { range.upperBound }
}

/// A verb group: auxiliaries, negation and adverbs, then the main verb (and a particle).
struct VerbGroup: Sendable, Hashable {
    /// Active or passive.
    enum Voice: UInt8, Sendable { case active, passive }
    /// Its tokens.
    var range: Range<Int>
    /// The main verb's token (a be-form for a copula: "X is a journalist").
    var main: Int
    /// The main verb's form.
    var form: VerbForm
    /// Active or passive ("was arrested", "people arrested in 2019").
    var voice: Voice = .active
    /// "not", "never", "n't" in the group.
    var isNegated = false
    /// A modal ("will", "could") or "to" before the verb: not (yet) real.
    var isUnreal = false
    /// "to arrest".
    var isInfinitive = false
    /// A participle right after a noun phrase with no auxiliary: "the men arrested in May".
    var isReducedRelative = false
    /// A be-form with no verb after it: "X is a journalist".
    var isCopula = false
    /// A gerund after a preposition: "after finding heroin".
    var isGerundClause = false
    /// The particle after the verb ("rounded up"), if any.
    var particle: Int?
    /// The sentence's index.
    var sentence: Int
}

/// A clause: one verb group with its subject, object, by-agent and prepositional phrases.
struct Clause: Sendable, Hashable {
    /// The verb group's index in ``SentenceParse/verbs``.
    var verb: Int
    /// The subject's phrases (coordinated: "X and Y"), first the head phrase.
    var subject: [Int] = []
    /// The subject comes from an earlier verb this one is coordinated with ("arrested X and seized Y").
    var sharesSubject = false
    /// The subject is the noun a relative pronoun or a reduced relative hangs on ("X, who was arrested").
    var subjectIsAntecedent = false
    /// The object's phrases.
    var object: [Int] = []
    /// The by-agent's phrases (passive).
    var byAgent: [Int] = []
    /// Prepositional phrases after the verb: the preposition's token and its phrase.
    var preps: [PrepPhrase] = []
    /// The clause's tokens: from its subject (or its verb) to the next clause's start.
    var span: Range<Int>
}

/// A preposition and its noun phrase: "in | Port Velo".
struct PrepPhrase: Sendable, Hashable {
    /// The preposition's token.
    var prep: Int
    /// The phrase's index.
    var phrase: Int
}
