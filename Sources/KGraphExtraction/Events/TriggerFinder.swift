import KGraphModel
import KGraphVocabulary

/// A trigger word in its site, as vetoes and rules see it.
struct TriggerContext {
    /// The clause layer.
    let parse: Parse
    /// The trigger's token.
    let k: Int
    /// Where it stands.
    let site: TriggerSite
    /// The event type.
    let type: EventType

    /// The trigger token.
    var token: Token { parse.tokens[k] }
    /// The trigger's lemma.
    var lemma: String { token.triggerLemma ?? token.lower }
    /// The verb group, for a verb site.
    var verb: VerbGroup? { if case .verb(let v) = site { return parse.verbs[v] } else { return nil } }
    /// The clause, for a verb site.
    var clause: Clause? { if case .verb(let v) = site { return parse.clauses[v] } else { return nil } }
    /// The phrase, for a noun site.
    var phrase: NounPhrase? { if case .noun(let p) = site { return parse.phrases[p] } else { return nil } }
    /// The lower-case word `offset` tokens away in the same sentence, or "".
    func word(_ offset: Int) -> String {
        let i = k + offset
        guard i >= 0, i < parse.tokens.count, parse.tokens[i].sentence == token.sentence else { return "" }
        return parse.tokens[i].lower
    }
    /// The first token after the verb group (or the phrase).
    var after: Int {
        switch site {
        case .verb(let v): parse.verbs[v].range.upperBound
        case .noun(let p): parse.phrases[p].end
        }
    }
    /// Whether a contraband word (drugs, arms, cash, amounts) stands within eight words after the
    /// trigger, or before it in a passive ("heroin was found").
    var contrabandNear: Bool {
        let s = parse.sentence(of: k)
        var q = after
        while q < s.tokens.upperBound, q <= k + 8, parse.tokens[q].kind != .punct || parse.tokens[q].lower == "$" {
            if parse.tokens[q].info.is(.contraband) || parse.tokens[q].lower == "$" { return true }
            q += 1
        }
        if let c = clause, verb?.voice == .passive {
            for p in c.subject where parse.tokens[parse.phrases[p].range].contains(where: { $0.info.is(.contraband) }) { return true }
        }
        return false
    }
}

/// A reason a trigger word tells no event here. Each veto is a record with the sentence of our own
/// it was written for (the trigger marked ⟦…⟧): on it, the trigger must yield nothing.
struct TriggerVeto: Sendable {
    /// What the veto says.
    let name: String
    /// A sentence of our own, the vetoed trigger marked ⟦…⟧.
    let example: String
    /// Whether the veto applies.
    let applies: @Sendable (TriggerContext) -> Bool
}

/// Finds the trigger sites of an article: trigger verbs that head a verb group and trigger nouns
/// that head a noun phrase, less those a veto rules out.
struct TriggerFinder: Sendable {
    /// The vetoes, all tried on every trigger.
    static let vetoes: [TriggerVeto] = [
        TriggerVeto(name: "negated or unreal: not, never, will, to", example: "Police did not ⟦arrest⟧ anyone.") { c in
            guard let v = c.verb else { return false }
            return v.isNegated || v.isUnreal && c.type != .statement
        },
        TriggerVeto(name: "a noun after a negated or unreal verb: 'has not seen the arrest of'",
                    example: "The crackdown has not brought the ⟦arrest⟧ of any major dealers.") { c in
            guard case .noun(let p) = c.site, c.type != .statement else { return false }
            let start = c.parse.phrases[p].start, sentence = c.parse.phrases[p].sentence
            // the nearest verb group ending at most four words before the phrase
            for k in stride(from: start - 1, through: max(0, start - 5), by: -1) where c.parse.tokens[k].sentence == sentence {
                guard let vi = c.parse.verb(at: k) else { continue }
                let v = c.parse.verbs[vi]
                return !v.isCopula && (v.isNegated || v.isUnreal)
            }
            return false
        },
        TriggerVeto(name: "rarely, seldom: no one event", example: "Smugglers in the province are rarely ⟦arrested⟧.") { c in
            guard let v = c.verb else { return false }
            let words = (max(0, v.range.lowerBound - 1)..<v.range.upperBound).map { c.parse.tokens[$0].lower }
            return words.contains { ["rarely", "seldom", "hardly", "scarcely"].contains($0) }
        },
        TriggerVeto(name: "an event sought, not done: wanted for questioning, a warrant for the arrest of",
                    example: "A court issued a warrant for the ⟦arrest⟧ of the two brothers.") { c in
            let start: Int
            if case .noun(let p) = c.site { start = c.parse.phrases[p].start } else if let v = c.verb { start = v.range.lowerBound } else { return false }
            guard start >= 2, c.parse.tokens[start - 1].lower == "for" else { return false }
            return ["wanted", "sought", "warrant", "warrants", "order", "orders", "request", "requests", "bid"].contains(c.parse.tokens[start - 2].lower)
        },
        TriggerVeto(name: "no one as the subject: 'no suspects were arrested'", example: "No other suspects have been ⟦arrested⟧.") { c in
            guard let s = c.clause?.subject.first else { return false }
            return ["no", "none", "nobody", "neither"].contains(c.parse.tokens[c.parse.phrases[s].start].lower)
        },
        TriggerVeto(name: "a noun after 'no' or 'without'", example: "The men were released without ⟦charge⟧.") { c in
            guard let p = c.phrase else { return false }
            let first = c.parse.tokens[p.start].lower
            return first == "no" || p.start > 0 && ["without", "no"].contains(c.parse.tokens[p.start - 1].lower)
        },
        TriggerVeto(name: "an event asked for, not yet real: calling for the release of X", example: "Protesters called for the ⟦release⟧ of the two men.") { c in
            guard case .noun(let p) = c.site else { return false }
            let parse = c.parse
            var s = parse.phrases[p].start
            if s > 0, parse.tokens[s - 1].lower == "for" { s -= 1 }
            var q = s - 1
            while q >= 0, parse.tag(q) == .adverb || parse.tag(q) == .particle { q -= 1 }
            return q >= 0 && parse.tokens[q].sentence == parse.phrases[p].sentence && parse.tokens[q].info.is(.demandVerb)
        },
        TriggerVeto(name: "a trigger noun that only modifies another noun", example: "Judges signed an ⟦arrest⟧ warrant.") { c in
            guard let p = c.phrase else { return false }
            return p.head != c.k
        },
        TriggerVeto(name: "finding without contraband is no seizure", example: "Volunteers ⟦found⟧ the missing hiker near the river.") { c in
            // "found guilty" is a phrasal trigger of its own type: this veto is the seizure's only
            guard c.type == .seizure, ["find", "discover", "intercept", "recover"].contains(c.lemma) else { return false }
            // "found the three men guilty", "found him": people are not seized
            if let o = c.clause?.object.first, c.verb?.voice == .active,
               c.parse.phrases[o].isPronoun || c.parse.isPerson(o) || c.parse.isDescription(o) { return true }
            return !c.contrabandNear
        },
        TriggerVeto(name: "searching for someone, a search warrant", example: "Police ⟦searched⟧ for the missing boy.") { c in
            c.lemma == "search" && ["for", "warrant", "warrants", "engine", "party"].contains(c.word(1))
        },
        TriggerVeto(name: "'in charge', 'take charge'", example: "She is the agent in ⟦charge⟧ of the office.") { c in
            c.lemma == "charge" && (["in", "take", "took", "taken"].contains(c.word(-1)) || c.word(1) == "of" && c.phrase != nil)
        },
        TriggerVeto(name: "releasing a document is no release", example: "The ministry ⟦released⟧ a statement on Monday.") { c in
            guard c.lemma == "release", let cl = c.clause, let o = cl.object.first else { return false }
            let h = c.parse.tokens[c.parse.phrases[o].head]
            return h.info.is(.documentNoun) || ["video", "footage", "details", "list", "names", "figures", "results", "photos", "images"].contains(h.lower)
        },
        TriggerVeto(name: "a press release", example: "The agency said in a press ⟦release⟧ that the men were held.") { c in
            c.lemma == "release" && ["press", "news"].contains(c.word(-1))
        },
        TriggerVeto(name: "trying to do something", example: "The men ⟦tried⟧ to flee across the border.") { c in
            c.lemma == "try" && (c.word(1) == "to" || c.verb?.voice == .active && c.clause?.object.isEmpty == true)
        },
        TriggerVeto(name: "questioning a decision", example: "Critics ⟦questioned⟧ whether the court was fair.") { c in
            guard c.lemma == "question", let cl = c.clause, c.verb?.voice == .active else { return c.lemma == "question" && c.phrase != nil }
            return cl.object.allSatisfy { o in
                let np = c.parse.phrases[o]
                return np.entity == nil && !np.isPronoun && !c.parse.isDescription(o) && c.parse.tag(np.head) != .number
                    && !(np.ofPhrase.map { c.parse.isDescription($0) || c.parse.isPerson($0) } ?? false)
            }
        },
        TriggerVeto(name: "appealing to the public or for help", example: "Police ⟦appealed⟧ to witnesses for information.") { c in
            c.lemma == "appeal" && ["to", "for"].contains(c.word(1)) && !(c.word(2) == "the" && ["court", "supreme"].contains(c.word(3)))
        },
        TriggerVeto(name: "fleeing is an escape only from custody", example: "The family ⟦fled⟧ to Dessaro in 2019.") { c in
            guard c.type == .escape else { return false }
            let s = c.parse.sentence(of: c.k)
            let custody = s.tokens.contains { ["prison", "prisons", "jail", "custody", "detention", "cell", "guards", "escort", "police", "camp", "inmates", "prisoners", "captors", "captivity"].contains(c.parse.tokens[$0].lower) }
            if c.lemma == "flee" { return !custody }
            // "escaped injury", "escaped death": an object that is no place of custody
            if let o = c.clause?.object.first { return !custody && c.parse.phrases[o].entity == nil }
            return false
        },
        TriggerVeto(name: "removing or expelling is a removal from a country only to or from a place",
                    example: "Workers ⟦removed⟧ the debris from the road.") { c in
            guard ["remove", "repatriate", "expel", "removal", "repatriation", "expulsion"].contains(c.lemma) else { return false }
            let s = c.parse.sentence(of: c.k)
            let toPlace = (c.after..<min(s.tokens.upperBound, c.after + 12)).contains { k in
                ["to", "from"].contains(c.parse.tokens[k].lower) && (c.parse.table.entity(at: k + 1).map { c.parse.table.entities[$0].type == .place } ?? false
                    || k + 2 < s.tokens.upperBound && c.parse.tokens[k + 1].lower == "the" && (c.parse.table.entity(at: k + 2).map { c.parse.table.entities[$0].type == .place } ?? false)) }
            return !toPlace && !(c.phrase != nil && c.parse.tokens[c.after].lower == "of")
        },
    ]

    /// The words after a verb that a phrasal trigger may read: after its particle, or after its
    /// object ("sent him to prison"), four at most.
    func following(_ k: Int, verb v: Int, parse: Parse, end: Int) -> [String] {
        var q = k + 1
        if parse.verbs[v].particle == nil, let o = parse.clauses[v].object.last, parse.phrases[o].start == q { q = parse.phrases[o].end }
        let direct = (k + 1..<min(end, k + 5)).map { parse.tokens[$0].lower }
        let afterObject = (q..<min(end, q + 4)).map { parse.tokens[$0].lower }
        return q > k + 1 && !afterObject.isEmpty && !["up", "down", "over", "out", "away", "in", "free", "dead"].contains(direct.first ?? "") ? afterObject : direct
    }

    /// Verbs that tell an event only when a person undergoes them: "X was held by police".
    static let personTriggers: [String: EventType] = ["hold": .arrest]

    /// The trigger sites of an article, in text order.
    /// - Parameter parse: the clause layer.
    /// - Returns: each site with its event type.
    /// - Complexity: O(n) in the number of tokens.
    func sites(in parse: Parse) -> [(site: TriggerSite, k: Int, type: EventType)] {
        var out = [(site: TriggerSite, k: Int, type: EventType)]()
        let vocabulary = parse.lexicon.vocabulary
        for sentence in parse.analysis.sentences where !sentence.isHeadline {
            for k in sentence.tokens {
                // "rounded up", "set free", "gunned down": a verb and the word after it
                if parse.tokens[k].info.startsPhrasalTrigger, let v = parse.verb(at: k), parse.verbs[v].main == k, k + 1 < sentence.tokens.upperBound,
                   let type = vocabulary.phrasalTrigger(parse.tokens[k].lower, following(k, verb: v, parse: parse, end: sentence.tokens.upperBound)) {
                    let c = TriggerContext(parse: parse, k: k, site: .verb(v), type: type)
                    if !TriggerFinder.vetoes.contains(where: { $0.applies(c) }) { out.append((.verb(v), k, type)) }
                    continue
                }
                // "X had been held since May by military police": a person held is detained
                if parse.tokens[k].info.trigger == nil, let v = parse.verb(at: k), parse.verbs[v].main == k, parse.verbs[v].voice == .passive,
                   let type = TriggerFinder.personTriggers[parse.verbLemma(k)],
                   let s = parse.clauses[v].subject.first,
                   parse.isPerson(s) || parse.phrases[s].isPronoun || parse.isDescription(s)
                    || parse.verbs[v].isReducedRelative && parse.phrases[s].start > 0 && parse.tokens[parse.phrases[s].start - 1].lower == "among" {
                    let c = TriggerContext(parse: parse, k: k, site: .verb(v), type: type)
                    if !TriggerFinder.vetoes.contains(where: { $0.applies(c) }) { out.append((.verb(v), k, type)) }
                    continue
                }
                guard let trigger = parse.tokens[k].info.trigger, parse.table.entity(at: k) == nil else { continue }
                let site: TriggerSite
                if let v = parse.verb(at: k), parse.verbs[v].main == k, trigger.verbForm != nil {
                    site = .verb(v)
                } else if let p = parse.phrase(at: k), trigger.isNoun, parse.tag(k) == .noun || parse.tag(k) == .adjective {
                    site = .noun(p)
                } else {
                    continue
                }
                let c = TriggerContext(parse: parse, k: k, site: site, type: trigger.type)
                guard !TriggerFinder.vetoes.contains(where: { $0.applies(c) }) else { continue }
                out.append((site, k, trigger.type))
            }
        }
        return out
    }
}
