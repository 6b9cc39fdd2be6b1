/// Counts of what a knowledge base holds, for `kgraph stats` (`--json` encodes it as is).
public struct StoreStats: Hashable, Codable, Sendable {
    /// Stored articles.
    public var documents: Int
    /// Named entities by type raw value (`person`, `organization`, `place`); every type present, 0 when none.
    public var entities: [String: Int]
    /// Event nodes by event type raw value (`arrest`, …); only types present.
    public var events: [String: Int]
    /// Edges by kind raw value (`agent`, `member_of`, …); only kinds present.
    public var edges: [String: Int]
    /// Nodes by kind raw value, every kind (roles, times and phrases included), 0 when none.
    public var nodes: [String: Int]
    /// Relations between entities: `member_of` plus `located_in` edges.
    public var relations: Int

    /// Creates statistics.
    public init(documents: Int, entities: [String: Int], events: [String: Int], edges: [String: Int], nodes: [String: Int], relations: Int) {
        self.documents = documents
        self.entities = entities
        self.events = events
        self.edges = edges
        self.nodes = nodes
        self.relations = relations
    }
}
