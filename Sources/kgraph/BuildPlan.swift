import Crypto
import Foundation
import KGraphExtraction
import KGraphModel
import KGraphRender
import KGraphStore

/// What a build will read and write, settled before any work: the articles, the extractions
/// of `--from-jsonl`, standard input's text and name, and every diagram's path (none of which
/// may be the store or an input).
struct BuildPlan {
    /// The articles to read, in order (`-` for standard input).
    var inputs: [ArticleInput]
    /// Entries of folders that were skipped while listing them (one message each).
    var skippedEntries: [String]
    /// Extractions read from `--from-jsonl` files.
    var fromJSONL: [Extraction] = []
    /// The `--from-jsonl` files.
    let jsonlFiles: [String]
    /// Standard input's text, when `-` is an input.
    var standardInput: String?
    /// The name standard input's article is stored under.
    var standardInputPath = "-"
    /// The reader of article files.
    let reader: ArticleReader
    /// The folder diagrams go to.
    var diagramFolder = "."
    /// Article path → diagram name (see ``DiagramNames``).
    var diagramNames: [String: String] = [:]

    /// Lists the inputs, reads the JSON Lines files and standard input.
    /// - Throws: ``InputError``, ``JSONLinesError``, ``ArticleError`` for standard input.
    init(paths: [String], jsonl: [String], stdinName: String?, followLinks: Bool, reader: ArticleReader) throws {
        let listing = try Inputs.expand(paths, followLinks: followLinks)
        inputs = listing.inputs
        skippedEntries = listing.skipped
        jsonlFiles = jsonl
        self.reader = reader
        for file in jsonl { fromJSONL += try JSONLines.extractions(in: file) }
        if inputs.contains(where: { $0.path == "-" }) {
            let text = try reader.readStandardInput()
            standardInput = text
            standardInputPath = stdinName ?? "stdin-" + SHA256.hash(data: Data(text.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined()
        }
    }

    /// The article paths as they will be stored, in build order.
    var documentPaths: [String] {
        fromJSONL.map(\.document.path) + inputs.map { $0.path == "-" ? standardInputPath : $0.path }
    }

    /// Names every diagram and refuses a plan that would write over the store or an input.
    /// - Parameters:
    ///   - formats: the diagram formats (none with `--no-render`).
    ///   - store: the knowledge base's path.
    ///   - outputDir: `--output-dir`, else the store's folder.
    /// - Throws: ``OutputError``.
    mutating func planDiagrams(formats: [DiagramFormat], store: String, outputDir: String?) throws {
        let folder = outputDir ?? (store as NSString).deletingLastPathComponent
        diagramFolder = folder.isEmpty ? "." : folder
        let inputFiles = inputs.map(\.path) + jsonlFiles
        try OutputFile.refuseClobbering(outputs: [store], store: nil, inputs: inputFiles)
        guard !formats.isEmpty else { return }
        let stored = FileManager.default.fileExists(atPath: store) ? (try? KnowledgeBase(path: store, readOnly: true).documentPaths()) ?? [] : []
        diagramNames = DiagramNames.names(for: documentPaths, stored: stored)
        let outputs = documentPaths.flatMap { path in formats.map { diagramPath(for: path, format: $0) } }
        try OutputFile.refuseClobbering(outputs: outputs, store: store, inputs: inputFiles)
    }

    /// Where the diagram of an article goes.
    func diagramPath(for documentPath: String, format: DiagramFormat) -> String {
        let name = diagramNames[documentPath] ?? DiagramNames.base(of: documentPath)
        return (diagramFolder as NSString).appendingPathComponent("\(name).\(format.rawValue)")
    }
}
