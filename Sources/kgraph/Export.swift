import ArgumentParser
import Foundation
import KGraphExport
import KGraphModel
import KGraphStore

/// `kgraph export`: the knowledge base in formats that other graph tools load.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the knowledge base for Gephi, yEd, networkx, RDF stores or Neo4j.",
        discussion: """
        Formats:
          graphml    typed nodes and edges with kind, event type, time (events: start and end days), evidence and documents (Gephi, yEd, networkx)
          turtle     RDF with schema.org types and a kgraph vocabulary; provenance of every fact
          jsonld     the same triples as JSON-LD with an inline @context
          cypher     MERGE statements that recreate the graph in Neo4j or any openCypher database
          neo4j-csv  a folder of node and relationship CSV files for neo4j-admin database import
          json       the whole graph as one JSON object
          jsonl      one JSON object per article
          events-csv one row per event in date order, for spreadsheets (the columns of kgraph timeline --format csv)

        Without -o, single-file formats print to standard output; neo4j-csv needs -o FOLDER.
        neo4j-csv keeps article text verbatim for neo4j-admin: do not open its files in a \
        spreadsheet, which runs a cell starting with = + - @ as a formula.
        -o writes through a link, a device or a FIFO, and refuses the knowledge base itself.

        Examples:
          kgraph export --format graphml -o cases.graphml
          kgraph export --format cypher --focus "Dara Sok" --depth 2 > dara.cypher
          kgraph export --format neo4j-csv -o neo4j-import/
          kgraph export --format events-csv -o events.csv
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "graphml, turtle, jsonld, cypher, neo4j-csv, json, jsonl or events-csv.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (a folder for neo4j-csv).", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Export only the neighbourhood of this entity.", valueName: "name"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many steps out from the entity.", valueName: "n"))
    var depth: Int = 2

    func validate() throws {
        if format.isFolder && output == nil { throw ValidationError("--format neo4j-csv writes a folder of files: give it with -o FOLDER") }
        try NumericOptions.checkDepth(depth)
        try NumericOptions.checkLength(focus, "--focus")
    }

    func run() throws {
        do {
            if let output { try OutputFile.refuseClobbering(outputs: [output], store: storeOptions.path) }
            let kb = try KnowledgeBase(path: storeOptions.path, readOnly: true)
            let graph: KGraph
            if let focus {
                graph = try kb.neighbourhood(of: try EntityLookup.resolve(focus, in: kb).id, depth: depth)
            } else {
                graph = try kb.graph()
            }
            let exporter = GraphExporter()
            if format.isFolder, let output {
                let files = try exporter.writeNeo4jCSV(graph, to: URL(fileURLWithPath: output, isDirectory: true))
                Console.error("exported \(graph.nodes.count) nodes and \(graph.edges.count) edges to \(files.count) files in \(output)")
                return
            }
            let data = try exporter.export(graph, format: format)
            if let output {
                try OutputFile.write(data, to: output)
                let what = format == .eventsCSV ? "\(graph.nodes.count { $0.kind == .event }) events" : "\(graph.nodes.count) nodes and \(graph.edges.count) edges"
                Console.error("exported \(what) to \(output)")
            } else {
                Console.write(data)
            }
        } catch {
            throw Console.fail(error)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
