import ArgumentParser
import Foundation
import KGraphStore

/// `kgraph articles`: list the articles in the knowledge base.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles in the knowledge base, with their titles, dates and counts.",
        discussion: """
        One line per article, in the order they were built: its path (what --article, forget \
        and split take; a bare file name or any unique end of the path will do), its date \
        when known, how many people, organisations and places it names, how many events it \
        states, and its title.

        Examples:
          kgraph articles
          kgraph articles --json --store cases.sqlite
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print JSON: [{\"path\", \"title\", \"date\", \"entities\", \"events\"}].")
    var json = false

    func run() throws {
        let articles: [ArticleSummary]
        do {
            articles = try KnowledgeBase(path: storeOptions.path, readOnly: true).articles()
        } catch {
            throw Console.fail(error)
        }
        if json {
            try Console.writeJSON(articles)
            return
        }
        if articles.isEmpty {
            Console.out("no articles in \(storeOptions.path)\n")
            return
        }
        let width = min(60, articles.map(\.path.count).max() ?? 0)
        var out = ""
        for a in articles {
            out += a.path.padding(toLength: max(width, a.path.count), withPad: " ", startingAt: 0)
            out += "  " + (a.date ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
            out += String(format: "  %4d entities  %4d events  ", a.entities, a.events) + a.title + "\n"
        }
        Console.out(out)
    }
}
