/// Stable node identifiers. Entities are keyed by kind and normalised name, so that the same
/// entity read from two articles gets the same id; events, times and phrases are keyed by document.
public enum NodeID {
    /// The id of a named entity: `"person:dara sok"`.
    public static func entity(_ type: EntityType, name: String) -> String {
        "\(type.rawValue):\(NameKey.normalize(name))"
    }

    /// The id of a role node: one per person, title and organisation.
    public static func role(personID: String, title: String, organizationID: String?) -> String {
        "role:\(personID)|\(NameKey.normalize(title))|\(organizationID ?? "")"
    }

    /// The id of an event of a document: `"event:<sha256 prefix>:<event id>"`.
    public static func event(documentSHA256: String, eventID: String) -> String {
        "event:\(documentSHA256.prefix(16)):\(eventID)"
    }

    /// The id of a time expression of a document.
    public static func time(documentSHA256: String, text: String) -> String {
        "time:\(documentSHA256.prefix(16)):\(NameKey.normalize(text))"
    }

    /// The id of a participant phrase of a document.
    public static func thing(documentSHA256: String, text: String) -> String {
        "thing:\(documentSHA256.prefix(16)):\(NameKey.normalize(text))"
    }
}

extension Extraction {
    /// The extraction as a graph: entity, role, event, time and phrase nodes, and their edges, each
    /// with provenance.
    /// - Complexity: O(entities + facts).
    public func graph() -> KGraph {
        let sha = document.sha256
        var graph = GraphAccumulator(KGraph(documents: [document]))
        var entityNodeID = [String: String]()
        for e in entities {
            let id = NodeID.entity(e.type, name: e.name)
            entityNodeID[e.id] = id
            let prov = e.mentions.map { Provenance(documentSHA256: sha, sentenceIndex: $0.sentenceIndex, utf8Range: $0.utf8Range) }
            graph.add(Node(id: id, kind: e.type.nodeKind, name: e.name, aliases: e.aliases, provenance: prov))
        }
        for r in roles {
            guard let person = entityNodeID[r.personID] else { continue }
            let org = r.organizationID.flatMap { entityNodeID[$0] }
            let roleID = NodeID.role(personID: person, title: r.title, organizationID: org)
            graph.add(Node(id: roleID, kind: .role, name: r.title, provenance: [r.provenance]))
            graph.add(Edge(source: person, target: roleID, kind: .holdsRole, provenance: [r.provenance]))
            if let org { graph.add(Edge(source: roleID, target: org, kind: .roleIn, provenance: [r.provenance])) }
            if let place = r.placeID.flatMap({ entityNodeID[$0] }) {
                graph.add(Edge(source: roleID, target: place, kind: .roleAt, provenance: [r.provenance]))
            }
        }
        func participantNode(_ p: Participant, fallback: Provenance) -> String {
            if let eid = p.entityID, let id = entityNodeID[eid] { return id }
            let id = NodeID.thing(documentSHA256: sha, text: p.text)
            let prov = p.mention.map { Provenance(documentSHA256: sha, sentenceIndex: $0.sentenceIndex, utf8Range: $0.utf8Range) } ?? fallback
            graph.add(Node(id: id, kind: .thing, name: p.text, provenance: [prov]))
            return id
        }
        for v in events {
            let id = NodeID.event(documentSHA256: sha, eventID: v.id)
            var attributes = ["trigger": v.trigger]
            if let t = v.time { attributes["time"] = t }
            if let t = v.timeValue { attributes["time_value"] = t }
            if let c = v.content { attributes["content"] = c }
            graph.add(Node(id: id, kind: .event, name: v.trigger, eventType: v.type, attributes: attributes, provenance: [v.provenance]))
            for (list, kind) in [(v.agents, EdgeKind.agent), (v.patients, .patient), (v.places, .place)] {
                for p in list {
                    let target = participantNode(p, fallback: v.provenance)
                    graph.add(Edge(source: id, target: target, kind: kind, provenance: [v.provenance]))
                    if v.type == .statement, kind == .agent {
                        graph.add(Edge(source: target, target: id, kind: .said, provenance: [v.provenance]))
                    }
                }
            }
            if let t = v.time {
                let tid = NodeID.time(documentSHA256: sha, text: t)
                graph.add(Node(id: tid, kind: .time, name: t, attributes: v.timeValue.map { ["value": $0] } ?? [:], provenance: [v.provenance]))
                graph.add(Edge(source: id, target: tid, kind: .time, provenance: [v.provenance]))
            }
            for f in v.facts {
                let prov = Provenance(documentSHA256: sha, sentenceIndex: f.mention.sentenceIndex, utf8Range: f.mention.utf8Range)
                let fid = NodeID.thing(documentSHA256: sha, text: f.text)
                graph.add(Node(id: fid, kind: .thing, name: f.text, attributes: f.attributes, provenance: [prov]))
                graph.add(Edge(source: id, target: fid, kind: .fact, provenance: [prov]))
            }
            for other in v.partOf {
                graph.add(Edge(source: id, target: NodeID.event(documentSHA256: sha, eventID: other), kind: .partOf, provenance: [v.provenance]))
            }
        }
        for r in relations {
            guard let s = entityNodeID[r.subjectID], let o = entityNodeID[r.objectID] else { continue }
            let kind: EdgeKind = r.predicate == .memberOf ? .memberOf : .locatedIn
            graph.add(Edge(source: s, target: o, kind: kind, provenance: [r.provenance]))
        }
        return graph.graph
    }
}

/// Builds a ``KGraph`` with documents merged by SHA-256, nodes by id and edges by key, through
/// dictionaries: the one merging mechanism behind ``Extraction/graph()`` and ``KGraph/merged(with:)``.
struct GraphAccumulator {
    private(set) var graph: KGraph
    private var documentSHAs: Set<String> = []
    private var nodeIndex: [String: Int] = [:]
    private var edgeIndex: [String: Int] = [:]

    /// Starts from a graph, indexing what it holds.
    /// - Complexity: O(n) in its size.
    init(_ start: KGraph = KGraph()) {
        graph = start
        documentSHAs = Set(start.documents.map(\.sha256))
        for (i, n) in start.nodes.enumerated() { nodeIndex[n.id] = i }
        for (i, e) in start.edges.enumerated() { edgeIndex[e.key] = i }
    }

    /// Adds a document unless one with the same SHA-256 is there.
    mutating func add(_ document: Document) {
        if documentSHAs.insert(document.sha256).inserted { graph.documents.append(document) }
    }

    /// Adds a node or merges it into the node with the same id.
    /// - Complexity: O(1) amortised, plus the merge.
    mutating func add(_ node: Node) {
        if let i = nodeIndex[node.id] {
            graph.nodes[i].absorb(node)
        } else {
            nodeIndex[node.id] = graph.nodes.count
            graph.nodes.append(node)
        }
    }

    /// Adds an edge or merges its provenance into the edge with the same key.
    /// - Complexity: O(1) amortised, plus the provenance merge.
    mutating func add(_ edge: Edge) {
        let key = edge.key
        if let i = edgeIndex[key] {
            for p in edge.provenance where !graph.edges[i].provenance.contains(p) { graph.edges[i].provenance.append(p) }
        } else {
            edgeIndex[key] = graph.edges.count
            graph.edges.append(edge)
        }
    }
}
