import KGraphModel
import KGraphVocabulary

/// A repair pass over an article's drafts, after references are resolved. Passes run in the order
/// of ``passes``; each carries a text of our own and the event lines it must yield there.
struct RepairPass: Sendable {
    let name: String
    let example: String
    let expected: [String]
    let run: @Sendable (inout [EventDraft], Parse) -> Void
}

extension RepairPass {
    /// The passes, in the order they run.
    static let passes: [RepairPass] = [identifiedAs, namedInDocument, apposedNames, leadThenName, raidTargets, partOfRaid, raidDoers, sharedTime]

    /// "Three men were arrested. Police identified them as X, Y and Z.": the named people are the
    /// patients of the event whose patients were only described.
    static let identifiedAs = RepairPass(
        name: "identified as: the people named are those an earlier event only described",
        example: "Three men were arrested in Tiraz. Police identified them as Dara Sok, Keo Danh and Amira Rin.",
        expected: ["arrest agent=[] patient=[Dara Sok, Keo Danh, Amira Rin] place=[Tiraz]"]) { drafts, parse in
        for cl in parse.clauses {
            let vg = parse.verbs[cl.verb]
            guard ["identified", "named", "identifies", "names"].contains(parse.tokens[vg.main].lower),
                  let asPP = cl.preps.first(where: { parse.tokens[$0.prep].lower == "as" }) else { continue }
            let named = parse.coordinated(from: asPP.phrase).filter { parse.isPerson($0) }
            guard !named.isEmpty, let d = drafts.indices(inSentences: (vg.sentence - 1)...vg.sentence).last(where: { drafts[$0].type != .statement && !drafts[$0].patients.isEmpty
                && drafts[$0].patients.allSatisfy({ !$0.isNamed }) && drafts[$0].trigger.lowerBound < vg.main }) else { continue }
            drafts[d].patients = ArgumentFinder().args(named, role: .patient, parse: parse)
        }
    }

    /// "The indictment names X and Y": the people charged.
    static let namedInDocument = RepairPass(
        name: "a charging document names the people charged",
        example: "Prosecutors charged two officials with fraud. The indictment names Dara Sok and Keo Danh.",
        expected: ["charge agent=[Prosecutors] patient=[Dara Sok, Keo Danh]"]) { drafts, parse in
        for cl in parse.clauses {
            let vg = parse.verbs[cl.verb]
            guard ["names", "named", "identifies", "identified", "lists", "listed"].contains(parse.tokens[vg.main].lower),
                  let s = cl.subject.first, ["indictment", "complaint", "indictments", "charges"].contains(parse.tokens[parse.phrases[s].head].lower) else { continue }
            let named = cl.object.filter { parse.isPerson($0) }
            guard !named.isEmpty else { continue }
            for d in drafts.indices(inSentences: (vg.sentence - 1)...vg.sentence) where drafts[d].type == .charge
                && drafts[d].patients.allSatisfy({ !$0.isNamed }) {
                drafts[d].patients = ArgumentFinder().args(named, role: .patient, parse: parse)
            }
        }
    }

    /// "Prosecutors charged two officials… / The officials, X and Y, are accused…": the people an
    /// apposition names after "The <noun>," are the patients an earlier event only described.
    static let apposedNames = RepairPass(
        name: "the <noun>, X and Y: the people an earlier description stood for",
        example: "Police detained two officials on Monday. The officials, Dara Sok and Keo Danh, were released on Friday.",
        expected: ["arrest agent=[Police] patient=[Dara Sok, Keo Danh] time=Monday", "release agent=[] patient=[Dara Sok, Keo Danh] time=Friday"]) { drafts, parse in
        for (p, np) in parse.phrases.enumerated() where np.entity == nil && !np.isPronoun && parse.tokens[np.start].lower == "the" {
            guard let (a, _) = parse.apposition(after: p), parse.isPerson(a) else { continue }
            let named = parse.coordinated(from: a).filter { parse.isPerson($0) }
            let head = parse.tokens[np.head].lower
            guard let d = drafts.indices(inSentences: (np.sentence - 2)...(np.sentence - 1)).last(where: { drafts[$0].type != .statement
                && drafts[$0].patients.count == 1 && !drafts[$0].patients[0].isNamed && drafts[$0].patients[0].phrase.map { parse.tokens[parse.phrases[$0].head].lower == head } == true }) else { continue }
            drafts[d].patients = ArgumentFinder().args(named, role: .patient, parse: parse)
        }
    }

    /// "A court sentenced a prominent activist… / Selma Arkan, 34, was convicted…": a lead describes
    /// someone and the next sentence opens with a person's name not given before.
    static let leadThenName = RepairPass(
        name: "a lead describes someone, the next sentence opens with their name",
        example: "A court in Tiraz jailed a prominent activist on Monday.\n\nLina Ortega, 34, was convicted of insulting officials.",
        expected: ["sentence agent=[A court] patient=[Lina Ortega] place=[Tiraz] time=Monday"]) { drafts, parse in
        for i in drafts.indices {
            let escapee = drafts[i].type == .escape
            let described = escapee ? drafts[i].agents : drafts[i].patients
            guard described.count == 1, !described[0].isNamed, let p = described[0].phrase,
                  ["a", "an"].contains(parse.tokens[parse.phrases[p].start].lower),
                  parse.isDescription(p), drafts[i].sentence + 1 < parse.analysis.sentences.count else { continue }
            let next = parse.analysis.sentences[drafts[i].sentence + 1]
            let n0 = next.body
            guard let e = parse.table.entity(at: n0), parse.table.entities[e].type == .person,
                  let first = parse.table.mentionTokens[e].first, first.lowerBound == n0 else { continue }
            let arg = [Arg(participant: ArgumentFinder().entityParticipant(e, at: n0, parse: parse), phrase: parse.phrase(at: n0))]
            if escapee { drafts[i].agents = arg } else { drafts[i].patients = arg }
        }
    }

    /// "X were the targets of a police raid": they were arrested in it.
    static let raidTargets = RepairPass(
        name: "the people a raid targeted were arrested in it",
        example: "Dara Sok and Lina Ortega were the targets of a police raid in Marnak.",
        expected: ["raid agent=[police] patient=[Dara Sok, Lina Ortega] place=[Marnak]", "arrest agent=[] patient=[Dara Sok, Lina Ortega]"]) { drafts, parse in
        var added = [EventDraft]()
        for (i, d) in drafts.enumerated() where d.type == .raid && d.isNoun && d.rule.hasPrefix("the targets") {
            let people = d.patients.filter { a in a.participant.entityID.flatMap { id in parse.table.entities.first { $0.id == id } }?.type == .person }
            guard !people.isEmpty else { continue }
            var a = EventDraft(type: .arrest, site: d.site, trigger: d.trigger, sentence: d.sentence)
            a.patients = people
            a.partOf = [i]
            a.rule = "raid targets"
            added.append(a)
        }
        // the drafts are in trigger order already: only added ones need sorting in
        guard !added.isEmpty else { return }
        drafts += added
        RepairPass.sortByTrigger(&drafts)
    }

    /// Sorts drafts by their trigger's position, keeping "part of" links pointing at the same drafts.
    static func sortByTrigger(_ drafts: inout [EventDraft]) {
        let order = drafts.indices.sorted { (drafts[$0].trigger.lowerBound, $0) < (drafts[$1].trigger.lowerBound, $1) }
        var newIndex = [Int](repeating: 0, count: drafts.count)
        for (n, old) in order.enumerated() { newIndex[old] = n }
        drafts = order.map { old in
            var d = drafts[old]
            d.partOf = d.partOf.map { newIndex[$0] }
            d.mergedInto = d.mergedInto.map { newIndex[$0] }
            return d
        }
    }

    /// Arrests and seizures in the same or the next sentence after a raid were part of it.
    static let partOfRaid = RepairPass(
        name: "arrests and seizures right after a raid were part of it",
        example: "Customs officers raided a warehouse in Port Velo. They seized 40 kilograms of heroin.",
        expected: ["raid agent=[Customs officers] patient=[a warehouse] place=[Port Velo]", "seizure agent=[Customs officers] patient=[40 kilograms of heroin]"]) { drafts, parse in
        // drafts are in text order: only the raids of this sentence and the ones beside it are read
        for i in drafts.indices where (drafts[i].type == .arrest || drafts[i].type == .seizure) && drafts[i].partOf.isEmpty {
            let s = drafts[i].sentence
            var raid: Int?
            var k = i - 1
            while k >= 0, drafts[k].sentence >= s - 1 {
                if drafts[k].type == .raid, drafts[k].mergedInto == nil { raid = k; break }
                k -= 1
            }
            k = i + 1
            while raid == nil, k < drafts.count, drafts[k].sentence <= s + 1 {
                let d = drafts[k]
                if d.type == .raid, d.mergedInto == nil, d.sentence == s || EventMerger().isDefinite(d, parse: parse) { raid = k }
                k += 1
            }
            if let raid { drafts[i].partOf = [raid] }
        }
    }

    /// "Police arrested seven people… in the Oct. 2 raid": a raid that names no doers was carried
    /// out by those who arrested or seized in it.
    static let raidDoers = RepairPass(
        name: "a raid's doers are those who arrested or seized in it",
        example: "Customs officers arrested two men and seized 9 kilograms of heroin. The raid took place in Port Velo.",
        expected: ["arrest agent=[Customs officers] patient=[two men]", "seizure agent=[Customs officers] patient=[9 kilograms of heroin]", "raid agent=[Customs officers] patient=[] place=[Port Velo]"]) { drafts, _ in
        let parts = drafts.parts()
        for r in drafts.indices where drafts[r].type == .raid && drafts[r].agents.isEmpty && drafts[r].mergedInto == nil {
            if let part = parts[r]?.first(where: { !drafts[$0].agents.isEmpty && drafts[$0].agents.allSatisfy { $0.pronoun == nil } }) {
                drafts[r].agents = drafts[part].agents
            }
        }
    }

    /// "arrested and charged on Monday": verbs that share a subject share a time.
    static let sharedTime = RepairPass(
        name: "coordinated verbs share their time",
        example: "Lina Ortega was detained and charged with fraud on Tuesday.",
        expected: ["arrest agent=[] patient=[Lina Ortega] time=Tuesday", "charge agent=[] patient=[Lina Ortega] time=Tuesday"]) { drafts, parse in
        for i in drafts.indices.dropLast() {
            guard case .verb(let a) = drafts[i].site, case .verb(let b) = drafts[i + 1].site, parse.clauses[b].sharesSubject,
                  parse.verbs[a].sentence == parse.verbs[b].sentence else { continue }
            if drafts[i].time == nil { drafts[i].time = drafts[i + 1].time }
            if drafts[i + 1].time == nil { drafts[i + 1].time = drafts[i].time }
            if drafts[i].places.isEmpty { drafts[i].places = drafts[i + 1].places }
        }
    }
}
