import ArgumentParser
import Foundation
import KGraphModel
import KGraphStore

/// `kgraph duplicates`: entities that may be one, for a user to merge or leave.
struct Duplicates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List entities that may be one real entity, with the evidence and a score.",
        discussion: """
        At every build, kgraph merges entities of one kind whose names say they are one: an \
        acronym and the capitalised words it abbreviates (FBI, Federal Bureau of Investigation; \
        a leading country may be dropped), the same words in another order (State Department, \
        United States Department of State), a person's name with an honorific or a middle \
        initial more. It merges a pair scoring 0.80 or more; pairs from 0.50 are listed here \
        as suggestions: a given name written as an initial, an organisation's words all in \
        another's name. Other entities named in articles of both add 0.05. Two people who \
        share only a family name are never paired. Merge a pair with kgraph merge; keep one \
        article's mentions apart with kgraph split.

        Examples:
          kgraph duplicates
          kgraph duplicates --kind person --json
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("Only entities of this kind: person, organization or place.", valueName: "kind"))
    var kind: EntityType?

    @Flag(help: "Print JSON: [{\"kind\", \"ids\", \"names\", \"score\", \"evidence\", \"shared_contexts\"}].")
    var json = false

    /// One pair in `--json`.
    struct Row: Encodable {
        var kind: String
        var ids: [String]
        var names: [String]
        var score: Double
        var evidence: [String]
        var sharedContexts: [String]

        enum CodingKeys: String, CodingKey {
            case kind, ids, names, score, evidence
            case sharedContexts = "shared_contexts"
        }
    }

    func run() throws {
        let pairs: [IdentityCandidate]
        do {
            let nodeKind = kind.flatMap { NodeKind(rawValue: $0.rawValue) }
            pairs = try KnowledgeBase(path: storeOptions.path, readOnly: true).duplicates(kind: nodeKind, placeNames: try Gazetteer.names())
        } catch {
            throw Console.fail(error)
        }
        if json {
            return try Console.writeJSON(pairs.map {
                Row(kind: $0.kind.rawValue, ids: $0.ids, names: $0.names, score: $0.score, evidence: $0.evidence, sharedContexts: $0.sharedContexts)
            })
        }
        if pairs.isEmpty {
            return Console.out("no possible duplicates\(kind.map { " of kind \($0.rawValue)" } ?? "") in \(storeOptions.path)\n")
        }
        var out = ""
        for p in pairs {
            out += String(format: "%.2f  ", p.score) + "“\(p.names.joined(separator: "” / “"))”  [\(p.kind.rawValue)]\n"
            for why in p.evidence { out += "      \(why)\n" }
            if !p.sharedContexts.isEmpty { out += "      both with: \(p.sharedContexts.joined(separator: ", "))\n" }
        }
        Console.out(out)
    }
}
