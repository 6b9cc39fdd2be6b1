import ArgumentParser

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

        Exit status: 0 success; 1 no answer (query); 2 bad input, store or render failure; \
        3 build finished but skipped bad files in a folder; 64 usage error.
        """,
        version: "0.1.0",
        subcommands: [Build.self, Extract.self, Query.self, Render.self, Export.self, Entities.self, Show.self, Stats.self]
    )
}
