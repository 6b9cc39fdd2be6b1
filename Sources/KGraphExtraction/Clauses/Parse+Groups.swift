import KGraphModel
import KGraphVocabulary

/// Apposition and coordination between noun phrases.
extension Parse {
    /// The phrase in apposition right after phrase `p`, between commas, brackets or dashes: "X, a
    /// police officer,", "X (46)", "two men, X and Y," (the first of the named list), "X, 46,".
    /// - Returns: the apposed phrase and the token that closes the apposition, or nil.
    func apposition(after p: Int) -> (phrase: Int, close: Int)? {
        let np = phrases[p]
        let e = np.end
        // every opening mark is punctuation: most phrases are followed by a word, passed over at once
        guard e + 1 < tokens.count, tokens[e].kind == .punct, tokens[e + 1].sentence == np.sentence else { return nil }
        let open = tokens[e].lower
        guard open == "," || open == "(" || open == "-" || open == "–" || open == "—" else { return nil }
        guard let q = phrase(startingAt: e + 1) else { return nil }
        // the apposition ends at the matching mark (a comma, a bracket, a dash) or at the sentence's end
        // "the officials, X and Y,": a list of names in apposition runs to its last name
        if phrases[q].entity != nil, isPerson(q), np.entity == nil {
            let list = coordinated(from: q)
            if list.count > 1, let last = list.last {
                let close = pastPersonTail(phrases[last].end, of: last)
                if close < tokens.count, tokens[close].sentence == np.sentence, [",", ".", ")", "-", "–", "—", ":", ";"].contains(tokens[close].lower) || tag(close) == .verb || tag(close) == .auxiliary,
                   isDescription(p) { return (q, close) }
            }
        }
        // the apposition runs to the next mark, over a short tail with no finite verb: "a lawyer in
        // Y", "the spokesperson for the Y Court", "deputy director for monitoring at rights group Y"
        var close = phrases[q].end
        while close < tokens.count, tokens[close].sentence == np.sentence, tag(close) != .punctuation, close - e < 16 {
            if let v = verb(at: close), verbs[v].range.lowerBound < verbs[v].main || !(verbs[v].form == .gerund || verbs[v].form.canBeParticiple) { return nil }
            if tag(close) == .relative { break }
            if [.subordinator, .coordinator].contains(tag(close)) { return nil }
            close += 1
        }
        guard close < tokens.count, tokens[close].sentence == np.sentence else { return nil }
        let mark = tokens[close].lower
        let closes = open == "(" ? mark == ")" : (mark == "," || mark == "." || mark == open || mark == "-" || mark == "–" || mark == "—"
                                                    || open == "," && (mark == ";" || mark == ":"))
        guard closes || open == "," && (tag(close) == .verb || tag(close) == .relative) else { return nil }
        let named = phrases[q].entity != nil
        // "X, 46, a police officer,": after an age the next apposition is still the name's
        var owner = np
        if owner.entity == nil, tag(owner.head) == .number, np.range.count == 1, let (o, _) = appositionOwner(of: p) { owner.entity = phrases[o].entity }
        // an age, a description of a named person, or the names of a described group
        if tag(phrases[q].head) == .number, phrases[q].range.count == 1, owner.entity != nil { return (q, close) }
        if owner.entity != nil, !named, isApposable(q) { return (q, close) }
        if owner.entity == nil, named, isPerson(q) ? isDescription(p)
            : tokens[np.head].info.isAny([.organizationNoun, .orgCue]) || entityType(of: q) == .place && tokens[np.head].info.is(.placeNoun) {
            return (q, close)
        }
        if owner.entity != nil, named, phrases[q].possessive != nil { return (q, close) }  // "X, Kampot's police chief,"
        return nil
    }

    /// Whether a common-noun phrase can stand in apposition to a name: it starts with an article or
    /// possessive, or its head is a title, a person noun or an organisation word.
    func isApposable(_ q: Int) -> Bool {
        let np = phrases[q]
        let first = tokens[np.start]
        if ["a", "an", "the"].contains(first.lower) || tag(np.start) == .possessivePronoun || np.possessive != nil { return true }
        let h = tokens[np.head].info
        return h.isAny([.titleHead, .personNoun, .orgCue, .orgHead]) || isDescription(q)
    }

    /// The phrases coordinated with `p` to its right ("X, Y and Z"), `p` first; appositions are
    /// stepped over ("X, a lawyer, and Y").
    func coordinated(from p: Int) -> [Int] {
        var out = [p]
        var cur = p
        while out.count < 12 {
            var e = phrases[cur].end
            if let of = phrases[cur].ofPhrase, !isEventNoun(phrases[cur].head) { e = phrases[of].end }
            if let (_, close) = apposition(after: cur), tokens[close].lower != "." { e = close }
            e = pastPersonTail(e, of: cur)
            guard e + 1 < tokens.count, tokens[e].sentence == phrases[p].sentence else { break }
            var k = e
            var sawAnd = false
            if tokens[k].lower == "," { k += 1 }
            if k < tokens.count, ["and", "or"].contains(tokens[k].lower) { k += 1; sawAnd = true }
            guard k > e, let next = phrase(startingAt: k), compatible(p, next) else {
                // "X, title, agency; Y, title; and Z, title": a list of people split by semicolons
                if isPerson(p), let next = personAfterSemicolon(from: e, sentence: phrases[p].sentence) { out.append(next); cur = next; continue }
                break
            }
            // "…in X, and Y is seeking…": a comma and "and" before a clause's subject join clauses, not phrases
            if sawAnd, tokens[e].lower == ",", out.count == 1, let v = verb(at: phrases[next].end), !verbs[v].isReducedRelative { break }
            // "X and Y arrested…" is fine; a comma alone joins only names ("X, Y and Z")
            if !sawAnd, phrases[next].entity == nil || phrases[p].entity == nil, !coordinationCloses(from: next, first: p) { break }
            if !sawAnd, !coordinationCloses(from: next, first: p) { break }
            out.append(next)
            cur = next
            // "X and Y and Z": a list joined by more than one "and" goes on
            if sawAnd, !(phrases[next].end < tokens.count && tokens[phrases[next].end].lower == "and") { break }
        }
        return out
    }

    /// Past the tail of a listed person: ", 42," (an age), ", of Marnak," (a home town) — the
    /// comma before the next item of the list.
    func pastPersonTail(_ e: Int, of p: Int) -> Int {
        guard isPerson(p) else { return e }
        var e = e
        for _ in 0..<3 {
            guard e + 2 < tokens.count, tokens[e].isPunct(","), tokens[e + 1].sentence == tokens[e].sentence else { break }
            if tag(e + 1) == .number, e + 2 < tokens.count, tokens[e + 2].isPunct(",") { e += 2; continue }
            if ["of", "from"].contains(tokens[e + 1].lower), let q = phrase(startingAt: e + 2), entityType(of: q) == .place {
                var f = phrases[q].end
                if f + 1 < tokens.count, tokens[f].isPunct(","), let r = phrase(startingAt: f + 1), entityType(of: r) == .place,
                   f + 2 < tokens.count, phrases[r].end < tokens.count, tokens[phrases[r].end].isPunct(",") { f = phrases[r].end }
                guard f < tokens.count, tokens[f].isPunct(",") || tokens[f].lower == "and" else { break }
                e = f
                continue
            }
            break
        }
        return e
    }

    /// The person phrase after the next semicolon from token `e`, when only titles, names and marks
    /// stand between (no verb): the next item of a list of officials.
    func personAfterSemicolon(from e: Int, sentence: Int) -> Int? {
        var k = e
        while k < tokens.count, tokens[k].sentence == sentence, k - e < 30 {
            if tokens[k].lower == ";" {
                var n = k + 1
                if n < tokens.count, tokens[n].lower == "and" { n += 1 }
                if let q = phrase(startingAt: n), isPerson(q) { return q }
                return nil
            }
            if tag(k) == .verb || tag(k) == .auxiliary || tag(k) == .relative { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a list continued by a comma goes on to an "and" ("X, Y and Z"), so that a comma
    /// after a name is a list and not an apposition or the end of a clause.
    func coordinationCloses(from q: Int, first p: Int) -> Bool {
        var cur = q
        for _ in 0..<10 {
            var e = phrases[cur].end
            if let (_, close) = apposition(after: cur), tokens[close].lower != "." { e = close }
            guard e < tokens.count, tokens[e].sentence == phrases[p].sentence else { return false }
            var k = e
            if tokens[k].lower == "," { k += 1 }
            if k < tokens.count, ["and", "or"].contains(tokens[k].lower) { return phrase(startingAt: k + 1) != nil }
            guard k > e, let next = phrase(startingAt: k), compatible(p, next) else { return false }
            cur = next
        }
        return false
    }

    /// The phrases coordinated with `p` to its left ("X and | Y were arrested"), in text order, `p` last.
    func coordinated(endingAt p: Int) -> [Int] {
        var out = [p]
        var cur = p
        while out.count < 12 {
            var k = phrases[cur].start - 1
            guard k > 0, tokens[k].sentence == phrases[p].sentence else { break }
            var sawAnd = false
            if ["and", "or"].contains(tokens[k].lower) { k -= 1; sawAnd = true }
            if k >= 0, tokens[k].lower == "," { k -= 1 }
            guard k >= 0, k < phrases[cur].start - 1 || sawAnd else { break }
            // step back over an apposition: "X, a police officer, and Y", "X, a lawyer in Tiraz, and Y"
            var before = phrase(at: k)
            if let b = before, !(phrases[b].end == k + 1) { before = nil }
            if let b = before, let (owner, _) = appositionOwner(of: b) { before = owner }
            if tokens[k + 1].lower == ",", let owner = owner(ofAppositionClosedAt: k + 1) { before = owner }
            guard let prev = before, compatible(prev, p) else { break }
            if !sawAnd, phrases[prev].entity == nil || phrases[p].entity == nil { break }
            // a list closes with "and": "…in Tiraz, the police said" joins no list
            if !sawAnd, out.count == 1 { break }
            out.insert(prev, at: 0)
            cur = prev
        }
        return out
    }

    /// The phrase whose apposition the comma at `close` ends, looking back a dozen tokens.
    func owner(ofAppositionClosedAt close: Int) -> Int? {
        var k = close - 1
        while k > 0, close - k < 16, tokens[k].sentence == tokens[close].sentence {
            if tokens[k].lower == ",", let o = phrase(endingBefore: k), let (_, c) = apposition(after: o), c == close { return o }
            k -= 1
        }
        return nil
    }

    /// The phrase that `q` stands in apposition to, if any.
    func appositionOwner(of q: Int) -> (Int, Int)? {
        let s = phrases[q].start
        guard s >= 2, ["," ,"(", "-", "–", "—"].contains(tokens[s - 1].lower), let owner = phrase(endingBefore: s - 1),
              let (a, close) = apposition(after: owner), a == q else { return nil }
        return (owner, close)
    }

    /// Whether two phrases can be coordinated: both name people, or both name organisations or places,
    /// or both are common nouns, or a name and a description of a person.
    func compatible(_ a: Int, _ b: Int) -> Bool {
        let ta = entityType(of: a), tb = entityType(of: b)
        if phrases[a].isPronoun || phrases[b].isPronoun { return false }
        if let ta, let tb { return ta == tb || ta != .person && tb != .person }
        if ta == .person || tb == .person { return isDescription(ta == nil ? a : b) }
        if ta != nil || tb != nil { return true }
        return true
    }

    /// Whether a token is a trigger noun ("arrest", "raid").
    func isEventNoun(_ k: Int) -> Bool { tokens[k].info.trigger?.isNoun == true && tag(k) == .noun }
}

extension Parse {
    /// The person named after a description and its prepositional tail, between commas: "A
    /// spokesman for the X Embassy in Y, Z, denied…" → Z.
    func nameAfterTail(of q: Int) -> Int? {
        let np = phrases[q]
        guard np.entity == nil, !np.isPronoun else { return nil }
        var k = phrases[np.ofPhrase ?? q].end
        var n = 0
        while k < tokens.count, tokens[k].sentence == np.sentence, n < 4, tag(k) == .preposition, let r = phrase(startingAt: k + 1) {
            k = phrases[r].end
            n += 1
        }
        guard n > 0 || np.ofPhrase != nil, k + 1 < tokens.count, tokens[k].isPunct(","), let p = phrase(startingAt: k + 1), isPerson(p) else { return nil }
        let e = phrases[p].end
        guard e < tokens.count, tokens[e].isPunct(",") || tokens[e].isPunct(".") || tag(e) == .verb || tag(e) == .auxiliary else { return nil }
        return p
    }
}
