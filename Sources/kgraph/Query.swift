import ArgumentParser
import Foundation
import KGraphModel
import KGraphQuery
import KGraphRender
import KGraphStore

/// `kgraph query`: answer a question from the knowledge base, with evidence.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Answer a question from the knowledge base, with the evidence sentence for every answer.",
        discussion: QueryEngine.helpText + """


        Exit status: 0 answered; 1 no answer (what was understood and what is known instead are \
        printed); 2 a question that cannot be read, or no knowledge base.
        """
    )

    @Argument(help: ArgumentHelp("The question, in plain words.", valueName: "question"))
    var question: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("A structured pattern instead of a question (see above).", valueName: "pattern"))
    var match: String?

    @Flag(help: "Print the answer as JSON: {\"question\", \"interpretation\", \"answers\": [{\"text\", \"type\", \"evidence\": [{\"document\", \"sentence\"}]}]}.")
    var json = false

    @Option(help: ArgumentHelp("Also draw the answer's part of the graph to this file (svg, png, pdf or dot).", valueName: "file"))
    var render: String?

    @Option(help: ArgumentHelp("Answer only from this article (its path as built, a bare file name or a unique end of it; repeat for several).", valueName: "path"))
    var article: [String] = []

    func validate() throws {
        if question == nil && match == nil { throw ValidationError("ask a question, e.g. kgraph query \"who arrested Dara Sok\", or give --match") }
        if question != nil && match != nil { throw ValidationError("give a question or --match, not both") }
        if let question, question.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the question is empty") }
        try NumericOptions.checkLength(question, "the question")
        try NumericOptions.checkLength(match, "--match")
        if let render, DiagramFormat(pathExtension: (render as NSString).pathExtension) == nil {
            throw ValidationError("cannot tell the format of '\(render)': use a .svg, .png, .pdf or .dot file name")
        }
    }

    func run() throws {
        let kb: KnowledgeBase
        do {
            if let render { try OutputFile.refuseClobbering(outputs: [render], store: storeOptions.path) }
            kb = try KnowledgeBase(path: storeOptions.path, readOnly: true)
        } catch {
            throw Console.fail(error)
        }
        let result: QueryResult
        do {
            // The shared vocabulary is read first: without it no question can be read.
            var engine = try QueryEngine.standard(reader: kb)
            let paths = article.isEmpty ? [] : try kb.articlePaths()
            let articles = try article.map { try ArticleLookup.resolve($0, among: paths) }
            if !articles.isEmpty { engine.articles = Set(articles) }
            if let match { result = try engine.match(match) } else { result = try engine.answer(question ?? "") }
        } catch {
            // With --json a script still reads JSON: the question and the error, then exit 2.
            if json { try? Console.writeJSON(QueryFailure(question: match ?? question ?? "", error: Console.oneLine(error))) }
            throw Console.fail(error)
        }
        if json {
            Console.write(try result.jsonData())
            Console.out("\n")
        } else {
            let text = result.readableText()
            Console.out(text.hasSuffix("\n") ? text : text + "\n")
        }
        if let render {
            do {
                let graph = try AnswerGraph.subgraph(for: result, in: kb)
                let format = DiagramFormat(pathExtension: (render as NSString).pathExtension) ?? .svg
                let stop = LayoutWatchdog.message(engine: "the engine chosen", nodes: graph.graph.nodes.count,
                                                  seconds: LayoutWatchdog.defaultSeconds, what: "could not draw '\(render)'")
                let diagram = try LayoutWatchdog.run(seconds: LayoutWatchdog.defaultSeconds, message: stop, status: Exit.failure.rawValue) {
                    try DiagramRenderer().render(graph.graph, format: format, highlight: graph.highlight, title: result.question)
                }
                try OutputFile.write(diagram.data, to: render)
                Console.error("diagram: \(render)")
            } catch {
                throw Console.fail(error)
            }
        }
        if result.answers.isEmpty { throw Exit.noAnswer }
    }
}

/// What `kgraph query --json` prints when a question cannot be answered at all (unreadable,
/// ambiguous or unknown name): the question and the one-line error.
struct QueryFailure: Encodable {
    /// The question or pattern as given.
    let question: String
    /// The error, one line.
    let error: String
}
