import Foundation
import KGraphModel

/// Exports a knowledge graph to the formats of graph tools: GraphML (networkx, Gephi, yEd),
/// Turtle and JSON-LD (rdflib, RDF stores), Cypher (Neo4j, FalkorDB, other openCypher
/// databases), Neo4j bulk-import CSV, JSON/JSON Lines for pipelines, and a CSV of events in date
/// order for spreadsheets (``TimelineWriter``).
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
        case .eventsCSV:
            return TimelineWriter.csv(try EventTimeline(reader: InMemoryGraph(graph)).entries())
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
            throw ExportError.cannotWrite(path: directory.path, reason: Self.reason(error, writing: directory))
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
                throw ExportError.cannotWrite(path: url.path, reason: Self.reason(error, writing: url))
            }
            urls.append(url)
        }
        return urls
    }

    /// Writes the export of a graph to a file, or for ``ExportFormat/neo4jCSV`` into a folder.
    /// - Parameters:
    ///   - graph: the graph.
    ///   - format: the format.
    ///   - url: the file to write (replaced atomically), or the folder for `neo4j-csv`.
    /// - Returns: the files written.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when a file cannot be written.
    /// - Complexity: O(nodes + edges + provenance + text written).
    @discardableResult
    public func write(_ graph: KGraph, format: ExportFormat, to url: URL) throws -> [URL] {
        if format.isFolder { return try writeNeo4jCSV(graph, to: url) }
        let data = try export(graph, format: format)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw ExportError.cannotWrite(path: url.path, reason: Self.reason(error, writing: url))
        }
        return [url]
    }

    /// A short lowercase reason why `url` could not be written.
    private static func reason(_ error: any Error, writing url: URL) -> String {
        // A plain file where a folder should be is the usual cause; name it.
        var ancestor = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        while ancestor.path != "/" && !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
            ancestor = ancestor.deletingLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "'\(ancestor.path)' is not a directory"
        }
        let ns = error as NSError
        for e in [ns, ns.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap({ $0 }) where e.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(e.code))).lowercased()
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or directory"
            case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
            case .fileWriteOutOfSpace: return "no space left on device"
            case .fileWriteVolumeReadOnly: return "read-only file system"
            default: break
            }
        }
        return "write failed (\(ns.domain) \(ns.code))".lowercased()
    }
}
