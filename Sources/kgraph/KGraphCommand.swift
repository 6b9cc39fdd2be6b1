import ArgumentParser
import Foundation
import KGraphStore

/// The `kgraph` command: subcommands only.
@main
struct KGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kgraph",
        abstract: "Turn news articles into a knowledge graph you can question and look at.",
        discussion: """
        kgraph reads articles (plain text or Markdown, UTF-8), extracts people, organisations, \
        roles, places and events (arrests, raids, statements, charges, seizures, sentences, \
        releases) with the sentence that states each, merges them into a knowledge base \
        (Graphs/kgraph.sqlite by default) and draws diagrams.

        Start with:
          kgraph build Examples/kampot-police-official-arrested.txt
          kgraph query "who was arrested"
          kgraph articles                      # what the knowledge base holds
          kgraph duplicates                    # entities that may be one; kgraph merge, split to correct

        Exit status: 0 success; 1 no answer (query); 2 bad input, store or render failure, or a \
        write error; 3 build finished but skipped bad files in a folder; 4 build stored its \
        articles but could not draw their diagrams; 64 usage error; 141 standard output closed \
        by its reader. A file whose name starts with - goes after --: kgraph extract -- -notes.txt
        """,
        version: "0.1.0",
        subcommands: [Build.self, Extract.self, Query.self, Timeline.self, Render.self, Export.self, Entities.self, Show.self, Stats.self,
                      Articles.self, Forget.self, Merge.self, Alias.self, Rename.self, Split.self, Corrections.self, Duplicates.self]
    )

    /// Runs kgraph: refuses file names that would be read as options, then parses and runs the
    /// command, and reports damage found in the store while reading it.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let name = DashedNames.first(in: arguments) {
            Console.error("kgraph: error: '\(name)' would be read as options; to name a file that starts with -, put -- before it "
                + "(kgraph \(arguments.first ?? "extract") -- \(name)) or write ./\(name)")
            Foundation.exit(64)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            reportDamage()
        } catch {
            reportDamage()
            exit(withError: error)
        }
    }

    /// Prints the store damage that reading worked around, one warning line each.
    static func reportDamage() {
        for message in StoreDamage.drain() { Console.error("kgraph: warning: store damaged: \(message)") }
    }
}

/// Arguments that look like file names but would be parsed as bundles of short options
/// (`-dash.txt` is `-d -a -s -h …`, and `-h` prints help).
enum DashedNames {
    /// The first such argument before `--`, if any: one dash, more than one letter, and either
    /// an existing file or a name with a dot or slash.
    static func first(in arguments: [String]) -> String? {
        for argument in arguments {
            if argument == "--" { return nil }
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 2 else { continue }
            if FileManager.default.fileExists(atPath: argument) || argument.contains(".") || argument.contains("/") { return argument }
        }
        return nil
    }
}
