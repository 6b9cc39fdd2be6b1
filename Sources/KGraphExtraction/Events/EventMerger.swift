import KGraphModel

/// Merges the same event told twice in one article: a lead and a later sentence often report one
/// arrest or one raid. Two drafts of the same type are one event when their participants are
/// compatible (they share a named patient, or one only describes the people the other names) and
/// their agents, times and places do not disagree. The later telling's arguments join the earlier
/// one, described patients give way to named ones, and the later draft is marked merged.
struct EventMerger: Sendable {
    /// Types that are told again rather than repeated: statements never merge.
    static let mergeable: Set<EventType> = Set(EventType.allCases).subtracting([.statement, .other])

    /// Merges drafts in place (a merged draft keeps its place and points at the draft it joined).
    func merge(_ drafts: inout [EventDraft], parse: Parse) {
        // who is part of whom, kept up to date: the drafts that were part of a merged one become
        // part of the draft it joined
        var parts = drafts.parts()
        for j in drafts.indices where EventMerger.mergeable.contains(drafts[j].type) {
            // drafts are in text order: only the eight sentences before can tell the same event
            var found: Int?
            var k = j - 1
            while k >= 0, drafts[j].sentence - drafts[k].sentence <= 8 {
                if drafts[k].mergedInto == nil, compatible(drafts[k], drafts[j], parse: parse) { found = k; break }
                k -= 1
            }
            guard let i = found else { continue }
            let before = Set(drafts[i].partOf)
            absorb(&drafts[i], drafts[j])
            for r in drafts[i].partOf where !before.contains(r) { parts[r, default: []].append(i) }
            drafts[j].mergedInto = i
            for k in Set(parts[j] ?? []).sorted() where drafts[k].partOf.contains(j) {
                drafts[k].partOf = drafts[k].partOf.map { $0 == j ? i : $0 }
                parts[i, default: []].append(k)
            }
        }
    }

    /// Whether two drafts tell one event.
    func compatible(_ a: EventDraft, _ b: EventDraft, parse: Parse) -> Bool {
        guard a.type == b.type, b.sentence - a.sentence <= 8 else { return false }
        let namedA = a.patients.compactMap(\.participant.entityID), namedB = b.patients.compactMap(\.participant.entityID)
        let sharesPatient = EventMerger.share(namedA, namedB)
        // a lead that only describes ("a journalist", "two men") and a telling that names, close together
        let describesOther = a.sentence != b.sentence && b.sentence - a.sentence <= 2
            && (namedA.isEmpty && describes(a.patients, count: EventMerger.distinctCount(namedB), parse: parse)
                || namedB.isEmpty && describes(b.patients, count: EventMerger.distinctCount(namedA), parse: parse))
        // "the raid", "the arrests": a definite event noun with no one named refers to the event told before
        let refersBack = b.isNoun && b.patients.isEmpty && b.sentence - a.sentence <= 3 && isDefinite(b, parse: parse)
        guard sharesPatient || describesOther || refersBack else { return false }
        if !agentsAgree(a.agents, b.agents) { return false }
        if let ta = a.time?.text.lowercased(), let tb = b.time?.text.lowercased(), ta != tb, !ta.contains(tb), !tb.contains(ta) { return false }
        let pa = a.places.compactMap(\.participant.entityID), pb = b.places.compactMap(\.participant.entityID)
        if !pa.isEmpty, !pb.isEmpty, !EventMerger.share(pa, pb) { return false }
        return true
    }

    /// Whether two short lists of entity ids have one in common (compared in place: a few
    /// comparisons cost less than hashing into sets).
    static func share(_ a: [String], _ b: [String]) -> Bool { a.contains { b.contains($0) } }

    /// How many different ids a short list holds.
    static func distinctCount(_ ids: [String]) -> Int { ids.indices.filter { i in !ids[..<i].contains(ids[i]) }.count }

    /// Whether some patients describe as many people as another telling names: one indefinite
    /// singular ("a journalist") for one, or a number ("two men") for that many.
    func describes(_ patients: [Arg], count: Int, parse: Parse) -> Bool {
        guard count > 0, !patients.isEmpty else { return false }
        var total = 0
        for a in patients {
            guard let p = a.phrase, !a.isNamed else { return false }
            let first = parse.tokens[parse.phrases[p].start].lower
            if first == "a" || first == "an" {
                guard parse.isDescription(p) else { return false }
                total += 1
            } else if let n = ReferenceResolver.count(in: p, parse: parse) {
                total += n
            } else {
                return false
            }
        }
        return total == count
    }

    /// Whether a noun event is told with a definite article or demonstrative ("the raid", "this arrest").
    func isDefinite(_ d: EventDraft, parse: Parse) -> Bool {
        guard case .noun(let p) = d.site else { return false }
        let first = parse.tokens[parse.phrases[p].start].lower
        return ["the", "this", "that", "these", "those"].contains(first)
    }

    /// Whether two agent lists can be the same doers: one is empty, or they share a named agent,
    /// or neither names one.
    func agentsAgree(_ a: [Arg], _ b: [Arg]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        let na = a.compactMap(\.participant.entityID), nb = b.compactMap(\.participant.entityID)
        if na.isEmpty || nb.isEmpty { return true }
        return EventMerger.share(na, nb)
    }

    /// Adds a later telling's arguments to a draft.
    func absorb(_ a: inout EventDraft, _ b: EventDraft) {
        a.patients = union(a.patients, b.patients)
        a.agents = union(a.agents, b.agents)
        a.places = union(a.places, b.places)
        if a.time == nil { a.time = b.time }
        a.partOf = Array(Set(a.partOf + b.partOf)).sorted()
    }

    /// Two argument lists as one: when only one of them names anyone, its names replace the
    /// other's descriptions.
    func union(_ a: [Arg], _ b: [Arg]) -> [Arg] {
        let aNames = a.contains(where: \.isNamed), bNames = b.contains(where: \.isNamed)
        var all = a + b
        if aNames != bNames { all = aNames ? a : b }
        return all.withoutRepeats()
    }
}
