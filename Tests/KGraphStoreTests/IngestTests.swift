import Foundation
import GRDB
import KGraphModel
import Testing
@testable import KGraphStore

@Suite struct IngestTests {
    @Test func newArticleIsAddedWithCounts() throws {
        let base = try KnowledgeBase.inMemory()
        let outcomes = try base.ingest([Sample.portVelo()])
        #expect(outcomes.count == 1)
        let outcome = try #require(outcomes.first)
        #expect(outcome.status == .added)
        #expect(outcome.entities == 5)
        #expect(outcome.events == 3)
        #expect(outcome.relations == 1)
        #expect(outcome.edges == Sample.portVelo().graph().edges.count)
        #expect(outcome.mergedEntities == 0)
        let stats = try base.stats()
        #expect(stats.documents == 1)
        #expect(stats.entities == ["person": 2, "organization": 2, "place": 1])
        #expect(stats.events == ["arrest": 1, "charge": 1, "statement": 1])
        #expect(stats.relations == 1)
        #expect(stats.edges["member_of"] == 1)
    }

    @Test func storedArticleGraphEqualsTheExtractionGraph() throws {
        let base = try KnowledgeBase.inMemory()
        let extraction = Sample.portVelo()
        _ = try base.ingest([extraction])
        let stored = try #require(try base.graph(documentPath: extraction.document.path))
        #expect(stored.normalized == extraction.graph().normalized)
        #expect(try base.graph().normalized == extraction.graph().normalized)
    }

    @Test func sameArticleAgainIsUnchanged() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo()])
        let before = try base.graph()
        let firstTime = try base.documents().first?.ingestedAt
        let outcomes = try base.ingest([Sample.portVelo()])
        #expect(outcomes.map(\.status) == [.unchanged])
        #expect(try base.graph() == before)
        #expect(try base.documents().first?.ingestedAt == firstTime)
    }

    @Test func changedArticleAtSamePathReplacesItsFacts() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])
        // The trial article is rewritten: Lin Oudom and the prosecutor role disappear, Kiri Bopha appears.
        let a = Article(path: "news/trial.txt", text: "Dara Sok was released by the Velo Provincial Court. Lawyer Kiri Bopha welcomed it.")
        let sok = a.entity("e1", "Dara Sok", .person)
        let court = a.entity("e2", "Velo Provincial Court", .organization)
        let kiri = a.entity("e3", "Kiri Bopha", .person)
        let release = Event(id: "v1", type: .release, trigger: "released", agents: [a.participant(court)], patients: [a.participant(sok)],
                            provenance: a.provenance("released"))
        let outcomes = try base.ingest([Extraction(document: a.document, entities: [sok, court, kiri], events: [release])])
        #expect(outcomes.map(\.status) == [.replaced])
        #expect(try base.node(id: "person:lin oudom") == nil)
        #expect(try base.nodes(kind: .role, eventType: nil).map(\.name) == ["spokesperson"])
        #expect(try base.nodes(kind: .event, eventType: .trial).isEmpty)
        #expect(try base.node(id: "person:kiri bopha") != nil)
        let oldSHA = Sample.trial().document.sha256
        #expect(try base.document(sha256: oldSHA) == nil)
        // Dara Sok stays, cited by the first article and the new text only.
        let sokNode = try #require(try base.node(id: "person:dara sok"))
        #expect(Set(sokNode.documentSHA256s) == [Sample.portVelo().document.sha256, a.sha])
        // No edge or provenance row refers to the old text.
        let leftovers = try base.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM edge WHERE id NOT IN (SELECT edge FROM edge_provenance)) + (SELECT count(*) FROM node WHERE id NOT IN (SELECT node FROM node_name))")
        }
        #expect(leftovers == 0)
        // The first article's graph is untouched.
        #expect(try base.graph(documentPath: "news/port-velo.txt")?.normalized == Sample.portVelo().graph().normalized)
        #expect(try base.stats().documents == 2)
    }

    @Test func replacingTheOnlyArticleLeavesNoOrphans() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo()])
        let replacement = Sample.mention(path: "news/port-velo.txt", sentence: "Tep Rany visited Kep.", name: "Tep Rany", type: .person)
        #expect(try base.ingest([replacement]).map(\.status) == [.replaced])
        let stats = try base.stats()
        #expect(stats.documents == 1)
        #expect(stats.nodes.values.reduce(0, +) == 1)
        #expect(stats.edges.isEmpty)
        #expect(try base.graph().normalized == replacement.graph().normalized)
    }

    @Test func sameContentUnderAnotherPathIsADuplicate() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(path: "a.txt")])
        let outcomes = try base.ingest([Sample.portVelo(path: "copy/a.txt")])
        #expect(outcomes.first?.status == .duplicate)
        #expect(outcomes.first?.storedPath == "a.txt")
        #expect(try base.stats().documents == 1)
    }

    @Test func failurePartWayLeavesTheStoreAsItWas() throws {
        struct Injected: Error {}
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo()])
        let before = try base.graph()
        let changed = Sample.mention(path: "news/port-velo.txt", sentence: "Tep Rany visited Kep.", name: "Tep Rany", type: .person)
        #expect(throws: StoreError.self) {
            _ = try base.ingest([changed, Sample.trial()]) { index in if index == 1 { throw Injected() } }
        }
        #expect(try base.graph() == before)
        #expect(try base.stats().documents == 1)
    }

    @Test func invalidExtractionRollsBackEarlierArticles() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo()])
        let before = try base.graph()
        var bad = Sample.mention(path: "bad.txt", sentence: "Tep Rany visited Kep.", name: "Tep Rany", type: .person)
        bad.events = [Event(id: "v1", type: .other, trigger: "visited",
                            provenance: Provenance(documentSHA256: fakeSHA256("another text"), sentenceIndex: 0, utf8Range: 0..<4))]
        do {
            _ = try base.ingest([Sample.trial(), bad])
            Issue.record("expected an error")
        } catch let error as StoreError {
            guard case .invalidExtraction(let path, let document, _) = error else { Issue.record("\(error)"); return }
            #expect(path == ":memory:")
            #expect(document == "bad.txt")
            #expect(error.description.hasPrefix("cannot store 'bad.txt' in knowledge base ':memory:'"))
        }
        #expect(try base.graph() == before)
    }

    @Test func extractionWithoutHashIsRejected() throws {
        let base = try KnowledgeBase.inMemory()
        var extraction = Sample.trial()
        extraction.document.sha256 = ""
        #expect(throws: StoreError.self) { _ = try base.ingest([extraction]) }
        #expect(try base.stats().documents == 0)
    }

    @Test func repeatedSentenceIndexIsRejected() throws {
        let base = try KnowledgeBase.inMemory()
        var extraction = Sample.portVelo()
        extraction.document.sentences.append(extraction.document.sentences[0])
        #expect(throws: StoreError.self) { _ = try base.ingest([Sample.trial(), extraction]) }
        #expect(try base.stats().documents == 0)
    }

    @Test func removeDocumentDeletesOnlyItsFacts() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])
        #expect(try base.removeDocument(path: "news/port-velo.txt"))
        #expect(try base.removeDocument(path: "news/port-velo.txt") == false)
        #expect(try base.graph().normalized == Sample.trial().graph().normalized)
    }
}
