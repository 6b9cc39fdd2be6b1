import KGraphVocabulary

/// Groups tagged tokens into noun phrases and verb groups.
///
/// A noun phrase is a determiner or possessive, modifiers and a head ("the Velorian police",
/// "Velo's deputy police chief Dara Sok"); a time expression stands outside phrases unless a
/// determiner opens it ("the April 6 raid"). A verb group is auxiliaries, negation and adverbs,
/// then the main verb and a particle; its voice is passive after a be-form, or when a participle
/// follows a noun phrase with no auxiliary and no object ("30 people arrested in 2020").
struct Chunker: Sendable {
    /// Noun phrases and verb groups of an article, with the phrase and group of each token.
    struct Chunks: Sendable {
        var phrases: [NounPhrase] = []
        var verbs: [VerbGroup] = []
        /// For each token, the index of its noun phrase, or -1.
        var phraseAt: [Int]
        /// For each token, the index of its verb group, or -1.
        var verbAt: [Int]
    }

    /// Chunks an article.
    /// - Parameters:
    ///   - analysis: the tokenized article.
    ///   - tags: the tags of its tokens.
    ///   - table: its entities.
    ///   - times: the time expressions of each sentence.
    /// - Returns: phrases and verb groups in text order.
    /// - Complexity: O(n) in the number of tokens.
    func chunk(_ analysis: Analysis, tags: [TaggedWord], table: EntityTable, times: [[TimeExpression]]) -> Chunks {
        let tokens = analysis.tokens
        var chunks = Chunks(phraseAt: [Int](repeating: -1, count: tokens.count), verbAt: [Int](repeating: -1, count: tokens.count))
        var inTime = [Bool](repeating: false, count: tokens.count)
        for list in times { for te in list { for k in te.tokens { inTime[k] = true } } }
        for sentence in analysis.sentences {
            var k = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while k < end {
                if let np = phrase(at: k, end: end, tokens: tokens, tags: tags, table: table, inTime: inTime, sentence: sentence.index) {
                    for i in np.range { chunks.phraseAt[i] = chunks.phrases.count }
                    chunks.phrases.append(np)
                    k = np.end
                    continue
                }
                if let vg = verbGroup(at: k, end: end, tokens: tokens, tags: tags, phraseAt: chunks.phraseAt, sentence: sentence.index) {
                    for i in vg.range { chunks.verbAt[i] = chunks.verbs.count }
                    chunks.verbs.append(vg)
                    k = vg.range.upperBound
                    continue
                }
                k += 1
            }
        }
        linkOfPhrases(&chunks, tokens: tokens)
        markReducedRelatives(&chunks, tokens: tokens, tags: tags)
        return chunks
    }

    /// The noun phrase starting at token `k`, if one does; an amount may open with a quantifier
    /// ("at least 14 lawyers", "more than 300 grams", "about a dozen suspects").
    func phrase(at k: Int, end: Int, tokens: [Token], tags: [TaggedWord], table: EntityTable, inTime: [Bool], sentence: Int) -> NounPhrase? {
        let q = quantifierLength(at: k, end: end, tokens: tokens, tags: tags)
        if q > 0, var np = basePhrase(at: k + q, end: end, tokens: tokens, tags: tags, table: table, inTime: inTime, sentence: sentence) {
            np.range = k..<np.end
            return np
        }
        return basePhrase(at: k, end: end, tokens: tokens, tags: tags, table: table, inTime: inTime, sentence: sentence)
    }

    /// Two-word quantifiers before an amount.
    static let twoWordQuantifiers = [("at", "least"), ("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to"), ("at", "most")]

    /// The number of tokens of a quantifier before an amount at `k`: "at least", "more than", "up
    /// to", "about", "nearly"; 0 when there is none.
    func quantifierLength(at k: Int, end: Int, tokens: [Token], tags: [TaggedWord]) -> Int {
        func amountAt(_ i: Int) -> Bool {
            i < end && (tags[i].tag == .number || tokens[i].lower == "$" || tokens[i].lower == "a" && i + 1 < end && tags[i + 1].tag == .number)
        }
        let w = tokens[k].lower
        if amountAt(k + 2), Chunker.twoWordQuantifiers.contains(where: { $0.0 == w && $0.1 == tokens[k + 1].lower }) { return 2 }
        // "about 30", "nearly $2 million", "just 12": the quantifier word class
        if amountAt(k + 1), tokens[k].info.is(.quantifier) || w == "just" { return 1 }
        return 0
    }

    /// The noun phrase starting at token `k` without a quantifier.
    func basePhrase(at k: Int, end: Int, tokens: [Token], tags: [TaggedWord], table: EntityTable, inTime: [Bool], sentence: Int) -> NounPhrase? {
        let tag = tags[k].tag
        let t = tokens[k]
        if tag == .pronoun {
            return NounPhrase(range: k..<(k + 1), head: k, isPronoun: true, sentence: sentence)
        }
        let opensWithMoney = t.kind == .punct && ["$", "€", "£"].contains(t.lower) && k + 1 < end && tags[k + 1].tag == .number
        guard opensWithMoney || [.determiner, .possessivePronoun, .number, .adjective, .noun, .name].contains(tag) else { return nil }
        if inTime[k], tag != .determiner { return nil }
        var j = k + 1
        var head = tag.canHeadPhrase ? k : -1
        var possessive: Int?
        if opensWithMoney { j = k + 2; head = k + 1 }
        while j < end {
            let u = tags[j].tag
            if inTime[j] {
                // "the April 6 raid": a time between a determiner and a noun is a modifier
                var q = j
                while q < end, inTime[q] { q += 1 }
                if head < 0, q < end, tags[q].tag == .noun { j = q; continue }
                break
            }
            if u == .possessive, head >= 0 {
                // "X's deputy chief": the phrase goes on past the possessive only when a noun follows
                guard j + 1 < end, [.noun, .adjective, .name, .number].contains(tags[j + 1].tag) || tags[j + 1].tag == .determiner && false else { break }
                possessive = j; head = -1; j += 1; continue
            }
            // a name right after a complete common-noun phrase starts a new phrase ("the court Friday")
            if u == .name, head >= 0, tags[head].tag == .name, table.entity(at: j) != table.entity(at: head),
               !(tokens[j].kind == .word && tokens[j - 1].kind == .word && tokens[j - 1].info.isTitleWord) {
                if table.entity(at: j - 1) != nil { break }
            }
            // "two other suspects", "all three men", "the other men": quantifiers before the head
            let quantifier = u == .determiner && (head < 0 || tags[head].tag == .number) && !["the", "a", "an", "that", "this"].contains(tokens[j].lower)
            if u.isNominalModifier || (u == .determiner && possessive == j - 1) || quantifier {
                if u.canHeadPhrase { head = j }
                j += 1
                continue
            }
            // "federal and local agents", "armed, masked men": adjectives joined before the head
            if head < 0, u == .coordinator || tokens[j].lower == ",", j > k, tags[j - 1].tag == .adjective, j + 1 < end, tags[j + 1].tag == .adjective {
                j += 1
                continue
            }
            // "a UN-backed court": a hyphen that joins a name to the participle after it
            if tokens[j].lower == "-", !tokens[j].spaceBefore, j + 1 < end, !tokens[j + 1].spaceBefore, tags[j + 1].tag == .adjective {
                j += 1
                continue
            }
            if tokens[j].kind == .punct, ["$", "€", "£", "%"].contains(tokens[j].lower), j + 1 < end || tokens[j].lower == "%" {
                j += 1
                continue
            }
            break
        }
        // a determiner or quantity standing alone: "three were arrested", "those detained"
        if head < 0 {
            let last = j - 1
            guard tags[last].tag == .determiner || tags[last].tag == .number || tags[last].tag == .adjective && last > k && tags[k].tag == .determiner else { return nil }
            guard tags[last].tag != .determiner || ["all", "both", "those", "these", "some", "many", "several", "most", "each", "others", "another", "either", "neither"].contains(tokens[last].lower) else { return nil }
            head = last
        }
        if head < j - 1 {
            // trailing words that are not the head (a possessive with no noun after it)
            j = head + 1
        }
        return NounPhrase(range: k..<j, head: head, entity: table.entity(at: head), possessive: possessive, sentence: sentence)
    }

    /// The verb group starting at token `k`, if one does.
    func verbGroup(at k: Int, end: Int, tokens: [Token], tags: [TaggedWord], phraseAt: [Int], sentence: Int) -> VerbGroup? {
        let first = tags[k].tag
        guard [.auxiliary, .modal, .to, .verb, .negation].contains(first) else { return nil }
        var j = k
        var auxiliaries = [Int]()
        var negated = false, unreal = false, infinitive = false
        while j < end {
            let u = tags[j].tag
            if u == .auxiliary { auxiliaries.append(j); j += 1; continue }
            if u == .modal { unreal = true; j += 1; continue }
            if u == .negation { negated = true; j += 1; continue }
            if u == .to, j == k || tags[j - 1].tag == .negation { infinitive = true; unreal = true; j += 1; continue }
            if u == .adverb, j > k { j += 1; continue }
            // "were each sentenced", "have all been released": a floating quantifier
            if u == .determiner, j > k, ["each", "all", "both"].contains(tokens[j].lower), j + 1 < end,
               [.verb, .auxiliary, .adverb].contains(tags[j + 1].tag) { j += 1; continue }
            break
        }
        var main = -1
        if j < end, tags[j].tag == .verb { main = j; j += 1 }
        if main < 0 {
            // a be-form with no verb after it is the main verb: "X is a journalist", "X was in custody"
            guard let last = auxiliaries.last else { return nil }
            let isBe = tokens[last].info.is(.beForm)
            j = last + 1
            var vg = VerbGroup(range: k..<j, main: last, form: .base, sentence: sentence)
            vg.isCopula = isBe
            vg.isNegated = negated
            vg.isUnreal = unreal
            return vg
        }
        var vg = VerbGroup(range: k..<j, main: main, form: tags[main].verbForm ?? .base, sentence: sentence)
        if j < end, tags[j].tag == .particle { vg.particle = j; j += 1; vg.range = k..<j }
        vg.isNegated = negated
        vg.isUnreal = unreal
        vg.isInfinitive = infinitive
        let passiveAux = auxiliaries.contains { tokens[$0].info.is(.beForm) && !["being"].contains(tokens[$0].lower) || ["been", "being"].contains(tokens[$0].lower) }
        // "were set free", "was let go": after a be-form, a base form is a participle like it.
        if passiveAux, vg.form.canBeParticiple || (vg.form == .base && !infinitive && tokens[main].info.verbForm == .base) { vg.voice = .passive }
        if vg.form == .gerund, auxiliaries.isEmpty, k > 0, tags[k - 1].tag == .preposition || tags[k - 1].tag == .subordinator {
            vg.isGerundClause = true
        }
        return vg
    }

    /// Links each phrase followed by "of" and a phrase to that phrase ("kilograms of heroin").
    func linkOfPhrases(_ chunks: inout Chunks, tokens: [Token]) {
        for i in chunks.phrases.indices {
            let e = chunks.phrases[i].end
            guard e + 1 < tokens.count, tokens[e].lower == "of", chunks.phraseAt[e + 1] >= 0,
                  chunks.phrases[chunks.phraseAt[e + 1]].start == e + 1, !chunks.phrases[i].isPronoun else { continue }
            chunks.phrases[i].ofPhrase = chunks.phraseAt[e + 1]
        }
    }

    /// Marks participles right after a noun phrase, with no auxiliary and no object, as passive
    /// reduced relatives: "30 people arrested in 2020", "the men detained in May were released",
    /// "those arrested". A participle is the clause's own verb instead ("the man fled to X") when
    /// its phrase stands free (not after a preposition) and no finite verb follows in the sentence.
    func markReducedRelatives(_ chunks: inout Chunks, tokens: [Token], tags: [TaggedWord]) {
        for v in chunks.verbs.indices {
            let vg = chunks.verbs[v]
            // "The indictment, unsealed on Wednesday, names…": a participle set off by commas after a phrase
            if vg.main == vg.range.lowerBound, vg.form.canBeParticiple, vg.main > 1, tokens[vg.main - 1].isPunct(","),
               chunks.phraseAt[vg.main - 2] >= 0, chunks.phrases[chunks.phraseAt[vg.main - 2]].end == vg.main - 1,
               tokens[vg.main].info.trigger?.type != .statement,
               let close = (vg.range.upperBound..<min(tokens.count, vg.range.upperBound + 8)).first(where: { tokens[$0].kind == .punct && tokens[$0].lower != "$" }),
               tokens[close].isPunct(","), !(vg.range.upperBound..<close).contains(where: { chunks.verbAt[$0] >= 0 }) {
                let next = vg.range.upperBound
                let hasObject = next < close && chunks.phraseAt[next] >= 0 && !tokens[next].info.isTimeWord
                if !hasObject { chunks.verbs[v].isReducedRelative = true; chunks.verbs[v].voice = .passive; continue }
            }
            guard vg.main == vg.range.lowerBound, vg.form.canBeParticiple, vg.main > 0,
                  tokens[vg.main].info.trigger?.type != .statement,
                  chunks.phraseAt[vg.main - 1] >= 0, tokens[vg.main - 1].sentence == tokens[vg.main].sentence else { continue }
            let np = chunks.phrases[chunks.phraseAt[vg.main - 1]]
            guard !np.isPronoun else { continue }
            let next = vg.range.upperBound
            let hasObject = next < tokens.count && tokens[next].sentence == vg.sentence
                && (chunks.phraseAt[next] >= 0 || tags[next].tag == .pronoun || tokens[next].lower == "$")
            // "a civilian named X", "a group known as Y": a participle that names
            let naming = WordLists.namingParticiples.contains(tokens[vg.main].lower) && !np.isPronoun
            if naming { chunks.verbs[v].isReducedRelative = true; chunks.verbs[v].voice = .passive; continue }
            if hasObject, vg.form != .participle { continue }
            let inPrepPhrase = np.start > 0 && tags[np.start - 1].tag == .preposition
            let standsAlone = tags[np.head].tag == .determiner
            let laterFinite = chunks.verbs[(v + 1)...].prefix { $0.sentence == vg.sentence }.contains { w in
                !w.isInfinitive && !w.isGerundClause && (w.range.lowerBound < w.main || w.form != .gerund)
                    && !(w.range.lowerBound > 0 && [Tag.coordinator, .relative, .subordinator].contains(tags[w.range.lowerBound - 1].tag))
            }
            if inPrepPhrase || standsAlone || laterFinite {
                chunks.verbs[v].isReducedRelative = true
                chunks.verbs[v].voice = .passive
            }
        }
    }
}
