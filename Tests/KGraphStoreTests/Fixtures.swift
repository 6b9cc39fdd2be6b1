import Foundation
import KGraphModel
@testable import KGraphStore

/// A stand-in for SHA-256 (the store treats it as an opaque key): 64 hex digits from four FNV-1a
/// hashes of the text with different seeds.
func fakeSHA256(_ text: String) -> String {
    (0..<4).map { seed -> String in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(seed)
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
}

/// An article written for a test: its document (sentences split after ". ") and helpers that turn
/// a quoted phrase into mentions and provenance with UTF-8 byte offsets.
struct Article {
    let document: Document

    init(path: String, text: String) {
        var spans = [SentenceSpan]()
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "."), i + 1 == bytes.count || bytes[i + 1] == UInt8(ascii: " ") {
                spans.append(SentenceSpan(index: spans.count, utf8Range: start..<(i + 1)))
                start = i + 2
                i += 1
            }
            i += 1
        }
        if start < bytes.count { spans.append(SentenceSpan(index: spans.count, utf8Range: start..<bytes.count)) }
        let title = String(text.prefix { $0 != "." })
        document = Document(path: path, title: title, sha256: fakeSHA256(text), text: text, sentences: spans)
    }

    var sha: String { document.sha256 }

    /// The UTF-8 byte range of the `occurrence`-th occurrence of `phrase`.
    func range(_ phrase: String, occurrence: Int = 0) -> Range<Int> {
        let text = Array(document.text.utf8), needle = Array(phrase.utf8)
        var found = 0
        var i = 0
        while i + needle.count <= text.count {
            if Array(text[i..<(i + needle.count)]) == needle {
                if found == occurrence { return i..<(i + needle.count) }
                found += 1
            }
            i += 1
        }
        preconditionFailure("'\(phrase)' not in the test article")
    }

    func sentence(containing range: Range<Int>) -> Int {
        document.sentences.first { $0.utf8Range.contains(range.lowerBound) }!.index
    }

    func mention(_ phrase: String, occurrence: Int = 0) -> Mention {
        let r = range(phrase, occurrence: occurrence)
        return Mention(sentenceIndex: sentence(containing: r), utf8Range: r)
    }

    func provenance(_ phrase: String, occurrence: Int = 0) -> Provenance {
        let r = range(phrase, occurrence: occurrence)
        return Provenance(documentSHA256: sha, sentenceIndex: sentence(containing: r), utf8Range: r)
    }

    func entity(_ id: String, _ name: String, _ type: EntityType, aliases: [String] = [], mentions: [String]? = nil) -> Entity {
        Entity(id: id, name: name, type: type, aliases: aliases, mentions: (mentions ?? [name]).map { mention($0) })
    }

    func participant(_ entity: Entity) -> Participant {
        Participant(entityID: entity.id, text: entity.name, mention: entity.mentions.first)
    }
}

/// Invented articles used across the tests.
enum Sample {
    /// Police arrest Dara Sok; a spokesperson speaks; a court charges him.
    static func portVelo(path: String = "news/port-velo.txt") -> Extraction {
        let a = Article(path: path, text: "Velo Provincial Police arrested Dara Sok in Port Velo on Monday. Sok was charged by the Velo Provincial Court. Police spokesperson Mira Chan said the raid was planned.")
        let police = a.entity("e1", "Velo Provincial Police", .organization, aliases: ["Velo Police"])
        let sok = a.entity("e2", "Dara Sok", .person, aliases: ["Sok"], mentions: ["Dara Sok", "Sok"])
        let port = a.entity("e3", "Port Velo", .place)
        let court = a.entity("e4", "Velo Provincial Court", .organization)
        let chan = a.entity("e5", "Mira Chan", .person)
        let arrest = Event(id: "v1", type: .arrest, trigger: "arrested", agents: [a.participant(police)], patients: [a.participant(sok)],
                           places: [a.participant(port)], time: "on Monday", provenance: a.provenance("arrested"))
        let charge = Event(id: "v2", type: .charge, trigger: "charged", agents: [a.participant(court)],
                           patients: [Participant(entityID: "e2", text: "Sok", mention: a.mention("Sok", occurrence: 1))],
                           provenance: a.provenance("charged"))
        let said = Event(id: "v3", type: .statement, trigger: "said", agents: [a.participant(chan)], content: "the raid was planned",
                         provenance: a.provenance("said"))
        return Extraction(document: a.document, entities: [police, sok, port, court, chan],
                          roles: [RoleAssertion(personID: "e5", title: "spokesperson", organizationID: "e1", provenance: a.provenance("spokesperson"))],
                          events: [arrest, charge, said],
                          relations: [Relation(subjectID: "e5", predicate: .memberOf, objectID: "e1", provenance: a.provenance("Mira Chan"))])
    }

    /// A second article on the same case: the court tries Dara Sok; a prosecutor speaks.
    static func trial(path: String = "news/trial.txt") -> Extraction {
        let a = Article(path: path, text: "Dara Sok appeared before the Velo Provincial Court on Friday. Prosecutor Lin Oudom said Sok would be tried.")
        let sok = a.entity("e1", "Dara Sok", .person, aliases: ["Sok"], mentions: ["Dara Sok", "Sok"])
        let court = a.entity("e2", "Velo Provincial Court", .organization)
        let lin = a.entity("e3", "Lin Oudom", .person)
        let trial = Event(id: "v1", type: .trial, trigger: "appeared before", agents: [a.participant(court)], patients: [a.participant(sok)],
                          time: "on Friday", provenance: a.provenance("appeared before"))
        let said = Event(id: "v2", type: .statement, trigger: "said", agents: [a.participant(lin)], content: "Sok would be tried",
                         provenance: a.provenance("said"))
        return Extraction(document: a.document, entities: [sok, court, lin],
                          roles: [RoleAssertion(personID: "e3", title: "prosecutor", provenance: a.provenance("Prosecutor"))],
                          events: [trial, said])
    }

    /// A one-entity article: a person, an organisation or a place, named as given.
    static func mention(path: String, sentence: String, name: String, type: EntityType, aliases: [String] = [],
                        role: (title: String, organization: String)? = nil) -> Extraction {
        let a = Article(path: path, text: sentence)
        var entities = [a.entity("e1", name, type, aliases: aliases)]
        var roles = [RoleAssertion]()
        if let role {
            entities.append(a.entity("e2", role.organization, .organization))
            roles.append(RoleAssertion(personID: "e1", title: role.title, organizationID: "e2", provenance: a.provenance(role.title)))
        }
        return Extraction(document: a.document, entities: entities, roles: roles)
    }
}

/// A fresh temporary directory, removed by the caller with `cleanUp`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

extension KGraph {
    /// The graph with documents' ingestion times cleared and everything sorted, for comparisons.
    var normalized: KGraph {
        var g = self
        for i in g.documents.indices { g.documents[i].ingestedAt = nil }
        g.documents.sort { $0.sha256 < $1.sha256 }
        g.nodes = g.nodes.map { n in
            var n = n
            n.aliases.sort()
            n.provenance.sort { ($0.documentSHA256, $0.sentenceIndex, $0.utf8Start, $0.utf8End) < ($1.documentSHA256, $1.sentenceIndex, $1.utf8Start, $1.utf8End) }
            return n
        }.sorted { $0.id < $1.id }
        g.edges = g.edges.map { e in
            var e = e
            e.provenance.sort { ($0.documentSHA256, $0.sentenceIndex, $0.utf8Start, $0.utf8End) < ($1.documentSHA256, $1.sentenceIndex, $1.utf8Start, $1.utf8End) }
            return e
        }.sorted { $0.key < $1.key }
        return g
    }
}
