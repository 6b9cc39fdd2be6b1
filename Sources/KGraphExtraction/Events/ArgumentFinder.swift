import KGraphModel
import KGraphVocabulary

/// Reads the agent and patient of each trigger site from the clause layer, by the first
/// ``ArgumentRule`` that matches.
struct ArgumentFinder: Sendable {
    /// The role an argument is read for.
    enum Role { case agent, patient }

    /// The draft event of a trigger site, with its agent and patient.
    func draft(_ c: TriggerContext) -> EventDraft {
        var d = EventDraft(type: c.type, site: c.site, trigger: c.k..<(c.k + 1), sentence: c.token.sentence)
        if let v = c.verb, let particle = v.particle { d.trigger = c.k..<(particle + 1) }
        guard let rule = ArgumentRule.rules.first(where: { $0.matches(c) }) else { return d }
        d.rule = rule.name
        // "A bomb attack killed 11 people": the attack's victims, not a killing of its own
        if rule.name.hasPrefix("an attack that killed") { d.type = .attack }
        for slot in rule.agent {
            let a = read(slot, role: .agent, c)
            if !a.isEmpty { d.agents = a; break }
        }
        for slot in rule.patient {
            let p = read(slot, role: .patient, c)
            if !p.isEmpty { d.patients = p; break }
        }
        if c.type == .raid { d.patients = d.patients.map { premisesOwner($0, parse: c.parse) ?? $0 } }
        if c.type == .seizure { d.patients += cargo(of: d.patients, parse: c.parse) }
        return d
    }

    /// The arguments a slot holds for a site.
    func read(_ slot: Slot, role: Role, _ c: TriggerContext) -> [Arg] {
        let parse = c.parse
        switch slot {
        case .subject:
            guard let cl = c.clause else { return [] }
            if cl.subject.isEmpty, let main = mainClause(of: cl, parse: parse) { return args(main.subject, role: role, parse: parse) }
            return args(cl.subject, role: role, parse: parse)
        case .object:
            return c.clause.map { args($0.object, role: role, parse: parse) } ?? []
        case .byAgent:
            return c.clause.map { args($0.byAgent, role: role, parse: parse) } ?? []
        case .prep(let words):
            // "a sentence of 19 years", "an appeal of $5,000": a term or an amount is no patient
            let phrases = prepPhrases(words, c).filter { !(role == .patient && isAmountOrTerm($0, parse: parse)) }
            return args(phrases, role: role, parse: parse)
        case .possessor:
            guard let np = c.phrase, ArgumentRule.possessorUndergoes.contains(c.type) == (role == .patient) else { return [] }
            return possessor(of: np, parse: parse)
        case .modifier:
            guard role == .agent, let np = c.phrase else { return [] }
            return modifierAgents(np, parse: parse)
        case .governorAgent, .governorPatient:
            guard case .noun(let p) = c.site, let g = governor(of: p, parse: parse) else { return [] }
            let vg = parse.verbs[g.verb]
            let undergoer = vg.voice == .passive || vg.isCopula
            if slot == .governorAgent {
                let doers = (undergoer ? g.byAgent : g.subject).filter { isAgentLike($0, parse: parse) }
                return args(doers, role: role, parse: parse)
            }
            return args(undergoer ? g.subject : g.object.filter { $0 != p }, role: role, parse: parse)
        case .governorSubject:
            guard case .noun(let p) = c.site, let g = governor(of: p, parse: parse) else { return [] }
            return args(g.subject, role: role, parse: parse)
        case .copulaComplement:
            guard case .verb(let v) = c.site else { return [] }
            let same = parse.clauseIndex.clauses(inSentence: parse.verbs[v].sentence)
            guard let next = same.first(where: { parse.clauses[$0].verb > v && parse.verbs[parse.clauses[$0].verb].isCopula }) else { return [] }
            return args(parse.clauses[next].object, role: role, parse: parse)
        case .targetsOf:
            guard case .noun(let p) = c.site, let q = parse.ofOwner(of: p),
                  let g = governor(of: q, parse: parse) else { return [] }
            return args(g.subject, role: role, parse: parse)
        }
    }

    /// Whether a phrase is an amount of time or money: "19 years", "$5,000", "six months".
    func isAmountOrTerm(_ p: Int, parse: Parse) -> Bool {
        let np = parse.phrases[p]
        let h = parse.tokens[np.head]
        if h.info.is(.timeUnit) { return true }
        return parse.tokens[np.start].lower == "$" || ["dollars", "riel", "pesos", "rupees", "euros", "fine", "life"].contains(h.lower)
    }

    /// Whether a phrase can name a doer: a named entity, a pronoun, or people, officials, an agency.
    func isAgentLike(_ p: Int, parse: Parse) -> Bool {
        let np = parse.phrases[p]
        if np.entity != nil || np.isPronoun { return true }
        let h = parse.tokens[np.head]
        return h.info.isAny([.personNoun, .memberNoun, .titleHead, .organizationNoun, .orgCue, .orgHead]) || parse.singularIsPersonWord(h.lower)
    }

    /// The phrases of prepositions right after a noun trigger, or in a verb's clause.
    func prepPhrases(_ words: Set<String>, _ c: TriggerContext) -> [Int] {
        let parse = c.parse
        switch c.site {
        case .verb:
            guard let cl = c.clause else { return [] }
            if let pp = cl.preps.first(where: { words.contains(parse.tokens[$0.prep].lower) && $0.prep >= c.after }) {
                return parse.coordinated(from: pp.phrase)
            }
            return []
        case .noun(let p):
            let np = parse.phrases[p]
            if words.contains("of"), let of = np.ofPhrase { return parse.coordinated(from: of) }
            // "the arrest of X by Y": past the "of" phrase
            let e = np.ofPhrase.map { parse.phrases[$0].end } ?? np.end
            guard e + 1 < parse.tokens.count, words.contains(parse.tokens[e].lower), parse.tag(e) == .preposition,
                  let q = parse.phrase(startingAt: e + 1) else { return [] }
            return parse.coordinated(from: q)
        }
    }

    /// The clause a noun phrase stands in as object or prepositional phrase.
    func governor(of p: Int, parse: Parse) -> Clause? {
        let same = parse.clauseIndex.clauses(inSentence: parse.phrases[p].sentence)
        return same.lazy.map { parse.clauses[$0] }.first { cl in cl.object.contains(p) || cl.preps.contains { $0.phrase == p } }
    }

    /// The clause a subjectless gerund or participle clause belongs to: the nearest clause of the
    /// sentence with a subject ("Guards stopped the truck after finding heroin").
    func mainClause(of cl: Clause, parse: Parse) -> Clause? {
        let vg = parse.verbs[cl.verb]
        guard vg.isGerundClause || vg.range.lowerBound == parse.bodyStart(of: vg.main) else { return nil }
        let same = parse.clauseIndex.clauses(inSentence: vg.sentence).map { parse.clauses[$0] }
            .filter { $0.verb != cl.verb && !$0.subject.isEmpty && !parse.verbs[$0.verb].isGerundClause }
        return same.last { $0.verb < cl.verb } ?? same.first
    }

    /// The possessor of a noun trigger: "his arrest" (a pronoun to resolve), "Velo's raid".
    func possessor(of np: NounPhrase, parse: Parse) -> [Arg] {
        if parse.tag(np.start) == .possessivePronoun {
            let t = parse.tokens[np.start]
            return [Arg(participant: Participant(text: t.lower), phrase: nil, pronoun: t.lower)]
        }
        guard let pos = np.possessive, let e = parse.table.entity(at: pos - 1) else { return [] }
        return [Arg(participant: entityParticipant(e, at: pos - 1, parse: parse), phrase: nil)]
    }

    /// Agents named before a noun trigger: an organisation's name ("the FBI raid") or an agency
    /// word ("a police raid", "a military operation").
    func modifierAgents(_ np: NounPhrase, parse: Parse) -> [Arg] {
        for k in np.start..<np.head {
            if let e = parse.table.entity(at: k), parse.table.entities[e].type == .organization {
                return [Arg(participant: entityParticipant(e, at: k, parse: parse), phrase: nil)]
            }
            let t = parse.tokens[k]
            if parse.tag(k) == .noun, t.info.isAny([.memberNoun, .organizationNoun]) || ["military", "customs", "security", "government"].contains(t.lower) {
                let m = Mention(sentenceIndex: t.sentence, utf8Range: t.utf8Range)
                return [Arg(participant: Participant(text: parse.text(k..<(k + 1)), mention: m), phrase: nil)]
            }
        }
        return []
    }

    /// What a seized vehicle or container held: "a boat carrying two tons of cocaine", "crates containing heroin".
    func cargo(of patients: [Arg], parse: Parse) -> [Arg] {
        var out = [Arg]()
        for a in patients {
            guard let p = a.phrase, let v = parse.verb(at: parse.phrases[p].end), parse.verbs[v].range.lowerBound == parse.phrases[p].end,
                  ["carry", "contain", "transport", "hold", "conceal", "hide", "load"].contains(parse.verbLemma(parse.verbs[v].main))
            else { continue }
            out += args(parse.clauses[v].object, role: .patient, parse: parse)
        }
        return out
    }

    /// The owner named with raided premises: "the offices of X", "X's home" → X.
    func premisesOwner(_ a: Arg, parse: Parse) -> Arg? {
        guard let p = a.phrase, a.participant.entityID == nil else { return nil }
        let np = parse.phrases[p]
        guard parse.tokens[np.head].info.is(.premises) else { return nil }
        if let of = np.ofPhrase, let e = parse.phrases[of].entity, parse.table.entities[e].type != .place {
            return Arg(participant: entityParticipant(e, at: parse.phrases[of].head, parse: parse), phrase: of)
        }
        if let pos = np.possessive, let e = parse.table.entity(at: pos - 1), parse.table.entities[e].type != .place {
            return Arg(participant: entityParticipant(e, at: pos - 1, parse: parse), phrase: p)
        }
        return nil
    }

    // MARK: participants

    /// The arguments of some phrases; a description of people that names them ("two men, X and
    /// Y,", "a civilian named X") stands for the people it names.
    func args(_ phrases: [Int], role: Role, parse: Parse) -> [Arg] {
        var out = [Arg]()
        for p in phrases {
            if let named = namedPeople(describedBy: p, parse: parse) {
                out += named.compactMap { arg($0, role: role, parse: parse) }
            } else if let a = arg(p, role: role, parse: parse) {
                out.append(a)
            }
        }
        return out
    }

    /// The people a description names: in apposition ("two accomplices – X, a police officer, and
    /// Y –") or with "named"/"called" ("a civilian named X").
    func namedPeople(describedBy p: Int, parse: Parse, depth: Int = 0) -> [Int]? {
        let np = parse.phrases[p]
        guard np.entity == nil, !np.isPronoun, parse.isDescription(p), depth < 2 else { return nil }
        let e = np.end
        if e + 1 < parse.tokens.count, ["named", "called"].contains(parse.tokens[e].lower), let q = parse.phrase(startingAt: e + 1), parse.isPerson(q) {
            return [q]
        }
        if let q = parse.nameAfterTail(of: p) { return [q] }
        guard !parse.tokens[np.head].info.is(.documentNoun), let (q, _) = parse.apposition(after: p), parse.isPerson(q) else { return nil }
        var out = [Int]()
        for r in parse.coordinated(from: q) {
            if parse.isPerson(r) { out.append(r) } else if let inner = namedPeople(describedBy: r, parse: parse, depth: depth + 1) { out += inner } else { out.append(r) }
        }
        return out
    }

    /// The argument of one phrase: its entity, a pronoun to resolve, or the phrase as written
    /// (with its "of" complement: "3 kilograms of heroin", "leaders of the group").
    func arg(_ p: Int, role: Role, parse: Parse) -> Arg? {
        let np = parse.phrases[p]
        if np.isPronoun {
            let t = parse.tokens[np.head]
            return Arg(participant: Participant(text: parse.text(np.range), mention: Mention(sentenceIndex: t.sentence, utf8Range: t.utf8Range)),
                       phrase: p, pronoun: t.lower)
        }
        if let e = np.entity { return Arg(participant: entityParticipant(e, at: np.head, parse: parse), phrase: p) }
        // "The indictment charges X": a legal document acts for nobody
        if role == .agent, StatementFinder.legalDocuments.contains(parse.tokens[np.head].lower) { return nil }
        if role == .agent, let org = actingOrganization(p, parse: parse) { return org }
        var range = np.range
        while range.count > 1, parse.tokens[range.lowerBound].kind == .punct, parse.tokens[range.lowerBound].lower != "$" { range = (range.lowerBound + 1)..<range.upperBound }
        if let of = np.ofPhrase, !parse.isEventNoun(np.head) { range = range.lowerBound..<parse.phrases[of].end }
        let m = Mention(sentenceIndex: np.sentence, utf8Range: parse.analysis.utf8Range(tokens: range))
        return Arg(participant: Participant(text: parse.text(range), mention: m), phrase: p)
    }

    /// "Officers of the X Bureau", "agents from Y", "X agents" acting: the organisation they act for.
    func actingOrganization(_ p: Int, parse: Parse) -> Arg? {
        let np = parse.phrases[p]
        guard parse.tokens[np.head].info.is(.memberNoun) else { return nil }
        if let of = np.ofPhrase, let e = parse.phrases[of].entity, parse.table.entities[e].type == .organization {
            return Arg(participant: entityParticipant(e, at: parse.phrases[of].head, parse: parse), phrase: of)
        }
        let e = np.end
        if e + 1 < parse.tokens.count, ["from", "with"].contains(parse.tokens[e].lower), let q = parse.phrase(startingAt: e + 1),
           let ent = parse.phrases[q].entity, parse.table.entities[ent].type == .organization {
            return Arg(participant: entityParticipant(ent, at: parse.phrases[q].head, parse: parse), phrase: q)
        }
        for k in np.start..<np.head {
            if let ent = parse.table.entity(at: k), parse.table.entities[ent].type == .organization {
                return Arg(participant: entityParticipant(ent, at: k, parse: parse), phrase: p)
            }
        }
        return nil
    }

    /// The participant for an entity whose mention covers token `k`.
    func entityParticipant(_ e: Int, at k: Int, parse: Parse) -> Participant {
        let tokens = parse.tokens
        var a = k, b = k + 1
        while a - 1 >= 0, parse.table.tokenEntity[a - 1] == e, tokens[a - 1].sentence == tokens[k].sentence { a -= 1 }
        while b < tokens.count, parse.table.tokenEntity[b] == e, tokens[b].sentence == tokens[k].sentence { b += 1 }
        let ent = parse.table.entities[e]
        return Participant(entityID: ent.id, text: ent.name, mention: Mention(sentenceIndex: tokens[k].sentence, utf8Range: parse.analysis.utf8Range(tokens: a..<b)))
    }
}
