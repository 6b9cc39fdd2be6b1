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

        A bad file named on the command line fails the build; a bad file found in a folder is \
        reported and skipped, the rest is built, and the exit status is 3.

        Examples:
          kgraph build Examples/kampot-police-official-arrested.txt
          kgraph build articles/ --no-render --store cases.sqlite
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

    func validate() throws {
        if paths.isEmpty && fromJSONL.isEmpty {
            throw ValidationError("name at least one article file or folder (or - for standard input), or --from-jsonl FILE")
        }
        if maxArticleSize <= 0 { throw ValidationError("--max-article-size must be a positive number of bytes") }
        _ = try diagramFormats()
    }

    /// The formats asked for with `--format`.
    func diagramFormats() throws -> [DiagramFormat] {
        try format.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let f = DiagramFormat(rawValue: name) else {
                throw ValidationError("unknown diagram format '\(name)' (choose from svg, png, pdf, dot)")
            }
            return f
        }
    }

    func run() throws {
        let inputs: [ArticleInput]
        var extractions: [Extraction] = []
        do {
            inputs = try Inputs.expand(paths)
            for file in fromJSONL { extractions += try JSONLines.extractions(in: file) }
        } catch {
            throw Console.fail(error)
        }

        // Read and extract everything first: nothing is written unless every named file is good.
        let reader = ArticleReader(maxByteCount: maxArticleSize)
        var progress = ProgressBar(total: inputs.count)
        var skipped: [(String, String)] = []
        let extractor: Extractor
        do { extractor = try Extractor.standard() } catch { throw Console.fail(error) }
        let results = Self.extractAll(inputs, reader: reader, extractor: extractor) { done, path in progress.update(done, label: path) }
        progress.finish()
        for (input, result) in zip(inputs, results) {
            switch result {
            case .success(let e): extractions.append(e)
            case .failure(let error):
                if input.fromFolder {
                    skipped.append((input.path, Console.oneLine(error)))
                } else {
                    throw Console.fail(error)
                }
            }
        }
        for (_, message) in skipped { Console.error("kgraph: skipped: \(message)") }

        let storePath = storeOptions.path
        let outcomes: [IngestOutcome]
        do {
            let kb = try KnowledgeBase(path: storePath)
            outcomes = try kb.ingest(extractions, beforeCommit: Self.stallIfTesting)
        } catch {
            throw Console.fail(error)
        }
        for (e, outcome) in zip(extractions, outcomes) {
            let relationCount = e.relations.count + e.roles.count
            Console.out(Self.summary(outcome, relations: relationCount))
        }
        Console.out("knowledge base: \(storePath)\n")

        if !noRender && !extractions.isEmpty {
            let formats = try diagramFormats()
            let dir = outputDir ?? (storePath as NSString).deletingLastPathComponent
            do {
                let written = try renderDiagrams(extractions, formats: formats, into: dir.isEmpty ? "." : dir)
                for path in written { Console.out("diagram: \(path)\n") }
            } catch {
                throw Console.fail(error)
            }
        }
        if !skipped.isEmpty {
            Console.error("kgraph: \(skipped.count) of \(inputs.count) files skipped")
            throw Exit.skipped
        }
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

    /// Draws one diagram per article and format; returns the paths written.
    func renderDiagrams(_ extractions: [Extraction], formats: [DiagramFormat], into dir: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let renderer = DiagramRenderer()
        var used = Set<String>()
        var written: [String] = []
        for e in extractions {
            var base = e.document.path == "-" ? "stdin" : ((e.document.path as NSString).lastPathComponent as NSString).deletingPathExtension
            if base.isEmpty { base = "article" }
            var name = base
            var n = 2
            while !used.insert(name).inserted { name = "\(base)-\(n)"; n += 1 }
            let graph = e.graph()
            for f in formats {
                let diagram = try renderer.render(graph, format: f, title: e.document.title)
                let path = (dir as NSString).appendingPathComponent("\(name).\(f.rawValue)")
                try diagram.data.write(to: URL(fileURLWithPath: path), options: .atomic)
                written.append(path)
            }
        }
        return written
    }

    /// Reads and extracts articles on all cores, keeping input order; `progress` is called (one
    /// call at a time) as each article finishes.
    static func extractAll(_ inputs: [ArticleInput], reader: ArticleReader, extractor: Extractor,
                           progress: @escaping (Int, String) -> Void) -> [Result<Extraction, ArticleError>] {
        var first = [Result<Extraction, ArticleError>?](repeating: nil, count: inputs.count)
        // Standard input can be read only once, and is read here on the calling thread.
        if let i = inputs.firstIndex(where: { $0.path == "-" }) {
            first[i] = Result { () throws(ArticleError) -> String in try reader.readStandardInput() }
                .map { extractor.extract(text: $0, path: "-") }
        }
        let shared = Mutex(ExtractionProgress(results: first, report: progress))
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let path = inputs[i].path
            guard path != "-" else { return }
            let text = Result<String, ArticleError> { () throws(ArticleError) -> String in try reader.read(path: path) }
            let result = text.map { extractor.extract(text: $0, path: path) }
            shared.withLock { state in
                state.results[i] = result
                state.done += 1
                state.report(state.done, path)
            }
        }
        return shared.withLock { $0.results.map { $0! } }
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
