import KGraphModel

/// Questions about the facts of a case (``FactQuestion``): the charges, terms, fines, bail and
/// seized quantities that events hold as `fact` edges to thing nodes.
extension GraphWalk {
    /// The events whose facts answer a question about no one in particular, by the kind asked.
    static let factEvents: [CaseFactKind: [EventType]] = [
        .fine: [.sentence, .conviction], .bail: [.release, .arrest, .trial], .quantity: [.seizure, .raid],
        .charge: [.charge, .arrest, .sentence, .conviction, .plea, .extradition], .term: [.sentence, .conviction, .appeal],
        .penalty: [.charge, .arrest, .trial], .statute: [.charge], .outcome: [.plea, .trial, .appeal, .sentence],
    ]

    /// The most events a question about no one in particular reads.
    static let factEventLimit = 5_000

    /// Answers a fact question: the facts of the kinds asked on the events of whom it is about
    /// (what was done to them first, then what they did), or, when it names no one, on every event
    /// of the kinds that hold such facts.
    /// - Returns: the answers, or `nil` when the question names someone the graph does not know
    ///   or has no such fact: the caller reads the question another way.
    func answerFacts(_ q: FactQuestion, question: String) throws -> QueryResult? {
        let subject = try firstKnown(q.subjects)
        if subject.isEmpty, q.subjects.contains(where: { $0.first?.isUppercase == true }) { return nil }
        let events = subject.isEmpty ? try eventsHolding(q.kinds) : try events(of: subject)
        var facts = try self.facts(on: events, q)
        var inferred: String?
        if facts.isEmpty, !subject.isEmpty {
            // "Duch was given a commuted sentence of 19 years": the event names no one, but its
            // sentence names whom it is about
            facts = try self.facts(on: try reader.events(statedIn: subject.flatMap(\.provenance)), q)
            inferred = "told in a sentence that names \(subject[0].name), which is not recorded as taking part"
        }
        guard !facts.isEmpty else { return nil }
        let about = subject.first.map { " of \($0.name)" } ?? ""
        var result = QueryResult(question: question, interpretation: "the \(q.kinds[0].label)\(about) (“\(q.cue)”)")
        if q.wantsPeople {
            result.interpretation = "who has a \(q.kinds[0].label) (“\(q.cue)”)"
            result.answers = try people(of: facts)
        } else {
            result.answers = try facts.map { f in
                var a = Answer(text: f.node.name, type: "fact", evidence: try evidence(f.edge.provenance), inferred: inferred,
                               nodes: [f.node.id, f.event.id])
                a.value = Self.value(of: f.node)
                return a
            }
        }
        return result
    }

    /// The nodes the first run of a question's words that names someone the graph knows
    /// resolves to (a place too: a person's name the extractor took for a place is still found).
    func firstKnown(_ runs: [String]) throws -> [Node] {
        for s in runs {
            let res = try resolver.resolve(s, kinds: [.person, .organization, .place], forgiving: false)
            if !res.nodes.isEmpty { return res.nodes }
        }
        return []
    }

    /// A fact on an event.
    struct FactOnEvent {
        var event: Node
        var node: Node
        var edge: Edge
    }

    /// The events someone took part in: those done to them first.
    func events(of nodes: [Node]) throws -> [Node] {
        var out = [Node]()
        var seen = Set<String>()
        for kind in [EdgeKind.patient, .agent] {
            for n in nodes {
                for (event, _) in try sources(of: n.id, kind) where event.kind == .event && seen.insert(event.id).inserted { out.append(event) }
            }
        }
        return out
    }

    /// The events of the types that hold facts of some kinds.
    func eventsHolding(_ kinds: [CaseFactKind]) throws -> [Node] {
        var out = [Node]()
        for type in kinds.flatMap({ Self.factEvents[$0] ?? [] }) where out.count < Self.factEventLimit {
            out += try reader.nodes(kind: .event, eventType: type, offset: 0, limit: Self.factEventLimit - out.count)
        }
        return out
    }

    /// The facts of the first kind asked that any event holds, in the events' order; a term
    /// sought is left out unless the question asks what was sought, or nothing else is there.
    func facts(on events: [Node], _ q: FactQuestion) throws -> [FactOnEvent] {
        let edges = try reader.edges(fromEach: events.map(\.id))
        var all = [FactOnEvent]()
        let targets = events.flatMap { e in (edges[e.id] ?? []).filter { $0.kind == .fact }.map { (e, $0) } }
        let nodes = Dictionary(try reader.nodes(ids: targets.map(\.1.target)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (event, edge) in targets {
            guard let node = nodes[edge.target] else { continue }
            all.append(FactOnEvent(event: event, node: node, edge: edge))
        }
        for kind in q.kinds {
            var found = all.filter { $0.node.attributes["fact"] == kind.rawValue }
            if let item = q.item { found = found.filter { ($0.node.attributes["item"] ?? $0.node.name).lowercased().contains(item.lowercased()) } }
            let sought = found.filter { ($0.node.attributes["qualifiers"] ?? "").contains("sought") }
            if q.sought, !sought.isEmpty { found = sought } else if sought.count < found.count { found.removeAll { f in sought.contains { $0.node.id == f.node.id } } }
            var seen = Set<String>()
            found = found.filter { seen.insert($0.node.id).inserted }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The people the facts concern: the patients of their events named in the fact's own
    /// sentence ("A, B and C were sentenced. C was also fined": C), else every patient.
    func people(of facts: [FactOnEvent]) throws -> [Answer] {
        var out = [Answer]()
        var seen = Set<String>()
        for f in facts {
            let patients = try targets(of: f.event.id, .patient)
            let sentences = Set(f.edge.provenance.map { "\($0.documentSHA256)#\($0.sentenceIndex)" })
            let named = patients.filter { p in p.1.provenance.contains { sentences.contains("\($0.documentSHA256)#\($0.sentenceIndex)") } }
            for (p, _) in named.isEmpty ? patients : named where seen.insert(p.id).inserted {
                var a = Answer(text: try label(p), type: p.kind.rawValue, evidence: try evidence(f.edge.provenance), nodes: [p.id, f.event.id])
                a.value = f.node.name
                out.append(a)
            }
        }
        return out
    }

    /// A fact's normalised value in words: "240 months", "50000 USD", "450 kg of cocaine".
    static func value(of node: Node) -> String? {
        let a = node.attributes
        var parts = [String]()
        if let m = a["months"] { parts.append("\(m) months") }
        if let n = a["amount"] { parts.append([n, a["unit"]].compactMap { $0 }.joined(separator: " ") + (a["item"].map { " of \($0)" } ?? "")) }
        if let q = a["qualifiers"] { parts.append(q.replacing(",", with: ", ")) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
