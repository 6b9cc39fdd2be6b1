import KGraphModel
import KGraphVocabulary

/// Speakers and what they said: "X said (that) …", "“…,” said X", "“…,” X said", "…, X said",
/// "X told reporters …", "according to X, …", "… was announced by X".
struct StatementFinder: Sendable {
    /// The finder of participants.
    let finder = ArgumentFinder()

    /// The statement of a saying verb, or nil when it has no speaker.
    func statement(_ c: TriggerContext) -> EventDraft? {
        guard case .verb(let v) = c.site else { return nil }
        let parse = c.parse
        let vg = parse.verbs[v]
        let cl = parse.clauses[v]
        var d = EventDraft(type: .statement, site: c.site, trigger: c.k..<(c.k + 1), sentence: c.token.sentence)
        let before = vg.range.lowerBound - 1
        let afterQuoteOrComma = before >= 0 && (parse.tokens[before].lower == "\u{201D}" || parse.tokens[before].lower == ","
                                                || parse.tokens[before].lower == "\"")
        // "“…,” said X", "…, said X, the spokesman": a speaker after the verb, who is no clause's subject
        let inverted = afterQuoteOrComma && !cl.object.isEmpty && !parse.tokens[vg.main].info.is(.tellVerb)
            && (finder.isAgentLike(cl.object[0], parse: parse) || personAfter(vg.range.upperBound, parse: parse) != nil)
            && !parse.clauseIndex.clauses(withSubject: cl.object[0]).map({ parse.clauses[$0] }).contains { $0.verb != v && !$0.subjectIsAntecedent && !$0.sharesSubject }
            && (cl.subject.isEmpty || parse.tokens[before].lower != "," || !subjectEndsAt(cl.subject, before, parse)
                || runsToEnd(cl.object, parse: parse))
        if inverted {
            d.agents = finder.args([cl.object[0]], role: .agent, parse: parse)
            // "said Special Agent in Charge X", "said DEA Administrator X": the person the title leads to
            if !parse.isPerson(cl.object[0]), let p = personAfter(vg.range.upperBound, parse: parse) {
                d.agents = finder.args([p], role: .agent, parse: parse)
            }
            // "announced U.S. Attorney X of the Y and Special Agent in Charge Z of the W": every speaker named
            var k = d.agents.last?.phrase.map { parse.phrases[$0].end } ?? vg.range.upperBound
            while let next = speakerAfterAnd(k, parse: parse) {
                d.agents += finder.args([next], role: .agent, parse: parse)
                k = parse.phrases[next].end
            }
            d.rule = "inverted: “…,” said X"
        } else if vg.voice == .passive {
            // "The charges were announced by X"; "X is reported to…" names no speaker
            guard !cl.byAgent.isEmpty else { return nil }
            d.agents = finder.args(cl.byAgent, role: .agent, parse: parse)
            d.rule = "passive: announced by X"
        } else if !cl.subject.isEmpty, !cl.sharesSubject || parse.verbs[v].sentence == vg.sentence {
            d.agents = finder.args(cl.subject, role: .agent, parse: parse)
            d.rule = "X said"
        }
        // "court documents said", "the indictment alleges": a legal document is no speaker
        d.agents = d.agents.filter { a in !(a.participant.entityID == nil && a.phrase.map { StatementFinder.legalDocuments.contains(parse.tokens[parse.phrases[$0].head].lower) } == true) }
        guard !d.agents.isEmpty else { return nil }
        d.content = content(c, vg: vg, clause: cl, inverted: inverted)
        // "denied justice to so many": a saying verb with no quote or clause said nothing; "X said in a
        // statement on Friday" still tells that X spoke
        if d.content == nil {
            let s = parse.sentence(of: c.k)
            guard c.lemma == "say", onlyCircumstance(vg.range.upperBound..<sentenceEnd(s, parse: parse), parse: parse) else { return nil }
        } else if let said = d.content, StatementFinder.wordCount(said, upTo: 3) < 3, !said.contains("\u{201C}"), !d.rule.hasPrefix("inverted") {
            return nil
        }
        d.time = time(after: vg, parse: parse)
        return d
    }

    /// The number of space-separated words in a text, counted no further than `limit`.
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        var words = 0, inWord = false
        for b in text.utf8 {
            if b == 0x20 { inWord = false } else if !inWord {
                inWord = true
                words += 1
                if words >= limit { break }
            }
        }
        return words
    }

    /// Legal documents, which speak for nobody: "according to the affidavit", "court documents said".
    static let legalDocuments: Set<String> = ["document", "documents", "affidavit", "affidavits", "complaint", "indictment", "indictments",
                                              "records", "filing", "filings", "papers", "testimony", "charges", "charge"]

    /// The first person phrase within a dozen tokens after `k`, with only titles, names and "in"/"of"
    /// between ("said Special Agent in Charge X of the Y Division").
    func personAfter(_ k: Int, parse: Parse) -> Int? {
        var q = k
        let s = parse.tokens[max(0, k - 1)].sentence
        while q < parse.tokens.count, parse.tokens[q].sentence == s, q - k < 12 {
            if let p = parse.phrase(at: q), parse.isPerson(p) { return p }
            let t = parse.tokens[q]
            // only titles and names stand between: "said Special Agent in Charge X", not "announced the extradition of X"
            let titleLike = t.isCapitalized || t.info.isTitleWord || t.info.isAny([.honorific, .rank]) || ["in", "of", "for", "the", "charge"].contains(t.lower)
            guard t.kind == .word, titleLike, parse.tag(q) != .verb else { return nil }
            if t.lower == "the", q + 1 < parse.tokens.count, !parse.tokens[q + 1].isCapitalized, !parse.tokens[q + 1].info.isTitleWord { return nil }
            q += 1
        }
        return nil
    }

    /// The next speaker of a list after a named speaker: past an "of"/"for" tail to "and" or a comma,
    /// then titles, to a person ("X of the Y and Special Agent Z").
    func speakerAfterAnd(_ k: Int, parse: Parse) -> Int? {
        var q = k
        var separated = false
        let s = parse.tokens[max(0, k - 1)].sentence
        while q < parse.tokens.count, parse.tokens[q].sentence == s, q - k < 16 {
            let t = parse.tokens[q]
            if separated, let p = parse.phrase(at: q), parse.isPerson(p) { return p }
            if t.lower == "and" || t.isPunct(",") || t.isPunct(";") { separated = true }
            guard t.kind == .word || t.isPunct("(") || t.isPunct(")") || t.isPunct(",") || t.isPunct(";"), parse.tag(q) != .verb,
                  parse.tag(q) != .subordinator, parse.tag(q) != .relative else { return nil }
            q += 1
        }
        return nil
    }

    /// Whether a speaker list after the verb runs to the sentence's end (past appositions and a time):
    /// "…, say human rights officials and local authorities."
    func runsToEnd(_ object: [Int], parse: Parse) -> Bool {
        guard let last = object.last else { return false }
        var e = parse.phrases[last].end
        if let (_, close) = parse.apposition(after: last) { e = close }
        let s = parse.sentence(of: parse.phrases[last].head)
        while e < s.tokens.upperBound, parse.tokens[e].kind == .punct || parse.times[s.index].contains(where: { $0.tokens.contains(e) }) || parse.tag(e) == .preposition && parse.times[s.index].contains(where: { $0.tokens.lowerBound == e + 1 }) { e += 1 }
        return e >= s.tokens.upperBound
    }

    /// Whether a subject (with its apposition) ends at the comma at `comma`: "X, the spokesman, said".
    func subjectEndsAt(_ subject: [Int], _ comma: Int, _ parse: Parse) -> Bool {
        guard let last = subject.last else { return false }
        if parse.phrases[last].end == comma { return true }
        if let (_, close) = parse.apposition(after: last), close == comma { return true }
        return false
    }

    /// Whether phrase `p` ends right before token `k` (past adverbs).
    func isRightBefore(_ p: Int, _ k: Int, _ parse: Parse) -> Bool {
        var q = k - 1
        while q >= 0, parse.tag(q) == .adverb { q -= 1 }
        return parse.phrases[p].end == q + 1
    }

    /// "according to X": the statement of a source, with the rest of the sentence as its content.
    func accordingTo(at k: Int, parse: Parse) -> EventDraft? {
        guard k + 2 < parse.tokens.count, parse.tokens[k + 1].lower == "to", let p = parse.phrase(startingAt: k + 2) else { return nil }
        var d = EventDraft(type: .statement, site: .noun(p), trigger: k..<(k + 2), sentence: parse.tokens[k].sentence)
        d.rule = "according to X"
        // a source that can speak: a name, a pronoun, people, an agency, a report ("according to Chinese law" is none)
        let h = parse.tokens[parse.phrases[p].head]
        guard parse.phrases[p].entity != nil || parse.phrases[p].isPronoun || finder.isAgentLike(p, parse: parse)
                || h.info.is(.documentNoun) && parse.phrases[p].ofPhrase.map({ parse.phrases[$0].entity != nil }) == true
                || ["sources", "source", "media", "witnesses", "residents"].contains(h.lower) else { return nil }
        d.agents = finder.args(parse.coordinated(from: p), role: .agent, parse: parse)
        // "according to police statistics of the X Ministry": the organisation speaks
        if let a = d.agents.first, a.participant.entityID == nil, parse.tokens[parse.phrases[p].head].info.is(.documentNoun) {
            if let of = parse.phrases[p].ofPhrase, let e = parse.phrases[of].entity {
                d.agents = [Arg(participant: finder.entityParticipant(e, at: parse.phrases[of].head, parse: parse), phrase: of)]
            } else if let e = (parse.phrases[p].start..<parse.phrases[p].head).compactMap({ parse.table.entity(at: $0) }).first {
                d.agents = [Arg(participant: finder.entityParticipant(e, at: parse.phrases[p].start, parse: parse), phrase: p)]
            }
        }
        guard !d.agents.isEmpty else { return nil }
        let s = parse.sentence(of: k)
        let end = sentenceEnd(s, parse: parse)
        var a = k
        let body = parse.bodyStart(of: k)
        while a > body, parse.tokens[a - 1].kind == .punct { a -= 1 }
        if a > body {
            d.content = parse.text(body..<a)
        } else {
            var b = parse.phrases[p].end
            if let of = parse.phrases[p].ofPhrase { b = parse.phrases[of].end }
            while b < end, parse.tokens[b].isPunct(",") { b += 1 }
            if end - b >= 3 { d.content = parse.text(b..<end) }
        }
        return d
    }

    /// What was said: the quote before or after the verb, the reported clause after it, or the
    /// clause before a sentence-final speaker ("…, police said").
    func content(_ c: TriggerContext, vg: VerbGroup, clause cl: Clause, inverted: Bool) -> String? {
        let parse = c.parse
        let s = parse.sentence(of: c.k)
        let end = sentenceEnd(s, parse: parse)
        if let q = quote(endingBefore: vg.range.lowerBound, clause: cl, parse: parse) { return q }
        if let q = quote(startingAfter: vg.range.upperBound, end: end, parse: parse) { return q }
        var a = vg.range.upperBound
        if parse.tokens[vg.main].info.is(.tellVerb) || inverted {
            // past the audience ("told reporters", "told a news conference") or the speaker
            if let o = cl.object.last { a = parse.phrases[o].end }
            while a < end, parse.tokens[a].info.is(.audience) || parse.tag(a) == .preposition && a + 1 < end && parse.tokens[a + 1].info.is(.audience) { a += 1 }
        }
        // "said in a statement (on Monday) that…", "said Monday that…", "told a news conference that…"
        if let t = (a..<min(end, a + 10)).first(where: { parse.tokens[$0].lower == "that" && (parse.tag($0) == .subordinator || $0 == a) }) { a = t + 1 }
        while a < end, parse.tokens[a].isPunct(",") || parse.tokens[a].isPunct(":") { a += 1 }
        if end - a >= 3, !inverted, !onlyCircumstance(a..<end, parse: parse) { return parse.text(a..<end) }
        // "Police arrested three men on Monday, spokesman X said."
        if let subject = cl.subject.first, !inverted {
            var comma = parse.phrases[subject].start - 1
            while comma > s.tokens.lowerBound, parse.tokens[comma].kind == .word, parse.tokens[comma].info.isAny([.determiner]) { comma -= 1 }
            if comma > s.tokens.lowerBound, parse.tokens[comma].isPunct(",") {
                let b = firstWord(from: parse.bodyStart(of: c.k), to: comma, parse: parse)
                if comma - b >= 3 { return parse.text(b..<comma) }
            }
        }
        if inverted, vg.range.lowerBound - 1 > s.tokens.lowerBound, parse.tokens[vg.range.lowerBound - 1].isPunct(",") {
            let b = firstWord(from: parse.bodyStart(of: c.k), to: vg.range.lowerBound - 1, parse: parse)
            if vg.range.lowerBound - 1 - b >= 3 { return parse.text(b..<(vg.range.lowerBound - 1)) }
        }
        return nil
    }

    /// The first non-punctuation token from `a`, before `limit`.
    func firstWord(from a: Int, to limit: Int, parse: Parse) -> Int {
        var b = a
        while b < limit, parse.tokens[b].kind == .punct { b += 1 }
        return b
    }

    /// The end of a sentence without its final punctuation.
    func sentenceEnd(_ s: Sentence, parse: Parse) -> Int {
        var e = s.tokens.upperBound
        while e > s.tokens.lowerBound, parse.tokens[e - 1].kind == .punct, parse.tokens[e - 1].lower != "\u{201D}" { e -= 1 }
        return e
    }

    /// Whether a span after a statement verb holds only when or how it was said ("on Monday", "in
    /// a statement"), not what.
    func onlyCircumstance(_ span: Range<Int>, parse: Parse) -> Bool {
        span.allSatisfy { i in
            let u = parse.tokens[i]
            if u.kind == .punct || u.kind == .number || parse.times[u.sentence].contains(where: { $0.tokens.contains(i) }) { return true }
            return u.info.isAny([.preposition, .determiner, .timeUnit, .timeModifier, .dayPart, .month, .weekday, .timeWord])
                || ["statement", "interview", "news", "conference", "briefing", "written", "separate", "phone", "telephone", "email"].contains(u.lower)
        }
    }

    /// The text of a quotation that closes right before the verb (the speaker may stand between:
    /// "“…,” he said"), opening in this sentence or an earlier one.
    func quote(endingBefore k: Int, clause cl: Clause, parse: Parse) -> String? {
        var p = k - 1
        if let s = cl.subject.first, parse.phrases[s].end == k || isRightBefore(s, k, parse) { p = parse.phrases[s].start - 1 }
        while p >= 0, parse.tokens[p].isPunct(",") { p -= 1 }
        guard p >= 0, parse.tokens[p].lower == "\u{201D}" else { return nil }
        var open = p - 1
        var n = 0
        while open >= 0, n < 400, parse.tokens[open].lower != "\u{201C}" { open -= 1; n += 1 }
        guard open >= 0, parse.tokens[open].lower == "\u{201C}", open + 1 < p else { return nil }
        var e = p
        while e > open + 1, parse.tokens[e - 1].isPunct(",") { e -= 1 }
        return parse.text((open + 1)..<e)
    }

    /// The text of a quotation that opens right after the verb (a comma or colon between).
    func quote(startingAfter k: Int, end: Int, parse: Parse) -> String? {
        var p = k
        if let o = parse.phrase(startingAt: p), parse.tokens[parse.phrases[o].head].info.is(.audience) { p = parse.phrases[o].end }
        while p < end, parse.tokens[p].isPunct(",") || parse.tokens[p].isPunct(":") { p += 1 }
        guard p < parse.tokens.count, parse.tokens[p].lower == "\u{201C}" else { return nil }
        var e = p + 1
        while e < parse.tokens.count, parse.tokens[e].lower != "\u{201D}", e - p < 400 { e += 1 }
        guard e > p + 1 else { return nil }
        return parse.text((p + 1)..<e)
    }

    /// A time right after the verb: "officials said Monday", "told the court Friday".
    func time(after vg: VerbGroup, parse: Parse) -> TimeExpression? {
        parse.times[vg.sentence].first { t in
            t.tokens.lowerBound >= vg.range.upperBound && t.tokens.lowerBound <= vg.range.upperBound + 7
                && !(vg.range.upperBound..<t.tokens.lowerBound).contains { parse.tokens[$0].kind == .punct || parse.tag($0) == .verb || parse.tag($0) == .subordinator }
                // "said Tuesday's bomb…": a time that owns a noun is what was said, not when
                && !(t.tokens.upperBound < parse.tokens.count && parse.tokens[t.tokens.upperBound].kind == .possessive)
        }
    }
}
