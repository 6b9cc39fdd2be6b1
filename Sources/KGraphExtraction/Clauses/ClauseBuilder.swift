import KGraphVocabulary

/// Builds one ``Clause`` per verb group: its subject (left, past adverbs, times, appositions,
/// relative clauses and prepositional phrases that hang on the subject), its object, its
/// passive by-agent and its prepositional phrases. A verb after "and" shares the subject of the
/// verb before; a relative pronoun or reduced relative takes the noun it hangs on.
struct ClauseBuilder: Sendable {
    /// Fills the clauses of a parse.
    /// - Parameter parse: a parse with tags and chunks.
    /// - Returns: the parse with ``Parse/clauses`` set.
    /// - Complexity: O(v · w) in verb groups and a bounded window of tokens.
    func build(_ parse: Parse) -> Parse {
        var p = parse
        var clauses = [Clause]()
        clauses.reserveCapacity(parse.verbs.count)
        for (v, vg) in parse.verbs.enumerated() {
            var c = Clause(verb: v, span: vg.range)
            fillSubject(&c, vg: vg, v: v, parse: parse, previous: clauses)
            fillObject(&c, vg: vg, parse: parse)
            clauses.append(c)
        }
        setSpans(&clauses, parse: parse)
        for i in clauses.indices { fillPreps(&clauses[i], parse: parse) }
        // "were grabbed by police and briefly detained": a bare participle after "and" that shares a
        // passive verb's subject is passive too, with the same by-agent
        for i in clauses.indices.dropFirst() where clauses[i].sharesSubject {
            let vg = parse.verbs[clauses[i].verb], prev = parse.verbs[clauses[i - 1].verb]
            guard prev.voice == .passive, vg.range.lowerBound == vg.main || parse.tag(vg.range.lowerBound) == .adverb, vg.form.canBeParticiple else { continue }
            p.chunks.verbs[clauses[i].verb].voice = .passive
            if clauses[i].byAgent.isEmpty { clauses[i].byAgent = clauses[i - 1].byAgent }
            clauses[i].object = []
        }
        p.clauses = clauses
        p.clauseIndex = ClauseIndex(clauses, verbs: p.verbs, phraseCount: p.phrases.count, sentenceCount: parse.analysis.sentences.count)
        return p
    }

    // MARK: subject

    func fillSubject(_ c: inout Clause, vg: VerbGroup, v: Int, parse: Parse, previous: [Clause]) {
        let tokens = parse.tokens
        let body = parse.bodyStart(of: vg.main)
        let start = vg.range.lowerBound
        var p = start - 1
        while p >= body, parse.tag(p) == .adverb { p -= 1 }
        // "X, who was arrested…", "the man that police arrested": the noun the relative hangs on
        if p >= body, parse.tag(p) == .relative {
            if let a = antecedent(ofRelativeAt: p, parse: parse) {
                c.subject = parse.coordinated(endingAt: a)
                c.subjectIsAntecedent = true
            }
            return
        }
        // "30 people arrested in 2020", "those detained": the phrase the participle follows
        if vg.isReducedRelative, let a = parse.phrase(endingBefore: start) ?? (start > 1 && parse.tokens[start - 1].isPunct(",") ? parse.phrase(endingBefore: start - 1) : nil) {
            c.subject = parse.coordinated(endingAt: a)
            c.subjectIsAntecedent = true
            return
        }
        // "raided two farms, seizing three rifles": a participial clause after a comma takes the
        // subject of the clause it hangs on
        if p >= body, tokens[p].lower == ",", vg.form == .gerund, vg.range.lowerBound == vg.main,
           let prev = last(of: previous, inSentence: vg.sentence, parse: parse, where: { !parse.verbs[$0.verb].isReducedRelative }),
           !prev.subject.isEmpty {
            c.subject = prev.subject
            c.sharesSubject = true
            return
        }
        // "arrested X and seized Y": the subject of the verb before
        if p >= body, parse.tag(p) == .coordinator || tokens[p].lower == "," && vg.range.lowerBound == vg.main && vg.form.canBePast,
           let prev = previous.last, parse.verbs[prev.verb].sentence == vg.sentence,
           !parse.verbs[prev.verb].isReducedRelative || parse.tag(p) == .coordinator {
            if parse.tag(p) == .coordinator || prev.object.last.map({ parse.phrases[$0].end == p }) == true {
                c.subject = prev.subject
                c.sharesSubject = true
                return
            }
        }
        // "after finding heroin", "Arrested in May, the men…": the main clause's subject, found later
        if vg.isGerundClause { return }
        let first = firstPhrase(before: start, body: body, previous: previous, parse: parse).map { parse.coordinated(from: $0) }
        if var s = subjectPhrase(endingAt: p, body: body, parse: parse) {
            // "members of a ring that pressed pills in a warehouse have been sentenced": past a relative clause to its noun
            while let rel = last(of: previous, inSentence: vg.sentence, parse: parse, where: { $0.subjectIsAntecedent && !parse.verbs[$0.verb].isReducedRelative
                && parse.verbs[$0.verb].range.lowerBound <= parse.phrases[s].start && !$0.subject.contains(s)
                && !(parse.verbs[$0.verb].range.upperBound..<parse.phrases[s].start).contains { tokens[$0].lower == "," } }), let a = rel.subject.first, a != s {
                s = a
            }
            // a list the clause opens with that ends in this phrase: "X, title; Y, title; and Z, title, announced"
            if let first, first.contains(s), first.count > 1 { c.subject = first } else { c.subject = parse.coordinated(endingAt: s) }
        } else if let first {
            c.subject = first
        }
    }

    /// The last of the clauses built so far that stands in sentence `s` and passes a test: they are
    /// in text order, so the search ends at the sentence's first clause.
    func last(of previous: [Clause], inSentence s: Int, parse: Parse, where test: (Clause) -> Bool) -> Clause? {
        for c in previous.reversed() {
            if parse.verbs[c.verb].sentence != s { return nil }
            if test(c) { return c }
        }
        return nil
    }

    /// The first phrase of the clause, when everything between it and the verb is nominal (phrases,
    /// appositions, "and", participles, prepositional phrases): "X, Kampot's police chief, and two
    /// accomplices – Y, a police officer, and Z – were…". Phrases inside an opening prepositional
    /// phrase ("In X, police…") are passed over.
    func firstPhrase(before start: Int, body: Int, previous: [Clause], parse: Parse) -> Int? {
        let sentence = parse.tokens[start].sentence
        var left = body
        if let prev = last(of: previous, inSentence: sentence, parse: parse, where: { !parse.verbs[$0.verb].isReducedRelative && !parse.verbs[$0.verb].isGerundClause }) {
            left = max(left, parse.verbs[prev.verb].range.upperBound)
        }
        var k = left
        while k < start {
            if let q = parse.phrase(startingAt: k), k == left || parse.tag(k - 1) != .preposition && parse.tag(k - 1) != .to {
                // everything after it up to the verb must be nominal
                var j = parse.phrases[q].end
                while j < start {
                    let t = parse.tag(j)
                    if t == .verb, let v = parse.verb(at: j), parse.verbs[v].isReducedRelative || parse.verbs[v].form.canBeParticiple && parse.verbs[v].range.lowerBound == j { j += 1; continue }
                    guard [.punctuation, .coordinator, .preposition, .adverb, .possessive].contains(t) || parse.phrase(at: j) != nil else { return nil }
                    if t == .punctuation, [":", "\u{201C}", "\u{201D}"].contains(parse.tokens[j].lower) { return nil }
                    if parse.tokens[j].lower == ";", parse.personAfterSemicolon(from: j, sentence: sentence) == nil { return nil }
                    j += 1
                }
                return q
            }
            if [.subordinator, .relative, .verb, .auxiliary].contains(parse.tag(k)) { left = k + 1 }
            k += 1
        }
        return nil
    }

    /// The subject's head phrase, scanning left from token `p`.
    func subjectPhrase(endingAt start: Int, body: Int, parse: Parse) -> Int? {
        let tokens = parse.tokens
        var p = start
        var steps = 0
        while p >= body, steps < 40 {
            steps += 1
            let t = tokens[p]
            if parse.tag(p) == .adverb { p -= 1; continue }
            // "those arrested were", "the men detained in May were": past the participle to its noun
            if let v = parse.verb(at: p), parse.verbs[v].isReducedRelative { p = parse.verbs[v].range.lowerBound - 1; continue }
            if let te = parse.times[t.sentence].first(where: { $0.tokens.contains(p) }) {
                p = te.tokens.lowerBound - 1
                // "on Tuesday", "last week": a preposition before a time goes with it
                if p >= body, ["on", "in", "at", "during", "since"].contains(tokens[p].lower) { p -= 1 }
                continue
            }
            if t.kind == .punct {
                guard [",", ")", "-", "–", "—"].contains(t.lower) else { return nil }
                // an apposition, a parenthesis or a relative clause closed here: its owner is the subject
                // (or, when the owner hangs on a preposition, the phrase before it: "A court in the capital, X, sentenced")
                if let owner = owner(ofSpanClosedAt: p, body: body, parse: parse), parse.phrases[owner].end - 1 < p {
                    p = parse.phrases[owner].end - 1
                    continue
                }
                return nil
            }
            // "a civilian named X were…": the described noun, not the name
            if let np = parse.phrase(at: p), parse.phrases[np].end == p + 1, parse.phrases[np].start > body,
               let v = parse.verb(at: parse.phrases[np].start - 1), parse.verbs[v].isReducedRelative,
               ["named", "called", "nicknamed", "dubbed"].contains(tokens[parse.verbs[v].main].lower) {
                p = parse.verbs[v].range.lowerBound - 1
                continue
            }
            if let np = parse.phrase(at: p), parse.phrases[np].end == p + 1 {
                // "Police in X", "agents of the Y", "officers working with the Z": the phrase before the preposition
                let s = parse.phrases[np].start
                if s - 1 > body, parse.tag(s - 1) == .preposition, ["in", "at", "from", "of", "with", "near", "for", "inside", "outside", "across", "on"].contains(tokens[s - 1].lower) {
                    var b = s - 2
                    if b > body, parse.tag(b) == .verb, parse.verbs[parse.verb(at: b) ?? 0].form != .base { b -= 1 }
                    // "leaders of the X (the Y) in Z": past a bracket
                    if b > body, tokens[b].lower == ")", let open = (max(body, b - 8)..<b).last(where: { tokens[$0].lower == "(" }) { b = open - 1 }
                    if let before = parse.phrase(endingBefore: b + 1), !parse.phrases[before].isPronoun || tokens[s - 1].lower == "of" {
                        return subjectPhrase(endingAt: parse.phrases[before].end - 1, body: body, parse: parse) ?? before
                    }
                }
                return np
            }
            return nil
        }
        return nil
    }

    /// The phrase before an apposition, parenthesis or relative clause that closes at token `close`.
    func owner(ofSpanClosedAt close: Int, body: Int, parse: Parse) -> Int? {
        let tokens = parse.tokens
        let mark = tokens[close].lower
        let opens: Set<String> = mark == ")" ? ["("] : [mark == "," ? "," : mark, ",", "-", "–", "—", "("]
        var q = close - 1
        var n = 0
        while q > body, n < 30 {
            if opens.contains(tokens[q].lower) {
                if let owner = parse.phrase(endingBefore: q), let (_, c) = parse.apposition(after: owner), c == close {
                    // "X, 46, a retired officer, was freed": past the age to the name
                    if parse.phrases[owner].entity == nil, let (name, _) = parse.appositionOwner(of: owner) { return name }
                    return owner
                }
                // "X, who had fled in May, was arrested": a relative clause
                if q + 1 < close, parse.tag(q + 1) == .relative, let owner = parse.phrase(endingBefore: q) { return owner }
                // "X, arrested in May, was charged"
                if q + 1 < close, let v = parse.verb(at: q + 1), parse.verbs[v].form.canBeParticiple, let owner = parse.phrase(endingBefore: q) {
                    return owner
                }
                return nil
            }
            if parse.tag(q) == .verb, parse.tag(q - 1) != .relative, !(parse.verb(at: q).map { parse.verbs[$0].isReducedRelative } ?? false) {
                // a finite verb inside: a clause, not an apposition — unless a relative opens it
                if !(body..<q).contains(where: { parse.tag($0) == .relative && $0 > q - 6 }) { return nil }
            }
            q -= 1
            n += 1
        }
        return nil
    }

    /// The phrase a relative pronoun at `r` hangs on: "X, who…", "a lawyer who…" (and the name a
    /// described antecedent stands in apposition to: "X, a lawyer who…" → X).
    func antecedent(ofRelativeAt r: Int, parse: Parse) -> Int? {
        var q = r - 1
        if q >= 0, parse.tokens[q].lower == "," { q -= 1 }
        guard q >= 0, let a = parse.phrase(at: q), parse.phrases[a].end == q + 1 || parse.phrases[a].ofPhrase != nil else {
            // "leaders of X who…": the "of" phrase's owner
            if q >= 0, let inner = parse.phrase(at: q), let owner = parse.ofOwner(of: inner) { return owner }
            return nil
        }
        if let owner = parse.ofOwner(of: a), !parse.isPerson(a) { return owner }
        if let (owner, _) = parse.appositionOwner(of: a) { return owner }
        return a
    }

    // MARK: object, by-agent, prepositions

    func fillObject(_ c: inout Clause, vg: VerbGroup, parse: Parse) {
        var k = vg.range.upperBound
        // "carrying nearly two tons": a phrase may open with its quantifier
        while k < parse.tokens.count, parse.tag(k) == .adverb, parse.phrase(startingAt: k) == nil { k += 1 }
        guard k < parse.tokens.count, parse.tokens[k].sentence == vg.sentence else { return }
        guard let o = parse.phrase(startingAt: k) else { return }
        if vg.voice == .passive, !vg.isCopula, !parse.phrases[o].isPronoun || vg.isReducedRelative {
            // a passive takes no object but a "to" term or a charge: "was sentenced | five years"
            if !(vg.isReducedRelative == false && parse.tag(parse.phrases[o].head) == .number) { return }
        }
        c.object = parse.coordinated(from: o)
    }

    /// Sets each clause's span: from its subject (or verb) to the next clause's start.
    func setSpans(_ clauses: inout [Clause], parse: Parse) {
        for i in clauses.indices {
            let vg = parse.verbs[clauses[i].verb]
            let sentence = parse.analysis.sentences[vg.sentence]
            var lo = vg.range.lowerBound
            if let s = clauses[i].subject.first, !clauses[i].sharesSubject, !clauses[i].subjectIsAntecedent { lo = min(lo, parse.phrases[s].start) }
            if i > 0, parse.verbs[clauses[i - 1].verb].sentence == vg.sentence {
                lo = max(lo, parse.verbs[clauses[i - 1].verb].range.upperBound)
            } else {
                lo = min(lo, sentence.tokens.lowerBound)
            }
            var hi = sentence.tokens.upperBound
            if i + 1 < clauses.count, parse.verbs[clauses[i + 1].verb].sentence == vg.sentence {
                let next = clauses[i + 1]
                hi = parse.verbs[next.verb].range.lowerBound
                if let s = next.subject.first, !next.sharesSubject, !next.subjectIsAntecedent, parse.phrases[s].start >= vg.range.upperBound {
                    hi = parse.phrases[s].start
                }
                // a relative pronoun or conjunction before the next clause belongs to it
                var b = hi - 1
                while b > vg.range.upperBound, [Tag.relative, .subordinator, .coordinator].contains(parse.tag(b)) || parse.tokens[b].lower == "," { b -= 1 }
                hi = max(vg.range.upperBound, b + 1)
            }
            clauses[i].span = lo..<max(hi, vg.range.upperBound)
        }
    }

    /// The by-agent and the prepositional phrases inside a clause's span, after its verb (and
    /// before it, outside its subject: "In X, police arrested…").
    func fillPreps(_ c: inout Clause, parse: Parse) {
        let vg = parse.verbs[c.verb]
        let subjectEnd = c.subject.last.map { parse.phrases[$0].end } ?? -1
        // before the verb, only phrases with no other verb between them and it ("Police in X arrested…")
        let lastVerbBefore = (c.span.lowerBound..<vg.range.lowerBound).last { parse.verb(at: $0) != nil } ?? -1
        let before = vg.voice == .active || !c.sharesSubject && c.subject.isEmpty
        for k in c.span where parse.tag(k) == .preposition && (k >= vg.range.upperBound || before && k < vg.range.lowerBound && k >= subjectEnd && k > lastVerbBefore) {
            guard let np = parse.phrase(startingAt: k + 1) else { continue }
            if parse.tokens[k].lower == "by", vg.voice == .passive, c.byAgent.isEmpty, k >= vg.range.upperBound {
                c.byAgent = parse.coordinated(from: np)
                continue
            }
            c.preps.append(PrepPhrase(prep: k, phrase: np))
        }
    }
}
