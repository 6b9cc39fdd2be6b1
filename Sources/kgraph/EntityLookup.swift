import KGraphModel
import KGraphQuery

/// Why an article given on the command line was not found.
enum LookupError: Error, CustomStringConvertible {
    case noArticle(String)

    var description: String {
        switch self {
        case .noArticle(let path): "no article '\(path)' in the knowledge base (see kgraph stats)"
        }
    }
}

/// Resolves a name typed by a user to one entity node, as the query engine resolves names.
enum EntityLookup {
    /// The entity a name denotes.
    /// - Throws: `QueryError` when none or several match.
    static func resolve(_ name: String, in reader: any GraphReader) throws -> Node {
        try QueryEngine(reader: reader).entity(named: name)
    }
}
