import KGraphModel
import KGraphVocabulary

/// Where and when each event happened: named places in its clause's prepositional phrases ("in
/// Port Velo", "at his home in Tiraz", "Police in Marnak arrested…") or after its noun ("a raid on
/// a warehouse in Port Velo"), and the time expression of its own clause, never one of another
/// clause of the sentence.
struct Circumstances: Sendable {
    /// Prepositions whose phrase may say where an event happened.
    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "across", "throughout", "on", "into", "within", "off", "along"]
    /// Prepositions of destination, a place for extraditions and escapes ("extradited to X").
    static let destinationPrepositions: Set<String> = ["to", "from"]

    /// Fills the places and time of a draft.
    func fill(_ d: inout EventDraft, parse: Parse, finder: ArgumentFinder) {
        fillPlacesAndTime(&d, parse: parse, finder: finder)
        // "a raid on a farm": what the event was done to is not also where
        let used = Set(d.patients.compactMap(\.phrase) + d.agents.compactMap(\.phrase))
        d.places.removeAll { $0.participant.entityID == nil && $0.phrase.map(used.contains) == true }
    }

    /// The places and time of a draft, before patients are taken out of the places.
    func fillPlacesAndTime(_ d: inout EventDraft, parse: Parse, finder: ArgumentFinder) {
        switch d.site {
        case .verb(let v):
            let cl = parse.clauses[v]
            let own = ownPreps(cl, parse: parse)
            d.places = places(in: own.map(\.phrase), preps: own.map(\.prep), type: d.type, parse: parse, finder: finder)
            d.time = time(inClause: cl, verb: parse.verbs[v], parse: parse)
        case .noun(let p):
            let chain = prepChain(after: p, parse: parse)
            d.places = places(in: chain.map(\.phrase), preps: chain.map(\.prep), type: d.type, parse: parse, finder: finder)
            d.places += modifierPlaces(parse.phrases[p], parse: parse, finder: finder)
            d.time = time(ofNoun: p, chain: chain, parse: parse)
            // "The arrests took place in front of X on Monday": the clause says where and when
            if let cl = parse.clauseIndex.clauses(withSubject: p).map({ parse.clauses[$0] }).first(where: { parse.tokens[parse.verbs[$0.verb].main].info.is(.happenVerb) }) {
                d.places += places(in: cl.preps.map(\.phrase), preps: cl.preps.map(\.prep), type: d.type, parse: parse, finder: finder)
                if d.time == nil { d.time = time(inClause: cl, verb: parse.verbs[cl.verb], parse: parse) }
            }
        }
    }

    /// The named places among some prepositional phrases (and the places of their "of" complements).
    func places(in phrases: [Int], preps: [Int], type: EventType, parse: Parse, finder: ArgumentFinder) -> [Arg] {
        var out = [Arg]()
        for (p, prep) in zip(phrases, preps) {
            let word = parse.tokens[prep].lower
            let destination = Circumstances.destinationPrepositions.contains(word) && [.extradition, .escape].contains(type)
            guard Circumstances.placePrepositions.contains(word) || destination else { continue }
            for q in parse.coordinated(from: p) {
                let np = parse.phrases[q]
                if let e = np.entity, parse.table.entities[e].type == .place {
                    out.append(Arg(participant: finder.entityParticipant(e, at: np.head, parse: parse), phrase: q))
                    // "in Port Velo's Marina district": the place it is in
                    if let pos = np.possessive, let o = parse.table.entity(at: pos - 1), parse.table.entities[o].type == .place {
                        out.append(Arg(participant: finder.entityParticipant(o, at: pos - 1, parse: parse), phrase: q))
                    }
                } else if let of = np.ofPhrase, let e = parse.phrases[of].entity, parse.table.entities[e].type == .place,
                          parse.tokens[np.head].info.isAny([.placeOf, .placeOfNoun, .premises]) {
                    out.append(Arg(participant: finder.entityParticipant(e, at: parse.phrases[of].head, parse: parse), phrase: of))
                } else if np.entity == nil, parse.tokens[np.head].info.is(.placeNoun), let (a, _) = parse.apposition(after: q),
                          let e = parse.phrases[a].entity, parse.table.entities[e].type == .place {
                    // "in the capital, Tiraz,": the place named in apposition
                    out.append(Arg(participant: finder.entityParticipant(e, at: parse.phrases[a].head, parse: parse), phrase: a))
                } else if np.entity == nil, !np.isPronoun, ["at", "outside", "near", "inside", "in", "on", "into"].contains(word),
                          parse.tokens[np.head].info.isAny([.premises, .locationNoun]) {
                    // "at his home", "outside a restaurant", "at a checkpoint": a place named by what it is
                    let m = Mention(sentenceIndex: np.sentence, utf8Range: parse.analysis.utf8Range(tokens: np.range))
                    out.append(Arg(participant: Participant(text: parse.text(np.range), mention: m), phrase: q))
                }
            }
        }
        return out
    }

    /// A clause's prepositional phrases less those that hang on an event noun of the clause:
    /// in "arrested a suspect in Tuesday's attack in the city of X", X is where the attack was.
    func ownPreps(_ cl: Clause, parse: Parse) -> [PrepPhrase] {
        var out = [PrepPhrase]()
        var chainEnd = -1
        for pp in cl.preps {
            if pp.prep == chainEnd {
                chainEnd = parse.phrases[parse.phrases[pp.phrase].ofPhrase ?? pp.phrase].end
                continue
            }
            out.append(pp)
            let np = parse.phrases[pp.phrase]
            if parse.isEventNoun(np.head) { chainEnd = parse.phrases[np.ofPhrase ?? pp.phrase].end } else { chainEnd = -1 }
        }
        return out
    }

    /// Places named before a noun trigger: "the Tiraz bombings".
    func modifierPlaces(_ np: NounPhrase, parse: Parse, finder: ArgumentFinder) -> [Arg] {
        var out = [Arg]()
        var k = np.start
        while k < np.head {
            if let e = parse.table.entity(at: k), parse.table.entities[e].type == .place, np.possessive == nil || k > np.possessive! {
                out.append(Arg(participant: finder.entityParticipant(e, at: k, parse: parse), phrase: nil))
                while k < np.head, parse.table.entity(at: k) == e { k += 1 }
                continue
            }
            k += 1
        }
        return out
    }

    /// The prepositional phrases right after a noun phrase, one after another: "a raid | on a
    /// warehouse | in Port Velo".
    func prepChain(after p: Int, parse: Parse) -> [PrepPhrase] {
        var out = [PrepPhrase]()
        var e = parse.phrases[p].end
        if let of = parse.phrases[p].ofPhrase { e = parse.phrases[of].end }
        let times = parse.times[parse.phrases[p].sentence]
        while out.count < 4, e + 1 < parse.tokens.count {
            // "a raid on April 6 in X": past a time to the next phrase
            if parse.tag(e) == .preposition, let t = times.first(where: { $0.tokens.lowerBound == e + 1 }) { e = t.tokens.upperBound; continue }
            if let t = times.first(where: { $0.tokens.lowerBound == e }) { e = t.tokens.upperBound; continue }
            guard parse.tag(e) == .preposition, let q = parse.phrase(startingAt: e + 1) else { break }
            out.append(PrepPhrase(prep: e, phrase: q))
            e = parse.phrases[q].end
            if e < parse.tokens.count, parse.tokens[e].kind == .possessive, let r = parse.phrase(startingAt: e + 1) { e = parse.phrases[r].end }
            if let of = parse.phrases[q].ofPhrase { e = parse.phrases[of].end }
        }
        return out
    }

    // MARK: time

    /// The time of a verb's event: the first time expression after the verb in its clause, else the
    /// last one before it in the clause.
    func time(inClause cl: Clause, verb vg: VerbGroup, parse: Parse) -> TimeExpression? {
        let times = parse.times[vg.sentence]
        if let t = times.first(where: { $0.tokens.lowerBound >= vg.range.upperBound && $0.tokens.upperBound <= cl.span.upperBound && !insideNounTrigger($0, parse: parse)
            && !afterEventNoun($0, clause: cl, parse: parse) }) {
            return t
        }
        return times.last { $0.tokens.upperBound <= vg.range.lowerBound && $0.tokens.lowerBound >= cl.span.lowerBound && !insideNounTrigger($0, parse: parse) }
    }

    /// Whether a time comes right after an event noun of the clause ("arrested him after the raid
    /// on Monday"): the noun's time, not the verb's.
    func afterEventNoun(_ t: TimeExpression, clause cl: Clause, parse: Parse) -> Bool {
        var k = t.tokens.lowerBound - 1
        if k >= 0, parse.tag(k) == .preposition { k -= 1 }
        guard k >= 0, let p = parse.phrase(at: k), parse.phrases[p].end == k + 1 else { return false }
        return parse.isEventNoun(parse.phrases[p].head) && (cl.object.contains(p) || cl.preps.contains { $0.phrase == p })
    }

    /// Whether a time modifies a noun trigger ("the April 6 raid", "Monday's raid"), so that it is
    /// that noun's time and not the verb's.
    func insideNounTrigger(_ t: TimeExpression, parse: Parse) -> Bool {
        var e = t.tokens.upperBound
        if e < parse.tokens.count, parse.tokens[e].kind == .possessive { e += 1 }
        guard e < parse.tokens.count, let p = parse.phrase(at: e) else { return false }
        return parse.isEventNoun(parse.phrases[p].head)
    }

    /// The time of a noun's event: inside its phrase ("the April 6 raid"), just before it
    /// ("Monday's raid"), or right after it ("the raid on Monday", "the raid late Sunday").
    func time(ofNoun p: Int, chain: [PrepPhrase], parse: Parse) -> TimeExpression? {
        let np = parse.phrases[p]
        let times = parse.times[np.sentence]
        if let t = times.first(where: { $0.tokens.lowerBound >= np.start && $0.tokens.upperBound <= np.head }) { return t }
        if let t = times.first(where: { $0.tokens.upperBound == np.start || $0.tokens.upperBound + 1 == np.start && parse.tokens[np.start - 1].kind == .possessive }) {
            return t
        }
        // right after it, or after a preposition: "the raid on Monday", "the raid Monday"
        var e = np.end
        if let of = np.ofPhrase { e = parse.phrases[of].end }
        if let t = times.first(where: { $0.tokens.lowerBound == e || $0.tokens.lowerBound == e + 1 && parse.tag(e) == .preposition }) { return t }
        if let first = chain.first, let t = times.first(where: { $0.tokens.lowerBound == parse.phrases[first.phrase].end + 1 && parse.tag(parse.phrases[first.phrase].end) == .preposition && chain.count == 1 }) {
            return t
        }
        return nil
    }
}
