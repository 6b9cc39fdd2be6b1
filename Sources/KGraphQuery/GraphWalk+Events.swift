import KGraphModel
import KGraphExtraction
import KGraphVocabulary

/// A participant constraint after name resolution.
struct ResolvedConstraint {
    /// The role the participant plays (agent, patient, place) or `.time`.
    var role: EdgeKind
    /// The phrase as typed.
    var phrase: String
    /// The nodes it denotes, when it is a known name or phrase.
    var nodeIDs: Set<String>?
    /// Otherwise, the content-word stems a participant's name must hold.
    var stems: Set<String>
    /// The display name of what it resolved to.
    var label: String
    /// Whether an event that states no participant in this role (no time, no place) meets it.
    var unstatedPasses = false
    /// For a time: the days the phrase covers, normalised once ("in October 2020"), when known.
    var days: TimeSpan?
}

/// Event questions: who did it, to whom, where, when, what was said.
extension GraphWalk {
    /// Event types whose unstated agent is the agent of the raid they were part of.
    static let inheritsRaidAgent: Set<EventType> = [.arrest, .seizure]
    /// The most answers a question gives.
    static let answerLimit = 100
    /// Above this many candidate events, an event question is answered in one pass that stops
    /// at ``answerLimit`` answers; without a named participant, the events are read a page at a
    /// time in the reader's order.
    static let streamingThreshold = 500
    /// Events read at a time when a question names no participant.
    static let eventPageSize = 200
    /// Above this many nodes for a named participant (a phrase such as "police", a node of each
    /// article stating it), their events are read a batch at a time until there are enough.
    static let manyAnchorNodes = 50
    /// Generic actors that most articles name as a phrase: on a large knowledge base they are
    /// matched by their words rather than resolved to every article's phrase node.
    static let genericActors: Set<String> = ["police", "authorities", "officials", "officers", "investigators", "agents",
                                             "prosecutors", "soldiers", "troops", "policemen"]
    /// Nodes of such a participant whose events are read at a time.
    static let anchorBatchSize = 50
    /// The most events a long list reads while it has found no answer.
    static let emptyListScanLimit = 2_000
    /// The most nodes of such a participant whose events are read.
    static let manyAnchorNodeLimit = 300
    /// The most events a long list filtered by a head noun reads ("which officials were
    /// arrested" over a large knowledge base; each answer's roles are read to test it), or by a
    /// participant that is no known name (each event's participants are read to test it).
    static let headScanLimit = 1_000

    /// Answers an event question.
    /// - Parameters:
    ///   - types: the event types asked about.
    ///   - constraints: participants, places and times the question names.
    ///   - wanted: what is asked.
    ///   - head: a noun that answers must fit ("officials"), if any.
    ///   - typeWord: the word of the question that named the event.
    ///   - question: the question, for the result.
    /// - Returns: the answers, or an honest "no answer".
    /// - Throws: ``QueryError/ambiguous(_:candidates:)`` when a name fits several entities equally;
    ///   what the reader throws.
    /// - Complexity: indexed look-ups from a named participant; without one, one read of the
    ///   events of the asked types.
    func answerEvent(types: [EventType], constraints: [ParticipantConstraint], wanted: Wanted, head: String?,
                     typeWord: String, question: String) throws -> QueryResult {
        let typeNames = types.map(\.rawValue).joined(separator: " or ")
        var resolved = [ResolvedConstraint]()
        var ambiguous: (Int, [Node])? = nil
        for c in constraints {
            switch c.role {
            case .time:
                resolved.append(ResolvedConstraint(role: .time, phrase: c.phrase, nodeIDs: nil,
                                                   stems: Set(NameKey.normalize(c.phrase).split(separator: " ").map(String.init)).subtracting(["on", "in", "at", "during"]),
                                                   label: c.phrase,
                                                   days: TimeNormalizer().value(of: c.phrase, articleDate: nil).flatMap(TimeValue.span(of:))))
            default:
                // "police", "the authorities": a generic actor named in most articles of a large
                // knowledge base is matched on the participants' words as events are read, rather
                // than resolved to a phrase node in every article first.
                let words = NameKey.normalize(c.phrase).split(separator: " ").filter { $0 != "the" }
                if c.role == .agent, words.count == 1, Self.genericActors.contains(String(words[0])),
                   try eventCount(types) > Self.streamingThreshold {
                    resolved.append(ResolvedConstraint(role: c.role, phrase: c.phrase, nodeIDs: nil,
                                                       stems: vocab.contentStems(c.phrase), label: c.phrase))
                    continue
                }
                let kinds: [NodeKind] = c.role == .place ? [.place, .organization, .thing] : [.person, .organization, .thing, .place]
                var res = try resolver.resolve(c.phrase, kinds: kinds)
                if res.nodes.isEmpty, let joined = try conjunction(c.phrase, kinds: kinds) { res = joined }
                remember(res.nodes)
                if let note = res.note, note != "and" { notes.append(note) }
                if res.nodes.isEmpty, c.role == .place, let other = try resolver.resolve(c.phrase, kinds: [.person], forgiving: false).nodes.first {
                    // "what was seized from Dara Sok": a person is not where it happened.
                    notes.append("\(other.name) is a person, not a place; “\(c.phrase)” is ignored")
                    continue
                }
                if res.nodes.isEmpty {
                    if Self.looksLikeProperName(c.phrase) {
                        return QueryResult(question: question,
                                           interpretation: interpretation(types: typeNames, typeWord: typeWord, wanted: wanted, constraints: resolved + [ResolvedConstraint(role: c.role, phrase: c.phrase, nodeIDs: nil, stems: [], label: c.phrase)]),
                                           notes: notes, explanation: "No person, organisation or place named “\(c.phrase)” is in the knowledge base.",
                                           suggestions: res.suggestions)
                    }
                    resolved.append(ResolvedConstraint(role: c.role, phrase: c.phrase, nodeIDs: nil,
                                                       stems: vocab.contentStems(c.phrase), label: c.phrase))
                } else {
                    let entityNodes = res.nodes.filter { $0.kind != .thing }
                    if entityNodes.count > 1, res.note != "and", ambiguous == nil { ambiguous = (resolved.count, entityNodes) }
                    resolved.append(ResolvedConstraint(role: c.role, phrase: c.phrase, nodeIDs: Set(res.nodes.map(\.id)),
                                                       stems: [], label: res.nodes[0].kind == .thing ? c.phrase : res.nodes[0].name))
                }
            }
        }
        for i in resolved.indices {
            resolved[i].unstatedPasses = constraints.contains { $0.role == resolved[i].role && $0.phrase == resolved[i].phrase && $0.unstatedPasses }
        }
        let base = interpretation(types: typeNames, typeWord: typeWord, wanted: wanted, constraints: resolved)
        if let (at, candidates) = ambiguous {
            // Keep the candidate the question fits: the only one with answers.
            var fitting = [(Node, QueryResult)]()
            for candidate in candidates {
                var variant = resolved
                variant[at].nodeIDs = [candidate.id]
                variant[at].label = candidate.name
                let r = try collect(types: types, constraints: variant, wanted: wanted, head: head, typeWord: typeWord, question: question)
                if !r.answers.isEmpty { fitting.append((candidate, r)) }
            }
            if fitting.count == 1 {
                var r = fitting[0].1
                r.notes.append("“\(resolved[at].phrase)” read as “\(fitting[0].0.name)”, the only one of \(candidates.map(\.name).joined(separator: ", ")) the question fits")
                return r
            }
            throw QueryError.ambiguous(resolved[at].phrase, candidates: candidates.map { "\($0.name) (\($0.kind.rawValue))" })
        }
        var result = try collect(types: types, constraints: resolved, wanted: wanted, head: head, typeWord: typeWord, question: question)
        if result.answers.isEmpty, resolved.contains(where: { $0.nodeIDs != nil && $0.label == $0.phrase && $0.role != .place }) {
            // A phrase ("the protest leaders") found as a phrase node of some article: also accept
            // participants whose phrase holds its words ("a handful of protest leaders").
            let loose = try resolved.map { c -> ResolvedConstraint in
                guard let ids = c.nodeIDs, c.label == c.phrase, c.role != .place,
                      try ids.allSatisfy({ try node($0)?.kind == .thing }) else { return c }
                return ResolvedConstraint(role: c.role, phrase: c.phrase, nodeIDs: nil, stems: vocab.contentStems(c.phrase), label: c.phrase)
            }
            let second = try collect(types: types, constraints: loose, wanted: wanted, head: head, typeWord: typeWord, question: question)
            if !second.answers.isEmpty { result = second }
        }
        result.interpretation = base
        return result
    }

    /// "Dara Sok and Lina Vey": the names on both sides of an "and", when each is known.
    private func conjunction(_ phrase: String, kinds: [NodeKind]) throws -> Resolution? {
        let parts = phrase.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        var nodes = [Node]()
        for part in parts {
            let r = try resolver.resolve(part, kinds: kinds)
            guard r.isResolved else { return nil }
            nodes += r.nodes
        }
        return Resolution(nodes: nodes, note: "and", suggestions: [])
    }

    /// Whether a phrase is a proper name: every word capitalised (after a leading "the").
    static func looksLikeProperName(_ phrase: String) -> Bool {
        var words = phrase.split(separator: " ")
        if let first = words.first, ["the", "a", "an"].contains(first.lowercased()) { words.removeFirst() }
        guard !words.isEmpty else { return false }
        return words.allSatisfy { w in
            (w.first?.isUppercase ?? false) || (w.first?.isNumber ?? false) || w.lowercased() == "the" || WordLists.nameJoiners.contains(w.lowercased())
        }
    }

    /// How an event question was read.
    func interpretation(types: String, typeWord: String, wanted: Wanted, constraints: [ResolvedConstraint]) -> String {
        let what: String
        switch wanted {
        case .agent: what = "who did it (agent)"
        case .patient: what = "who or what it was done to (patient)"
        case .place: what = "where it happened (place)"
        case .time: what = "when it happened (time)"
        case .content: what = "what was said (content)"
        }
        var text = "\(what) of \(types) events (“\(typeWord)”)"
        let parts = constraints.map { c -> String in
            let role = c.role == .time ? "time" : c.role.rawValue
            return c.nodeIDs != nil ? "\(role) \(c.label)" : "\(role) matching “\(c.phrase)”"
        }
        if !parts.isEmpty { text += " with " + parts.joined(separator: ", ") }
        return text
    }

    /// The events of the asked types that meet the constraints, and what they give for `wanted`.
    private func collect(types: [EventType], constraints: [ResolvedConstraint], wanted: Wanted, head: String?,
                         typeWord: String, question: String) throws -> QueryResult {
        let typeSet = Set(types)
        let typeNames = types.map(\.rawValue).joined(separator: " or ")
        let interp = interpretation(types: typeNames, typeWord: typeWord, wanted: wanted, constraints: constraints)

        // Candidate events: from a named participant when there is one, else every event of the types.
        var candidates = [Node]()
        var seen = Set<String>()
        func take(_ n: Node) {
            if n.kind == .event, let t = n.eventType, typeSet.contains(t), seen.insert(n.id).inserted { candidates.append(n) }
        }
        let anchor = constraints.first { $0.role == .patient && $0.nodeIDs != nil }
            ?? constraints.first { $0.role == .agent && $0.nodeIDs != nil }
            ?? constraints.first { $0.role == .place && $0.nodeIDs != nil && !$0.unstatedPasses }
        // A phrase stated in many articles ("police") names a node in each: their events are read
        // a batch of nodes at a time, and only until there are enough to answer from.
        var anchorCut: (read: Int, total: Int)? = nil
        if let anchor, let ids = anchor.nodeIDs {
            let sortedIDs = ids.sorted()
            let many = sortedIDs.count > Self.manyAnchorNodes
            var readIDs = 0
            for id in sortedIDs {
                if many, readIDs % Self.anchorBatchSize == 0 {
                    if candidates.count >= Self.streamingThreshold || readIDs >= Self.manyAnchorNodeLimit {
                        anchorCut = (readIDs, sortedIDs.count)
                        break
                    }
                    let batch = Array(sortedIDs[readIDs..<min(sortedIDs.count, readIDs + Self.anchorBatchSize)])
                    try prefetchNodes(batch)
                    let events = try prefetchIncoming(batch, sourcesOf: [anchor.role])
                    if anchor.role == .agent || anchor.role == .place { _ = try prefetchIncoming(events.map(\.id), sourcesOf: [.partOf]) }
                }
                readIDs += 1
                for (event, _) in try sources(of: id, anchor.role) { take(event) }
                if anchor.role == .agent {
                    // Events that inherit this agent from the raid they were part of.
                    for (raid, _) in try sources(of: id, .agent) {
                        for (part, _) in try sources(of: raid.id, .partOf) { take(part) }
                    }
                    // "police" in articles that name this police organisation: the phrase node
                    // "police" of each article the organisation is stated in (only there can
                    // "police" be taken as it).
                    if let n = try node(id), n.kind == .organization, NameKey.normalize(n.name).split(separator: " ").contains("police") {
                        var articles = Set<String>()
                        for p in n.provenance where articles.insert(p.documentSHA256).inserted {
                            let thing = NodeID.thing(documentSHA256: p.documentSHA256, text: "police")
                            for (event, _) in try sources(of: thing, .agent) { take(event) }
                        }
                    }
                }
                if anchor.role == .place {
                    // Events in places inside it, and events that happened during those (an
                    // arrest in a raid takes the raid's place).
                    var places = [id]
                    for (child, _) in try sources(of: id, .locatedIn) { places.append(child.id) }
                    for place in places {
                        for (event, _) in try sources(of: place, .place) {
                            take(event)
                            for (part, _) in try sources(of: event.id, .partOf) { take(part) }
                        }
                    }
                }
            }
        }
        // Without a named participant, a long list is read a page at a time (below) rather than whole.
        var listed: (total: Int, read: Int)? = nil
        if anchor == nil {
            let total = try eventCount(types)
            if total > Self.streamingThreshold {
                listed = (total, 0)
            } else {
                for t in types { for n in try reader.nodes(kind: .event, eventType: t) { take(n) } }
            }
        }

        // Filter by each constraint; a constraint that is not a known name is dropped when nothing
        // meets it and the knowledge base holds only a few such events.
        var events = candidates
        var relaxed = [String]()
        events.sort { ($0.provenance.first?.documentSHA256 ?? "", $0.provenance.first?.sentenceIndex ?? 0) < ($1.provenance.first?.documentSHA256 ?? "", $1.provenance.first?.sentenceIndex ?? 0) }
        let wantedRole: EdgeKind = wanted == .agent ? .agent : wanted == .place ? .place : wanted == .time ? .time : .patient
        if events.count > Self.manyAnchorNodes {
            // Many events to test and answer from: their participants, and the raids they were
            // part of with theirs, read a few batches at a time rather than a few look-ups each.
            for start in stride(from: 0, to: events.count, by: Self.eventPageSize) {
                try prefetchParticipants(of: Array(events[start..<min(events.count, start + Self.eventPageSize)]),
                                         roles: Set([wantedRole] + constraints.map(\.role)))
            }
        }
        var answers = AnswerSet()
        var stoppedEarly = false
        if var list = listed {
            // Many events and no named participant ("who was arrested" over a large knowledge
            // base): pages in the reader's order, until enough answers are found (answers that
            // fit the head noun, when there is one: "which officials were arrested").
            var kept = [Node]()
            let headStems = head.map(vocab.contentStems)
            var fitting = Set<String>()
            pages: for t in types {
                var offset = 0
                while true {
                    let page = try reader.nodes(kind: .event, eventType: t, offset: offset, limit: Self.eventPageSize)
                    if page.isEmpty { break }
                    offset += page.count
                    // Time constraints need no look-up: the events they keep are read further, at once.
                    let timely = try page.filter { e in try constraints.allSatisfy { c in try c.role != .time || meets(e, c) } }
                    try prefetchParticipants(of: timely, roles: Set([wantedRole] + constraints.map(\.role)))
                    if headStems != nil {
                        // A head noun is tested on the answers' roles: their role edges and roles, at once.
                        let answerNodes = try timely.flatMap { e in try targets(of: e.id, wantedRole).map(\.0) }
                        try prefetch(answerNodes, targetsOf: [.holdsRole])
                    }
                    for event in page where event.kind == .event && event.eventType == t && seen.insert(event.id).inserted {
                        list.read += 1
                        guard try constraints.allSatisfy({ try meets(event, $0) }) else { continue }
                        kept.append(event)
                        for (a, p) in try values(of: event, wanted) {
                            answers.add(a, provenance: p)
                            if let headStems, !fitting.contains(NameKey.normalize(a.text)), try fits(a, headStems) {
                                fitting.insert(NameKey.normalize(a.text))
                            }
                        }
                        if (headStems == nil ? answers.count : fitting.count) >= Self.answerLimit { stoppedEarly = true; break pages }
                        // A head noun, or a participant that is no known name ("police officers"),
                        // is tested on each event's participants: only so many events are read.
                        if headStems != nil || constraints.contains(where: { $0.role != .time }), list.read >= Self.headScanLimit,
                           list.read < list.total { stoppedEarly = true; break pages }
                        // A list that finds nothing in its first events stops looking ("when was the
                        // raid" where raids state no time).
                        if answers.isEmpty, list.read >= Self.emptyListScanLimit, list.read < list.total { stoppedEarly = true; break pages }
                    }
                }
            }
            events = kept
            listed = list
        } else if events.count > Self.streamingThreshold, head == nil {
            // Many events (a question with no named participant over a large knowledge base):
            // one pass, stopping once enough answers are found.
            var kept = [Node]()
            for event in events where try constraints.allSatisfy({ try meets(event, $0) }) {
                kept.append(event)
                for (a, p) in try values(of: event, wanted) { answers.add(a, provenance: p) }
                if answers.count >= Self.answerLimit { stoppedEarly = true; break }
            }
            events = kept
        } else {
            for c in constraints {
                let kept = try events.filter { try meets($0, c) }
                if kept.isEmpty, strictConstraints, !events.isEmpty, c.nodeIDs == nil, c.role == .agent || c.role == .patient, events.count <= 3 {
                    // A description that no participant is known by ("the militia commander"):
                    // the few such events are answered, and the answer says so.
                    notApplied.append("\(c.role.rawValue) “\(c.phrase)”: no \(typeNames) participant is described so; answering for the \(events.count == 1 ? "only such event" : "\(events.count) such events")")
                    continue
                }
                if kept.isEmpty, !strictConstraints, !events.isEmpty, c.nodeIDs == nil || c.role == .place, events.count <= 3 {
                    relaxed.append("no \(typeNames) names “\(c.phrase)” as its \(c.role == .time ? "time" : c.role.rawValue); answering for the \(events.count == 1 ? "only such event" : "\(events.count) such events") instead")
                    continue
                }
                events = kept
            }
            for event in events {
                for (a, p) in try values(of: event, wanted) { answers.add(a, provenance: p) }
            }
        }
        if wanted == .patient, anchor == nil, head == nil {
            // "who was arrested": the named people and organisations; phrases ("21 people",
            // "other suspects") are listed in a note rather than as answers beside them.
            let named = answers.filter { $0.type == NodeKind.person.rawValue || $0.type == NodeKind.organization.rawValue }
            if !named.isEmpty, named.count < answers.count {
                let phrases = answers.answers.filter { !named.answers.contains($0) }.map(\.text)
                relaxed.append("also recorded, as phrases: " + phrases.prefix(10).joined(separator: "; ") + (phrases.count > 10 ? "; …" : ""))
                answers = named
            }
        }
        if let head {
            let stems = vocab.contentStems(head)
            var fitting = try answers.filter { a in try fits(a, stems) }
            if fitting.isEmpty, wanted == .place {
                // "in which court was X tried": the court may be the event's agent, not its place.
                var agents = AnswerSet()
                for event in events { for (a, p) in try values(of: event, .agent) { agents.add(a, provenance: p) } }
                fitting = try agents.filter { a in try fits(a, stems) }
            }
            if !fitting.isEmpty {
                answers = fitting
            } else if !answers.isEmpty {
                relaxed.append("none of the answers is described as “\(head)”; all are given")
                headUnmet = true
            }
        }
        eventsFound = max(eventsFound, events.count)
        var result = QueryResult(question: question, interpretation: interp, answers: try answers.materialized(by: self, limit: Self.answerLimit),
                                 notes: notes + relaxed)
        if answers.count > Self.answerLimit { result.notes.append("\(answers.count - Self.answerLimit) more answers not shown") }
        if let anchorCut, let anchor {
            result.notes.append("“\(anchor.phrase)” names \(Self.grouped(anchorCut.total)) nodes; the events of the first "
                                + "\(Self.grouped(anchorCut.read)) were read; name someone to narrow it")
        }
        if stoppedEarly, let listed {
            result.notes.append("showing \(result.answers.count) answers, from the first \(Self.grouped(listed.read)) of "
                                + "\(Self.grouped(listed.total)) \(typeNames) events; name someone to narrow it")
        } else if stoppedEarly {
            result.notes.append("the first \(Self.answerLimit) answers are shown; there are more")
        }
        if result.answers.isEmpty {
            let subject = constraints.first { $0.nodeIDs != nil }
            if events.isEmpty {
                result.explanation = "No \(typeNames) event" + (constraints.isEmpty ? "" : " with " + constraints.map { "\($0.role == .time ? "time" : $0.role.rawValue) “\($0.label)”" }.joined(separator: ", ")) + " is recorded."
                if let subject, let ids = subject.nodeIDs {
                    for id in ids.sorted().prefix(3) { result.knownInstead += try facts(about: id, limit: 8).map(\.text) }
                }
            } else {
                let what: String
                switch wanted {
                case .agent: what = "stated agent"
                case .patient: what = "stated patient"
                case .place: what = "stated place"
                case .time: what = "stated time"
                case .content: what = "stated content"
                }
                result.explanation = events.count == 1 ? "The \(typeNames) event found has no \(what)." : "None of the \(events.count) \(typeNames) events found has a \(what)."
                result.knownInstead = try events.prefix(8).map { try describe($0) }
            }
        }
        return result
    }

    /// Reads, for a batch of events about to be tested and answered from, their participants in
    /// some roles and the raids they were part of with those raids' participants (which an
    /// arrest or seizure without them inherits), a few batched look-ups in all.
    /// - Parameters:
    ///   - events: the events.
    ///   - roles: the roles whose participants are read.
    func prefetchParticipants(of events: [Node], roles: Set<EdgeKind>) throws {
        try prefetch(events, targetsOf: roles.union([.partOf]))
        let raids = try events.flatMap { try targets(of: $0.id, .partOf).map(\.0) }
        try prefetch(raids, targetsOf: roles)
    }

    /// A count with its thousands grouped by commas: 19992 → "19,992".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// Whether an event meets a constraint.
    private func meets(_ event: Node, _ c: ResolvedConstraint) throws -> Bool {
        if c.role == .time {
            // An event without a time of its own takes the time of the raid it was part of.
            var time = event.attributes["time"] ?? ""
            if time.isEmpty { time = try targets(of: event.id, .partOf).compactMap { $0.0.attributes["time"] }.first ?? "" }
            if time.isEmpty, c.unstatedPasses { return true }
            let words = Set(NameKey.normalize(time).split(separator: " ").map(String.init))
            if !c.stems.isEmpty && c.stems.isSubset(of: words) { return true }
            // "in October 2020" asked, "on Oct. 4" in an article of 2020 stated: the days agree
            return Self.within(event.attributes["time_value"], asked: c.days)
        }
        let participants = try self.participants(of: event, c.role).map(\.node)
        if participants.isEmpty, c.unstatedPasses { return true }
        if let ids = c.nodeIDs {
            for p in participants {
                if ids.contains(p.id) { return true }
                if c.role == .place, try targets(of: p.id, .locatedIn).contains(where: { ids.contains($0.0.id) }) { return true }
                if c.role == .agent, Self.isGenericPolice(p), let doc = event.provenance.first?.documentSHA256,
                   let org = try policeOrganization(inDocument: doc), ids.contains(org.id) { return true }
            }
            return false
        }
        for p in participants {
            guard !c.stems.isEmpty else { return false }
            let stems = vocab.contentStems(p.name)
            // "police" asked, "officers" stated: in crime news the officers are the police's
            if c.stems.isSubset(of: stems) || (c.stems == Self.policeStems && !stems.isDisjoint(with: Self.policeSynonymStems)) { return true }
            if strictConstraints, try described(p, as: c.phrase) { return true }
        }
        return false
    }

    /// Whether the days of an event's time value lie within the days of a time asked: "in
    /// October 2020" holds 2020-10-04, not 2020-11 or an unknown year.
    static func within(_ value: String?, asked: TimeSpan?) -> Bool {
        guard let asked, let value, let event = TimeValue.span(of: value), let start = event.start, let end = event.end else { return false }
        return (asked.start.map { $0 <= start } ?? true) && (asked.end.map { end <= $0 } ?? true)
    }

    /// The stems of "police", and of the words a story uses for its officers.
    static let policeStems: Set<String> = [WordStemmer.lightStem("police")]
    static let policeSynonymStems = Set("police officers officer policemen policeman cops gendarmes".split(separator: " ").map { WordStemmer.lightStem(String($0)) })

    /// A participant of an event, stated or inferred, with the evidence for it.
    struct Participant {
        /// The participant.
        var node: Node
        /// Where it is stated (the event's sentence, and the raid's when inferred from it).
        var provenance: [Provenance]
        /// How it was inferred, or `nil` when stated.
        var inferred: String?
    }
}
