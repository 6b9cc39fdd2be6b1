/// What ``KnowledgeBase/ingest(_:)`` did with one article, and how many facts it holds.
public struct IngestOutcome: Hashable, Codable, Sendable {
    /// What happened to the article.
    public enum Status: String, Hashable, Codable, Sendable {
        /// A new article: its facts were added.
        case added
        /// An article already stored at the same path with other content: its old facts were
        /// removed and the new ones added.
        case replaced
        /// The same path with the same content is already stored: nothing was done.
        case unchanged
        /// The same content is already stored under another path (``IngestOutcome/storedPath``):
        /// nothing was added (an older article at this path, if any, was removed).
        case duplicate
    }

    /// The article's path as given.
    public var path: String
    /// The article's SHA-256.
    public var sha256: String
    /// What happened.
    public var status: Status
    /// For ``Status/duplicate``, the path the same content is stored under.
    public var storedPath: String?
    /// Named entities in the extraction.
    public var entities: Int
    /// Of those, how many were merged into a node another article had already stored.
    public var mergedEntities: Int
    /// Events in the extraction.
    public var events: Int
    /// Relations (member_of, located_in) in the extraction.
    public var relations: Int
    /// Distinct edges of the article's graph, every kind included.
    public var edges: Int

    /// Creates an outcome.
    public init(path: String, sha256: String, status: Status, storedPath: String? = nil, entities: Int, mergedEntities: Int = 0,
                events: Int, relations: Int, edges: Int) {
        self.path = path
        self.sha256 = sha256
        self.status = status
        self.storedPath = storedPath
        self.entities = entities
        self.mergedEntities = mergedEntities
        self.events = events
        self.relations = relations
        self.edges = edges
    }
}
