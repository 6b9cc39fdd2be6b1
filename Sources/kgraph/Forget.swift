import ArgumentParser
import Foundation
import KGraphStore

/// `kgraph forget`: remove an article and the facts only it supported.
struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove an article and every fact only it supported.",
        discussion: """
        The article's people, organisations, places, events, roles and edges go when no other \
        article states them; what other articles also state stays, with their evidence only. \
        Names, provenance and search index rows go with them. One transaction: a failure or \
        a kill leaves the knowledge base as it was. Corrections (kgraph corrections) stay and \
        are applied again.

        ARTICLE is the path as built, a bare file name or any unique end of the path (see \
        kgraph articles).

        Examples:
          kgraph forget Examples/harbour-raid-port-velo.txt
          kgraph forget harbour-raid-port-velo.txt --store cases.sqlite
        """
    )

    @Argument(help: ArgumentHelp("The article to remove.", valueName: "article"))
    var article: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        do {
            let kb = try KnowledgeBase(path: storeOptions.path)
            let path = try ArticleLookup.resolve(article, among: try kb.articlePaths())
            guard let outcome = try kb.forget(path: path, beforeCommit: Build.stallIfTesting) else { throw LookupError.noArticle(article) }
            Console.out("forgot \(outcome.path): removed \(outcome.nodes) node\(outcome.nodes == 1 ? "" : "s") "
                + "and \(outcome.edges) edge\(outcome.edges == 1 ? "" : "s")\n")
        } catch {
            throw Console.fail(error)
        }
    }
}
