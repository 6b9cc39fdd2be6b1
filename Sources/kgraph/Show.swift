import ArgumentParser
import Foundation
import KGraphModel
import KGraphStore

/// `kgraph show`: all that is known of one entity, with evidence.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show all that is known of one entity, with the evidence for each fact.",
        discussion: """
        NAME may be any of the entity's names, in any case, or a surname alone when only one \
        entity has it.

        Examples:
          kgraph show "Dara Sok"
          kgraph show "port police" --json
        """
    )

    @Argument(help: ArgumentHelp("The entity's name.", valueName: "name"))
    var name: String

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print JSON: {\"id\", \"name\", \"kind\", \"aliases\", \"documents\", \"dates\", \"facts\": [{\"relation\", \"direction\", \"other\", \"otherKind\", \"evidence\": [{\"document\", \"date\", \"sentence\"}]}]}.")
    var json = false

    struct Evidence: Encodable { var document: String; var date: String?; var sentence: String }
    struct Fact: Encodable {
        var relation: String
        var direction: String
        var other: String
        var otherKind: String
        var detail: String?
        var evidence: [Evidence]
    }
    struct Report: Encodable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]
        var documents: [String]
        /// Each article's date, by path (articles without one are left out).
        var dates: [String: String]
        var facts: [Fact]
    }

    func validate() throws {
        try NumericOptions.checkLength(name, "the name")
    }

    func run() throws {
        let report: Report
        do {
            let kb = try KnowledgeBase(path: storeOptions.path, readOnly: true)
            report = try Self.report(for: try EntityLookup.resolve(name, in: kb), reader: kb)
        } catch {
            throw Console.fail(error)
        }
        if json {
            try Console.writeJSON(report)
            return
        }
        var out = "\(report.name) (\(report.kind))\n"
        if !report.aliases.isEmpty { out += "  also called: \(report.aliases.joined(separator: ", "))\n" }
        out += "  in: \(report.documents.map { d in report.dates[d].map { "\(d) (\($0))" } ?? d }.joined(separator: ", "))\n"
        for f in report.facts {
            let arrow = f.direction == "out" ? "\(f.relation) → \(f.other)" : "← \(f.relation) of \(f.other)"
            out += "\n  \(arrow) (\(f.otherKind))\(f.detail.map { ": \($0)" } ?? "")\n"
            for e in f.evidence.prefix(3) { out += "      “\(e.sentence)”\n      — \(e.document)\(e.date.map { " (\($0))" } ?? "")\n" }
        }
        Console.out(out)
    }

    /// Gathers the facts around one node.
    static func report(for node: Node, reader: any GraphReader) throws -> Report {
        var paths: [String: String] = [:]
        var dates: [String: String] = [:]
        func path(_ sha: String) throws -> String {
            if let p = paths[sha] { return p }
            let doc = try reader.document(sha256: sha)
            let p = doc?.path ?? sha
            paths[sha] = p
            if let d = doc?.date { dates[p] = d }
            return p
        }
        func evidence(_ provenance: [Provenance]) throws -> [Evidence] {
            var seen = Set<String>()
            return try provenance.compactMap { p in
                guard seen.insert("\(p.documentSHA256)#\(p.sentenceIndex)").inserted else { return nil }
                let document = try path(p.documentSHA256)
                return Evidence(document: document, date: dates[document],
                                sentence: try reader.sentence(documentSHA256: p.documentSHA256, index: p.sentenceIndex) ?? "")
            }
        }
        func describe(_ n: Node) -> (String, String?) {
            guard n.kind == .event else { return (n.name, nil) }
            let type = n.eventType?.rawValue ?? "event"
            var detail = "“\(n.attributes["trigger"] ?? n.name)”"
            if let t = n.attributes["time"] { detail += ", \(t)" + (n.attributes["time_value"].map { " (\($0))" } ?? "") }
            if let c = n.attributes["content"] { detail += ": \(c)" }
            return (type, detail)
        }
        var facts: [Fact] = []
        for e in try reader.edges(from: node.id) {
            guard let other = try reader.node(id: e.target) else { continue }
            let (name, detail) = describe(other)
            facts.append(Fact(relation: e.kind.rawValue, direction: "out", other: name, otherKind: other.kind.rawValue,
                              detail: detail, evidence: try evidence(e.provenance)))
        }
        for e in try reader.edges(to: node.id) {
            guard let other = try reader.node(id: e.source) else { continue }
            let (name, detail) = describe(other)
            facts.append(Fact(relation: e.kind.rawValue, direction: "in", other: name, otherKind: other.kind.rawValue,
                              detail: detail, evidence: try evidence(e.provenance)))
        }
        let documents = try node.documentSHA256s.map(path)
        return Report(id: node.id, name: node.name, kind: node.kind.rawValue, aliases: node.aliases,
                      documents: documents, dates: dates.filter { documents.contains($0.key) }, facts: facts)
    }
}
