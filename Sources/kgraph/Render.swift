import ArgumentParser
import Foundation
import KGraphModel
import KGraphRender
import KGraphStore

/// `kgraph render`: draw the knowledge base, one article, or the neighbourhood of an entity.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the knowledge base, one article, or the neighbourhood of an entity.",
        discussion: """
        The format comes from the output file's extension: .svg, .png, .pdf or .dot. In SVG, \
        hovering over a node or edge shows the sentence and article that state it. Without \
        --engine, dot lays out small graphs and sfdp large ones; what was decided is printed.

        Examples:
          kgraph render -o Graphs/all.svg
          kgraph render --focus "Dara Sok" --depth 2 -o dara.png
          kgraph render --article Examples/port-raid.txt --engine neato -o port.pdf
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("Draw only the neighbourhood of this entity (any of its names).", valueName: "name"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many steps out from the entity.", valueName: "n"))
    var depth: Int = 2

    @Option(help: ArgumentHelp("Draw only this article (its path as built, a bare file name or a unique end of it).", valueName: "path"))
    var article: String?

    @Option(help: ArgumentHelp("Layout engine: dot, neato, fdp, sfdp, circo or twopi.", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; the extension sets the format.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Stop a layout that takes longer than this many seconds (each engine also has a node limit).", valueName: "seconds"))
    var timeLimit: Double = LayoutWatchdog.defaultSeconds

    func validate() throws {
        if DiagramFormat(pathExtension: (output as NSString).pathExtension) == nil {
            throw ValidationError("cannot tell the format of '\(output)': use a .svg, .png, .pdf or .dot file name")
        }
        try NumericOptions.checkDepth(depth)
        try NumericOptions.checkLength(focus, "--focus")
        if !(timeLimit > 0 && timeLimit <= 3_600) { throw ValidationError("--time-limit must be more than 0 and at most 3600 seconds") }
        if focus != nil && article != nil { throw ValidationError("give --focus or --article, not both") }
    }

    func run() throws {
        do {
            try OutputFile.refuseClobbering(outputs: [output], store: storeOptions.path)
            let kb = try KnowledgeBase(path: storeOptions.path, readOnly: true)
            let graph: KGraph
            var title = "knowledge base"
            if let focus {
                let node = try EntityLookup.resolve(focus, in: kb)
                graph = try kb.neighbourhood(of: node.id, depth: depth)
                title = "\(node.name) (depth \(depth))"
            } else if let article {
                let path = try ArticleLookup.resolve(article, among: try kb.articlePaths())
                guard let g = try kb.graph(documentPath: path) else { throw LookupError.noArticle(article) }
                graph = g
                title = g.documents.first?.title ?? article
            } else {
                graph = try kb.graph()
            }
            let format = DiagramFormat(pathExtension: (output as NSString).pathExtension) ?? .svg
            let stop = LayoutWatchdog.message(engine: engine?.rawValue ?? "the engine chosen", nodes: graph.nodes.count,
                                              seconds: timeLimit, what: "could not draw '\(output)'")
            let diagram = try LayoutWatchdog.run(seconds: timeLimit, message: stop, status: Exit.failure.rawValue) {
                try DiagramRenderer().render(graph, format: format, engine: engine, title: title)
            }
            for note in diagram.notes { Console.error("kgraph: \(note)") }
            try OutputFile.write(diagram.data, to: output)
            Console.out("diagram: \(output) (\(graph.nodes.count) nodes, \(graph.edges.count) edges)\n")
        } catch let error as ExitCode {
            throw error
        } catch {
            throw Console.fail(error)
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
