import KGraphModel
import KGraphVocabulary

/// Event questions read with the extractor's grammar (``ReadQuestion``): every constraint the
/// question states is applied, or the result says which could not be.
extension GraphWalk {
    /// Answers an event question read by the clause reader.
    /// - Parameters:
    ///   - r: the question read.
    ///   - question: the question as asked.
    /// - Returns: the answers; when no answer meets every constraint, the answers that meet all but
    ///   the least telling ones (a time, then a place), with the constraints left out named.
    /// - Throws: what ``answerEvent(types:constraints:wanted:head:typeWord:question:)`` throws.
    func answerRead(_ r: ReadQuestion, question: String) throws -> QueryResult {
        if r.unplaced { return try answerUnplaced(r, question: question) }
        strictConstraints = true
        var result = try answerWith(r, constraints: r.constraints, question: question)
        if result.answers.isEmpty {
            for dropped in Self.relaxations(r.constraints) {
                // A time or place is left out only for events that state none: an arrest in
                // April does not answer "who was arrested in May".
                let kept = r.constraints.map { c in
                    var c = c
                    if dropped.contains(c) { c.unstatedPasses = true }
                    return c
                }
                var second = try answerWith(r, constraints: kept, question: question)
                guard !second.answers.isEmpty else { continue }
                second.notApplied = dropped.map { Self.describe($0) + ": the events found state no \($0.role == .time ? "time" : "place")" }
                second.interpretation = result.interpretation
                result = second
                break
            }
        }
        result.notApplied += notApplied.filter { !result.notApplied.contains($0) }
        result.applied = r.constraints.filter { c in !result.notApplied.contains { $0.hasPrefix(Self.describe(c)) } }.map(Self.describe)
            + r.with.map { "with \($0)" }
        if r.counts {
            result.count = result.answers.count
            let cut = result.notes.contains { $0.contains("narrow it") || $0.contains("more answers not shown") || $0.contains("there are more") }
            result.interpretation = (cut ? "how many (at least, the list was cut): " : "how many: ") + result.interpretation
        }
        return result
    }

    /// A question about an event that asks for no participant of it ("what was Dara Sok charged
    /// with"): no answer, and the events it is about as what is known instead.
    private func answerUnplaced(_ r: ReadQuestion, question: String) throws -> QueryResult {
        let found = try answerEvent(types: [r.type], constraints: r.constraints, wanted: .patient, head: nil, typeWord: r.typeWord, question: question)
        var result = QueryResult(question: question, interpretation: "what “\(r.statement)” leaves open, of \(r.type.rawValue) events (“\(r.typeWord)”)",
                                 notes: found.notes)
        result.explanation = "The knowledge base records who took part in each \(r.type.rawValue) event, its place and time; what the question asks is none of these. The sentences about it:"
        var sentences = [String]()
        for e in found.answers.flatMap(\.evidence) {
            let line = "“\(e.sentence)” — \(e.document), sentence \(e.sentenceIndex + 1)"
            if !sentences.contains(line), sentences.count < 5 { sentences.append(line) }
        }
        result.knownInstead = sentences.isEmpty ? found.knownInstead : sentences
        return result
    }

    /// The constraints that may be left out, one set per try, least telling first: the time,
    /// then the place, then both.
    static func relaxations(_ cs: [ParticipantConstraint]) -> [[ParticipantConstraint]] {
        let times = cs.filter { $0.role == .time }, places = cs.filter { $0.role == .place }
        var out = [[ParticipantConstraint]]()
        if !times.isEmpty { out.append(times) }
        if !places.isEmpty { out.append(places) }
        if !times.isEmpty, !places.isEmpty { out.append(times + places) }
        return out
    }

    /// A constraint in words: "place Port Velo".
    static func describe(_ c: ParticipantConstraint) -> String {
        "\(c.role == .time ? "time" : c.role.rawValue) “\(c.phrase)”"
    }

    /// The answers under some of the constraints, kept to those that took part with the names of
    /// "with X", typed by the head noun, and counted.
    private func answerWith(_ r: ReadQuestion, constraints: [ParticipantConstraint], question: String) throws -> QueryResult {
        // The names of "with X" anchor the walk: the events they took part in, in the asked role.
        let role: EdgeKind = r.wanted == .agent ? .agent : .patient
        let withConstraints = r.with.map { ParticipantConstraint(role: role, phrase: $0) }
        var result = try answerEvent(types: [r.type], constraints: constraints + withConstraints, wanted: r.wanted,
                                     head: r.head.flatMap(Self.specificHead), typeWord: r.typeWord, question: question)
        if let head = r.head, let kinds = headKinds(head) {
            let typed = result.answers.filter { kinds.contains($0.type) }
            if !typed.isEmpty { result.answers = typed }
        }
        guard !r.with.isEmpty, !result.answers.isEmpty else { return result }
        var sentences = Set<String>()
        var others = Set<String>()
        for name in r.with {
            let res = try resolver.resolve(name, kinds: [.person, .organization])
            for n in res.nodes {
                others.insert(n.id)
                for kind in [EdgeKind.patient, .agent] {
                    for (event, _) in try sources(of: n.id, kind) where event.eventType == r.type {
                        for p in event.provenance { sentences.insert("\(p.documentSHA256)#\(p.sentenceIndex)") }
                    }
                }
            }
        }
        let paths = try Set(sentences.compactMap { key -> String? in
            let parts = key.split(separator: "#")
            return try documentPath(String(parts[0])).map { "\($0)#\(parts[1])" }
        })
        result.answers = result.answers.filter { a in
            a.nodes.first.map { !others.contains($0) } ?? true
                && a.evidence.contains { paths.contains("\($0.document)#\($0.sentenceIndex)") }
        }
        if result.answers.isEmpty {
            result.explanation = "No one is recorded as \(r.typeWord) with " + r.with.joined(separator: " and ") + "."
        }
        return result
    }

    /// The node kinds a head noun asks for: "which agency" an organisation, "which city" a place,
    /// "which officials" a person; `nil` for a noun of no such class.
    func headKinds(_ head: String) -> Set<String>? {
        guard let noun = head.split(separator: " ").last.map({ $0.lowercased() }) else { return nil }
        let singular = Self.singular(noun)
        if WordLists.organizationNouns.contains(noun) || WordLists.organizationNouns.contains(singular) { return [NodeKind.organization.rawValue] }
        if WordLists.placeNouns.contains(noun) || WordLists.placeNouns.contains(singular) { return [NodeKind.place.rawValue] }
        if vocab.vocabulary.isKindOfPerson(noun) || vocab.vocabulary.isKindOfPerson(singular) { return [NodeKind.person.rawValue] }
        return nil
    }

    /// A head noun that says more than a kind ("which officials", not "which agency" or "which
    /// people"): kept to test answers' names and roles against.
    static func specificHead(_ head: String) -> String? {
        let noun = head.split(separator: " ").last.map { $0.lowercased() } ?? ""
        let generic: Set<String> = ["people", "persons", "person", "individuals", "individual", "agency", "agencies", "group", "groups",
                                    "organization", "organizations", "organisation", "organisations", "city", "cities", "country",
                                    "countries", "place", "places", "town", "towns", "entity", "entities", "one", "ones"]
        return generic.contains(noun) ? nil : head
    }
}
