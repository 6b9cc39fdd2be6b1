import ArgumentParser
import Foundation
import KGraphStore

/// `kgraph stats`: what the knowledge base holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the documents, entities by type, events by type and relations in the knowledge base."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let stats: StoreStats
        do {
            stats = try KnowledgeBase(path: storeOptions.path, readOnly: true).stats()
        } catch {
            throw Console.fail(error)
        }
        if json {
            try Console.writeJSON(stats)
        } else {
            Console.out(stats.readableText(storePath: storeOptions.path))
        }
    }
}

extension StoreStats {
    /// The figures for a terminal.
    func readableText(storePath: String) -> String {
        func list(_ counts: [String: Int]) -> String {
            counts.isEmpty ? "none" : counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        let entityTotal = entities.values.reduce(0, +), eventTotal = events.values.reduce(0, +)
        return """
        \(storePath): \(documents) document\(documents == 1 ? "" : "s")
          entities:  \(entityTotal) (\(list(entities)))
          events:    \(eventTotal) (\(list(events)))
          relations: \(relations)
          edges:     \(edges.values.reduce(0, +)) (\(list(edges)))

        """
    }
}
