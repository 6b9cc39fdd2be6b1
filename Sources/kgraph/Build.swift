import ArgumentParser
import Foundation
import Synchronization
import KGraphExtraction
import KGraphModel
import KGraphRender
import KGraphStore

/// `kgraph build`: read articles, extract, merge into the knowledge base, draw diagrams.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read articles into the knowledge base and draw a diagram of each.",
        discussion: """
        Each PATH is an article file (UTF-8 text or Markdown), a folder (every .txt and .md file \
        inside, recursively), or - for standard input. The whole build is one transaction: if it \
        fails or is killed, the knowledge base is left as it was. Building an unchanged article \
        again changes nothing; a changed article at the same path replaces that article's facts.

        An article's date is --date, else the date: of a Markdown file's front matter, else a \
        date field of a --from-jsonl line, else a date line or dateline at the top of the text \
        ("PORT VELO, April 9, 2021 —"); times such as "on Tuesday" or "last week" are resolved \
        against it.

        A bad file named on the command line fails the build; a bad file found in a folder is \
        reported and skipped, the rest is built, and the exit status is 3.

        Examples:
          kgraph build Examples/kampot-police-official-arrested.txt
          kgraph build articles/ --no-render --store cases.sqlite
          kgraph build story.txt --date 2021-04-09     # the article's date, for "on Tuesday", "last week"
          cat story.txt | kgraph build - --format svg,png --output-dir diagrams
          kgraph extract --format jsonl shard1/*.txt > shard1.jsonl   # anywhere, in parallel
          kgraph build --from-jsonl shard1.jsonl shard2.jsonl          # then merge the results
        """
    )

    @Argument(help: ArgumentHelp("Article files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("from-jsonl"), parsing: .upToNextOption,
            help: ArgumentHelp("Merge extractions made elsewhere by kgraph extract --format jsonl.", valueName: "file"))
    var fromJSONL: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Do not draw diagrams.")
    var noRender = false

    @Option(help: ArgumentHelp("Diagram formats, comma-separated: svg, png, pdf, dot.", valueName: "formats"))
    var format: String = "svg"

    @Option(help: ArgumentHelp("Folder for the diagrams (default: the knowledge base's folder).", valueName: "dir"))
    var outputDir: String?

    @Option(help: ArgumentHelp("Largest article accepted, in bytes.", valueName: "bytes"))
    var maxArticleSize: Int = ArticleReader.defaultMaxByteCount

    @Flag(help: "Follow symbolic links in folders that lead outside them (by default they are skipped and reported).")
    var followLinks = false

    @Option(help: ArgumentHelp("The name to record an article read from standard input under (default: stdin- and the start of its SHA-256).", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("The date of every article of this build, YYYY-MM-DD or YYYY-MM (else front matter, a date field of --from-jsonl, or a date line at the top of the article).", valueName: "date"))
    var date: String?

    @Flag(help: "Show no progress line on standard error (it is shown only on a terminal anyway).")
    var quiet = false

    func validate() throws {
        if paths.isEmpty && fromJSONL.isEmpty {
            throw ValidationError("name at least one article file or folder (or - for standard input), or --from-jsonl FILE")
        }
        try NumericOptions.checkArticleSize(maxArticleSize)
        if let name, name.isEmpty || name == "-" { throw ValidationError("--name must be a non-empty name other than -") }
        if name != nil && !paths.contains("-") { throw ValidationError("--name names the article read from standard input: add -") }
        _ = try diagramFormats()
    }

    /// The formats asked for with `--format`, each once, in the order given.
    func diagramFormats() throws -> [DiagramFormat] {
        var formats: [DiagramFormat] = []
        for part in format.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let f = DiagramFormat(rawValue: name) else {
                throw ValidationError("unknown diagram format '\(name)' (choose from svg, png, pdf, dot)")
            }
            if !formats.contains(f) { formats.append(f) }
        }
        return formats
    }

    func run() throws {
        try DateOptions.checkArticleDate(date)
        let formats = noRender ? [] : try diagramFormats()
        let storePath = storeOptions.path
        var plan: BuildPlan
        do {
            plan = try BuildPlan(paths: paths, jsonl: fromJSONL, stdinName: name, followLinks: followLinks,
                                 reader: ArticleReader(maxByteCount: maxArticleSize))
            if let date { plan.fromJSONL = plan.fromJSONL.map { $0.dated(date) } }
            try plan.planDiagrams(formats: formats, store: storePath, outputDir: outputDir)
        } catch {
            throw Console.fail(error)
        }
        let progress = BuildProgress(quiet: quiet)
        let (extractions, skipped) = try extract(plan, progress: progress)
        let outcomes: [IngestOutcome]
        do {
            let kb = try KnowledgeBase(path: storePath)
            outcomes = try kb.ingest(extractions, placeNames: try Gazetteer.names(), progress: { step in
                switch step {
                case .storing(let done, let total): progress.show("storing", done: done, of: total)
                case .indexing: progress.show("indexing")
                }
            }, beforeCommit: Self.stallIfTesting)
            progress.clear()
        } catch {
            progress.clear()
            throw Console.fail(error)
        }
        for (e, outcome) in zip(extractions, outcomes) {
            Console.out(Self.summary(outcome, relations: e.relations.count + e.roles.count))
        }
        Console.out("knowledge base: \(storePath)\n")
        if !formats.isEmpty && !extractions.isEmpty {
            do {
                try renderDiagrams(extractions, formats: formats, plan: plan, progress: progress)
            } catch {
                progress.clear()
                // The store is committed: say so, and what could not be done.
                let count = "\(extractions.count) article\(extractions.count == 1 ? "" : "s")"
                Console.error("kgraph: error: stored \(count) in \(storePath); could not draw diagrams: \(Console.oneLine(error))")
                throw Exit.storedNotDrawn
            }
        }
        if !skipped.isEmpty || !plan.skippedEntries.isEmpty {
            Console.error("kgraph: \(skipped.count + plan.skippedEntries.count) of \(plan.inputs.count + plan.skippedEntries.count) files skipped")
            throw Exit.skipped
        }
    }

    /// Reads and extracts the plan's articles; a bad file named alone fails the build, one
    /// found in a folder is reported and skipped.
    /// - Returns: the extractions (from JSON Lines first) and the skipped files' messages.
    func extract(_ plan: BuildPlan, progress: BuildProgress) throws -> ([Extraction], [String]) {
        var extractions = plan.fromJSONL
        var skipped: [String] = []
        for message in plan.skippedEntries { Console.error("kgraph: skipped: \(message)") }
        let extractor: Extractor
        do { extractor = try Extractor.standard() } catch { throw Console.fail(error) }
        let total = plan.inputs.count
        if total > 0 { progress.show("extracting", done: 0, of: total) }
        let results = Self.extractAll(plan, extractor: extractor, date: date) { done, _ in progress.show("extracting", done: done, of: total) }
        progress.clear()
        for (input, result) in zip(plan.inputs, results) {
            switch result {
            case .success(let e): extractions.append(e)
            case .failure(let error):
                guard input.fromFolder else { throw Console.fail(error) }
                skipped.append(Console.oneLine(error))
            }
        }
        for message in skipped { Console.error("kgraph: skipped: \(message)") }
        return (extractions, skipped)
    }

    /// The crash test's hook: with `KGRAPH_TEST_STALL_BEFORE_COMMIT=FILE`, the build writes FILE
    /// inside its transaction, just before the commit, and waits there to be killed.
    static func stallIfTesting() {
        guard let marker = ProcessInfo.processInfo.environment["KGRAPH_TEST_STALL_BEFORE_COMMIT"], !marker.isEmpty else { return }
        _ = FileManager.default.createFile(atPath: marker, contents: Data("stalled\n".utf8))
        Thread.sleep(forTimeInterval: 120)
    }

    /// One line of the build summary for an article.
    static func summary(_ outcome: IngestOutcome, relations: Int) -> String {
        let counts = "\(outcome.entities) entities, \(outcome.events) events, \(relations) relations"
        switch outcome.status {
        case .added: return "added \(outcome.path): \(counts)" + (outcome.mergedEntities > 0 ? " (\(outcome.mergedEntities) entities already known)" : "") + "\n"
        case .replaced: return "replaced \(outcome.path): \(counts)\n"
        case .unchanged: return "unchanged \(outcome.path)\n"
        case .duplicate: return "duplicate \(outcome.path): same text as \(outcome.storedPath ?? "another article"), not added again\n"
        }
    }

    /// Draws one diagram per article and format under the names planned, printing each path as
    /// it is written.
    /// - Throws: the first render or write error (diagrams drawn before it stay).
    func renderDiagrams(_ extractions: [Extraction], formats: [DiagramFormat], plan: BuildPlan, progress: BuildProgress) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: plan.diagramFolder, isDirectory: &isFolder), !isFolder.boolValue {
            throw OutputError.cannotWrite(plan.diagramFolder, reason: "it is a file, not a folder")
        }
        try FileManager.default.createDirectory(atPath: plan.diagramFolder, withIntermediateDirectories: true)
        let renderer = DiagramRenderer()
        let total = extractions.count * formats.count
        var done = 0
        for e in extractions {
            let graph = e.graph()
            for f in formats {
                progress.show("rendering", done: done, of: total, unit: "diagrams")
                let stop = LayoutWatchdog.message(engine: "the engine chosen", nodes: graph.nodes.count, seconds: LayoutWatchdog.defaultSeconds,
                                                  what: "stored the articles; could not draw the diagram of '\(e.document.path)'")
                let diagram = try LayoutWatchdog.run(seconds: LayoutWatchdog.defaultSeconds, message: stop, status: Exit.storedNotDrawn.rawValue) {
                    try renderer.render(graph, format: f, title: e.document.title)
                }
                let path = plan.diagramPath(for: e.document.path, format: f)
                try OutputFile.write(diagram.data, to: path)
                done += 1
                progress.clear()
                Console.out("diagram: \(path)\n")
            }
        }
    }

    /// Reads and extracts articles on all cores, keeping input order; `progress` is called (one
    /// call at a time) as each article finishes. Standard input was read by the plan. `date` is
    /// `--date`, the date of every article.
    static func extractAll(_ plan: BuildPlan, extractor: Extractor, date: String?,
                           progress: @escaping (Int, String) -> Void) -> [Result<Extraction, ArticleError>] {
        let inputs = plan.inputs, reader = plan.reader
        var first = [Result<Extraction, ArticleError>?](repeating: nil, count: inputs.count)
        if let i = inputs.firstIndex(where: { $0.path == "-" }), let text = plan.standardInput {
            first[i] = .success(extractor.extract(text: text, path: plan.standardInputPath, date: date))
        }
        let shared = Mutex(ExtractionProgress(results: first, report: progress))
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let path = inputs[i].path
            guard path != "-" else { return }
            let text = Result<String, ArticleError> { () throws(ArticleError) -> String in try reader.read(path: path) }
            let result = text.map { extractor.extract(text: $0, path: path, date: date) }
            shared.withLock { state in
                state.results[i] = result
                state.done += 1
                state.report(state.done, path)
            }
        }
        return shared.withLock { $0.results.map { $0 ?? .failure(.missing(path: "?")) } }
    }
}

/// What the extraction workers share, under one lock: the results so far and the progress report.
private struct ExtractionProgress: @unchecked Sendable {
    /// One slot per input, filled as articles finish.
    var results: [Result<Extraction, ArticleError>?]
    /// Called under the lock with the number done and the path just finished.
    let report: (Int, String) -> Void
    /// Articles finished.
    var done = 0
}
