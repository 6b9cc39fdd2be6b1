import KGraphModel
import KGraphVocabulary

extension RoleFinder {
    /// The rules, run in order; the first title a person gets for a text wins over repeats.
    static let rules: [RoleRule] = [titleBeforeName, appositionAfter, appositionBefore, copula, workedAs, bothTitle, partyMember]

    /// The person a subject names: its entity, or for "he"/"she" the last person named before it in
    /// this or the previous sentence.
    static func subjectPerson(_ s: Int, parse: Parse) -> Int? {
        if let e = parse.phrases[s].entity, parse.table.entities[e].type == .person { return e }
        guard parse.phrases[s].isPronoun, ["he", "she"].contains(parse.tokens[parse.phrases[s].head].lower) else { return nil }
        var k = parse.phrases[s].start - 1
        let sentence = parse.phrases[s].sentence
        while k >= 0, sentence - parse.tokens[k].sentence <= 1 {
            if let e = parse.table.entity(at: k), parse.table.entities[e].type == .person { return e }
            k -= 1
        }
        return nil
    }

    /// The person phrases of a parse: phrases whose head names a person.
    static func personPhrases(_ parse: Parse) -> [Int] {
        parse.phrases.indices.filter { parse.isPerson($0) }
    }

    /// "Interior Minister X", "spokesman X", "Velo's deputy police chief X"; a plural title before a
    /// list gives each person it in the singular ("reporters X, Y and Z").
    static let titleBeforeName = RoleRule(
        name: "a title before the name",
        example: "Interior Minister Dara Sok spoke first. Velorian police spokesman Keo Danh said so. Constables Lina Ortega and Amira Rin were praised.",
        expected: ["Dara Sok: Interior Minister", "Keo Danh: police spokesman", "Lina Ortega: constable", "Amira Rin: constable"]) { f, parse in
        var out = [RoleDraft]()
        for (e, ranges) in parse.table.mentionTokens.enumerated() where parse.table.entities[e].type == .person {
            for r in ranges {
                guard let p = parse.phrase(at: r.lowerBound) else { continue }
                var lo = parse.phrases[p].start
                if let pos = parse.phrases[p].possessive, pos < r.lowerBound { lo = pos + 1 }
                // "Special Agent in Charge X": a title that runs over "in"
                if parse.tokens[lo].lower == "charge", lo >= 2, parse.tokens[lo - 1].lower == "in", let prev = parse.phrase(endingBefore: lo - 1) {
                    lo = parse.phrases[prev].start
                }
                guard r.lowerBound > lo, var d = f.title(in: lo..<r.lowerBound, parse: parse) else { continue }
                d.person = e
                let head = parse.tokens[d.title.upperBound - 1].lower
                if let singular = Analysis.singular(head), f.lexicon.vocabulary.isKindOfPerson(singular) || f.lexicon.isTitleHead(singular) {
                    d.written = (parse.text(d.title).split(separator: " ").dropLast().map(String.init) + [singular]).joined(separator: " ")
                    for q in parse.coordinated(from: p) where parse.isPerson(q) {
                        var each = d
                        each.person = parse.phrases[q].entity!
                        out.append(each)
                    }
                    continue
                }
                out.append(d)
            }
        }
        return out
    }

    /// "X, the spokesperson for the Y Court,", "X, 46, a police officer,", "X, Kampot's deputy police chief,".
    static let appositionAfter = RoleRule(
        name: "an apposition after the name",
        example: "Dara Sok, the spokesperson for the Marnak Provincial Court, said so. Keo Danh, 46, a retired police officer, was freed.",
        expected: ["Dara Sok: spokesperson", "Keo Danh: retired police officer"]) { f, parse in
        var out = [RoleDraft]()
        for p in personPhrases(parse) {
            var cur = p
            for _ in 0..<3 {
                guard let (a, close) = parse.apposition(after: cur) else { break }
                cur = a
                let q = parse.phrases[a]
                if parse.tag(q.head) == .number { continue }
                // "X and Y, both supervisors at Z" is the next rule's
                if ["both", "all"].contains(parse.tokens[q.start].lower) { break }
                var end = q.end
                // "head of security" is a title; "head of the bureau" names the organisation
                if let of = q.ofPhrase, parse.phrases[of].entity == nil, !parse.tokens[parse.phrases[of].head].isCapitalized,
                   f.isRoleHead(q.head, parse: parse), !parse.tokens[parse.phrases[of].head].info.is(.organizationNoun) { end = parse.phrases[of].end }
                // "Assistant Director in Charge of the Y"
                if end + 1 < parse.tokens.count, parse.tokens[end].lower == "in", parse.tokens[end + 1].lower == "charge" { end += 2 }
                guard var d = f.title(in: q.start..<q.end, parse: parse) else { break }
                if end > q.end { d.title = d.title.lowerBound..<end }
                d.person = parse.phrases[p].entity!
                f.tail(after: q.end, in: &d, parse: parse, limit: close)
                if d.org == nil, let of = q.ofPhrase, parse.tokens[parse.phrases[of].head].info.is(.organizationNoun) {
                    d.org = parse.table.onlyOrganization(named: parse.tokens[parse.phrases[of].head].lower)
                }
                out.append(d)
                break
            }
        }
        return out
    }

    /// "Velo's spiritual leader, X,", "The bank's head of security, X,".
    static let appositionBefore = RoleRule(
        name: "a title before the name, set off by a comma",
        example: "The group's founder, Dara Sok, was arrested.",
        expected: ["Dara Sok: founder"]) { f, parse in
        var out = [RoleDraft]()
        for q in parse.phrases.indices where parse.phrases[q].entity == nil && !parse.phrases[q].isPronoun {
            guard let p = parse.apposition(after: q).map(\.phrase) ?? parse.nameAfterTail(of: q), parse.isPerson(p) else { continue }
            let np = parse.phrases[q]
            var end = np.end
            if let of = np.ofPhrase, parse.phrases[of].entity == nil, !parse.tokens[parse.phrases[of].head].isCapitalized { end = parse.phrases[of].end }
            guard var d = f.title(in: np.start..<np.end, parse: parse) else { continue }
            if end > np.end { d.title = d.title.lowerBound..<end }
            if let of = np.ofPhrase, let e = parse.phrases[of].entity, parse.table.entities[e].type == .organization { d.org = d.org ?? e }
            f.tail(after: end, in: &d, parse: parse, limit: parse.phrases[p].start)
            // "four former leaders, X, Y and Z": a plural title for each person listed, in the singular
            let head = parse.tokens[d.title.upperBound - 1].lower
            if let singular = Analysis.singular(head), f.lexicon.vocabulary.isKindOfPerson(singular) || f.lexicon.isTitleHead(singular) {
                // "The officers, X and Y," only describes; "four former leaders, X, Y and Z," titles each
                guard d.title.count > 1 || parse.tag(np.start) == .number else { continue }
                d.written = (parse.text(d.title).split(separator: " ").dropLast().map(String.init) + [singular]).joined(separator: " ")
                for r in parse.coordinated(from: p) where parse.isPerson(r) { var each = d; each.person = parse.phrases[r].entity!; out.append(each) }
                continue
            }
            d.person = parse.phrases[p].entity!
            out.append(d)
        }
        return out
    }

    /// "X is a retired journalist", "X was the head of the Y".
    static let copula = RoleRule(
        name: "a copula",
        example: "Dara Sok is a retired journalist.",
        expected: ["Dara Sok: retired journalist"]) { f, parse in
        var out = [RoleDraft]()
        for cl in parse.clauses where parse.verbs[cl.verb].isCopula && !parse.verbs[cl.verb].isNegated {
            guard let s = cl.subject.first, cl.subject.count == 1, let person = subjectPerson(s, parse: parse), let o = cl.object.first else { continue }
            let q = parse.phrases[o]
            guard var d = f.title(in: q.start..<q.end, parse: parse) else { continue }
            d.person = person
            f.tail(after: q.end, in: &d, parse: parse, limit: cl.span.upperBound)
            out.append(d)
        }
        return out
    }

    /// "X worked as a security guard", "X served as Y's top lieutenant".
    static let workedAs = RoleRule(
        name: "worked as, served as",
        example: "Dara Sok worked as a security guard at the port.",
        expected: ["Dara Sok: security guard"]) { f, parse in
        var out = [RoleDraft]()
        for cl in parse.clauses where parse.tokens[parse.verbs[cl.verb].main].info.is(.asVerb) {
            guard let s = cl.subject.first, let person = subjectPerson(s, parse: parse),
                  let pp = cl.preps.first(where: { parse.tokens[$0.prep].lower == "as" }) else { continue }
            let q = parse.phrases[pp.phrase]
            guard var d = f.title(in: q.start..<q.end, parse: parse) else { continue }
            d.person = person
            out.append(d)
        }
        return out
    }

    /// "X, 46, and Y, 39, both supervisors employed by Z": one title for each person listed.
    static let bothTitle = RoleRule(
        name: "both supervisors: one title for each person listed",
        example: "Dara Sok, 46, and Keo Danh, 39, both supervisors at the Port Velo Customs Office, were charged.",
        expected: ["Dara Sok: supervisor", "Keo Danh: supervisor"]) { f, parse in
        var out = [RoleDraft]()
        for q in parse.phrases.indices where ["both", "all"].contains(parse.tokens[parse.phrases[q].start].lower) && parse.phrases[q].range.count > 1 {
            let np = parse.phrases[q]
            guard np.start > 0, parse.tokens[np.start - 1].isPunct(","), var d = f.title(in: (np.start + 1)..<np.end, parse: parse) else { continue }
            // the people listed before the comma
            var people = [Int]()
            var k = np.start - 2
            while k >= 0, parse.tokens[k].sentence == np.sentence {
                if let p = parse.phrase(at: k), parse.isPerson(p) { people.append(parse.phrases[p].entity!); k = parse.phrases[p].start - 1; continue }
                guard parse.tokens[k].isPunct(",") || parse.tokens[k].kind == .number || parse.tokens[k].lower == "and" else { break }
                k -= 1
            }
            guard people.count >= 2 else { continue }
            f.tail(after: np.end, in: &d, parse: parse, limit: np.end + 8)
            if let singular = Analysis.singular(parse.tokens[np.end - 1].lower) {
                d.written = (parse.text(d.title).split(separator: " ").dropLast().map(String.init) + [singular]).joined(separator: " ")
            }
            for e in people.reversed() { var each = d; each.person = e; out.append(each) }
        }
        return out
    }

    /// "His party, the Union for Renewal, …": the person just named is a member.
    static let partyMember = RoleRule(
        name: "his party, the X: a member",
        example: "Dara Sok spoke on Monday. His party, the Velorian Unity Front, called for calm.",
        expected: ["Dara Sok: member of Velorian Unity Front"]) { _, parse in
        var out = [RoleDraft]()
        for q in parse.phrases.indices {
            let np = parse.phrases[q]
            guard np.range.count == 2, ["his", "her"].contains(parse.tokens[np.start].lower), parse.tokens[np.head].info.is(.orgCue),
                  let (a, _) = parse.apposition(after: q), let org = parse.phrases[a].entity, parse.table.entities[org].type == .organization else { continue }
            var k = np.start - 1
            var person: Int?
            while k >= 0, np.sentence - parse.tokens[k].sentence <= 2 {
                if let e = parse.table.entity(at: k), parse.table.entities[e].type == .person { person = e; break }
                k -= 1
            }
            guard let person else { continue }
            out.append(RoleDraft(person: person, title: np.head..<(np.head + 1), org: org, place: nil, written: "member"))
        }
        return out
    }
}
