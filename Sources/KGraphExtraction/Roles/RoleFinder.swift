import KGraphModel
import KGraphVocabulary

/// A title found for a person: its tokens and the organisation and place it names.
struct RoleDraft: Sendable, Hashable {
    /// The person's entity index.
    var person: Int
    /// The title's tokens.
    var title: Range<Int>
    /// The organisation's entity index, if the text gives one.
    var org: Int?
    /// The place's entity index, if any.
    var place: Int?
    /// The title as written when it differs from its tokens (a plural given to each person in the singular).
    var written: String?
}

/// A way a text gives a person a title. Each rule carries a text of our own and the roles it must
/// yield there ("person: title [of organisation]").
struct RoleRule: Sendable {
    let name: String
    let example: String
    let expected: [String]
    let find: @Sendable (RoleFinder, Parse) -> [RoleDraft]
}

/// Finds people's titles from the clause layer, by the rules of ``RoleFinder/rules``: a title
/// before the name in its phrase ("Interior Minister X", "spokesman X"), an apposition after it
/// ("X, the spokesperson for the Y Court,") or before it ("Velo's spiritual leader, X,"), a copula
/// ("X is a retired journalist"), "X worked as a Y", a plural title before a list ("reporters X, Y
/// and Z") and "X and Y, both supervisors at Z". Each role links the organisation and place the
/// title names.
struct RoleFinder: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Person nouns that say nothing of a post: "a man", "two people".
    static let plainPersonWords: Set<String> = ["man", "men", "woman", "women", "person", "persons", "people", "child", "children",
                                                "boy", "boys", "girl", "girls", "baby", "individual", "individuals", "someone",
                                                "anyone", "everyone", "family", "families", "adult", "adults", "male", "female",
                                                "others", "one", "ones", "relative", "relatives", "kind", "type", "native", "natives",
                                                // kinship is no post
                                                "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers",
                                                "sister", "sisters", "father", "mother", "parent", "parents", "uncle", "aunt",
                                                "nephew", "niece", "cousin", "cousins", "grandson", "granddaughter",
                                                // nationality, residence and what a case calls people
                                                "citizen", "citizens", "national", "nationals", "resident", "residents",
                                                "suspect", "suspects", "accomplice", "accomplices", "victim", "victims",
                                                "defendant", "defendants", "detainee", "detainees", "prisoner", "prisoners",
                                                "fugitive", "fugitives", "witness", "witnesses", "hostage", "hostages",
                                                "co-conspirator", "co-conspirators", "co-defendant", "co-defendants"]

    /// Finds the roles of an article.
    /// - Parameters:
    ///   - parse: the clause layer.
    ///   - documentSHA256: the document's identity, for provenance.
    /// - Returns: role assertions, one per person and title.
    /// - Complexity: O(p) in the number of phrases, with a bounded window per phrase.
    func find(in parse: Parse, documentSHA256: String) -> [RoleAssertion] {
        var out = [RoleAssertion]()
        var seen = Set<String>()
        for rule in RoleFinder.rules {
            for d in rule.find(self, parse) where !d.title.isEmpty {
                guard !parse.analysis.sentences[parse.tokens[d.title.lowerBound].sentence].isHeadline else { continue }
                let text = d.written ?? parse.text(d.title)
                guard seen.insert("\(d.person)|\(NameMention.key(text))").inserted else { continue }
                let e = parse.table.entities
                out.append(RoleAssertion(personID: e[d.person].id, title: text, organizationID: d.org.map { e[$0].id },
                                         placeID: d.place.map { e[$0].id },
                                         provenance: Provenance(documentSHA256: documentSHA256, sentenceIndex: parse.tokens[d.title.lowerBound].sentence,
                                                                utf8Range: parse.analysis.utf8Range(tokens: d.title))))
            }
        }
        return out
    }

    // MARK: titles in phrases

    /// Whether a token can end a title: a title head, or a noun WordNet gives as a kind of person
    /// that says something of a post ("journalist", "survivor"; not "man").
    func isRoleHead(_ k: Int, parse: Parse) -> Bool {
        let t = parse.tokens[k]
        guard t.kind == .word, parse.table.entity(at: k) == nil, !RoleFinder.plainPersonWords.contains(t.lower) else { return false }
        if t.info.isTitleHead { return true }
        if t.lower == "charge", k > 0, parse.tokens[k - 1].lower == "in" { return true }
        return parse.tag(k) == .noun && lexicon.vocabulary.isKindOfPerson(t.lower) && !t.info.isDemonym && t.info.trigger == nil
    }

    /// The title that a noun phrase's words from `start` to `end` (exclusive) make, if they end in a
    /// role head: its tokens, from the first title word after any determiner or possessive owner,
    /// and the organisation and place it names.
    func title(in range: Range<Int>, parse: Parse) -> RoleDraft? {
        var end = range.upperBound
        // "spokesman Brig. Gen. X": ranks and honorifics between the title and the name
        while end > range.lowerBound, parse.tokens[end - 1].info.isAny([.rank, .honorific]) { end -= 1 }
        // "deputy director for monitoring at rights group X": the title's core ends before its preposition
        guard end > range.lowerBound else { return nil }
        while end > range.lowerBound, parse.tokens[end - 1].kind == .punct { end -= 1 }
        guard end > range.lowerBound, isRoleHead(end - 1, parse: parse) else { return nil }
        var start = end - 1
        var org: Int?, place: Int?
        while start > range.lowerBound {
            let k = start - 1
            let t = parse.tokens[k]
            if let e = parse.table.entity(at: k) {
                switch parse.table.entities[e].type {
                case .person: break
                case .organization: org = org ?? e; start = k; continue
                case .place: place = place ?? e; start = k; continue
                }
                break
            }
            if t.kind == .possessive, k > range.lowerBound {
                // "Velo's deputy police chief": the owner is the organisation or place, not the title
                if let e = parse.table.entity(at: k - 1) {
                    if parse.table.entities[e].type == .organization { org = org ?? e } else if parse.table.entities[e].type == .place { place = place ?? e }
                } else if parse.tokens[k - 1].info.is(.organizationNoun) {
                    // "the group's regional director": the one so named, else the organisation just named
                    org = org ?? parse.table.onlyOrganization(named: parse.tokens[k - 1].lower) ?? lastOrganization(before: k - 1, parse: parse)
                }
                break
            }
            let tag = parse.tag(k)
            // "suspected VBN commander": a participle before the title is part of it
            let participle = tag == .verb && parse.verb(at: k).map { parse.verbs[$0].range.count == 1 && parse.verbs[$0].form.canBeParticiple } == true
            if t.kind == .word, [.adjective, .noun].contains(tag) || participle || t.info.isTitleWord || t.info.is(.titleModifier) || t.lower == "in" && parse.tokens[k + 1].lower == "charge" {
                if t.info.isAny([.determiner, .possessivePronoun]) { break }
                start = k
                continue
            }
            if t.lower == "-", k > range.lowerBound { start = k; continue }
            break
        }
        // "Velorian police spokesman": a nationality before a title is no part of it
        while start < end, parse.tokens[start].kind == .punct || parse.tokens[start].info.isDemonym && start < end - 1 { start += 1 }
        guard start < end else { return nil }
        // "ministry spokeswoman X": the one organisation of the article with that word in its name
        if org == nil, let noun = (start..<end).first(where: { parse.table.entity(at: $0) == nil && parse.tokens[$0].info.is(.organizationNoun) }) {
            org = parse.table.onlyOrganization(named: parse.tokens[noun].lower)
        }
        return RoleDraft(person: -1, title: start..<end, org: org, place: place)
    }

    /// The organisation named last before token `k`, in its sentence or the two before.
    func lastOrganization(before k: Int, parse: Parse) -> Int? {
        let s = parse.tokens[k].sentence
        var p = k - 1
        while p >= 0, s - parse.tokens[p].sentence <= 2 {
            if let e = parse.table.entity(at: p), parse.table.entities[e].type == .organization { return e }
            p -= 1
        }
        return nil
    }

    /// The organisation or place a title's tail names: "for the Y Court", "at rights group Y", "of the bureau".
    func tail(after end: Int, in draft: inout RoleDraft, parse: Parse, limit: Int) {
        var k = end
        let s = parse.tokens[max(0, end - 1)].sentence
        while k < min(limit, parse.tokens.count), parse.tokens[k].sentence == s, !parse.tokens[k].isPunct(","), !parse.tokens[k].isPunct(".") {
            if let e = parse.table.entity(at: k) {
                switch parse.table.entities[e].type {
                case .organization: if draft.org == nil { draft.org = e }
                case .place: if draft.place == nil { draft.place = e }
                case .person: return
                }
            } else if draft.org == nil, parse.tokens[k].info.is(.organizationNoun), k - 1 >= 0, parse.tokens[k - 1].lower == "the",
                      k + 1 >= parse.tokens.count || parse.tokens[k + 1].kind == .punct {
                draft.org = parse.table.onlyOrganization(named: parse.tokens[k].lower)
            }
            // "for monitoring at rights group X", "employed by X": a gerund or participle goes on; a finite verb ends it
            if parse.tag(k) == .relative { return }
            if parse.tag(k) == .verb, let v = parse.verb(at: k), !(parse.verbs[v].form == .gerund || parse.verbs[v].isReducedRelative || parse.verbs[v].range.lowerBound == k && parse.verbs[v].form.canBeParticiple) { return }
            k += 1
        }
    }
}
