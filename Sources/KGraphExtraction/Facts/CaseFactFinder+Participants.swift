import KGraphModel

/// Facts read from an event's own participants: the quantities of what was seized, and the court
/// that tried, convicted or sentenced.
extension CaseFactFinder {
    /// Events a court takes part in.
    static let courtEvents: Set<EventType> = [.trial, .sentence, .conviction, .appeal, .plea, .release, .pardon]

    /// Words whose presence in an organisation's name or a phrase makes it a court.
    static let courtWords: Set<String> = ["court", "courts", "tribunal", "chamber", "chambers", "judiciary", "bench"]

    /// Adds the court among an event's named agents and places ("the Port Velo Provincial Court
    /// sentenced…", "a trial at the Supreme Court"), the first one; "the court" names none.
    func addCourt(to draft: inout EventDraft) {
        for arg in draft.agents + draft.places where arg.isNamed {
            guard let m = arg.participant.mention else { continue }
            let words = arg.participant.text.lowercased().split(whereSeparator: { !$0.isLetter })
            guard words.contains(where: { CaseFactFinder.courtWords.contains(String($0)) }) else { continue }
            let fact = CaseFact(kind: .court, text: arg.participant.text, mention: m)
            if !draft.facts.contains(where: { $0.kind == .court }) { draft.facts.append(fact) }
            return
        }
    }

    /// Adds the quantity of each patient of a seizure that states one ("1.7 kilograms of heroin",
    /// "$490,000 in cash", "seven rifles"). An amount of money followed by "in" and what it was
    /// ("$12,000 | in cash") takes that phrase into the patient.
    func addQuantities(to draft: inout EventDraft) {
        let tokens = parse.tokens
        for (i, arg) in draft.patients.enumerated() where !arg.isNamed {
            guard let m = arg.participant.mention else { continue }
            let lo = tokens.partitionPoint { $0.utf8Start >= m.utf8Start }
            var hi = tokens.partitionPoint { $0.utf8Start >= m.utf8End }
            guard lo < hi else { continue }
            let end = parse.sentence(of: lo).tokens.upperBound
            if hi + 1 < end, tokens[hi].lower == "in", reader.money(at: lo, end: hi) != nil || reader.approximation(at: lo, end: hi).map({ reader.money(at: $0.1, end: hi) != nil }) == true,
               let p = parse.phrase(startingAt: hi + 1), parse.phrases[p].entity == nil, !parse.times[m.sentenceIndex].contains(where: { $0.tokens.contains(hi + 1) }) {
                hi = parse.phrases[p].end
                let range = parse.analysis.utf8Range(tokens: lo..<hi)
                draft.patients[i].participant.text = parse.text(lo..<hi)
                draft.patients[i].participant.mention = Mention(sentenceIndex: m.sentenceIndex, utf8Range: range)
            }
            guard var q = reader.quantity(in: lo..<hi) else { continue }
            q.tokens = lo..<hi
            let fact = caseFact(q)
            if !draft.facts.contains(fact) { draft.facts.append(fact) }
        }
    }
}
