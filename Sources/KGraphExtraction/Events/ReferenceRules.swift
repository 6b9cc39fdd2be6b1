import KGraphModel
import KGraphVocabulary

extension ReferenceResolver {
    /// The rules, tried in order on each unresolved argument.
    static let rules: [ReferenceRule] = [
        ReferenceRule(name: "he, she: the last speaker of that gender, for a statement",
                      example: "Dara Sok is a police officer. “We found nothing,” he said.",
                      expected: "statement agent=[Dara Sok] patient=[]") { c in
            guard let p = c.arg.pronoun, ["he", "she"].contains(p), c.draft.type == .statement, c.role == .agent else { return nil }
            let s = c.draft.sentence
            // "…, her husband told VOA. He said…": a speaker named by a noun of that gender
            if let last = c.earlier.last(where: { $0.type == .statement && s - $0.sentence <= 1 }), last.agents.count == 1, !last.agents[0].isNamed,
               let ph = last.agents[0].phrase, c.parse.tokens[c.parse.phrases[ph].head].info.is(p == "he" ? .maleNoun : .femaleNoun) {
                return last.agents
            }
            guard let last = c.earlier.last(where: { $0.type == .statement && s - $0.sentence <= 3 && $0.agents.count == 1 && $0.agents[0].isNamed }),
                  let id = last.agents[0].participant.entityID, let e = c.parse.table.entities.firstIndex(where: { $0.id == id }),
                  c.parse.table.entities[e].type == .person, c.people.gender[e] != (p == "he" ? "f" : "m") else { return nil }
            return [ReferenceResolver.participant(e, parse: c.parse)]
        },
        ReferenceRule(name: "he, him, his, she, her: the last person of that gender, a person an earlier event befell first",
                      example: "Police arrested Dara Sok on Monday. He was charged with fraud on Tuesday.",
                      expected: "charge agent=[] patient=[Dara Sok] time=Tuesday") { c in
            guard let p = c.arg.pronoun, ["he", "him", "his", "she", "her"].contains(p) else { return nil }
            let other: Character = ["he", "him", "his"].contains(p) ? "f" : "m"
            let s = c.draft.sentence
            if c.role == .patient, s > 0 {
                // the person an earlier event befell, in the sentences just before
                for d in c.earlier.reversed() where d.type != .statement && d.sentence < s && s - d.sentence <= 2 {
                    let named = d.patients.compactMap { a in a.participant.entityID.flatMap { id in c.parse.table.entities.firstIndex { $0.id == id } } }
                        .filter { c.parse.table.entities[$0].type == .person && c.people.gender[$0] != other }
                    if named.count == 1 { return [ReferenceResolver.participant(named[0], parse: c.parse)] }
                    if !named.isEmpty { break }
                }
            }
            guard let m = c.people.last(before: c.at, parse: c.parse, within: 3, not: other) else { return nil }
            return [ReferenceResolver.participant(m.entity, parse: c.parse)]
        },
        ReferenceRule(name: "they, them, their: the people an earlier event befell, or its doers",
                      example: "Police arrested Dara Sok and Lina Ortega. They were charged on Tuesday.",
                      expected: "charge agent=[] patient=[Dara Sok, Lina Ortega] time=Tuesday") { c in
            guard let p = c.arg.pronoun, ["they", "them", "their"].contains(p) else { return nil }
            let s = c.draft.sentence
            if c.draft.type == .statement {
                return c.earlier.last(where: { $0.type == .statement && s - $0.sentence <= 2 && !$0.agents.isEmpty && $0.agents.allSatisfy { $0.pronoun == nil } })?.agents
            }
            if c.role == .agent {
                // "Agents searched the house, where they seized…": the doers of the sentence's last event
                if let d = c.earlier.last(where: { $0.type != .statement && !$0.agents.isEmpty && s - $0.sentence <= 1 && $0.agents.allSatisfy { $0.pronoun == nil } }) {
                    return d.agents
                }
                return nil
            }
            for d in c.earlier.reversed() where d.type != .statement && s - d.sentence <= 2 {
                let group = d.patients.filter { $0.pronoun == nil }
                if group.count >= 2 || group.count == 1 && group[0].isNamed == false { return group }
            }
            return nil
        },
        ReferenceRule(name: "it, its: the organisation that acted or spoke last",
                      example: "The Velorian Bureau of Narcotics raided a warehouse. It said that 40 kilograms of heroin were seized.",
                      expected: "statement agent=[Velorian Bureau of Narcotics] patient=[]") { c in
            guard let p = c.arg.pronoun, ["it", "its"].contains(p), c.role == .agent else { return nil }
            let s = c.draft.sentence
            for d in c.earlier.reversed() where s - d.sentence <= 2 {
                if let a = d.agents.first(where: { a in a.participant.entityID.flatMap { id in c.parse.table.entities.first { $0.id == id } }?.type == .organization }) {
                    return [a]
                }
            }
            return nil
        },
        ReferenceRule(name: "a plural description: the suspects, both men, the three, those arrested",
                      example: "Police arrested Dara Sok and Lina Ortega in Tiraz. The two were charged with fraud.",
                      expected: "charge agent=[] patient=[Dara Sok, Lina Ortega]") { c in
            guard c.arg.pronoun == nil, let p = c.arg.phrase, ReferenceResolver.isPluralReference(p, parse: c.parse) else { return nil }
            let count = ReferenceResolver.count(in: p, parse: c.parse)
            let s = c.draft.sentence
            // earlier drafts are in text order: read back four sentences at most
            for d in c.earlier.reversed() {
                if s - d.sentence > 4 { break }
                guard d.type != .statement, d.sentence < s || d.trigger.upperBound <= c.at else { continue }
                let named = d.patients.filter { a in a.participant.entityID.flatMap { id in c.parse.table.entities.first { $0.id == id } }?.type == .person }
                if named.count >= 2, count == nil || count == named.count { return named }
            }
            return nil
        },
        ReferenceRule(name: "a title: the spokesman, the former governor",
                      example: "Keo Danh, the provincial governor, was questioned. Police later arrested the governor.",
                      expected: "arrest agent=[Police] patient=[Keo Danh]") { c in
            guard c.arg.pronoun == nil, let p = c.arg.phrase, c.parse.tokens[c.parse.phrases[p].start].lower == "the",
                  let head = c.head, c.parse.tokens[c.parse.phrases[p].head].info.isTitleHead,
                  let holders = c.people.titles[head], holders.count == 1, let e = holders.first,
                  c.people.mentions.contains(where: { $0.entity == e && $0.token < c.at }) else { return nil }
            return [ReferenceResolver.participant(e, parse: c.parse)]
        },
        ReferenceRule(name: "an age: the 42-year-old",
                      example: "Lina Ortega, 42, fled in May. Police arrested the 42-year-old in Tiraz.",
                      expected: "arrest agent=[Police] patient=[Lina Ortega] place=[Tiraz]") { c in
            guard c.arg.pronoun == nil, let p = c.arg.phrase,
                  c.parse.phrases[p].range.contains(where: { c.parse.tokens[$0].lower.hasSuffix("year-old") }) else { return nil }
            let text = c.parse.text(c.parse.phrases[p].range)
            guard let r = text.range(of: "-year-old") else { return nil }
            let age = text[..<r.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            guard let holders = c.people.ages[age], holders.count == 1, let e = holders.first else { return nil }
            return [ReferenceResolver.participant(e, parse: c.parse)]
        },
        ReferenceRule(name: "a singular description: the suspect, the man — the one person an earlier event befell",
                      example: "Police arrested Dara Sok in May. The suspect was released on bail.",
                      expected: "release agent=[] patient=[Dara Sok]") { c in
            guard c.arg.pronoun == nil, let p = c.arg.phrase, c.parse.tokens[c.parse.phrases[p].start].lower == "the",
                  c.parse.phrases[p].range.count <= 3, c.parse.tokens[c.parse.phrases[p].head].info.is(.personNoun),
                  !ReferenceResolver.isPluralReference(p, parse: c.parse) else { return nil }
            let s = c.draft.sentence
            for d in c.earlier.reversed() where d.type != .statement && d.sentence < s && s - d.sentence <= 3 {
                let named = d.patients.filter { a in a.participant.entityID.flatMap { id in c.parse.table.entities.first { $0.id == id } }?.type == .person }
                if named.count == 1 { return named }
                if named.count > 1 { return nil }
            }
            return nil
        },
        ReferenceRule(name: "an organisation noun: the bureau, the ministry — the one so named",
                      example: "The Velorian Bureau of Narcotics raided a farm. Two men were arrested by the bureau.",
                      expected: "arrest agent=[Velorian Bureau of Narcotics] patient=[Two men]") { c in
            // "the bureau", "the tribunal courts": one or two organisation words after "the"
            guard c.arg.pronoun == nil, let p = c.arg.phrase, (2...3).contains(c.parse.phrases[p].range.count), c.parse.phrases[p].ofPhrase == nil,
                  c.parse.tokens[c.parse.phrases[p].start].lower == "the",
                  c.parse.phrases[p].range.dropFirst().allSatisfy({ c.parse.tokens[$0].info.isAny([.organizationNoun, .orgHead]) || c.parse.tokens[$0].info.is(.orgLowerHead) }),
                  let o = c.parse.phrases[p].range.dropFirst().lazy.compactMap({ c.parse.table.onlyOrganization(named: c.parse.tokens[$0].lower) }).first
            else { return nil }
            return [ReferenceResolver.participant(o, parse: c.parse)]
        },
    ]

    /// Whether a phrase refers to several people already named: "the suspects", "both men", "the
    /// three", "those arrested", "all four".
    static func isPluralReference(_ p: Int, parse: Parse) -> Bool {
        let np = parse.phrases[p]
        let first = parse.tokens[np.start].lower
        let head = parse.tokens[np.head]
        guard ["the", "both", "those", "these", "all"].contains(first) || parse.tag(np.start) == .number && np.range.count == 1 else { return false }
        if np.range.count == 1 { return ["both", "those", "all"].contains(first) || parse.tag(np.start) == .number }
        if head.kind == .number || head.info.is(.numberWord) { return true }
        return head.lower.hasSuffix("s") && (head.info.is(.personNoun) || parse.singularIsPersonWord(head.lower)) || ["men", "women", "people"].contains(head.lower)
    }

    /// The number a plural reference gives ("the three", "both men" → 2), if any.
    static func count(in p: Int, parse: Parse) -> Int? {
        let words = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2]
        for k in parse.phrases[p].range {
            let w = parse.tokens[k].lower
            if let n = words[w] { return n }
            if parse.tokens[k].kind == .number, let n = Int(w) { return n }
        }
        return nil
    }
}
