import KGraphModel
import KGraphVocabulary

/// The clause layer of an article: tags, noun phrases, verb groups and one clause per verb group,
/// with the appositions and coordinations between phrases. Roles, events and statements read it
/// instead of scanning tokens.
struct Parse: Sendable {
    /// The tokenized article.
    let analysis: Analysis
    /// The word lists.
    let lexicon: Lexicon
    /// Its entities.
    let table: EntityTable
    /// Each token's tag.
    let tags: [TaggedWord]
    /// Noun phrases and verb groups.
    var chunks: Chunker.Chunks
    /// One clause per verb group, at the same index.
    var clauses: [Clause] = []
    /// The time expressions of each sentence.
    let times: [[TimeExpression]]
    /// Where the clauses of a sentence, a subject or an object are (set with ``clauses``).
    var clauseIndex = ClauseIndex()

    /// The article's tokens.
    var tokens: [Token] { analysis.tokens }
    /// The noun phrases.
    var phrases: [NounPhrase] { chunks.phrases }
    /// The verb groups.
    var verbs: [VerbGroup] { chunks.verbs }

    /// The phrase a token belongs to, if any.
    func phrase(at k: Int) -> Int? {
        guard k >= 0, k < chunks.phraseAt.count else { return nil }
        let p = chunks.phraseAt[k]
        return p >= 0 ? p : nil
    }
    /// The phrase that ends right before token `k` (exclusive), if any.
    func phrase(endingBefore k: Int) -> Int? {
        guard let p = phrase(at: k - 1), phrases[p].end == k else { return nil }
        return p
    }
    /// The phrase whose "of" complement phrase `p` is ("kilograms | of heroin" for "heroin"), if
    /// any: the phrase that ends right before the "of" before it.
    func ofOwner(of p: Int) -> Int? {
        let s = phrases[p].start
        guard s >= 2, let o = phrase(endingBefore: s - 1), phrases[o].ofPhrase == p else { return nil }
        return o
    }
    /// The phrase that starts at token `k`, if any.
    func phrase(startingAt k: Int) -> Int? {
        guard let p = phrase(at: k), phrases[p].start == k else { return nil }
        return p
    }
    /// The verb group a token belongs to, if any.
    func verb(at k: Int) -> Int? {
        guard k >= 0, k < chunks.verbAt.count else { return nil }
        let v = chunks.verbAt[k]
        return v >= 0 ? v : nil
    }
    /// The tag of token `k`.
    func tag(_ k: Int) -> Tag { tags[k].tag }
    /// The sentence of token `k`.
    func sentence(of k: Int) -> Sentence { analysis.sentences[tokens[k].sentence] }
    /// The verb lemma of token `k` ("netted" → "net"; a lemma is its own).
    func verbLemma(_ k: Int) -> String { tokens[k].verbLemma ?? tokens[k].lower }
    /// The first token of token `k`'s sentence after any dateline.
    func bodyStart(of k: Int) -> Int {
        sentence(of: k).body
    }

    /// The type of the entity a phrase's head names, if any.
    func entityType(of p: Int) -> EntityType? { phrases[p].entity.map { table.entities[$0].type } }
    /// Whether a phrase names a person.
    func isPerson(_ p: Int) -> Bool { entityType(of: p) == .person }

    /// Whether a phrase describes someone rather than naming them: a common noun phrase whose head
    /// is a person noun or a title ("a police officer", "two accomplices", "the suspects").
    func isDescription(_ p: Int) -> Bool {
        let np = phrases[p]
        guard np.entity == nil, !np.isPronoun else { return false }
        let h = tokens[np.head]
        return h.info.isAny([.personNoun, .titleHead, .memberNoun]) || singularIsPersonWord(h.lower) || lexicon.vocabulary.isKindOfPerson(h.lower)
    }

    /// Whether a plural noun's singular is a person noun or title ("supervisors", "activists").
    func singularIsPersonWord(_ lower: String) -> Bool {
        guard lower.hasSuffix("s"), lower.count > 3 else { return false }
        let v = lexicon.vocabulary
        let singular = lower.hasSuffix("ies") ? String(lower.dropLast(3)) + "y" : String(lower.dropLast())
        return v.word(singular, is: .titleHead) || v.word(singular, is: .personNoun)
    }

    /// The text of a token range.
    func text(_ range: Range<Int>) -> String { analysis.text(tokens: range) }
}
