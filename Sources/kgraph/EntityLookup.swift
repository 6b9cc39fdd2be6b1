import KGraphExtraction
import KGraphModel
import KGraphQuery
import KGraphStore

/// Why an article given on the command line was not found.
enum LookupError: Error, CustomStringConvertible {
    case noArticle(String)
    case ambiguousArticle(String, candidates: [String])
    case sameName(String, ids: [String])

    var description: String {
        switch self {
        case .noArticle(let path): "no article '\(path)' in the knowledge base (see kgraph articles)"
        case let .ambiguousArticle(path, candidates):
            "'\(path)' matches \(candidates.count) articles: \(candidates.prefix(10).joined(separator: ", "))"
                + "\(candidates.count > 10 ? ", …" : ""); give more of its path"
        case let .sameName(name, ids):
            "'\(name)' is the name of \(ids.count) entities: \(ids.joined(separator: ", ")); give one of these ids (see kgraph entities --json)"
        }
    }
}

/// Resolves a name typed by a user to one entity node, as the query engine resolves names.
enum EntityLookup {
    /// The entity a name denotes. An entity's id (`person:dara sok`, as `kgraph entities --json`
    /// prints it) denotes that entity; a name that is one entity's display name and only
    /// another name of others denotes the first (after `kgraph split`, the entity split from);
    /// else the query engine's look-up decides.
    /// - Throws: ``LookupError/sameName(_:ids:)`` when several entities are shown under the name,
    ///   `QueryError` when none or several match.
    static func resolve(_ name: String, in reader: any GraphReader) throws -> Node {
        if name.contains(":"), let node = try reader.node(id: name), node.kind.isEntity { return node }
        let key = NameKey.normalize(name)
        let shown = try reader.nodes(withNameKey: key).filter { $0.kind.isEntity && NameKey.normalize($0.name) == key }
        if shown.count == 1 { return shown[0] }
        if shown.count > 1 {
            throw LookupError.sameName(name, ids: shown.map { "\($0.id) (\($0.documentSHA256s.count) article\($0.documentSHA256s.count == 1 ? "" : "s"))" })
        }
        return try QueryEngine(reader: reader).entity(named: name)
    }
}

/// Resolves an article named on the command line (`--article`, `forget`, `split`) to a stored
/// path: the path as built, or a bare file name, or any unique tail of the path.
enum ArticleLookup {
    /// The stored path `given` denotes.
    /// - Parameters:
    ///   - given: as typed: `Examples/story.txt`, `story.txt`, `./a/story.txt`.
    ///   - paths: the stored articles' paths.
    /// - Returns: the one stored path that is `given`, or ends with `/` and `given`.
    /// - Throws: ``LookupError/noArticle(_:)`` when none does, ``LookupError/ambiguousArticle(_:candidates:)``
    ///   when several do.
    /// - Complexity: O(paths).
    static func resolve(_ given: String, among paths: [String]) throws -> String {
        if paths.contains(given) { return given }
        var tail = Substring(given)
        while tail.hasPrefix("./") { tail = tail.dropFirst(2) }
        let candidates = paths.filter { $0 == tail || $0.hasSuffix("/" + tail) || ($0.hasPrefix("./") && $0.dropFirst(2) == tail) }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty || tail.isEmpty { throw LookupError.noArticle(given) }
        throw LookupError.ambiguousArticle(given, candidates: candidates.sorted())
    }
}

/// The gazetteer's names of places, for the store's resolution of identities.
enum Gazetteer {
    /// The function giving a place's gazetteer name, from the standard lexicon.
    /// - Throws: `LexiconError` when the lexicon cannot be read.
    static func names() throws -> PlaceNamer {
        let lexicon = try Lexicon.standard()
        return { lexicon.gazetteerName(of: $0) }
    }
}
