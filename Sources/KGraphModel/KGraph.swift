/// A node of the knowledge graph.
public struct Node: Hashable, Codable, Sendable, Identifiable {
    /// Stable identifier ("person:dara sok", "event:3f9a…:v2").
    public var id: String
    /// The kind.
    public var kind: NodeKind
    /// Display name: an entity's most complete name, a role's title, an event's trigger, a time as written.
    public var name: String
    /// Other names of an entity.
    public var aliases: [String]
    /// For an event node, its type.
    public var eventType: EventType?
    /// Extra attributes: `trigger`, `time` and `content` of events; anything else a producer keeps.
    public var attributes: [String: String]
    /// Every place the node is stated or mentioned.
    public var provenance: [Provenance]

    /// Creates a node.
    public init(id: String, kind: NodeKind, name: String, aliases: [String] = [], eventType: EventType? = nil,
                attributes: [String: String] = [:], provenance: [Provenance] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.eventType = eventType
        self.attributes = attributes
        self.provenance = provenance
    }

    /// Every name of the node: its name then its aliases.
    public var allNames: [String] { [name] + aliases }

    /// The SHA-256 of every document the node is stated in, in first-seen order.
    public var documentSHA256s: [String] {
        var seen = Set<String>()
        return provenance.compactMap { seen.insert($0.documentSHA256).inserted ? $0.documentSHA256 : nil }
    }
}

/// A directed, typed edge of the knowledge graph.
public struct Edge: Hashable, Codable, Sendable {
    /// The source node's id.
    public var source: String
    /// The target node's id.
    public var target: String
    /// The kind.
    public var kind: EdgeKind
    /// Where it is stated.
    public var provenance: [Provenance]

    /// Creates an edge.
    public init(source: String, target: String, kind: EdgeKind, provenance: [Provenance] = []) {
        self.source = source
        self.target = target
        self.kind = kind
        self.provenance = provenance
    }

    /// The identity of an edge: two edges with the same key are one fact.
    public var key: String { "\(source)\u{1F}\(kind.rawValue)\u{1F}\(target)" }
}

/// A typed, provenance-carrying graph: documents, nodes and edges.
public struct KGraph: Hashable, Codable, Sendable {
    /// Documents the graph was read from.
    public var documents: [Document]
    /// Nodes, unique by id.
    public var nodes: [Node]
    /// Edges, unique by ``Edge/key``.
    public var edges: [Edge]

    /// Creates a graph.
    public init(documents: [Document] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.documents = documents
        self.nodes = nodes
        self.edges = edges
    }

    /// The node with an id.
    /// - Complexity: O(n); build a dictionary for repeated look-ups.
    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }

    /// The document with a SHA-256.
    public func document(sha256: String) -> Document? { documents.first { $0.sha256 == sha256 } }

    /// This graph and another, with nodes of the same id and edges of the same key merged.
    /// - Complexity: O(n + m) in the sizes of both graphs.
    public func merged(with other: KGraph) -> KGraph {
        var result = GraphAccumulator(self)
        for d in other.documents { result.add(d) }
        for n in other.nodes { result.add(n) }
        for e in other.edges { result.add(e) }
        return result.graph
    }
}

extension Node {
    /// Merges another node's aliases, attributes (without overwriting) and provenance into this one.
    public mutating func absorb(_ other: Node) {
        let known = Set(allNames.map(NameKey.normalize))
        var seen = known
        for alias in other.allNames where seen.insert(NameKey.normalize(alias)).inserted {
            aliases.append(alias)
        }
        for (k, v) in other.attributes where attributes[k] == nil { attributes[k] = v }
        for p in other.provenance where !provenance.contains(p) { provenance.append(p) }
    }
}
