import KGraphModel

/// Summaries of an entity's neighbourhood and connections between two entities.
extension GraphWalk {
    /// What the graph states about a node, one fact per answer: roles, memberships, places,
    /// events it took part in, statements.
    /// - Parameters:
    ///   - id: the node.
    ///   - limit: the most facts to give.
    /// - Returns: facts with their evidence.
    /// - Complexity: the node's edges and their neighbours' edges.
    func facts(about id: String, limit: Int) throws -> [Answer] {
        guard let n = try node(id) else { return [] }
        var facts = AnswerSet()
        func add(_ text: String, _ provenance: [Provenance], _ nodes: [String]) throws {
            guard facts.answers.count < limit else { return }
            facts.add(Answer(text: text, type: "fact", evidence: try evidence(provenance), nodes: [id] + nodes))
        }
        for (role, edge) in try targets(of: id, .holdsRole) { try add("\(n.name): \(try roleText(role))", edge.provenance, [role.id]) }
        for (org, edge) in try targets(of: id, .memberOf) { try add("\(n.name): member of \(org.name)", edge.provenance, [org.id]) }
        for (person, edge) in try sources(of: id, .memberOf) { try add("\(person.name): member of \(n.name)", edge.provenance, [person.id]) }
        for kind in [EdgeKind.roleIn, .roleAt] {
            for (role, edge) in try sources(of: id, kind) {
                for (person, _) in try sources(of: role.id, .holdsRole) {
                    try add("\(person.name): \(try roleText(role))", edge.provenance, [person.id, role.id])
                }
            }
        }
        for (place, edge) in try targets(of: id, .locatedIn) { try add("\(n.name): in \(place.name)", edge.provenance, [place.id]) }
        for (inner, edge) in try sources(of: id, .locatedIn) { try add("\(inner.name): in \(n.name)", edge.provenance, [inner.id]) }
        var events = [(Node, Edge)]()
        for kind in [EdgeKind.patient, .agent, .place] { events += try sources(of: id, kind) }
        events.sort { ($0.0.provenance.first?.documentSHA256 ?? "", $0.0.provenance.first?.sentenceIndex ?? 0)
            < ($1.0.provenance.first?.documentSHA256 ?? "", $1.0.provenance.first?.sentenceIndex ?? 0) }
        for (event, edge) in events where event.kind == .event {
            try add(try describe(event), event.provenance + edge.provenance, [event.id])
        }
        return facts.answers
    }

    /// "tell me about X", or a name alone.
    func answerSummary(_ name: String, question: String) throws -> QueryResult {
        let interp = "what is known about “\(name)”"
        let res = try resolver.resolve(name, kinds: [.person, .organization, .place, .thing])
        if let note = res.note { notes.append(note) }
        if res.nodes.count > 1, res.nodes[0].kind != .thing {
            throw QueryError.ambiguous(name, candidates: res.nodes.map { "\($0.name) (\($0.kind.rawValue))" })
        }
        guard let node = res.nodes.first else { return unknown(name, question: question, interpretation: interp, suggestions: res.suggestions) }
        return try answerSummary(node, question: question)
    }

    /// The summary of one node's neighbourhood.
    func answerSummary(_ node: Node, question: String) throws -> QueryResult {
        let answers = try facts(about: node.id, limit: 40)
        var result = QueryResult(question: question, interpretation: "what is known about \(node.name) (\(node.kind.rawValue)): its roles, relations and events",
                                 answers: answers, notes: notes)
        if answers.isEmpty {
            result.explanation = "\(node.name) is mentioned but no fact about it is recorded."
            result.answers = []
            if let p = node.provenance.first { result.knownInstead = ["mentioned in: \(try sentenceText(p))"] }
        }
        return result
    }

    /// "how is X connected to Y": a shortest chain of edges between the two, in either direction,
    /// with the evidence of every step.
    /// - Complexity: breadth-first, at most `maxDepth` steps and `maxVisited` nodes.
    func answerConnection(_ a: String, _ b: String, question: String, maxDepth: Int = 6, maxVisited: Int = 20_000) throws -> QueryResult {
        let interp = "a shortest chain of facts linking “\(a)” and “\(b)”"
        let kinds: [NodeKind] = [.person, .organization, .place, .thing]
        let (fa, sa) = try entity(a, kinds: kinds)
        guard let from = fa else { return unknown(a, question: question, interpretation: interp, suggestions: sa) }
        let (fb, sb) = try entity(b, kinds: kinds)
        guard let to = fb else { return unknown(b, question: question, interpretation: interp, suggestions: sb) }
        let readInterp = "a shortest chain of facts linking \(from.name) and \(to.name)"
        if from.id == to.id {
            return QueryResult(question: question, interpretation: readInterp, notes: notes,
                               explanation: "“\(a)” and “\(b)” are the same entity, \(from.name).")
        }
        var parent: [String: (String, Edge)] = [from.id: ("", Edge(source: "", target: "", kind: .agent))]
        var frontier = [from.id]
        var depth = 0
        var found = false
        search: while !frontier.isEmpty, depth < maxDepth, parent.count < maxVisited {
            depth += 1
            var next = [String]()
            for id in frontier {
                let steps = try edges(from: id).map { ($0.target, $0) } + edges(to: id).map { ($0.source, $0) }
                for (other, edge) in steps where parent[other] == nil {
                    parent[other] = (id, edge)
                    if other == to.id { found = true; break search }
                    // Times and phrases are dead ends: "Monday" links everything said on a Monday.
                    if let n = try node(other), n.kind != .time { next.append(other) }
                }
            }
            frontier = next
        }
        guard found else {
            return QueryResult(question: question, interpretation: readInterp, notes: notes,
                               explanation: "No chain of at most \(maxDepth) facts links \(from.name) and \(to.name).",
                               knownInstead: try (facts(about: from.id, limit: 4) + facts(about: to.id, limit: 4)).map(\.text))
        }
        var chain = [(String, Edge)]()
        var cursor = to.id
        while cursor != from.id, let (previous, edge) = parent[cursor] {
            chain.append((cursor, edge))
            cursor = previous
        }
        chain.reverse()
        var text = from.name
        var provenance = [Provenance]()
        var nodes = [from.id]
        for (id, edge) in chain {
            guard let n = try node(id) else { continue }
            let forward = edge.target == id
            let label = edge.kind.rawValue.replacingOccurrences(of: "_", with: " ")
            text += forward ? " —\(label)→ " : " ←\(label)— "
            text += n.kind == .event ? "\(n.eventType?.rawValue ?? "event") (“\(n.attributes["trigger"] ?? n.name)”)" : n.kind == .role ? "role “\(n.name)”" : n.name
            provenance += edge.provenance
            nodes.append(id)
        }
        let answer = Answer(text: text, type: "path", evidence: try evidence(provenance), nodes: nodes)
        return QueryResult(question: question, interpretation: readInterp, answers: [answer], notes: notes)
    }
}
