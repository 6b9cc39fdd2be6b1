import KGraphVocabulary

/// Tags every token of an article with a coarse part of speech (``Tag``).
///
/// Names come from the entity table, grammar words from the vocabulary's classes, content words
/// from WordNet's parts of speech. A word WordNet knows as both noun and verb ("raid", "charges"),
/// and a participle or gerund that may be an adjective or noun ("arrested", "bombing"), is settled
/// by the first of ``rules`` whose context matches: each rule is a record with the example it was
/// written for.
struct Tagger: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Tags the tokens of an article.
    /// - Parameters:
    ///   - analysis: the tokenized article.
    ///   - table: its entities (their tokens are names).
    /// - Returns: one tagged word per token.
    /// - Complexity: O(n) in the number of tokens.
    func tag(_ analysis: Analysis, table: EntityTable) -> [TaggedWord] {
        var out = [TaggedWord](repeating: TaggedWord(tag: .punctuation), count: analysis.tokens.count)
        for sentence in analysis.sentences {
            let body = sentence.body
            for k in sentence.tokens {
                out[k] = tagWord(k, body: body, end: sentence.tokens.upperBound, analysis: analysis, table: table, tagged: out).word
            }
        }
        return out
    }

    /// The tag of token `k`, with the name of the rule that settled it (nil when the word has only
    /// one reading).
    func tagWord(_ k: Int, body: Int, end: Int, analysis: Analysis, table: EntityTable, tagged: [TaggedWord]) -> (word: TaggedWord, rule: String?) {
        let t = analysis.tokens[k]
        switch t.kind {
        case .punct: return (TaggedWord(tag: .punctuation), nil)
        case .possessive: return (TaggedWord(tag: .possessive), nil)
        case .number: return (TaggedWord(tag: .number), nil)
        case .word: break
        }
        if table.entity(at: k) != nil { return (TaggedWord(tag: .name), nil) }
        // "UN-backed", "Penh-based": the participle after a name and a hyphen is an adjective
        if k > body, analysis.tokens[k - 1].kind == .punct, analysis.tokens[k - 1].lower == "-", !analysis.tokens[k - 1].spaceBefore, !t.spaceBefore {
            return (TaggedWord(tag: .adjective), nil)
        }
        // most words: lower case, no grammar word, one reading
        let info = t.info
        if !t.isCapitalized, !info.isTimeWord, !info.isAny(Tagger.grammarClasses), info.readings.count == 1, let only = info.readings.first {
            return (TaggedWord(tag: only, verbForm: only == .verb ? info.verbForm : nil), nil)
        }
        // grammar words whose class alone says their tag ("the", "of", "and", "was")
        if !info.isTimeWord, info.isAny(Tagger.grammarClasses), !info.is(.particle), t.lower != "no", !Tagger.contextWords.contains(t.lower) {
            if let tag = Tagger.classTag(info) ?? Tagger.plainTag(info) {
                return (TaggedWord(tag: tag), nil)
            }
        }
        let context = TagContext(k: k, body: body, end: end, tokens: analysis.tokens, tagged: tagged, table: table, lexicon: lexicon)
        if let grammar = grammarTag(context) { return (TaggedWord(tag: grammar), nil) }
        // a capitalised word inside a sentence that names nothing is part of a title or a name: "United States Attorney X"
        if t.isCapitalized, !context.isFirst, k > body, analysis.tokens[k - 1].kind != .punct || analysis.tokens[k - 1].lower == ",",
           !(analysis.tokens[k - 1].lower == "\u{201C}") {
            return (TaggedWord(tag: t.info.is(.titleModifier) && !t.info.isTitleHead ? .adjective : .noun), nil)
        }
        let readings = context.readings
        if readings.count == 1, let only = readings.first {
            return (TaggedWord(tag: only, verbForm: only == .verb ? context.verbForm : nil), nil)
        }
        // a rule gives only a reading the word has
        for rule in Tagger.rules where (rule.tag.map { readings.contains($0) } ?? true) && rule.applies(context) {
            var tag = rule.tag ?? commonest(context.token, readings: readings)
            if tag == .verb, !readings.contains(.verb) { tag = readings.first ?? .noun }
            return (TaggedWord(tag: tag, verbForm: tag == .verb ? context.verbForm : nil), rule.name)
        }
        return (TaggedWord(tag: .noun), nil)
    }

    /// The reading WordNet's tagged corpus gives a word most often, else its first reading.
    func commonest(_ t: Token, readings: Readings) -> Tag {
        let c = t.info.commonest
        if c == .verb, readings.contains(.verb) { return .verb }
        if c == .adjective, readings.contains(.adjective) { return .adjective }
        if c == .adverb, readings.contains(.adverb) { return .adverb }
        return readings.contains(.noun) ? .noun : readings.first ?? .noun
    }

    /// The word classes of grammar words.
    static let grammarClasses = WordClass.functionWords.union([.numberWord, .particle, .adverb])

    /// Grammar words whose tag depends on the words around them (a short list: comparing a few
    /// short strings is cheaper than hashing one).
    static let contextWords: [String] = ["to", "that", "her", "as", "like"]

    /// The tag a grammar word's class alone gives, before particles are considered: modal,
    /// auxiliary, negation, pronoun, relative, coordinator, determiner, number.
    static func classTag(_ info: TokenInfo) -> Tag? {
        if info.is(.modal) { return .modal }
        // "got" and "had" are verbs of their own only before a noun phrase; as auxiliaries they stay
        if info.isAny([.beForm, .haveForm, .doForm]) { return .auxiliary }
        if info.is(.negation) { return .negation }
        if info.is(.possessivePronoun) { return .possessivePronoun }
        if info.isAny([.subjectPronoun, .objectPronoun]) { return .pronoun }
        if info.is(.relative) { return .relative }
        if info.is(.coordinator) { return .coordinator }
        if info.is(.determiner) { return .determiner }
        if info.is(.numberWord) { return .number }
        return nil
    }

    /// The tag of a grammar word, or nil for a content word.
    func grammarTag(_ c: TagContext) -> Tag? {
        let t = c.token
        let info = t.info
        let lower = t.lower
        if info.isTimeWord, lower != "may" || t.isCapitalized { return .noun }
        // every grammar word is in one of these classes; content words leave at once
        guard info.isAny(Tagger.grammarClasses) else { return nil }
        switch lower {
        case "to": return c.nextCanBeVerbBase ? .to : .preposition
        case "that":
            // "said that", "the fact that": a clause follows; "the man that…": a relative; else "that case"
            if let p = c.previousTag, p == .verb || p == .noun && c.previousIsSayingNoun { return .subordinator }
            if c.previousTag == .noun || c.previousTag == .name, c.nextCanBeVerb { return .relative }
            return c.nextStartsNoun ? .determiner : .subordinator
        case "her": return c.nextStartsNoun ? .possessivePronoun : .pronoun
        case "as", "like": return c.nextStartsNoun ? .preposition : .subordinator
        case "no": return .determiner
        default: break
        }
        if let tag = Tagger.classTag(info) { return tag }
        // "rounded up", "carried out", "handed over": a particle after a verb; "in", "on", "off" before a phrase are prepositions
        if info.is(.particle), c.previousTag == .verb, !c.nextStartsNoun || ["up", "out", "down", "away", "back", "over"].contains(lower) { return .particle }
        return Tagger.plainTag(info)
    }

    /// The tag of a preposition, subordinator or adverb that is no particle here.
    static func plainTag(_ info: TokenInfo) -> Tag? {
        if info.is(.preposition) { return .preposition }
        if info.is(.subordinator) { return .subordinator }
        if info.is(.adverb) { return .adverb }
        return nil
    }
}
