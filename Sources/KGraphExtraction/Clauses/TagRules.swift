import KGraphVocabulary

/// What a tagging rule sees of a word: the word, the tags already given to the words before it,
/// and the readings of the words after it.
struct TagContext {
    /// The token's index.
    let k: Int
    /// The first token of the sentence after any dateline.
    let body: Int
    /// The first token past the sentence.
    let end: Int
    /// The article's tokens.
    let tokens: [Token]
    /// The tags given so far (those before `k` are final).
    let tagged: [TaggedWord]
    /// The article's entities.
    let table: EntityTable
    /// The word lists.
    let lexicon: Lexicon

    /// The token.
    var token: Token { tokens[k] }
    /// The tag of the word before, skipping adverbs; nil at the sentence start.
    var previousTag: Tag? {
        var p = k - 1
        // past adverbs, and a floating quantifier after an auxiliary ("were each sentenced")
        while p >= body, tagged[p].tag == .adverb || ["each", "all", "both"].contains(tokens[p].lower) && p - 1 >= body && tagged[p - 1].tag == .auxiliary { p -= 1 }
        return p >= body ? tagged[p].tag : nil
    }
    /// The tag of the word right before, adverbs included; nil at the sentence start.
    var adjacentTag: Tag? { k - 1 >= body ? tagged[k - 1].tag : nil }
    /// The previous word, lower case, skipping adverbs.
    var previousWord: String? {
        var p = k - 1
        while p >= body, tagged[p].tag == .adverb { p -= 1 }
        return p >= body ? tokens[p].lower : nil
    }
    /// Whether the word opens its sentence.
    var isFirst: Bool { k == body || (k - 1 >= body && tokens[(body..<k)].allSatisfy { $0.kind == .punct }) }

    /// The parts of speech the word may have here.
    var readings: Readings { token.info.readings }

    /// The readings of a word (worked out once per word, see ``TokenInfo/readings``).
    static func readings(_ lower: String, info: TokenInfo) -> Readings {
        let pos = info.partsOfSpeech
        var out = [Tag]()
        if info.trigger?.isNoun == true || pos.contains(.noun) { out.append(.noun) }
        if info.trigger?.verbForm != nil || pos.contains(.verb) { out.append(.verb) }
        if pos.contains(.adjective) || info.is(.groupAdjective) || info.isDemonym { out.append(.adjective) }
        if pos.contains(.adverb), out.isEmpty || lower.hasSuffix("ly") { out.append(.adverb) }
        if out.isEmpty { out.append(info.is(.titleModifier) ? .adjective : .noun) }
        // a gerund can always be a noun ("the bombing", "drug trafficking"), a participle an adjective ("the arrested men")
        if !out.contains(.noun), out.contains(.verb), lower.hasSuffix("ing") || info.is(.nominalIng) { out.insert(.noun, at: 0) }
        if !out.contains(.adjective), out.contains(.verb), lower.hasSuffix("ed") || lower.hasSuffix("en") || lower.hasSuffix("ing") { out.append(.adjective) }
        return Readings(out)
    }

    /// The verb form of the word as a verb (worked out once per word, see ``TokenInfo/verbForm``).
    var verbForm: VerbForm { token.info.verbForm }

    /// The first token after `k` that is not an adverb.
    var nextIndex: Int? {
        var q = k + 1
        while q < end, tokens[q].kind == .word, tokens[q].info.is(.adverb), table.entity(at: q) == nil { q += 1 }
        return q < end ? q : nil
    }
    /// Whether the next word can start a noun phrase: a determiner, a name, a number, a possessive
    /// pronoun, an adjective or a noun.
    var nextStartsNoun: Bool {
        guard let q = nextIndex else { return false }
        let n = tokens[q]
        if table.entity(at: q) != nil || n.kind == .number || n.lower == "$" { return true }
        guard n.kind == .word else { return false }
        if n.info.isAny([.determiner, .possessivePronoun, .numberWord]) { return true }
        if n.info.isFunctionWord || n.info.isAny([.adverb, .preposition]) { return false }
        let pos = n.info.partsOfSpeech
        return pos.contains(.noun) || pos.contains(.adjective) || pos.isEmpty
    }
    /// Whether the next word can be a verb.
    var nextCanBeVerb: Bool {
        guard let q = nextIndex else { return false }
        let n = tokens[q]
        return n.kind == .word && (n.info.trigger?.verbForm != nil || n.info.partsOfSpeech.contains(.verb) || n.info.isAny([.beForm, .haveForm, .modal]))
    }
    /// Whether the next word can be a verb's base form ("to arrest", not "to the court").
    var nextCanBeVerbBase: Bool {
        guard let q = nextIndex else { return false }
        let n = tokens[q]
        guard n.kind == .word, table.entity(at: q) == nil, !n.isCapitalized || q == body else { return false }
        if n.info.isAny([.beForm, .haveForm]) { return n.lower == "be" || n.lower == "have" }
        if n.info.isFunctionWord { return false }
        if let f = n.info.trigger?.verbForm { return f == .base }
        return n.info.partsOfSpeech.contains(.verb) && !n.lower.hasSuffix("ed") && !n.lower.hasSuffix("ing") && n.info.verbIsLikely
    }
    /// Whether the next word is a noun or name (not a determiner): "police raid homes".
    var nextIsNoun: Bool {
        guard let q = nextIndex else { return false }
        let n = tokens[q]
        if table.entity(at: q) != nil { return true }
        let pos = n.info.partsOfSpeech
        return n.kind == .word && !n.info.isFunctionWord && pos.contains(.noun) && (!pos.contains(.verb) || !n.info.verbIsLikely || n.info.isAnyTitleClass)
    }
    /// Whether the word before is a noun of saying ("the claim that…").
    var previousIsSayingNoun: Bool {
        guard let w = previousWord else { return false }
        return ["claim", "claims", "fact", "belief", "allegation", "allegations", "report", "reports", "statement", "news", "evidence"].contains(w)
    }
}

/// A tagging rule: when its context matches, the word gets its tag. Rules are tried in order.
struct TagRule: Sendable {
    /// What the rule says, in a few words.
    let name: String
    /// The tag it gives; nil for the reading WordNet's tagged corpus gives most often.
    let tag: Tag?
    /// A sentence of our own, with the word the rule settles marked ⟦…⟧.
    let example: String
    /// Whether the rule applies.
    let applies: @Sendable (TagContext) -> Bool
}

extension Tagger {
    /// The rules for words with more than one reading, in the order they are tried.
    static let rules: [TagRule] = [
        TagRule(name: "a saying verb after a comma or a closing quote, a verb", tag: .verb,
                example: "The men were freed on Monday, ⟦say⟧ rights groups.") { c in
            c.token.info.trigger.map { $0.type == .statement && $0.verbForm != nil } == true && c.k > c.body
                && [",", "\u{201D}", "\""].contains(c.tokens[c.k - 1].lower)
        },
        TagRule(name: "an -ing noun before a noun, a noun", tag: .noun,
                example: "A drug ⟦trafficking⟧ ring was broken up.") { c in
            guard c.token.info.is(.nominalIng), let q = c.nextIndex else { return false }
            return c.tokens[q].kind == .word && c.tokens[q].info.partsOfSpeech.contains(.noun) && !c.tokens[q].info.isFunctionWord
        },
        TagRule(name: "a title or a word for people, a noun", tag: .noun,
                example: "The deputy police ⟦chief⟧ was arrested.") { c in
            c.readings.contains(.noun) && c.token.info.isAny([.titleHead, .personNoun, .memberNoun]) && !(c.verbForm.canBeParticiple && c.previousTag == .auxiliary)
                && !(c.readings.contains(.verb) && c.nextStartsNoun && !c.nextIsNoun && [Tag.noun, .name, .pronoun].contains(c.previousTag))
        },
        TagRule(name: "after a modal, 'to' or 'did', a verb", tag: .verb,
                example: "Officials said they would ⟦release⟧ the men.") { c in
            c.readings.contains(.verb) && c.verbForm == .base
                && ([Tag.modal, .to].contains(c.previousTag) || c.previousWord.map { ["did", "do", "does"].contains($0) } == true)
        },
        TagRule(name: "a participle after a be-form or have-form, a verb", tag: .verb,
                example: "Two men were ⟦arrested⟧ on Monday.") { c in
            c.readings.contains(.verb) && (c.verbForm.canBeParticiple || c.verbForm == .gerund) && c.previousTag == .auxiliary
                && !(c.verbForm == .gerund && c.nextIsNoun && c.token.info.is(.nominalIng))
        },
        TagRule(name: "an -ed or -ing word between a determiner and a noun, an adjective", tag: .adjective,
                example: "The ⟦arrested⟧ men were taken to Marnak.") { c in
            (c.verbForm.canBeParticiple || c.verbForm == .gerund) && c.nextIsNoun
                && [Tag.determiner, .possessivePronoun, .possessive, .adjective, .number].contains(c.adjacentTag)
        },
        TagRule(name: "after a determiner, possessive or adjective, a noun", tag: .noun,
                example: "The ⟦raid⟧ began at dawn.") { c in
            [Tag.determiner, .possessivePronoun, .possessive, .adjective, .number].contains(c.adjacentTag)
        },
        TagRule(name: "after an adjective and a coordinator, before a noun, an adjective", tag: .adjective,
                example: "Federal and ⟦local⟧ officers searched the farm.") { c in
            guard c.readings.contains(.adjective), c.adjacentTag == .coordinator, c.k - 2 >= c.body, c.tagged[c.k - 2].tag == .adjective,
                  let q = c.nextIndex, c.tokens[q].kind == .word else { return false }
            return c.tokens[q].info.partsOfSpeech.contains(.noun) && !c.tokens[q].info.isFunctionWord
        },
        TagRule(name: "a base form right after a finite verb and before a noun, a noun", tag: .noun,
                example: "Agents executed ⟦search⟧ warrants at two farms.") { c in
            guard c.readings.contains(.noun), c.verbForm == .base, c.adjacentTag == .verb, c.k - 1 >= c.body,
                  let before = c.tagged[c.k - 1].verbForm, before != .base, before != .gerund,
                  !WordLists.bareInfinitiveVerbs.contains(c.tokens[c.k - 1].verbLemma ?? c.tokens[c.k - 1].lower),
                  let q = c.nextIndex, c.tokens[q].kind == .word else { return false }
            return c.tokens[q].info.partsOfSpeech.contains(.noun) && !c.tokens[q].info.isFunctionWord
        },
        TagRule(name: "the head after a base-form modifier that follows a finite verb, a noun", tag: .noun,
                example: "Agents executed search ⟦warrants⟧ at two farms.") { c in
            guard c.readings.contains(.noun), c.adjacentTag == .noun, c.k - 2 >= c.body,
                  let verb = c.tagged[c.k - 2].verbForm, verb != .base, verb != .gerund, c.tagged[c.k - 2].tag == .verb else { return false }
            let modifier = c.tokens[c.k - 1]
            return modifier.kind == .word && modifier.info.verbForm == .base && modifier.info.readings.contains(.verb)
        },
        TagRule(name: "an -ing word after a comma or 'and', before a counted or determined phrase, a verb", tag: .verb,
                example: "Police raided two farms, ⟦seizing⟧ three rifles and arresting six men.") { c in
            guard c.verbForm == .gerund, c.readings.contains(.verb), c.k - 1 >= c.body,
                  [",", "and"].contains(c.tokens[c.k - 1].lower), let q = c.nextIndex else { return false }
            let n = c.tokens[q]
            return n.kind == .number || n.info.isAny([.determiner, .numberWord, .quantifier, .possessivePronoun]) || c.table.entity(at: q) != nil
        },
        TagRule(name: "before a verb of saying or an auxiliary, a noun", tag: .noun,
                example: "Media ⟦reports⟧ say the monks were freed.") { c in
            guard c.readings.contains(.noun), c.verbForm != .gerund, let q = c.nextIndex, c.table.entity(at: q) == nil,
                  ![Tag.pronoun, .relative, .subordinator].contains(c.previousTag) else { return false }
            let n = c.tokens[q]
            guard n.kind == .word else { return false }
            let saying = n.info.trigger.map { $0.type == .statement && $0.verbForm != nil && !$0.isNoun } ?? false
            return saying || n.info.is(.modal) || n.info.is(.haveForm) || ["is", "are", "was", "were"].contains(n.lower)
        },
        TagRule(name: "an -ing word after a noun and before a preposition or name, a verb", tag: .verb,
                example: "Police ⟦working⟧ with the bureau arrested two men.") { c in
            guard c.verbForm == .gerund, c.readings.contains(.verb), [Tag.noun, .name].contains(c.adjacentTag),
                  !c.token.info.is(.nominalIng), let q = c.nextIndex else { return false }
            // "a boat carrying two tons of cocaine": an object after it makes it a verb too
            let t = c.tokens[q]
            return t.info.is(.preposition) || c.table.entity(at: q) != nil || t.kind == .number || t.info.isAny([.determiner, .numberWord, .quantifier])
        },
        TagRule(name: "after a preposition, a base or -s form is a noun", tag: .noun,
                example: "The agent in ⟦charge⟧ of the office spoke first.") { c in
            (c.verbForm == .base || c.verbForm == .thirdPerson) && c.readings.contains(.noun) && c.adjacentTag == .preposition
        },
        TagRule(name: "inside a noun phrase opened by a determiner, a present form is a noun", tag: .noun,
                example: "A police ⟦raid⟧ on the farm found nothing.") { c in
            guard c.verbForm == .base || c.verbForm == .thirdPerson, c.readings.contains(.noun) else { return false }
            // "A police official says…": a saying verb after a noun phrase is the verb
            if c.token.info.trigger?.type == .statement, c.verbForm == .thirdPerson { return false }
            // "the journalists comes": after a plural noun a present form is the verb
            if let prev = c.k - 1 >= c.body ? c.tokens[c.k - 1] : nil, c.tagged[c.k - 1].tag == .noun, prev.lower.hasSuffix("s"), !prev.lower.hasSuffix("ss"),
               let singular = Analysis.singular(prev.lower), c.lexicon.vocabulary.entry(singular)?.partsOfSpeech.contains(.noun) == true { return false }
            var p = c.k - 1
            while p >= c.body, [Tag.noun, .adjective, .name].contains(c.tagged[p].tag) { p -= 1 }
            return p < c.k - 1 && p >= c.body && [Tag.determiner, .possessivePronoun, .possessive, .number].contains(c.tagged[p].tag)
                && !(c.nextStartsNoun && !c.nextIsNoun)
                // "The indictment names X": an -s form before a name is the verb
                && !(c.verbForm == .thirdPerson && c.nextIndex.map { c.table.entity(at: $0) != nil } == true)
        },
        TagRule(name: "a noun modifier before a noun, a noun", tag: .noun,
                example: "⟦Drug⟧ money was found at the port.") { c in
            c.verbForm == .base && c.nextIsNoun && c.adjacentTag != .pronoun && c.adjacentTag != .noun && c.adjacentTag != .name
                && !(c.token.info.trigger?.verbForm != nil && c.isFirst == false && c.previousTag == nil)
        },
        TagRule(name: "an -ing word after a preposition, a verb", tag: .verb,
                example: "Guards stopped the truck after ⟦finding⟧ heroin inside.") { c in
            c.verbForm == .gerund && c.previousTag == .preposition && !c.nextIsNoun || c.verbForm == .gerund && c.previousTag == .preposition && c.nextStartsNoun && !c.token.info.is(.nominalIng)
        },
        TagRule(name: "after a subject pronoun, a verb", tag: .verb,
                example: "She ⟦charges⟧ that the police lied.") { c in
            c.previousTag == .pronoun && c.previousWord.map { c.lexicon.word($0, is: .subjectPronoun) } == true
        },
        TagRule(name: "a past form after a noun phrase, a verb", tag: .verb,
                example: "Police ⟦raided⟧ a warehouse on Monday.") { c in
            (c.verbForm.canBePast || c.verbForm == .participle) && [Tag.noun, .name, .number, .pronoun, .punctuation, .relative].contains(c.previousTag)
                || (c.verbForm.canBePast || c.verbForm == .participle) && c.previousTag == .coordinator
        },
        TagRule(name: "a present form after a noun and before a noun phrase, a verb", tag: .verb,
                example: "Police ⟦raid⟧ the homes of suspects every week.") { c in
            (c.verbForm == .thirdPerson || c.verbForm == .base) && [Tag.noun, .name].contains(c.previousTag)
                && (c.token.info.verbIsLikely || c.token.info.trigger?.verbForm != nil)
                && (c.nextStartsNoun && !c.nextIsNoun || c.nextIsNoun && c.verbForm == .thirdPerson)
        },
        TagRule(name: "an -ed word opening a sentence or clause, a verb", tag: .verb,
                example: "⟦Arrested⟧ in May, the two men remain in custody.") { c in
            c.verbForm.canBeParticiple && (c.isFirst || c.previousTag == .subordinator || c.previousTag == .preposition)
        },
        TagRule(name: "after a coordinator following a verb, a verb", tag: .verb,
                example: "Agents will search the house and ⟦question⟧ the owner.") { c in
            c.previousTag == .coordinator && c.readings.contains(.verb) && c.verbForm != .gerund
                && !(c.verbForm == .base && c.nextIsNoun)
        },
        TagRule(name: "an -s form after a noun phrase and before no noun, a verb", tag: .verb,
                example: "The arrest of the journalists ⟦comes⟧ as the army fights rebels.") { c in
            c.verbForm == .thirdPerson && c.readings.contains(.verb) && [Tag.noun, .name].contains(c.previousTag) && !c.nextIsNoun
                && (c.token.info.verbIsLikely || c.token.info.trigger?.verbForm != nil)
                && c.nextIndex.map { c.tokens[$0].kind == .word } == true
        },
        TagRule(name: "an -ed word after a lone determiner or number, a verb", tag: .verb,
                example: "Among those ⟦held⟧ was Dara Sok.") { c in
            c.verbForm.canBeParticiple && [Tag.determiner, .number].contains(c.adjacentTag) && !c.nextIsNoun && !c.nextStartsNoun
        },
        TagRule(name: "an -s form right before a name, a verb", tag: .verb,
                example: "The indictment, unsealed on Friday, ⟦names⟧ Dara Sok and Lina Ortega.") { c in
            c.verbForm == .thirdPerson && c.nextIndex.map { c.table.entity(at: $0) != nil } == true
                && (c.previousTag == .punctuation || c.previousTag == .noun)
        },
        TagRule(name: "an -ed word between a verb and a noun phrase, an adjective", tag: .adjective,
                example: "Police arrested ⟦suspected⟧ rebel commander Rin Vath in Tiraz.") { c in
            c.verbForm.canBeParticiple && c.adjacentTag == .verb && (c.nextIsNoun || c.nextIndex.map { c.table.entity(at: $0) != nil } == true)
        },
        TagRule(name: "otherwise the reading WordNet's tagged corpus gives most often", tag: nil,
                example: "The court heard ⟦appeals⟧ from both sides.") { _ in true },
    ]
}
