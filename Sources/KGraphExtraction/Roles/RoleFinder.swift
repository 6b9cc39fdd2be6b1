import KGraphModel

/// Finds people's titles: before the name ("Interior Minister X", "suspected rebel commando X",
/// "Velo’s deputy police chief X"), in apposition after it ("X, the spokesperson for the Y
/// Court,"), before it in apposition ("Z’s lawyer, X,") and after a copula ("X is a retired
/// journalist"). Each role links the organisation and place the title names.
struct RoleFinder: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Prepositions that end the core of a title ("deputy director | for monitoring").
    static let titleEnders: Set<String> = ["of", "for", "at", "in", "with", "from", "on", "to", "who", "which", "that", "and", "known", "since", "during"]

    /// Finds the roles of an article.
    /// - Parameters:
    ///   - analysis: the tokenized article.
    ///   - table: its entities.
    ///   - documentSHA256: the document's identity, for provenance.
    /// - Returns: role assertions, one per person and title.
    /// - Complexity: O(m) in the number of mentions, with a bounded window per mention.
    func find(in parse: Parse, documentSHA256: String) -> [RoleAssertion] {
        let analysis = parse.analysis, table = parse.table
        let tokens = analysis.tokens
        var out = [RoleAssertion]()
        var seen = Set<String>()
        func add(person: Int, title: Range<Int>, org: Int?, place: Int?, text written: String? = nil) {
            guard !title.isEmpty else { return }
            let text = written ?? analysis.text(tokens: title)
            let key = "\(person)|\(NameMention.key(text))"
            guard seen.insert(key).inserted else { return }
            let e = table.entities
            out.append(RoleAssertion(personID: e[person].id, title: text,
                                     organizationID: org.map { e[$0].id }, placeID: place.map { e[$0].id },
                                     provenance: Provenance(documentSHA256: documentSHA256, sentenceIndex: tokens[title.lowerBound].sentence,
                                                            utf8Range: analysis.utf8Range(tokens: title))))
        }
        // A title written in the plural for several people ("both supervisors"), given to each in the singular.
        func addSingular(person: Int, title: Range<Int>, org: Int?) {
            let words = analysis.text(tokens: title).split(separator: " ").map(String.init)
            guard var last = words.last else { return }
            last = last.hasSuffix("ies") ? String(last.dropLast(3)) + "y" : String(last.dropLast())
            let text = (words.dropLast() + [last]).joined(separator: " ")
            let key = "\(person)|\(NameMention.key(text))"
            guard seen.insert(key).inserted else { return }
            let e = table.entities
            out.append(RoleAssertion(personID: e[person].id, title: text, organizationID: org.map { e[$0].id }, placeID: nil,
                                     provenance: Provenance(documentSHA256: documentSHA256, sentenceIndex: tokens[title.lowerBound].sentence,
                                                            utf8Range: analysis.utf8Range(tokens: title))))
        }
        for (ei, ranges) in table.mentionTokens.enumerated() where table.entities[ei].type == .person {
            for r in ranges {
                let sentence = analysis.sentences[tokens[r.lowerBound].sentence]
                if sentence.isHeadline { continue }
                let s0 = sentence.tokens.lowerBound, s1 = sentence.tokens.upperBound
                // Title before the name.
                if let t = titleBefore(r.lowerBound, from: s0, tokens: tokens, table: table) {
                    add(person: ei, title: t.range, org: t.org, place: t.place)
                } else if r.lowerBound - 1 >= s0, isPluralTitle(r.lowerBound - 1, tokens: tokens),
                          !RoleFinder.descriptors.contains(String(tokens[r.lowerBound - 1].lower.dropLast())) {
                    // "constables X and Y": the title, in the singular, for each
                    let title = (r.lowerBound - 1)..<r.lowerBound
                    addSingular(person: ei, title: title, org: nil)
                    var q = r.upperBound
                    while q < s1, q < r.upperBound + 4, tokens[q].isPunct(",") || tokens[q].lower == "and" || tokens[q].kind == .number { q += 1 }
                    if q < s1, q > r.upperBound, let f = table.entity(at: q), table.entities[f].type == .person {
                        addSingular(person: f, title: title, org: nil)
                    }
                }
                // Apposition after: "X, (a|the) TITLE …,"
                var k = r.upperBound
                if k < s1, tokens[k].isPunct(",") {
                    if let t = titleAfter(k + 1, until: s1, tokens: tokens, table: table) {
                        add(person: ei, title: t.range, org: t.org, place: t.place)
                    }
                }
                // Copula: "X is a TITLE"
                if k < s1, ["is", "was"].contains(tokens[k].lower), k + 1 < s1, ["a", "an", "the"].contains(tokens[k + 1].lower) {
                    if let t = titleAfter(k + 1, until: s1, tokens: tokens, table: table) {
                        add(person: ei, title: t.range, org: t.org, place: t.place)
                    }
                }
                // Reverse apposition: "TITLE, X," and "TITLE of PLACE, X,"
                k = r.lowerBound - 1
                if k > s0, tokens[k].isPunct(","), r.upperBound < s1, tokens[r.upperBound].isPunct(",") {
                    if let t = titleBefore(k, from: s0, tokens: tokens, table: table), table.entity(at: t.range.lowerBound) == nil {
                        add(person: ei, title: t.range, org: t.org, place: t.place)
                    } else if let t = titleWithOfPhrase(endingAt: k - 1, s0: s0, tokens: tokens, table: table) {
                        // "The bank's head of security, X,"
                        add(person: ei, title: t.range, org: t.org, place: t.place)
                    } else if let e = table.entity(at: k - 1), table.entities[e].type != .person {
                        var q = k - 1
                        while q > s0, table.entity(at: q - 1) == e { q -= 1 }
                        if q - 2 >= s0, ["of", "for", "at"].contains(tokens[q - 1].lower),
                           let t = titleBefore(q - 1, from: s0, tokens: tokens, table: table), table.entity(at: t.range.lowerBound) == nil {
                            let isOrg = table.entities[e].type == .organization
                            add(person: ei, title: t.range, org: isOrg ? e : t.org, place: isOrg ? t.place : e)
                        }
                    }
                }
            }
        }
        // "His party, the Union for Renewal, …": the person just named is a member
        for sentence in analysis.sentences where !sentence.isHeadline {
            let s0 = sentence.tokens.lowerBound, s1 = sentence.tokens.upperBound
            guard s0 + 4 < s1, ["his", "her"].contains(tokens[s0].lower),
                  ["party", "group", "movement", "organization", "organisation", "union", "coalition", "alliance", "faction"].contains(tokens[s0 + 1].lower),
                  tokens[s0 + 2].isPunct(",") else { continue }
            var q = s0 + 3
            if tokens[q].lower == "the" { q += 1 }
            guard q < s1, let org = table.entity(at: q), table.entities[org].type == .organization else { continue }
            // the person: the last person named before, within two sentences
            var p = s0 - 1
            var person: Int?
            while p >= 0, sentence.index - tokens[p].sentence <= 2 {
                if let e = table.entity(at: p), table.entities[e].type == .person { person = e; break }
                p -= 1
            }
            guard let person else { continue }
            add(person: person, title: (s0 + 1)..<(s0 + 2), org: org, place: nil, text: "member")
        }
        // "X, 46, and Y, 39, both supervisors employed by Z": one title for each person listed
        for sentence in analysis.sentences where !sentence.isHeadline {
            let s0 = sentence.tokens.lowerBound, s1 = sentence.tokens.upperBound
            var k = s0 + 1
            while k + 1 < s1 {
                defer { k += 1 }
                guard ["both", "all"].contains(tokens[k].lower), tokens[k - 1].isPunct(",") else { continue }
                // the plural title: adjectives, then a head whose singular is a title head
                var h = k + 1
                while h < s1, h <= k + 3, tokens[h].kind == .word, !isPluralTitle(h, tokens: tokens) { h += 1 }
                guard h < s1, isPluralTitle(h, tokens: tokens) else { continue }
                // the people listed before the comma: names joined by commas, ages and "and"
                var people = [(entity: Int, at: Int)]()
                var p = k - 2
                while p >= s0 {
                    let t = tokens[p]
                    if let e = table.entity(at: p) {
                        guard table.entities[e].type == .person else { break }
                        var start = p
                        while start - 1 >= s0, table.entity(at: start - 1) == e { start -= 1 }
                        people.append((e, start))
                        p = start - 1
                        continue
                    }
                    guard t.isPunct(",") || t.kind == .number || t.lower == "and" else { break }
                    p -= 1
                }
                guard people.count >= 2 else { continue }
                // the organisation after: "employed by Z", "at Z", "of Z", "for Z"
                var org: Int?
                var q = h + 1
                while q < s1, q <= h + 5, !tokens[q].isPunct(",") {
                    if let e = table.entity(at: q), table.entities[e].type == .organization { org = e; break }
                    q += 1
                }
                let titleRange = (k + 1)..<(h + 1)
                for person in people.reversed() { addSingular(person: person.entity, title: titleRange, org: org) }
            }
        }
        // "X worked as a security guard", "X emerged as Y's top lieutenant"
        for sentence in analysis.sentences where !sentence.isHeadline {
            let s0 = sentence.tokens.lowerBound, s1 = sentence.tokens.upperBound
            var k = s0 + 1
            while k < s1 - 1 {
                defer { k += 1 }
                guard tokens[k].lower == "as", RoleFinder.asVerbs.contains(tokens[k - 1].lower) else { continue }
                guard let person = (s0..<k).last(where: { table.entity(at: $0).map { table.entities[$0].type == .person } ?? false })
                    .flatMap({ table.entity(at: $0) }) else { continue }
                var q = k + 1
                if q < s1, ["a", "an", "the"].contains(tokens[q].lower) { q += 1 }
                if q < s1, let e = table.entity(at: q) {
                    while q < s1, table.entity(at: q) == e { q += 1 }
                    guard q < s1, tokens[q].kind == .possessive else { continue }
                    q += 1
                }
                let start = q
                var lastHead = -1
                while q < s1, q - start < 6, tokens[q].kind == .word, !RoleFinder.titleEnders.contains(tokens[q].lower) {
                    if isHead(q, tokens: tokens) { lastHead = q }
                    if tokens[q].info.isListedWord, !tokens[q].info.is(.groupAdjective) { break }
                    q += 1
                }
                if lastHead >= start { add(person: person, title: start..<(lastHead + 1), org: nil, place: nil) }
            }
        }
        return out
    }

    /// Words that describe people rather than give them a post: "activists X and Y" names no title.
    static let descriptors: Set<String> = ["activist", "suspect", "member", "supporter", "witness", "protester", "resident",
                                           "student", "victim", "defendant", "detainee", "prisoner", "critic", "dissident"]

    /// Whether token `k` is a plural title head ("supervisors", "officials").
    func isPluralTitle(_ k: Int, tokens: [Token]) -> Bool {
        let w = tokens[k].lower
        guard tokens[k].kind == .word, w.hasSuffix("s"), w.count > 4 else { return false }
        return lexicon.isTitleHead(String(w.dropLast())) || (w.hasSuffix("ies") && lexicon.isTitleHead(String(w.dropLast(3)) + "y"))
    }

    /// Verbs before "as" that give the subject a title.
    static let asVerbs: Set<String> = ["worked", "working", "works", "served", "serving", "serves", "employed", "emerged",
                                       "acted", "acting", "appointed", "named", "elected", "hired", "sworn", "installed"]

    /// A title found next to a name: its tokens and the organisation and place it names.
    struct Title {
        /// Token range of the title text.
        var range: Range<Int>
        /// Entity index of the organisation, if any.
        var org: Int?
        /// Entity index of the place, if any.
        var place: Int?
    }

    /// The title written right before token `end` (the name's first token), if any.
    func titleBefore(_ end: Int, from s0: Int, tokens: [Token], table: EntityTable) -> Title? {
        var k = end - 1
        // "spokesman Brig. Gen. X": ranks between the title and the name
        while k >= s0, tokens[k].info.isAny([.rank, .honorific]) { k -= 1 }
        guard k >= s0 else { return nil }
        guard tokens[k].kind == .word, isHead(k, tokens: tokens), table.entity(at: k) == nil else { return nil }
        let titleEnd = k + 1
        var start = k
        var org: Int?
        var place: Int?
        k -= 1
        while k >= s0 {
            let t = tokens[k]
            if let e = table.entity(at: k) {
                let type = table.entities[e].type
                if type == .person { break }
                if type == .organization { org = org ?? e } else { place = place ?? e }
                start = k
                k -= 1
                continue
            }
            if t.kind == .possessive, k - 1 >= s0, let e = table.entity(at: k - 1) {
                // "Velo’s deputy police chief": the possessor is the place or organisation, not the title
                if table.entities[e].type == .organization { org = org ?? e } else if table.entities[e].type == .place { place = place ?? e }
                break
            }
            if t.kind == .word, t.info.isTitleWord || t.info.isDemonym
                || (t.lower == "in" && k + 1 < end && tokens[k + 1].lower == "charge") {
                start = k
                k -= 1
                continue
            }
            // "shipping agent X", "procurement head X": a noun modifier of the title, after a
            // determiner, a comma, "and" or the sentence start
            if t.kind == .word, !t.isCapitalized, k + 1 == start, start + 1 == titleEnd,
               t.info.is(.nominalIng)
                || (!t.info.isListedWord && t.info.trigger == nil && !t.lower.hasSuffix("ed") && !t.lower.hasSuffix("ly")
                    && t.lower.count > 3 && (k == s0 || ["and", ",", "the", "a", "an"].contains(tokens[k - 1].lower) || tokens[k - 1].kind == .possessive)) {
                start = k
                k -= 1
                continue
            }
            break
        }
        // "ministry spokeswoman X", "court spokesman X": the one organisation of the article so named
        if org == nil, let noun = (max(s0, start - 1)..<titleEnd).first(where: {
            tokens[$0].kind == .word && (!tokens[$0].isCapitalized || $0 == s0) && table.entity(at: $0) == nil && tokens[$0].info.is(.orgHead)
        }) {
            org = table.onlyOrganization(named: tokens[noun].lower)
        }
        return Title(range: start..<titleEnd, org: org, place: place)
    }

    /// A title with a lowercase "of" phrase ending at token `end`: "head of security", "director of
    /// operations", with the organisation of a possessive before it ("the bank's head of security").
    func titleWithOfPhrase(endingAt end: Int, s0: Int, tokens: [Token], table: EntityTable) -> Title? {
        var q = end
        var n = 0
        while q >= s0, n < 2, tokens[q].kind == .word, !tokens[q].isCapitalized, tokens[q].lower != "of",
              !tokens[q].info.isListedWord, tokens[q].info.trigger == nil, table.entity(at: q) == nil {
            q -= 1
            n += 1
        }
        guard n > 0, q - 1 >= s0, tokens[q].lower == "of", isHead(q - 1, tokens: tokens), table.entity(at: q - 1) == nil,
              let core = titleBefore(q, from: s0, tokens: tokens, table: table) else { return nil }
        var title = Title(range: core.range.lowerBound..<(end + 1), org: core.org, place: core.place)
        // "the bank's head of …", "Nordbank's head of …"
        let p = core.range.lowerBound - 1
        if title.org == nil, p - 1 >= s0, tokens[p].kind == .possessive {
            if let e = table.entity(at: p - 1), table.entities[e].type == .organization {
                title.org = e
            } else if RoleFinder.organizationNouns.contains(tokens[p - 1].lower) {
                title.org = table.onlyOrganization(named: tokens[p - 1].lower)
                    ?? lastOrganization(before: p - 1, within: 2, tokens: tokens, table: table)
            }
        }
        return title
    }

    /// Common nouns that stand for an organisation already named: "the group's director".
    static let organizationNouns: Set<String> = ["group", "organization", "organisation", "agency", "party", "company", "ministry",
                                                 "court", "bureau", "office", "department", "watchdog", "union", "network", "gang",
                                                 "cartel", "movement", "firm", "commission", "council", "authority", "police", "bank"]

    /// The organisation mentioned last before token `k`, no more than `within` sentences back.
    func lastOrganization(before k: Int, within: Int, tokens: [Token], table: EntityTable) -> Int? {
        let sentence = tokens[k].sentence
        var p = k - 1
        while p >= 0, sentence - tokens[p].sentence <= within {
            if let e = table.entity(at: p), table.entities[e].type == .organization { return e }
            p -= 1
        }
        return nil
    }

    /// The title phrase starting at token `start` (after a comma or copula), if one is there.
    func titleAfter(_ start: Int, until s1: Int, tokens: [Token], table: EntityTable) -> Title? {
        var k = start
        if k < s1, ["a", "an", "the"].contains(tokens[k].lower) { k += 1 }
        var org: Int?
        var place: Int?
        if k + 1 < s1, let e = table.entity(at: k), table.entities[e].type != .person {
            // "Velo’s deputy police chief"
            var p = k
            while p < s1, table.entity(at: p) == e { p += 1 }
            if p < s1, tokens[p].kind == .possessive {
                if table.entities[e].type == .place { place = e } else { org = e }
                k = p + 1
            }
        }
        // "X, the group's regional director": the organisation the article has just named
        if org == nil, k + 2 < s1, start < k, tokens[k - 1].lower == "the", tokens[k + 1].kind == .possessive,
           RoleFinder.organizationNouns.contains(tokens[k].lower) {
            org = table.onlyOrganization(named: tokens[k].lower) ?? lastOrganization(before: k, within: 2, tokens: tokens, table: table)
            k += 2
        }
        let titleStart = k
        var lastHead = -1
        var n = 0
        while k < s1, n < 10 {
            let t = tokens[k]
            if t.kind == .punct { break }
            if t.kind == .number { return nil }
            if let e = table.entity(at: k) {
                if table.entities[e].type == .person { return nil }
                if table.entities[e].type == .organization { org = org ?? e } else { place = place ?? e }
                k += 1
                n += 1
                continue
            }
            if t.lower == "in", k + 1 < s1, tokens[k + 1].lower == "charge" { k += 2; lastHead = k - 1; n += 2; continue }
            if RoleFinder.titleEnders.contains(t.lower) { break }
            if t.info.trigger != nil, !t.info.isAnyTitleClass { return nil }
            if t.info.isAny([.beForm, .haveForm, .doForm, .modal, .subjectPronoun, .objectPronoun, .determiner]) || t.info.trigger?.verbForm != nil && t.info.trigger?.isNoun == false { return nil }
            if isHead(k, tokens: tokens) { lastHead = k }
            k += 1
            n += 1
        }
        guard lastHead >= titleStart else { return nil }
        // the organisation named after the title core: "for the Y Court", "at rights group Y"
        var p = k
        var m = 0
        var orgNoun: String?
        while p < s1, m < 12, !tokens[p].isPunct(",") && !tokens[p].isPunct(".") {
            if org == nil, let e = table.entity(at: p) {
                if table.entities[e].type == .organization { org = e } else if table.entities[e].type == .place, place == nil { place = e }
            }
            // "the head of the bureau": a common noun that stands for a named organisation
            if orgNoun == nil, p == k + 2, ["of", "for", "at"].contains(tokens[k].lower), tokens[k + 1].lower == "the",
               tokens[p].kind == .word, !tokens[p].isCapitalized, tokens[p].info.is(.orgHead),
               p + 1 >= s1 || tokens[p + 1].kind == .punct || RoleFinder.titleEnders.contains(tokens[p + 1].lower) {
                orgNoun = tokens[p].lower
            }
            p += 1
            m += 1
        }
        if org == nil, let noun = orgNoun { org = table.onlyOrganization(named: noun) }
        return Title(range: titleStart..<(lastHead + 1), org: org, place: place)
    }

    /// Whether token `k` can end a title ("minister", "Chief", "in Charge").
    func isHead(_ k: Int, tokens: [Token]) -> Bool {
        if tokens[k].info.isTitleHead { return true }
        return tokens[k].lower == "charge" && k > 0 && tokens[k - 1].lower == "in"
    }
}
