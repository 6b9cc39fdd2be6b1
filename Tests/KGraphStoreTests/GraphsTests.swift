import Foundation
import KGraphModel
import Testing
@testable import KGraphStore

@Suite struct GraphsTests {
    @Test func wholeStoreGraphIsTheMergedArticleGraphs() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])
        let expected = Sample.portVelo().graph().merged(with: Sample.trial().graph())
        let stored = try base.graph()
        #expect(stored.normalized == expected.normalized)
        #expect(stored.documents.allSatisfy { !$0.text.isEmpty && $0.ingestedAt != nil })
    }

    @Test func oneArticleGraphHasOnlyThatArticlesProvenance() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])
        let graph = try #require(try base.graph(documentPath: "news/trial.txt"))
        #expect(graph.normalized == Sample.trial().graph().normalized)
        #expect(graph.documents.map(\.path) == ["news/trial.txt"])
        #expect(try base.graph(documentPath: "missing.txt") == nil)
    }

    @Test func neighbourhoodByDepth() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])
        let alone = try base.neighbourhood(of: "person:lin oudom", depth: 0)
        #expect(alone.nodes.map(\.id) == ["person:lin oudom"])
        #expect(alone.edges.isEmpty)
        #expect(alone.documents.map(\.path) == ["news/trial.txt"])

        let one = try base.neighbourhood(of: "person:lin oudom", depth: 1)
        let statement = NodeID.event(documentSHA256: Sample.trial().document.sha256, eventID: "v2")
        let prosecutor = NodeID.role(personID: "person:lin oudom", title: "prosecutor", organizationID: nil)
        #expect(Set(one.nodes.map(\.id)) == ["person:lin oudom", statement, prosecutor])
        #expect(Set(one.edges.map(\.kind)) == [.agent, .said, .holdsRole])
        #expect(one.nodes.first?.id == "person:lin oudom")

        // Two hops from the court reach both articles' events and the people in them.
        let two = try base.neighbourhood(of: "organization:velo provincial court", depth: 2)
        let ids = Set(two.nodes.map(\.id))
        #expect(ids.isSuperset(of: ["person:dara sok", "organization:velo provincial court"]))
        #expect(!ids.contains("person:lin oudom"))
        #expect(Set(two.documents.map(\.path)) == ["news/port-velo.txt", "news/trial.txt"])
        // Every edge joins two nodes of the neighbourhood, and every such stored edge is there.
        let all = try base.graph()
        let induced = all.edges.filter { ids.contains($0.source) && ids.contains($0.target) }
        #expect(Set(two.edges.map(\.key)) == Set(induced.map(\.key)))
    }

    @Test func neighbourhoodOfUnknownNodeThrows() throws {
        let base = try KnowledgeBase.inMemory()
        #expect(throws: StoreError.unknownNode(path: ":memory:", id: "person:nobody")) {
            _ = try base.neighbourhood(of: "person:nobody", depth: 1)
        }
    }

    @Test func entitiesByTypeSortedByName() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])
        #expect(try base.entities(type: .person).map(\.name) == ["Dara Sok", "Lin Oudom", "Mira Chan"])
        #expect(try base.entities(type: .place).map(\.name) == ["Port Velo"])
        #expect(try base.entities(type: nil).map(\.kind) == [.person, .person, .person, .organization, .organization, .place])
    }

    @Test func documentsListWithoutAndWithText() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])
        let listed = try base.documents()
        #expect(listed.map(\.path) == ["news/port-velo.txt", "news/trial.txt"])
        #expect(listed.allSatisfy { $0.text.isEmpty && $0.ingestedAt != nil && !$0.sentences.isEmpty })
        #expect(listed.map(\.title) == ["Velo Provincial Police arrested Dara Sok in Port Velo on Monday", "Dara Sok appeared before the Velo Provincial Court on Friday"])
        #expect(try base.documents(includingText: true).map(\.text) == [Sample.portVelo().document.text, Sample.trial().document.text])
    }

    @Test func statsEncodeAsJSON() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo()])
        let stats = try base.stats()
        let data = try JSONEncoder().encode(stats)
        #expect(try JSONDecoder().decode(StoreStats.self, from: data) == stats)
        #expect(stats.nodes["role"] == 1)
        #expect(stats.nodes["time"] == 1)
    }
}
