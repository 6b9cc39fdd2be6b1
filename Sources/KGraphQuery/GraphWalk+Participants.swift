import KGraphModel

/// The participants of events as the graph states them, and as the article around an event
/// implies them (its raid, its other events).
extension GraphWalk {
    /// The raids (or other events) an event was part of: stated by a part_of edge or, failing
    /// that, a raid of the same article with a patient in common.
    func enclosingEvents(of event: Node) throws -> [(Node, String)] {
        let stated = try targets(of: event.id, .partOf).map(\.0)
        if !stated.isEmpty { return stated.map { ($0, "it was part of") } }
        guard event.eventType != .raid else { return [] }
        let prefix = Self.documentPrefix(event.id)
        var found = [(Node, String)]()
        var seen = Set<String>()
        for (patient, _) in try targets(of: event.id, .patient) where patient.kind != .thing {
            for (other, _) in try sources(of: patient.id, .patient)
            where other.eventType == .raid && other.id != event.id && Self.documentPrefix(other.id) == prefix {
                if seen.insert(other.id).inserted { found.append((other, "of the same people in the same article")) }
            }
        }
        return found
    }

    /// The document part of an event id ("event:<sha prefix>:").
    static func documentPrefix(_ id: String) -> Substring {
        guard let colon = id.dropFirst(6).firstIndex(of: ":") else { return Substring(id) }
        return id[..<colon]
    }

    /// The participants of an event in a role: stated ones, or for an arrest or seizure without a
    /// stated agent (place, time), those of the raid it happened in.
    /// - Parameters:
    ///   - event: the event.
    ///   - role: the role.
    ///   - statedOnly: whether to give only stated participants (none inferred when none is stated).
    func participants(of event: Node, _ role: EdgeKind, statedOnly: Bool = false) throws -> [Participant] {
        let stated = try targets(of: event.id, role).filter { !isJunk($0.0) }
            .map { Participant(node: $0.0, provenance: $0.1.provenance + event.provenance, inferred: nil) }
        if !stated.isEmpty || statedOnly { return stated }
        guard let type = event.eventType, type != .raid, type != .statement,
              role == .place || role == .time || (role == .agent && Self.inheritsRaidAgent.contains(type)) else { return [] }
        var out = [Participant]()
        for (raid, how) in try enclosingEvents(of: event) {
            for (n, e) in try targets(of: raid.id, role) {
                let note = "inferred from the \(raid.eventType?.rawValue ?? "event") \(how): “\(try describe(raid))”"
                out.append(Participant(node: n, provenance: event.provenance + raid.provenance + e.provenance, inferred: note))
            }
        }
        if out.isEmpty, role == .agent, type == .arrest { out = try articleAgents(for: event) }
        if out.isEmpty, role == .place || role == .time { out = try articleSetting(for: event, role) }
        return out
    }

    /// Whether a phrase participant is only stop words ("the", "he"): nothing to answer with.
    func isJunk(_ n: Node) -> Bool {
        n.kind == .thing && vocab.contentStems(n.name).isEmpty
    }

    /// For an event with no stated place (time): the place (time) that the article's events of the
    /// same type naming no one state ("the arrests took place in front of the embassy"), when
    /// they agree.
    private func articleSetting(for event: Node, _ role: EdgeKind) throws -> [Participant] {
        let others = try eventsOfDocument(Self.documentPrefix(event.id))
            .filter { $0.id != event.id && $0.eventType == event.eventType }
        var found = [(Node, Edge, Node)]()
        for other in others where try targets(of: other.id, .patient).allSatisfy({ isJunk($0.0) }) {
            found += try targets(of: other.id, role).filter { !isJunk($0.0) }.map { ($0.0, $0.1, other) }
        }
        guard Set(found.map { NameKey.normalize($0.0.name) }).count == 1 else { return [] }
        return try found.map { (n, e, other) in
            let note = "inferred from the article: no \(role.rawValue) is stated for this \(event.eventType?.rawValue ?? "event"), and the article's “\(other.attributes["trigger"] ?? other.name)”, which names no one, gives \(n.name) (“\(try describe(other))”)"
            return Participant(node: n, provenance: event.provenance + other.provenance + e.provenance, inferred: note)
        }
    }

    /// For an arrest with no stated agent and no raid it was part of: the agents of the raids the
    /// same article reports or, with no raid, the agent of its other arrests when they agree.
    private func articleAgents(for event: Node) throws -> [Participant] {
        let others = try eventsOfDocument(Self.documentPrefix(event.id)).filter { $0.id != event.id }
        let raids = others.filter { $0.eventType == .raid }
        let arrests = others.filter { $0.eventType == .arrest }
        for (group, what) in [(raids, "raid"), (arrests, "arrest")] {
            var agents = [(Node, Edge, Node)]()
            for other in group { agents += try targets(of: other.id, .agent).filter { !isJunk($0.0) }.map { ($0.0, $0.1, other) } }
            guard !agents.isEmpty else { continue }
            if what == "arrest" {
                let distinct = Set(agents.map { NameKey.normalize($0.0.name) })
                guard distinct.count == 1 else { continue }
            }
            return try agents.map { (n, e, other) in
                let note = "inferred from the article: no agent is stated for this arrest, and the \(what)s it reports were made by \(Set(agents.map { $0.0.name }).sorted().joined(separator: ", ")) (“\(try describe(other))”)"
                return Participant(node: n, provenance: event.provenance + other.provenance + e.provenance, inferred: note)
            }
        }
        return []
    }

    /// The events of one article, by their ids: events are numbered `v1`, `v2`, … within an
    /// extraction (``KGraphModel/Event/id``), so the walk reads ids in turn until three are missing.
    /// - Complexity: one batched look-up per 16 ids.
    func eventsOfDocument(_ prefix: Substring) throws -> [Node] {
        var out = [Node]()
        var misses = 0
        var k = 0
        while misses < 3, k < 10_000 {
            let ids = (k..<min(k + 16, 10_000)).map { "\(prefix):v\($0)" }
            try prefetchNodes(ids)
            for id in ids {
                guard misses < 3 else { break }
                if let n = try node(id) { out.append(n); misses = 0 } else if k > 0 { misses += 1 }
                k += 1
            }
        }
        return out
    }

    /// The answers an event gives for what is wanted, with the provenance of their evidence (read
    /// later, for the answers shown).
    func values(of event: Node, _ wanted: Wanted) throws -> [(Answer, [Provenance])] {
        switch wanted {
        case .content:
            let text = try quote(of: event)
            return [(Answer(text: text, type: "quote", evidence: [], nodes: [event.id]), event.provenance)]
        case .time:
            if let t = event.attributes["time"] {
                let timeNodes = try targets(of: event.id, .time)
                var a = Answer(text: t, type: "time", evidence: [], nodes: timeNodes.map(\.0.id) + [event.id])
                a.value = event.attributes["time_value"]
                return [(a, event.provenance + timeNodes.flatMap(\.1.provenance))]
            }
            return try participants(of: event, .time).map { p in
                (Answer(text: p.node.name, type: "time", evidence: [], inferred: p.inferred, nodes: [p.node.id, event.id]), p.provenance)
            }
        case .agent, .patient, .place:
            let role: EdgeKind = wanted == .agent ? .agent : wanted == .patient ? .patient : .place
            var out = [(Answer, [Provenance])]()
            for p in try participants(of: event, role) {
                var text = try label(p.node)
                var inferred = p.inferred
                var nodes = [p.node.id, event.id]
                var type = p.node.kind.rawValue
                if role == .agent, Self.isGenericPolice(p.node), let doc = event.provenance.first?.documentSHA256,
                   let org = try policeOrganization(inDocument: doc) {
                    text = "\(p.node.name) (\(org.name))"
                    let how = "“\(p.node.name)” taken as the \(org.name), the police organisation the same article names"
                    inferred = inferred.map { "\($0); \(how)" } ?? how
                    nodes.insert(org.id, at: 0)
                    type = NodeKind.organization.rawValue
                }
                out.append((Answer(text: text, type: type, evidence: [], inferred: inferred, nodes: nodes), p.provenance))
            }
            return out
        }
    }
}
