import Foundation
import KGraphModel
@testable import KGraphQuery

/// Builds an article sentence by sentence and hands out mentions and provenance by text.
struct ArticleBuilder {
    let path: String
    var sentences: [String] = []

    init(path: String) { self.path = path }

    /// The SHA-256 stand-in: unique per path, 64 hex digits.
    var sha256: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(repeating: String(format: "%016llx", hash), count: 4)
    }

    mutating func add(_ sentence: String) { sentences.append(sentence) }

    var text: String { sentences.joined(separator: " ") }

    /// The byte range of `phrase` in sentence `index`.
    func range(_ phrase: String, in index: Int) -> Range<Int> {
        let start = sentences[..<index].reduce(0) { $0 + $1.utf8.count + 1 }
        let s = sentences[index]
        guard let r = s.range(of: phrase) else { fatalError("'\(phrase)' not in sentence \(index)") }
        let lower = start + s.utf8.distance(from: s.utf8.startIndex, to: r.lowerBound)
        return lower..<(lower + phrase.utf8.count)
    }

    func mention(_ phrase: String, in index: Int) -> Mention { Mention(sentenceIndex: index, utf8Range: range(phrase, in: index)) }

    func provenance(_ phrase: String, in index: Int) -> Provenance {
        Provenance(documentSHA256: sha256, sentenceIndex: index, utf8Range: range(phrase, in: index))
    }

    func participant(_ entity: String?, _ phrase: String, in index: Int) -> Participant {
        Participant(entityID: entity, text: phrase, mention: mention(phrase, in: index))
    }

    var document: Document {
        var spans = [SentenceSpan]()
        var offset = 0
        for (i, s) in sentences.enumerated() {
            spans.append(SentenceSpan(index: i, utf8Range: offset..<(offset + s.utf8.count)))
            offset += s.utf8.count + 1
        }
        return Document(path: path, title: sentences.first ?? "", sha256: sha256, text: text, sentences: spans)
    }
}

/// Two invented articles: a harbour raid with arrests, a seizure, statements and a charge; an
/// arrest by "police" in a town whose police force is named, and a release.
enum Fixtures {
    static func harbourArticle() -> Extraction {
        var a = ArticleBuilder(path: "articles/harbour-raid.txt")
        a.add("Harbour Police raided a warehouse in Port Velo on Monday.")                                     // 0
        a.add("Dara Sok and Mina Roth, a port official, were arrested during the raid.")                       // 1
        a.add("Officers seized 40 kilograms of cocaine.")                                                      // 2
        a.add("Lina Vey, the spokesperson for the Velo Municipal Court, said the suspects would be charged with trafficking.") // 3
        a.add("“We will not tolerate smuggling in our port,” said Bram Tal, chief of the Harbour Police.")    // 4
        a.add("Dara Sok was charged on Wednesday.")                                                            // 5
        a.add("Theo Marsh, an investigator for the rights group Clearwater, said the arrests were politically motivated.") // 6
        a.add("Port Velo is the largest port of Marland.")                                                     // 7
        a.add("Roth belongs to the Dock Workers Union.")                                                       // 8
        let entities = [
            Entity(id: "e1", name: "Dara Sok", type: .person, aliases: ["Sok"], mentions: [a.mention("Dara Sok", in: 1), a.mention("Dara Sok", in: 5)]),
            Entity(id: "e2", name: "Mina Roth", type: .person, aliases: ["Roth"], mentions: [a.mention("Mina Roth", in: 1), a.mention("Roth", in: 8)]),
            Entity(id: "e3", name: "Harbour Police", type: .organization, mentions: [a.mention("Harbour Police", in: 0), a.mention("Harbour Police", in: 4)]),
            Entity(id: "e4", name: "Port Velo", type: .place, mentions: [a.mention("Port Velo", in: 0), a.mention("Port Velo", in: 7)]),
            Entity(id: "e5", name: "Velo Municipal Court", type: .organization, mentions: [a.mention("Velo Municipal Court", in: 3)]),
            Entity(id: "e6", name: "Lina Vey", type: .person, aliases: ["Vey"], mentions: [a.mention("Lina Vey", in: 3)]),
            Entity(id: "e7", name: "Bram Tal", type: .person, aliases: ["Tal"], mentions: [a.mention("Bram Tal", in: 4)]),
            Entity(id: "e8", name: "Theo Marsh", type: .person, aliases: ["Marsh"], mentions: [a.mention("Theo Marsh", in: 6)]),
            Entity(id: "e9", name: "Clearwater", type: .organization, mentions: [a.mention("Clearwater", in: 6)]),
            Entity(id: "e10", name: "Marland", type: .place, mentions: [a.mention("Marland", in: 7)]),
            Entity(id: "e11", name: "Dock Workers Union", type: .organization, mentions: [a.mention("Dock Workers Union", in: 8)]),
        ]
        let roles = [
            RoleAssertion(personID: "e2", title: "port official", provenance: a.provenance("port official", in: 1)),
            RoleAssertion(personID: "e6", title: "spokesperson", organizationID: "e5", provenance: a.provenance("spokesperson", in: 3)),
            RoleAssertion(personID: "e7", title: "chief", organizationID: "e3", provenance: a.provenance("chief", in: 4)),
            RoleAssertion(personID: "e8", title: "investigator", organizationID: "e9", provenance: a.provenance("investigator", in: 6)),
        ]
        let events = [
            Event(id: "v1", type: .raid, trigger: "raided", agents: [a.participant("e3", "Harbour Police", in: 0)],
                  patients: [a.participant(nil, "a warehouse", in: 0)], places: [a.participant("e4", "Port Velo", in: 0)],
                  time: "Monday", provenance: a.provenance("raided", in: 0)),
            Event(id: "v2", type: .arrest, trigger: "arrested",
                  patients: [a.participant("e1", "Dara Sok", in: 1), a.participant("e2", "Mina Roth", in: 1)],
                  partOf: ["v1"], provenance: a.provenance("arrested", in: 1)),
            Event(id: "v3", type: .seizure, trigger: "seized", agents: [a.participant(nil, "Officers", in: 2)],
                  patients: [a.participant(nil, "40 kilograms of cocaine", in: 2)], partOf: ["v1"], provenance: a.provenance("seized", in: 2)),
            Event(id: "v4", type: .statement, trigger: "said", agents: [a.participant("e6", "Lina Vey", in: 3)],
                  content: "the suspects would be charged with trafficking", provenance: a.provenance("said", in: 3)),
            Event(id: "v5", type: .statement, trigger: "said", agents: [a.participant("e7", "Bram Tal", in: 4)],
                  content: "We will not tolerate smuggling in our port", provenance: a.provenance("said", in: 4)),
            Event(id: "v6", type: .charge, trigger: "charged", patients: [a.participant("e1", "Dara Sok", in: 5)],
                  time: "Wednesday", provenance: a.provenance("charged", in: 5)),
            Event(id: "v7", type: .statement, trigger: "said", agents: [a.participant("e8", "Theo Marsh", in: 6)],
                  content: "the arrests were politically motivated", provenance: a.provenance("said", in: 6)),
        ]
        let relations = [
            Relation(subjectID: "e4", predicate: .locatedIn, objectID: "e10", provenance: a.provenance("Port Velo", in: 7)),
            Relation(subjectID: "e2", predicate: .memberOf, objectID: "e11", provenance: a.provenance("belongs", in: 8)),
        ]
        return Extraction(document: a.document, entities: entities, roles: roles, events: events, relations: relations)
    }

    static func townArticle() -> Extraction {
        var a = ArticleBuilder(path: "articles/kessa-release.txt")
        a.add("Police detained Renée Okafor in Kessa on Friday.")                               // 0
        a.add("The Kessa National Police said she would be released on bail.")                 // 1
        a.add("Okafor was freed on Saturday.")                                                 // 2
        a.add("Okafor is a member of the Dock Workers Union.")                                 // 3
        a.add("Her lawyer, Nora Sok, welcomed the decision.")                                  // 4
        let entities = [
            Entity(id: "e1", name: "Renée Okafor", type: .person, aliases: ["Okafor"], mentions: [a.mention("Renée Okafor", in: 0), a.mention("Okafor", in: 2)]),
            Entity(id: "e2", name: "Kessa", type: .place, mentions: [a.mention("Kessa", in: 0)]),
            Entity(id: "e3", name: "Kessa National Police", type: .organization, mentions: [a.mention("Kessa National Police", in: 1)]),
            Entity(id: "e4", name: "Dock Workers Union", type: .organization, mentions: [a.mention("Dock Workers Union", in: 3)]),
            Entity(id: "e5", name: "Nora Sok", type: .person, aliases: ["Sok"], mentions: [a.mention("Nora Sok", in: 4)]),
        ]
        let roles = [RoleAssertion(personID: "e5", title: "lawyer", provenance: a.provenance("lawyer", in: 4))]
        let events = [
            Event(id: "v1", type: .arrest, trigger: "detained", agents: [a.participant(nil, "Police", in: 0)],
                  patients: [a.participant("e1", "Renée Okafor", in: 0)], places: [a.participant("e2", "Kessa", in: 0)],
                  time: "Friday", provenance: a.provenance("detained", in: 0)),
            Event(id: "v2", type: .statement, trigger: "said", agents: [a.participant("e3", "Kessa National Police", in: 1)],
                  content: "she would be released on bail", provenance: a.provenance("said", in: 1)),
            Event(id: "v3", type: .release, trigger: "freed", patients: [a.participant("e1", "Okafor", in: 2)],
                  time: "Saturday", provenance: a.provenance("freed", in: 2)),
        ]
        let relations = [Relation(subjectID: "e1", predicate: .memberOf, objectID: "e4", provenance: a.provenance("member", in: 3))]
        return Extraction(document: a.document, entities: entities, roles: roles, events: events, relations: relations)
    }

    /// Both articles as one graph.
    static let graph: KGraph = harbourArticle().graph().merged(with: townArticle().graph())

    /// An engine over both articles.
    static var engine: QueryEngine { QueryEngine(reader: InMemoryGraph(graph)) }
}

/// A reader that counts the calls that read more than one entity's neighbourhood.
final class CountingReader: GraphReader, @unchecked Sendable {
    let base: InMemoryGraph
    var kindScans: [String] = []
    var nameIndexReads = 0
    /// Every call, of any method.
    var calls = 0

    init(_ graph: KGraph) { base = InMemoryGraph(graph) }

    func nodes(withNameKey key: String) -> [Node] { calls += 1; return base.nodes(withNameKey: key) }
    func nameIndex(kinds: Set<NodeKind>) -> [String: [String]] { calls += 1; nameIndexReads += 1; return base.nameIndex(kinds: kinds) }
    func node(id: String) -> Node? { calls += 1; return base.node(id: id) }
    func edges(from id: String) -> [Edge] { calls += 1; return base.edges(from: id) }
    func edges(to id: String) -> [Edge] { calls += 1; return base.edges(to: id) }
    func nodes(kind: NodeKind, eventType: EventType?) -> [Node] {
        calls += 1
        kindScans.append("\(kind.rawValue)/\(eventType?.rawValue ?? "-")")
        return base.nodes(kind: kind, eventType: eventType)
    }
    func document(sha256: String) -> Document? { calls += 1; return base.document(sha256: sha256) }
    func sentence(documentSHA256: String, index: Int) -> String? { calls += 1; return base.sentence(documentSHA256: documentSHA256, index: index) }

    /// Counts of the bounded look-ups (a store answers them from its indexes; here the base
    /// graph's default implementations answer, uncounted as scans).
    var nodeCounts = 0, pageReads = 0, wordLookUps = 0
    /// Counts to report instead of the graph's ("event/statement": 5000), to take the paths of a
    /// large knowledge base on a small graph.
    var reportedCounts: [String: Int] = [:]
    func nodeCount(kind: NodeKind, eventType: EventType?) throws -> Int {
        calls += 1
        nodeCounts += 1
        if let count = reportedCounts["\(kind.rawValue)/\(eventType?.rawValue ?? "-")"] { return count }
        return try base.nodeCount(kind: kind, eventType: eventType)
    }
    func nodes(kind: NodeKind, eventType: EventType?, offset: Int, limit: Int) throws -> [Node] {
        calls += 1
        pageReads += 1
        return try base.nodes(kind: kind, eventType: eventType, offset: offset, limit: limit)
    }
    func sentenceWords(withPrefix prefix: String) throws -> [String] { calls += 1; wordLookUps += 1; return try base.sentenceWords(withPrefix: prefix) }
    func sentences(holdingAnyOf words: Set<String>, limit: Int) throws -> [Provenance] {
        calls += 1
        wordLookUps += 1
        return try base.sentences(holdingAnyOf: words, limit: limit)
    }
    func events(statedIn sentences: [Provenance]) throws -> [Node] { calls += 1; wordLookUps += 1; return try base.events(statedIn: sentences) }
    /// Batches count as one call each, as a store answers each with a few queries.
    func nodes(ids: [String]) throws -> [Node] { calls += 1; return try base.nodes(ids: ids) }
    func edges(fromEach ids: [String]) throws -> [String: [Edge]] { calls += 1; return try base.edges(fromEach: ids) }
    func edges(toEach ids: [String]) throws -> [String: [Edge]] { calls += 1; return try base.edges(toEach: ids) }
    func nodes(withNameKeys keys: Set<String>, kinds: Set<NodeKind>) throws -> [String: [Node]] {
        calls += 1
        return try base.nodes(withNameKeys: keys, kinds: kinds)
    }
}

/// Many small generated articles, each a raid by "police" with an arrest in it, the town's police
/// force named by its spokesperson, and a statement: for counting look-ups, not timing them.
enum SyntheticGraph {
    static func make(articles: Int) -> KGraph {
        var graph = KGraph()
        for k in 0..<articles {
            var a = ArticleBuilder(path: "synthetic/\(k).txt")
            a.add("Police raided a house in Town\(k) on Monday.")
            a.add("Suspect\(k) Lastname\(k) was arrested in the raid.")
            a.add("Speaker\(k) Lastname\(k), spokesperson for the Town\(k) Police, said the raid was planned.")
            let e = Extraction(
                document: a.document,
                entities: [
                    Entity(id: "e1", name: "Suspect\(k) Lastname\(k)", type: .person, mentions: [a.mention("Suspect\(k) Lastname\(k)", in: 1)]),
                    Entity(id: "e2", name: "Town\(k)", type: .place, mentions: [a.mention("Town\(k)", in: 0)]),
                    Entity(id: "e3", name: "Town\(k) Police", type: .organization, mentions: [a.mention("Town\(k) Police", in: 2)]),
                    Entity(id: "e4", name: "Speaker\(k) Lastname\(k)", type: .person, mentions: [a.mention("Speaker\(k) Lastname\(k)", in: 2)]),
                ],
                roles: [RoleAssertion(personID: "e4", title: "spokesperson", organizationID: "e3", provenance: a.provenance("spokesperson", in: 2))],
                events: [
                    Event(id: "v1", type: .raid, trigger: "raided", agents: [a.participant(nil, "Police", in: 0)],
                          patients: [a.participant(nil, "a house", in: 0)], places: [a.participant("e2", "Town\(k)", in: 0)],
                          time: "Monday", provenance: a.provenance("raided", in: 0)),
                    Event(id: "v2", type: .arrest, trigger: "arrested", patients: [a.participant("e1", "Suspect\(k) Lastname\(k)", in: 1)],
                          partOf: ["v1"], provenance: a.provenance("arrested", in: 1)),
                    Event(id: "v3", type: .statement, trigger: "said", agents: [a.participant("e4", "Speaker\(k) Lastname\(k)", in: 2)],
                          content: "the raid was planned", provenance: a.provenance("said", in: 2)),
                ])
            let g = e.graph()
            graph.documents += g.documents
            graph.nodes += g.nodes
            graph.edges += g.edges
        }
        return graph
    }
}

extension QueryResult {
    /// The answer texts.
    var texts: [String] { answers.map(\.text) }
}

extension Question {
    /// The question as an event question of the strict reader, for comparing readings of either
    /// reader: the clause reader's `.read` becomes `.event`, and the word that named the event
    /// (which differs between readers: "took" or "arrested") is left out.
    var comparable: Question {
        switch self {
        case .read(let r):
            return .event(types: [r.type], constraints: r.constraints.map(\.bare), wanted: r.wanted, head: r.head, typeWord: "")
        case let .event(types, constraints, wanted, head, _):
            return .event(types: types, constraints: constraints.map(\.bare), wanted: wanted, head: head, typeWord: "")
        default:
            return self
        }
    }
}

extension ParticipantConstraint {
    /// The constraint with a leading "the" left out: readers differ on whether it is part of a name.
    var bare: ParticipantConstraint {
        var c = self
        if c.phrase.lowercased().hasPrefix("the ") { c.phrase = String(c.phrase.dropFirst(4)) }
        return c
    }
}
