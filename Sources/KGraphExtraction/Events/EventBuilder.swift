import KGraphModel

/// Builds events from drafts: merged drafts and drafts that say nothing of an event (no participant,
/// place, time, content or fact of the case, and nothing part of them) are left out; ids run "v1", "v2"… in text
/// order; each event's provenance is its trigger.
struct EventBuilder: Sendable {
    /// The events of the drafts.
    func build(_ drafts: [EventDraft], parse: Parse, documentSHA256: String) -> [Event] {
        let enclosing = Set(drafts.flatMap(\.partOf))
        var number = [Int](repeating: 0, count: drafts.count)
        var kept = 0
        for (i, d) in drafts.enumerated() where d.mergedInto == nil && (d.hasArguments || !d.facts.isEmpty || enclosing.contains(i)) && tellsSomething(d, parse: parse) {
            kept += 1
            number[i] = kept
        }
        var events = [Event]()
        events.reserveCapacity(kept)
        for (i, d) in drafts.enumerated() where number[i] > 0 {
            events.append(Event(id: "v\(number[i])", type: d.type, trigger: parse.text(d.trigger),
                                agents: participants(d.agents), patients: participants(d.patients), places: participants(d.places),
                                time: d.time?.text, content: d.content,
                                partOf: d.partOf.filter { number[$0] > 0 }.map { "v\(number[$0])" }, facts: d.facts,
                                provenance: Provenance(documentSHA256: documentSHA256, sentenceIndex: d.sentence,
                                                       utf8Range: parse.analysis.utf8Range(tokens: d.trigger))))
        }
        return events
    }

    /// Whether a draft tells something a reader would look for: an investigation says whom it
    /// concerns or who leads it by name ("police are investigating the incident" says neither).
    func tellsSomething(_ d: EventDraft, parse: Parse) -> Bool {
        // "the release of all those detained": a pronoun-like "those" alone names no one
        if d.agents.isEmpty, d.places.isEmpty, d.time == nil, d.patients.count == 1, let p = d.patients[0].phrase,
           !d.patients[0].isNamed, parse.phrases[p].range.allSatisfy({ parse.tag($0) == .determiner }) { return false }
        guard d.type == .investigation else { return true }
        return d.patients.contains(where: \.isNamed) || d.agents.contains(where: \.isNamed) && !d.patients.isEmpty
    }

    /// Participants without repeats (by entity id or text).
    func participants(_ args: [Arg]) -> [Participant] {
        args.withoutRepeats().map(\.participant)
    }
}
