import Foundation
import KGraphModel
import Testing
@testable import KGraphStore

/// Each ``GraphReader`` method of the store answers as ``InMemoryGraph`` does over the same
/// articles' merged graph.
@Suite struct GraphReaderTests {
    let base: KnowledgeBase
    let reference: InMemoryGraph
    let extractions = [Sample.portVelo(), Sample.trial()]

    init() throws {
        base = try KnowledgeBase.inMemory()
        _ = try base.ingest(extractions)
        reference = InMemoryGraph(extractions[0].graph().merged(with: extractions[1].graph()))
    }

    private func sorted(_ nodes: [Node]) -> [Node] { KGraph(nodes: nodes).normalized.nodes }
    private func sorted(_ edges: [Edge]) -> [Edge] { KGraph(edges: edges).normalized.edges }

    @Test(arguments: ["dara sok", "sok", "velo police", "said", "spokesperson", "on monday", "nobody"])
    func nodesWithNameKey(key: String) throws {
        #expect(sorted(try base.nodes(withNameKey: key)) == sorted(reference.nodes(withNameKey: key)))
    }

    @Test func nodesWithNameKeyFindsAliases() throws {
        #expect(try base.nodes(withNameKey: "sok").map(\.id) == ["person:dara sok"])
    }

    @Test(arguments: [Set<NodeKind>([.person]), [.person, .organization, .place], [.event], Set(NodeKind.allCases), []])
    func nameIndex(kinds: Set<NodeKind>) throws {
        let stored = try base.nameIndex(kinds: kinds).mapValues { $0.sorted() }
        let expected = reference.nameIndex(kinds: kinds).mapValues { $0.sorted() }
        #expect(stored == expected)
    }

    @Test func nodeByID() throws {
        for node in reference.graph.nodes {
            #expect(try base.node(id: node.id).map { sorted([$0]) } == sorted([node]))
        }
        #expect(try base.node(id: "person:nobody") == nil)
    }

    @Test func edgesFromAndTo() throws {
        for node in reference.graph.nodes {
            #expect(sorted(try base.edges(from: node.id)) == sorted(reference.edges(from: node.id)), "from \(node.id)")
            #expect(sorted(try base.edges(to: node.id)) == sorted(reference.edges(to: node.id)), "to \(node.id)")
        }
        #expect(try base.edges(from: "person:nobody").isEmpty)
    }

    @Test func nodesOfKind() throws {
        for kind in NodeKind.allCases {
            #expect(sorted(try base.nodes(kind: kind, eventType: nil)) == sorted(reference.nodes(kind: kind, eventType: nil)))
        }
        for type in EventType.allCases {
            #expect(sorted(try base.nodes(kind: .event, eventType: type)) == sorted(reference.nodes(kind: .event, eventType: type)))
        }
        // Storage order: the first article's arrest before the second article's trial.
        #expect(try base.nodes(kind: .event, eventType: nil).map(\.name) == ["arrested", "charged", "said", "appeared before", "said"])
    }

    @Test func documentBySHA() throws {
        let original = extractions[1].document
        var stored = try #require(try base.document(sha256: original.sha256))
        #expect(stored.ingestedAt != nil)
        stored.ingestedAt = nil
        #expect(stored == original)
        #expect(try base.document(sha256: "0000") == nil)
    }

    @Test func sentenceText() throws {
        let sha = extractions[0].document.sha256
        for index in 0..<3 {
            #expect(try base.sentence(documentSHA256: sha, index: index) == reference.sentence(documentSHA256: sha, index: index))
        }
        #expect(try base.sentence(documentSHA256: sha, index: 1) == "Sok was charged by the Velo Provincial Court.")
        #expect(try base.sentence(documentSHA256: sha, index: 3) == nil)
        #expect(try base.sentence(documentSHA256: "0000", index: 0) == nil)
    }

    @Test func sentenceTextCountsUTF8Bytes() throws {
        let base = try KnowledgeBase.inMemory()
        let extraction = Sample.mention(path: "u.txt", sentence: "Srey Pích fled to Köln. Đức Anh stayed 🙂 in Kep.", name: "Đức Anh", type: .person)
        _ = try base.ingest([extraction])
        #expect(try base.sentence(documentSHA256: extraction.document.sha256, index: 1) == "Đức Anh stayed 🙂 in Kep.")
        #expect(try base.nodes(withNameKey: NameKey.normalize("ĐỨC ANH")).map(\.name) == ["Đức Anh"])
    }
}
