import Foundation
import KGraphExtraction

/// kgraph-dev: developer tools — synthetic corpus, benchmarks. Not installed for users.
let usage = """
usage: kgraph-dev <command> [options]

commands:
  synth --count N --out DIR [--seed S]     write N synthetic articles (invented names) to DIR
  bench-extract [--mb N] [FILE|DIR ...]    extract from at least N MB (default 10) of article text
                                           made by repeating the files (default: Examples/); prints MB/s
  bench-scaling [--sizes KB,...] [FILE|DIR ...]
                                           extract one synthetic article of each size (default 10 KB, 100 KB,
                                           1 MB, 5 MB, 20 MB) made by repeating the files, past the article
                                           size limit; prints MB/s per size, which should stay flat
  parse TEXT|FILE                          print the clause layer of a text: tags, phrases, verb groups, clauses
  bench-render [--loops N] [--nodes N] [--edges N] [FILE]
                                           render one article's graph in process (median ms per format),
                                           N renders in a loop (default 1000) with resident memory, and a
                                           generated graph (default 2000 nodes, 4000 edges) with sfdp
  compile-tables [--check]                 compile the vocabulary and lexicon TSVs into Sources/KGraphTables
                                           (linked into kgraph); --check fails if the checked-in files are stale
"""

var args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}
args.removeFirst()

/// Why `parse` could not run.
enum ParseCommandError: Error, CustomStringConvertible {
    case noText
    var description: String { "parse: give a text or a file" }
}

/// The value after a `--name` option, or a default.
@MainActor func option(_ name: String, _ fallback: String) -> String {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return fallback }
    let value = args[i + 1]
    args.removeSubrange(i...(i + 1))
    return value
}

do {
    switch command {
    case "synth":
        let count = Int(option("--count", "1000")) ?? 1000
        let out = option("--out", "synthetic")
        let seed = UInt64(option("--seed", "42")) ?? 42
        var corpus = SyntheticCorpus(seed: seed)
        try corpus.write(count: count, to: out)
        print("wrote \(count) articles to \(out)")
    case "bench-extract":
        let mb = Double(option("--mb", "10")) ?? 10
        try ExtractBenchmark.run(paths: args.isEmpty ? ["Examples"] : args, megabytes: mb)
    case "bench-scaling":
        let sizes = option("--sizes", "").split(separator: ",").compactMap { Int($0).map { $0 * 1000 } }
        try ScalingBenchmark.run(paths: args.isEmpty ? ["Examples"] : args, sizes: sizes.isEmpty ? ScalingBenchmark.defaultSizes : sizes)
    case "parse":
        guard let arg = args.first else { throw ParseCommandError.noText }
        let text = FileManager.default.fileExists(atPath: arg) ? try String(contentsOfFile: arg, encoding: .utf8) : args.joined(separator: " ")
        print(try Extractor.standard().parseDump(text), terminator: "")
    case "bench-render":
        let loops = Int(option("--loops", "1000")) ?? 1000
        let nodes = Int(option("--nodes", "2000")) ?? 2000
        let edges = Int(option("--edges", "4000")) ?? 4000
        try RenderBenchmark.run(article: args.first ?? "Examples/kampot-police-official-arrested.txt", loops: loops,
                                bigNodes: nodes, bigEdges: edges)
    case "compile-tables":
        try TableCompiler.run(check: args.contains("--check"))
    case "-h", "--help", "help":
        print(usage)
    default:
        FileHandle.standardError.write(Data("kgraph-dev: unknown command '\(command)'\n\(usage)\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("kgraph-dev: error: \(error)\n".utf8))
    exit(2)
}
