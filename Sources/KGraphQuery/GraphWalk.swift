import KGraphModel

/// One question's walk over the graph: indexed look-ups through a ``GraphReader``, with the nodes,
/// edges, articles and sentences it has read kept for the rest of the question.
///
/// The answering methods live in extensions, one file per family of questions
/// (`GraphWalk+Events.swift`, `GraphWalk+People.swift`, …).
final class GraphWalk {
    /// The graph.
    let reader: any GraphReader
    /// The words questions are read with.
    let vocab: QueryVocabulary
    /// Name resolution, sharing this walk's reader.
    let resolver: NameResolver
    /// How names were read, for the result's notes.
    var notes: [String] = []
    /// The most events an event question of this walk found meeting its constraints (answers or
    /// not): an event found without the asked participant is not answered loosely by a name.
    var eventsFound = 0
    /// Whether an event question's answers were given although none fits its head noun
    /// ("in which court …" answered with a city): a loose reading may do better.
    var headUnmet = false
    /// Whether every constraint of an event question must hold (the clause reader's questions,
    /// which say themselves which constraints they leave out), rather than a constraint that
    /// nothing meets being dropped for a few events.
    var strictConstraints = false
    /// The constraints an event question left out, each with why (see ``strictConstraints``).
    var notApplied: [String] = []

    private var nodeCache: [String: Node?] = [:]
    private var outCache: [String: [Edge]] = [:]
    private var inCache: [String: [Edge]] = [:]
    private var pathCache: [String: String] = [:]
    /// Article dates by hash (an article without one maps to `nil`).
    private var dateCache: [String: String?] = [:]
    private var sentenceCache: [String: String] = [:]
    private var policeCache: [String: Node?] = [:]
    private var entityNameCache: [String: [Node]] = [:]
    private var eventCountCache: [EventType: Int] = [:]

    /// Creates a walk.
    /// - Parameters:
    ///   - reader: the graph.
    ///   - vocab: the words questions are read with.
    init(reader: any GraphReader, vocab: QueryVocabulary) {
        self.reader = reader
        self.vocab = vocab
        self.resolver = NameResolver(reader: reader)
    }

    /// Creates a walk with the shipped vocabulary.
    /// - Parameter reader: the graph.
    /// - Throws: ``KGraphVocabulary/VocabularyError`` when its data cannot be read.
    convenience init(reader: any GraphReader) throws {
        self.init(reader: reader, vocab: try .standard())
    }

    // MARK: - Reading, cached

    /// How many events of the given types the graph holds, each type counted once per walk.
    func eventCount(_ types: [EventType]) throws -> Int {
        try types.reduce(0) { total, type in
            if let n = eventCountCache[type] { return total + n }
            let n = try reader.nodeCount(kind: .event, eventType: type)
            eventCountCache[type] = n
            return total + n
        }
    }

    /// The node with an id, read once.
    func node(_ id: String) throws -> Node? {
        if let cached = nodeCache[id] { return cached }
        let n = try reader.node(id: id)
        nodeCache[id] = n
        return n
    }

    /// For each of some normalised names, the people, organisations and places bearing it,
    /// people first, then organisations, then places (each in the reader's order); each key
    /// read once per question, all new ones in one look-up.
    /// - Parameter keys: normalised names.
    /// - Returns: key → nodes, empty for a key no entity bears.
    func entities(withNameKeys keys: Set<String>) throws -> [String: [Node]] {
        let missing = keys.filter { entityNameCache[$0] == nil }
        if !missing.isEmpty {
            let found = try reader.nodes(withNameKeys: missing, kinds: [.person, .organization, .place])
            for key in missing {
                let all = found[key] ?? []
                var ordered = [Node]()
                for kind in NodeKind.allCases where kind.isEntity { ordered += all.filter { $0.kind == kind } }
                for n in ordered where nodeCache[n.id] == nil { nodeCache[n.id] = n }
                entityNameCache[key] = ordered
            }
        }
        var out = [String: [Node]]()
        for key in keys { out[key] = entityNameCache[key] ?? [] }
        return out
    }

    /// Reads, for a batch of nodes about to be walked (a page of events), their outgoing
    /// edges and the targets of those of some kinds in a few look-ups rather than a few per node.
    /// - Parameters:
    ///   - nodes: the nodes.
    ///   - kinds: the kinds of edges whose targets are read.
    func prefetch(_ nodes: [Node], targetsOf kinds: Set<EdgeKind>) throws {
        for n in nodes where nodeCache[n.id] == nil { nodeCache[n.id] = n }
        let missing = nodes.map(\.id).filter { outCache[$0] == nil }
        guard !missing.isEmpty else { return }
        let edges = try reader.edges(fromEach: missing)
        for id in missing { outCache[id] = edges[id] ?? [] }
        try prefetchNodes(Array(Set(edges.values.joined().filter { kinds.contains($0.kind) }.map(\.target))).sorted())
    }

    /// Keeps nodes already read (by a name look-up) for the walk to come.
    /// - Parameter nodes: the nodes.
    func remember(_ nodes: [Node]) {
        for n in nodes where nodeCache[n.id] == nil { nodeCache[n.id] = n }
    }

    /// Reads some nodes at once, for the walk to come.
    /// - Parameter ids: node ids.
    func prefetchNodes(_ ids: [String]) throws {
        let missing = ids.filter { nodeCache[$0] == nil }
        guard !missing.isEmpty else { return }
        var found = Set<String>()
        for n in try reader.nodes(ids: missing) { nodeCache[n.id] = n; found.insert(n.id) }
        for id in missing where !found.contains(id) { nodeCache[id] = .some(nil) }
    }

    /// Reads the edges entering some nodes, and the sources of those of some kinds, at once.
    /// - Parameters:
    ///   - ids: node ids.
    ///   - kinds: the kinds of edges whose sources are read.
    /// - Returns: those sources.
    @discardableResult
    func prefetchIncoming(_ ids: [String], sourcesOf kinds: Set<EdgeKind>) throws -> [Node] {
        let missing = ids.filter { inCache[$0] == nil }
        if !missing.isEmpty {
            let edges = try reader.edges(toEach: missing)
            for id in missing { inCache[id] = edges[id] ?? [] }
        }
        let sources = Array(Set(ids.flatMap { (inCache[$0] ?? []).filter { kinds.contains($0.kind) }.map(\.source) })).sorted()
        try prefetchNodes(sources)
        return sources.compactMap { nodeCache[$0] ?? nil }
    }

    /// Edges leaving a node, read once.
    func edges(from id: String) throws -> [Edge] {
        if let cached = outCache[id] { return cached }
        let e = try reader.edges(from: id)
        outCache[id] = e
        return e
    }

    /// Edges entering a node, read once.
    func edges(to id: String) throws -> [Edge] {
        if let cached = inCache[id] { return cached }
        let e = try reader.edges(to: id)
        inCache[id] = e
        return e
    }

    /// The targets of a node's outgoing edges of one kind, with the edges.
    func targets(of id: String, _ kind: EdgeKind) throws -> [(Node, Edge)] {
        try edges(from: id).filter { $0.kind == kind }.compactMap { e in try node(e.target).map { ($0, e) } }
    }

    /// The sources of a node's incoming edges of one kind, with the edges.
    func sources(of id: String, _ kind: EdgeKind) throws -> [(Node, Edge)] {
        try edges(to: id).filter { $0.kind == kind }.compactMap { e in try node(e.source).map { ($0, e) } }
    }

    // MARK: - Evidence

    /// The evidence for some provenance records: one entry per distinct sentence, in order.
    /// - Parameter provenance: where facts are stated.
    /// - Returns: the article path and sentence text of each distinct sentence.
    /// - Throws: what the reader throws.
    func evidence(_ provenance: [Provenance]) throws -> [Evidence] {
        var seen = Set<String>()
        var out = [Evidence]()
        for p in provenance {
            let key = "\(p.documentSHA256)#\(p.sentenceIndex)"
            guard seen.insert(key).inserted else { continue }
            let path = try documentPath(p.documentSHA256) ?? p.documentSHA256
            let sentence: String
            if let cached = sentenceCache[key] {
                sentence = cached
            } else {
                sentence = try reader.sentence(documentSHA256: p.documentSHA256, index: p.sentenceIndex) ?? ""
                sentenceCache[key] = sentence
            }
            out.append(Evidence(document: path, sentence: sentence, sentenceIndex: p.sentenceIndex, documentDate: try documentDate(p.documentSHA256)))
        }
        return out
    }

    /// The path of an article, by its hash; `nil` when it is not in the knowledge base.
    func documentPath(_ sha256: String) throws -> String? {
        if let cached = pathCache[sha256] { return cached }
        guard let document = try reader.document(sha256: sha256) else { return nil }
        pathCache[sha256] = document.path
        dateCache[sha256] = document.date
        return document.path
    }

    /// The date of an article, by its hash; `nil` when it has none or is not in the knowledge base.
    func documentDate(_ sha256: String) throws -> String? {
        if let cached = dateCache[sha256] { return cached }
        _ = try documentPath(sha256)
        return dateCache[sha256] ?? nil
    }

    /// The text of the sentence a provenance record points to (its article is not read).
    func sentenceText(_ p: Provenance) throws -> String {
        let key = "\(p.documentSHA256)#\(p.sentenceIndex)"
        if let cached = sentenceCache[key] { return cached }
        let sentence = try reader.sentence(documentSHA256: p.documentSHA256, index: p.sentenceIndex) ?? ""
        sentenceCache[key] = sentence
        return sentence
    }

    // MARK: - Names and descriptions

    /// How a node reads in an answer: an entity's name (a place with the place it is in), a
    /// phrase, a time, a role with its organisation, an event described.
    func label(_ n: Node) throws -> String {
        switch n.kind {
        case .place:
            if let (parent, _) = try targets(of: n.id, .locatedIn).first,
               !NameKey.normalize(n.name).contains(NameKey.normalize(parent.name)) {
                return "\(n.name), \(parent.name)"
            }
            return n.name
        case .role: return try roleText(n)
        case .event: return try describe(n)
        default: return n.name
        }
    }

    /// A role as a reader wants it: its title naming its organisation and place —
    /// "spokesperson for the Harbour Court", "chief of the Port Velo police".
    func roleText(_ role: Node) throws -> String {
        var text = role.name
        let titleKey = " \(NameKey.normalize(role.name)) "
        if let (org, _) = try targets(of: role.id, .roleIn).first,
           !org.allNames.contains(where: { titleKey.contains(" \(NameKey.normalize($0)) ") }) {
            let last = NameKey.normalize(role.name).split(separator: " ").last.map(String.init) ?? ""
            let preposition: String
            if titleKey.contains(" for ") || titleKey.contains(" of ") { preposition = "at" }
            else if vocab.isLeaderTitle(last) || ["member", "members", "officer", "official"].contains(last) { preposition = "of" }
            else { preposition = "for" }
            text += " \(preposition) \(org.name)"
        }
        if let (place, _) = try targets(of: role.id, .roleAt).first,
           !titleKey.contains(" \(NameKey.normalize(place.name)) ") {
            text += " in \(place.name)"
        }
        return text
    }

    /// An event in a few words: "arrest (“arrested”) of Dara Sok by police, in Port Velo, on Monday".
    func describe(_ event: Node) throws -> String {
        let type = event.eventType?.rawValue ?? "event"
        var text = "\(type) (“\(event.attributes["trigger"] ?? event.name)”)"
        let out = try edges(from: event.id)
        func names(_ kind: EdgeKind) throws -> [String] {
            try out.filter { $0.kind == kind }.compactMap { try node($0.target)?.name }
        }
        if event.eventType == .statement {
            let agents = try names(.agent)
            if !agents.isEmpty { text += " by " + agents.joined(separator: ", ") }
            if let c = event.attributes["content"] { text += ": “\(c)”" }
            return text
        }
        let patients = try names(.patient)
        if !patients.isEmpty { text += " of " + patients.joined(separator: ", ") }
        let agents = try names(.agent)
        if !agents.isEmpty { text += " by " + agents.joined(separator: ", ") }
        let places = try names(.place)
        if !places.isEmpty { text += ", in " + places.joined(separator: ", ") }
        if let t = event.attributes["time"] { text += ", \(t)" }
        return text
    }

    // MARK: - "police"

    /// Phrases that name the police without naming which.
    static let policeWords: Set<String> = ["police", "officers", "officer", "policemen", "policeman", "local", "the", "anti", "drug",
                                          "officials", "police officers", "authorities", "agents", "troops"]

    /// Whether a phrase node names the police generically ("police", "police officers").
    static func isGenericPolice(_ n: Node) -> Bool {
        guard n.kind == .thing else { return false }
        let words = NameKey.normalize(n.name).split(separator: " ").map(String.init)
        return (words.contains("police") || words.contains("policemen")) && words.allSatisfy { policeWords.contains($0) }
    }

    /// The police organisation an article names, for an article whose text says only "police":
    /// the organisation with "police" in its name that the article's events, speakers and their
    /// roles reach (the most mentioned in the article when several).
    /// - Parameter sha256: the article.
    /// - Returns: the organisation node, or `nil` when the article names none.
    /// - Complexity: a few look-ups per event of the article; when its events cannot be listed,
    ///   one read of the organisation name index.
    func policeOrganization(inDocument sha256: String) throws -> Node? {
        if let cached = policeCache[sha256] { return cached }
        var candidates = [String: Node]()
        func consider(_ n: Node) {
            if n.kind == .organization, NameKey.normalize(n.name).split(separator: " ").contains("police") { candidates[n.id] = n }
        }
        let events = try eventsOfDocument("event:" + sha256.prefix(16))
        if events.isEmpty {
            for (key, ids) in try resolver.nameIndex([.organization]) where " \(key) ".contains(" police ") {
                for id in ids { if let n = try node(id) { consider(n) } }
            }
        }
        // The events' neighbours, and the people's roles and organisations, read in batches.
        try prefetch(events, targetsOf: Set(EdgeKind.allCases))
        let neighbours = try prefetchIncoming(events.map(\.id), sourcesOf: Set(EdgeKind.allCases))
            + events.flatMap { e in (outCache[e.id] ?? []).compactMap { nodeCache[$0.target] ?? nil } }
        let people = neighbours.filter { $0.kind == .person }
        try prefetch(people, targetsOf: [.holdsRole, .memberOf])
        try prefetch(people.flatMap { p in (outCache[p.id] ?? []).filter { $0.kind == .holdsRole }.compactMap { nodeCache[$0.target] ?? nil } },
                     targetsOf: [.roleIn])
        for event in events {
            var people = [Node]()
            for edge in try edges(from: event.id) + edges(to: event.id) {
                guard let n = try node(edge.source == event.id ? edge.target : edge.source) else { continue }
                consider(n)
                if n.kind == .person { people.append(n) }
            }
            for person in people {
                for (role, _) in try targets(of: person.id, .holdsRole) { for (org, _) in try targets(of: role.id, .roleIn) { consider(org) } }
                for (org, _) in try targets(of: person.id, .memberOf) { consider(org) }
            }
        }
        let best = candidates.values
            .map { n in (n.provenance.filter { $0.documentSHA256 == sha256 }.count, n) }
            .filter { $0.0 > 0 }
            .max { ($0.0, $1.1.id) < ($1.0, $0.1.id) }?.1
        policeCache[sha256] = best
        return best
    }
}
