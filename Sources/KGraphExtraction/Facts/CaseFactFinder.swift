import KGraphModel

/// Finds the facts of a case and ties each to the event it belongs to: charges, statutes, terms
/// and the penalties someone faces, fines, bail and other release conditions, outcomes, and the
/// quantities of what was seized. A stage after the events' arguments: it reads the cues of
/// ``FactCue/all`` and the terms and statutes of each sentence, then the seizures' patients.
struct CaseFactFinder {
    /// The clause layer.
    let parse: Parse
    /// The value readers.
    var reader: FactReader { FactReader(parse: parse) }

    /// The cues by the words their first position admits, for a look-up per token.
    static let cuesByFirstWord: [String: [Int]] = {
        var out = [String: [Int]]()
        for (i, cue) in FactCue.all.enumerated() { for w in cue.words[0] { out[w, default: []].append(i) } }
        return out
    }()

    /// Words a statute's reference opens with ("8 U.S.C. § 1324", "Article 12 of the Penal Code").
    static let statuteWords: Set<String> = ["u.s.c.", "usc", "§", "section", "article"]

    /// Adds the facts of every sentence to the drafts they belong to.
    /// - Complexity: O(n · c) in tokens and the cues starting with a token's word, with bounded reads.
    func fill(_ drafts: inout [EventDraft]) {
        let live = drafts.indices.filter { drafts[$0].mergedInto == nil }
        guard !live.isEmpty else { return }
        // every draft, merged ones too: a fact told with the second telling of an event belongs
        // to the event it was merged into
        var marks = FormMarks()
        var bySentence = [Int: [Int]]()
        for i in drafts.indices { bySentence[drafts[i].sentence, default: []].append(i) }
        for sentence in parse.analysis.sentences where !sentence.isHeadline {
            // a sentence far from every event holds no fact of one
            guard (max(0, sentence.index - 5)...sentence.index).contains(where: { bySentence[$0] != nil }) else { continue }
            for (reading, cueEvents, sameSentenceOnly) in readings(in: sentence, marks: &marks) {
                // a penalty is often told a few sentences after the charge ("If convicted, she faces…")
                let back = reading.kind == .penalty ? 5 : 2
                let candidates = sameSentenceOnly ? (bySentence[sentence.index] ?? [])
                    : (max(0, sentence.index - back)...sentence.index).flatMap { bySentence[$0] ?? [] }
                guard var d = owner(of: reading, among: candidates, types: cueEvents, drafts: drafts) else { continue }
                while let root = drafts[d].mergedInto, root != d { d = root }
                let fact = caseFact(reading)
                if !drafts[d].facts.contains(where: { $0.kind == fact.kind && $0.mention == fact.mention }) { drafts[d].facts.append(fact) }
                if fact.amount != nil { trimPatients(of: &drafts[d], before: reading.tokens) }
            }
        }
        for i in live where drafts[i].type == .seizure { addQuantities(to: &drafts[i]) }
        for i in live where CaseFactFinder.courtEvents.contains(drafts[i].type) { addCourt(to: &drafts[i]) }
    }

    /// The facts read in a sentence, with the event types each belongs to and whether it must be
    /// tied to an event of its own sentence.
    func readings(in sentence: Sentence, marks: inout FormMarks) -> [(FactReading, [EventType], Bool)] {
        var out = [(FactReading, [EventType], Bool)]()
        let end = sentence.tokens.upperBound
        var k = sentence.body
        var taken = sentence.body  // facts do not overlap
        while k < end {
            let mark = marks.mark(parse.tokens[k])
            if mark == 0 { k += 1; continue }
            if k >= taken, mark & FormMarks.cue != 0, let (readings, next) = cue(at: k, end: end) {
                out += readings.map { ($0.0, $0.1, true) }
                // an outcome's words may open another cue ("found X guilty | of arson")
                if readings.contains(where: { $0.0.kind != .outcome }) { taken = max(next, readings.map(\.0.tokens.upperBound).max() ?? next) }
            } else if k >= taken, mark & FormMarks.term != 0, let term = term(at: k, end: end, sentence: sentence) {
                out.append((term, term.kind == .penalty ? [.charge, .arrest, .extradition, .trial] : FactCue.verdict + [.release], false))
                taken = term.tokens.upperBound
            } else if mark & FormMarks.statute != 0, let s = statute(at: k, end: end) {
                out.append((s, [.charge, .conviction, .sentence, .arrest], true))
                taken = max(taken, s.tokens.upperBound)
            }
            k += 1
        }
        return out
    }

    /// The facts the cues at `k` state, the events they belong to and the token after the
    /// longest cue: of the cues of one kind of fact, the longest that reads a value ("fined | him
    /// $40,000 | for smuggling" states a fine and a charge).
    func cue(at k: Int, end: Int) -> ([(FactReading, [EventType])], Int)? {
        let tokens = parse.tokens
        guard tokens[k].isWord || tokens[k].lower == "§" else { return nil }
        let keys = [tokens[k].lower] + (tokens[k].verbLemma.map { [$0] } ?? [])
        var best = [CaseFactKind: (cue: FactCue, next: Int, readings: [FactReading])]()
        for key in keys {
            for i in Self.cuesByFirstWord[key] ?? [] {
                let cue = FactCue.all[i]
                guard let next = matchCue(cue, at: k, end: end), next > (best[cue.kind]?.next ?? k),
                      let r = read(cue, from: k, after: next, end: end), !r.isEmpty else { continue }
                best[cue.kind] = (cue, next, r)
            }
        }
        guard let last = best.values.map(\.next).max() else { return nil }
        let readings = best.values.sorted { $0.next < $1.next }.flatMap { b in b.readings.map { ($0, b.cue.events) } }
        return (readings, last)
    }

    /// The token after a cue's words at `k`, when they match. A verb's object may stand between
    /// its first word and the rest ("charged | Lena Vard and Oren Blay | with").
    func matchCue(_ cue: FactCue, at k: Int, end: Int) -> Int? {
        guard k + cue.words.count <= end, matches(cue.words[0], k) else { return nil }
        switch cue.first {
        case .verb: guard parse.tag(k) == .verb, !nounAfterPreposition(k) else { return nil }
        case .noun: guard [.noun, .name].contains(parse.tag(k)) || nounAfterPreposition(k) else { return nil }
        case .any: break
        }
        var i = k + 1
        // the object may stand before "with", "of", "for", "to", not before "in" ("indicted by a
        // jury | in the district" is no "charged in the death of")
        if cue.first == .verb, cue.words.count > 1, !matches(cue.words[1], i), cue.words[1].isDisjoint(with: ["in", "over"]) {
            // skip the object: words of noun phrases, commas and "and", up to the cue's next word
            let limit = min(end, k + 12)
            while i < limit, !matches(cue.words[1], i) {
                // "charged | by the tribunal | for": a by-agent may stand there too
                guard parse.phrase(at: i) != nil || [",", "and", "by"].contains(parse.tokens[i].lower) else { return nil }
                i += 1
            }
        }
        guard i + cue.words.count - 1 <= end else { return nil }
        for (j, options) in cue.words.enumerated().dropFirst() where !matches(options, i + j - 1) { return nil }
        return i + cue.words.count - 1
    }

    /// Whether token `k` ends nouns that follow a preposition, whatever its tag: "on drug
    /// trafficking | charges" (a plural noun, though it could be read as a verb).
    func nounAfterPreposition(_ k: Int) -> Bool {
        var i = k - 1
        let floor = max(parse.sentence(of: k).tokens.lowerBound, k - 5)
        while i >= floor, [Tag.noun, .adjective, .name].contains(parse.tag(i)) { i -= 1 }
        return i < k - 1 && i >= floor && parse.tag(i) == .preposition
    }

    /// Whether token `k` is one of a cue position's words (by its form or its verb lemma).
    func matches(_ options: Set<String>, _ k: Int) -> Bool {
        let t = parse.tokens[k]
        return options.contains(t.lower) || t.verbLemma.map(options.contains) == true
    }

    /// The facts a matched cue states.
    func read(_ cue: FactCue, from k: Int, after next: Int, end: Int) -> [FactReading]? {
        switch cue.reader {
        case .offences:
            // "jailed for 10 years" is a term, not an offence
            if term(at: next, end: end, sentence: parse.sentence(of: k)) != nil || reader.money(at: next, end: end) != nil { return nil }
            return reader.offences(at: next, end: end).map { FactReading(kind: cue.kind, tokens: $0) }
        case .offenceBefore:
            return reader.offenceBefore(k).map { [FactReading(kind: cue.kind, tokens: $0)] }
        case .money:
            var i = next
            // "fined | him | $40,000", "fined | Vath $3,000": the object before the amount, even
            // when the chunker took the amount into the object's phrase
            if cue.first == .verb, reader.money(at: i, end: end) == nil, let p = parse.phrase(startingAt: i),
               let j = (i..<min(end, parse.phrases[p].end + 1)).first(where: { reader.money(at: $0, end: end) != nil }) { i = j }
            var qualifiers = [String]()
            if let (q, after) = reader.approximation(at: i, end: end) { qualifiers.append(q); i = after }
            guard let m = reader.money(at: i, end: end) else { return nil }
            // a fine is its amount; bail keeps its word ("bail of $5,000")
            let start = cue.kind == .bail ? (k..<next).first { ["bail", "bond"].contains(parse.tokens[$0].lower) } ?? m.tokens.lowerBound : m.tokens.lowerBound
            return [FactReading(kind: cue.kind, tokens: start..<m.tokens.upperBound, amount: m.amount, unit: m.unit, qualifiers: qualifiers)]
        case .moneyThen(let words):
            guard let m = reader.money(at: next, end: end), m.tokens.upperBound < end,
                  words.contains(parse.tokens[m.tokens.upperBound].lower) else { return nil }
            return [FactReading(kind: cue.kind, tokens: next..<m.tokens.upperBound + 1, amount: m.amount, unit: m.unit)]
        case .fixed(let text):
            var r = FactReading(kind: cue.kind, tokens: k..<next)
            if !text.isEmpty { r.item = text }
            return [r]
        }
    }

    /// A term or penalty at `k`: a length before a prison word, or after a word that gives a term
    /// ("sentenced to", "a sentence of", "jailed for", "faces").
    func term(at k: Int, end: Int, sentence: Sentence) -> FactReading? {
        let tokens = parse.tokens
        let before = k > sentence.body ? tokens[k - 1].lower : ""
        let givesTerm = ["to", "of", "for", "serve", "serving", "served", "face", "faces", "facing", "get", "got", "receive", "received",
                         "given", "handed", "a", "an", "additional", "another", "than"].contains(before)
        guard var r = reader.term(at: k, end: end, open: before == "to" || before == "of") else { return nil }
        let last = tokens[r.tokens.upperBound - 1].lower
        let hasTail = r.months == nil || ["prison", "jail", "bars", "imprisonment", "labor", "labour", "sentence", "term", "detention",
                                           "custody", "probation", "release", "arrest"].contains(last)
        guard hasTail || givesTerm && sentenceMentionsCourt(sentence) else { return nil }
        let window = max(sentence.body, k - 8)..<k
        if window.contains(where: { FactWords.penaltyCues.contains(tokens[$0].lower) })
            || reader.match(["if", "convicted"], at: r.tokens.upperBound, end: end) != nil {
            r.kind = .penalty
            if window.contains(where: { ["maximum", "max"].contains(tokens[$0].lower) }) { r.qualifiers.append("maximum") }
        } else if window.contains(where: { FactWords.soughtCues.contains(tokens[$0].lower) }) {
            r.qualifiers.append("sought")
        }
        if window.contains(where: { ["commuted", "reduced", "cut"].contains(tokens[$0].lower) }) { r.qualifiers.append("commuted") }
        return r
    }

    /// Whether a sentence speaks of a court's sentence at all: a word of sentencing in it.
    func sentenceMentionsCourt(_ s: Sentence) -> Bool {
        parse.tokens[s.tokens].contains { t in
            ["sentence", "jail", "imprison", "serve", "penalty", "convict", "prison", "term", "face", "commute", "reduce", "seek", "fine"]
                .contains(t.verbLemma ?? t.lower) || ["sentence", "sentences", "penalty", "prison", "jail", "term"].contains(t.lower)
        }
    }

    /// A statute at `k`: "8 U.S.C. § 1324", "Section 302 of the Penal Code", "Article 12".
    func statute(at k: Int, end: Int) -> FactReading? {
        let tokens = parse.tokens
        var lo = k, hi = k + 1
        if tokens[k].lower == "u.s.c." || tokens[k].lower == "usc" {
            guard k > 0, tokens[k - 1].kind == .number else { return nil }
            lo = k - 1
            while hi < end, tokens[hi].lower == "§" || tokens[hi].lower == "section" || tokens[hi].lower == "sec." { hi += 1 }
        }
        guard hi < end, tokens[hi].kind == .number else { return nil }
        hi += 1
        // "(a)(1)" and "of the Penal Code"
        while hi + 2 < end, tokens[hi].lower == "(", tokens[hi + 2].lower == ")", tokens[hi].spaceBefore == false { hi += 3 }
        if let p = reader.match(["of", "the"], at: hi, end: end), let code = (p..<min(end, p + 5)).first(where: { ["code", "act", "law", "constitution"].contains(tokens[$0].lower) }) {
            hi = code + 1
        }
        return FactReading(kind: .statute, tokens: lo..<hi)
    }

    /// The draft a fact belongs to: among the candidates of the listed types (any type when none
    /// is listed), the nearest before it, else the nearest after it, else, for the first type
    /// listed only, any of the sentence.
    func owner(of r: FactReading, among candidates: [Int], types: [EventType], drafts: [EventDraft]) -> Int? {
        let at = r.tokens.lowerBound
        for type in types.isEmpty ? [nil] : types.map(Optional.some) {
            let fit = candidates.filter { type == nil || drafts[$0].type == type }
            if let before = fit.last(where: { drafts[$0].trigger.lowerBound <= at }) { return before }
            if let after = fit.first(where: { drafts[$0].trigger.lowerBound > at && drafts[$0].sentence == parse.tokens[at].sentence }) { return after }
        }
        return nil
    }

    /// The case fact of a reading.
    func caseFact(_ r: FactReading) -> CaseFact {
        let analysis = parse.analysis
        let mention = Mention(sentenceIndex: parse.tokens[r.tokens.lowerBound].sentence, utf8Range: analysis.utf8Range(tokens: r.tokens))
        let text = r.kind == .outcome ? (r.item ?? parse.text(r.tokens)) : parse.text(r.tokens)
        return CaseFact(kind: r.kind, text: text, mention: mention, months: r.months, amount: r.amount, unit: r.unit,
                        item: r.kind == .outcome ? nil : r.item, qualifiers: r.qualifiers)
    }

    /// Cuts an amount the chunker took into a patient's phrase out of it ("fined | Vath $3,000"
    /// names Vath).
    func trimPatients(of draft: inout EventDraft, before amount: Range<Int>) {
        let tokens = parse.tokens
        let cut = tokens[amount.lowerBound].utf8Start
        for i in draft.patients.indices {
            guard let m = draft.patients[i].participant.mention, m.utf8Start < cut, m.utf8End > cut else { continue }
            let lo = tokens.partitionPoint { $0.utf8Start >= m.utf8Start }
            guard lo < amount.lowerBound else { continue }
            let range = parse.analysis.utf8Range(tokens: lo..<amount.lowerBound)
            draft.patients[i].participant.mention = Mention(sentenceIndex: m.sentenceIndex, utf8Range: range)
            if draft.patients[i].participant.entityID == nil {
                draft.patients[i].participant.text = parse.text(lo..<amount.lowerBound)
                let name = parse.table.entity(at: lo)
                if let name, parse.table.entities.indices.contains(name) {
                    draft.patients[i].participant.entityID = parse.table.entities[name].id
                    draft.patients[i].participant.text = parse.table.entities[name].name
                }
            }
        }
    }
}

/// What each word form may start, looked up once per form of an article rather than per token:
/// a cue, a term, a statute's reference.
struct FormMarks {
    /// A cue's first word (by its form or its verb lemma).
    static let cue: UInt8 = 1
    /// A term's first word: a number, a number word, "life", a word of approximation, a
    /// hyphenated word ("20-year").
    static let term: UInt8 = 2
    /// A statute's first word.
    static let statute: UInt8 = 4

    /// The marks by form index (forms are numbered from 0 within an article); 0xFF: not yet known.
    private var byForm = [UInt8]()

    /// The marks of a token's form.
    mutating func mark(_ t: Token) -> UInt8 {
        let f = Int(t.form)
        if f >= 0, f < byForm.count, byForm[f] != 0xFF { return byForm[f] }
        var m: UInt8 = 0
        if (t.isWord || t.lower == "§"), CaseFactFinder.cuesByFirstWord[t.lower] != nil || t.verbLemma.map({ CaseFactFinder.cuesByFirstWord[$0] != nil }) == true {
            m |= Self.cue
        }
        if t.kind == .number || t.isWord && (FactWords.termStarts.contains(t.lower) || t.lower.utf8.contains(0x2D)) { m |= Self.term }
        if CaseFactFinder.statuteWords.contains(t.lower) { m |= Self.statute }
        if f >= 0 {
            if f >= byForm.count { byForm += [UInt8](repeating: 0xFF, count: max(f + 1 - byForm.count, 256)) }
            byForm[f] = m
        }
        return m
    }
}
