import ArgumentParser
import Foundation
import KGraphModel
import KGraphStore

/// `kgraph entities`: list the named entities of the knowledge base.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, organisations and places in the knowledge base.",
        discussion: """
        Examples:
          kgraph entities
          kgraph entities --type person --json
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Only entities of this type: person, organization or place.")
    var type: EntityType?

    @Flag(help: "Print JSON: [{\"id\", \"name\", \"type\", \"aliases\", \"documents\"}].")
    var json = false

    struct Row: Encodable {
        var id: String
        var name: String
        var type: String
        var aliases: [String]
        var documents: Int
    }

    func run() throws {
        let rows: [Row]
        do {
            let kb = try KnowledgeBase(path: storeOptions.path, readOnly: true)
            rows = try kb.entities(type: type).map {
                Row(id: $0.id, name: $0.name, type: $0.kind.rawValue, aliases: $0.aliases, documents: $0.documentSHA256s.count)
            }
        } catch {
            throw Console.fail(error)
        }
        if json {
            try Console.writeJSON(rows)
            return
        }
        if rows.isEmpty {
            Console.out("no entities\(type.map { " of type \($0.rawValue)" } ?? "") in \(storeOptions.path)\n")
            return
        }
        let width = min(40, rows.map(\.name.count).max() ?? 0)
        for r in rows {
            var line = r.name.padding(toLength: max(width, r.name.count), withPad: " ", startingAt: 0)
            line += "  " + r.type.padding(toLength: 12, withPad: " ", startingAt: 0)
            line += " \(r.documents) article\(r.documents == 1 ? "" : "s")"
            if !r.aliases.isEmpty { line += "  also: " + r.aliases.joined(separator: ", ") }
            Console.out(line + "\n")
        }
    }
}

extension EntityType: ExpressibleByArgument {}
