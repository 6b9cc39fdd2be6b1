import Foundation
import KGraphModel

/// Exports a knowledge graph to the formats of graph tools: GraphML (networkx, Gephi, yEd),
/// Turtle and JSON-LD (rdflib, RDF stores), Cypher (Neo4j, FalkorDB, other openCypher
/// databases), Neo4j bulk-import CSV, and JSON/JSON Lines for pipelines.
///
/// Every format exports the same nodes and edges: nodes unique by id, edges unique by source,
/// kind and target, and only edges whose two ends are nodes of the graph. Offsets in the output
/// are code points of the article's text. The formats are documented on their writers:
/// ``GraphMLWriter``, ``RDFDescriber`` and ``RDFVocabulary`` (IRIs, vocabulary, provenance),
/// ``CypherWriter``, ``Neo4jCSV``, ``GraphJSONWriter``.
///
/// ```swift
/// let turtle = try GraphExporter().export(graph, format: .turtle)
/// let files = try GraphExporter().writeNeo4jCSV(graph, to: URL(filePath: "neo4j-import"))
/// ```
public struct GraphExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The export of a graph in a single-file format.
    /// - Parameters:
    ///   - graph: the graph (documents with their text give evidence sentences and offsets).
    ///   - format: any format but ``ExportFormat/neo4jCSV``.
    /// - Returns: the file's bytes, UTF-8.
    /// - Throws: ``ExportError/folderFormat(_:)`` for `neo4j-csv`, which is a folder: use
    ///   ``writeNeo4jCSV(_:to:)``.
    /// - Complexity: O(nodes + edges + provenance + text written).
    public func export(_ graph: KGraph, format: ExportFormat) throws -> Data {
        let prepared = ExportGraph(graph)
        switch format {
        case .graphml:
            return GraphMLWriter(graph: prepared).write().data
        case .turtle:
            var sink = TurtleSink(capacity: prepared.nodes.count * 600 + prepared.edges.count * 700)
            RDFDescriber(graph: prepared).describe(to: &sink)
            return sink.out.data
        case .jsonld:
            var sink = JSONLDSink(capacity: prepared.nodes.count * 700 + prepared.edges.count * 800)
            RDFDescriber(graph: prepared).describe(to: &sink)
            sink.finish()
            return sink.out.data
        case .cypher:
            return CypherWriter(graph: prepared).write().data
        case .neo4jCSV:
            throw ExportError.folderFormat(format)
        case .json:
            return GraphJSONWriter(graph: prepared).writeGraph().data
        case .jsonl:
            return GraphJSONWriter(graph: prepared).writeLines().data
        }
    }

    /// Writes the Neo4j bulk-import files of a graph into a directory, creating it if needed and
    /// replacing files of the same names: `nodes.csv`, `relationships.csv` and
    /// `neo4j-admin-import.sh` (see ``Neo4jCSV``).
    /// - Parameters:
    ///   - graph: the graph.
    ///   - directory: the folder to write into.
    /// - Returns: the URLs of the files written, in that order.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when the folder or a file cannot be
    ///   written.
    /// - Complexity: O(nodes + edges + provenance + text written).
    @discardableResult
    public func writeNeo4jCSV(_ graph: KGraph, to directory: URL) throws -> [URL] {
        let prepared = ExportGraph(graph)
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExportError.cannotWrite(path: directory.path, reason: Self.reason(error))
        }
        let files: [(String, () -> Data)] = [
            ("nodes.csv", { Neo4jCSV.nodes(prepared).data }),
            ("relationships.csv", { Neo4jCSV.relationships(prepared).data }),
            ("neo4j-admin-import.sh", { Data(Neo4jCSV.importScript.utf8) }),
        ]
        var urls = [URL]()
        for (name, make) in files {
            let url = directory.appendingPathComponent(name)
            do {
                try make().write(to: url, options: .atomic)
            } catch {
                throw ExportError.cannotWrite(path: url.path, reason: Self.reason(error))
            }
            urls.append(url)
        }
        return urls
    }

    /// A short lowercase reason for a file-system error.
    private static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if ns.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(ns.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return ns.localizedDescription.lowercased()
    }
}
