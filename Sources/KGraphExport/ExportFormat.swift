/// The formats `kgraph export --format` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML 1.0: typed nodes and edges with declared keys; loads in networkx, Gephi and yEd.
    case graphml
    /// RDF 1.1 Turtle with schema.org types, the kgraph vocabulary and reified provenance.
    case turtle
    /// JSON-LD 1.1 with the same triples as `turtle` and an inline `@context`.
    case jsonld
    /// An openCypher script of `MERGE` statements, one per line.
    case cypher
    /// A folder of CSV files for `neo4j-admin database import`.
    case neo4jCSV = "neo4j-csv"
    /// The whole graph as one JSON object.
    case json
    /// One JSON object per line, one line per document: that document's part of the graph.
    case jsonl
    /// One CSV row per event, in date order, made to open in a spreadsheet (``TimelineWriter``).
    case eventsCSV = "events-csv"

    /// Whether the format is a folder of files rather than one file.
    public var isFolder: Bool { self == .neo4jCSV }

    /// The usual file name extension (without the dot); empty for the folder format.
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .turtle: "ttl"
        case .jsonld: "jsonld"
        case .cypher: "cypher"
        case .neo4jCSV: ""
        case .json: "json"
        case .jsonl: "jsonl"
        case .eventsCSV: "csv"
        }
    }
}
