import Foundation
import GRDB
import KGraphModel
import Testing
@testable import KGraphStore

/// `forget` and `articles`: an article and what only it supported go; what others state stays.
@Suite struct ForgetTests {
    @Test func articlesListsPathsTitlesDatesAndCounts() throws {
        let kb = try KnowledgeBase.inMemory()
        var trial = Sample.trial()
        trial.document.date = "2021-04"
        _ = try kb.ingest([Sample.portVelo(), trial])
        let articles = try kb.articles()
        #expect(articles.map(\.path) == ["news/port-velo.txt", "news/trial.txt"])
        #expect(articles.map(\.date) == [nil, "2021-04"])
        #expect(articles.map(\.entities) == [5, 3])
        #expect(articles.map(\.events) == [3, 2])
        #expect(articles[1].title == "Dara Sok appeared before the Velo Provincial Court on Friday")
    }

    @Test func forgetRemovesWhatOnlyItSupportedAndKeepsWhatOthersState() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo()])
        let alone = try SearchIndexTests.indexRows(kb)
        let nodesAlone = try kb.graph().nodes.map(\.id).sorted(), edgesAlone = try kb.graph().edges.map(\.key).sorted()
        _ = try kb.ingest([Sample.trial()])
        let outcome = try #require(try kb.forget(path: "news/trial.txt"))
        #expect(outcome.nodes > 0 && outcome.edges > 0)
        #expect(try kb.graph().nodes.map(\.id).sorted() == nodesAlone)
        #expect(try kb.graph().edges.map(\.key).sorted() == edgesAlone)
        #expect(try SearchIndexTests.indexRows(kb) == alone)
        // Dara Sok stays, stated by the first article alone.
        #expect(try kb.node(id: "person:dara sok")?.documentSHA256s == [Sample.portVelo().document.sha256])
        #expect(try kb.node(id: "person:lin oudom") == nil)
        #expect(try kb.forget(path: "news/trial.txt") == nil)
    }

    @Test func aFailingForgetLeavesTheStoreAsItWas() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
        let before = try SearchIndexTests.indexRows(kb)
        struct Stop: Error {}
        #expect(throws: StoreError.self) { _ = try kb.forget(path: "news/trial.txt", beforeCommit: { throw Stop() }) }
        #expect(try kb.articles().count == 2)
        #expect(try SearchIndexTests.indexRows(kb) == before)
    }

    @Test func aNodeKeptOnlyByACorrectionsNameGoesWithItsArticle() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
        let lin = try #require(try kb.node(id: "person:lin oudom"))
        _ = try kb.correct(Correction(action: .alias, kind: .person, subjectKey: lin.id, subjectName: lin.name, object: "Prosecutor Lin"))
        _ = try kb.forget(path: "news/trial.txt")
        #expect(try kb.node(id: lin.id) == nil)
        #expect(try kb.nodes(withNameKey: "prosecutor lin").isEmpty)
        #expect(try kb.corrections().count == 1)  // kept: it applies again if the article comes back
        _ = try kb.ingest([Sample.trial()])
        #expect(try kb.nodes(withNameKey: "prosecutor lin").map(\.id) == [lin.id])
    }
}
