import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

/// The engine reads only what a question needs: named questions never read every node.
@Suite struct LookupTests {
    @Test(arguments: ["who arrested Dara Sok", "who is Lina Vey", "who works for Clearwater", "what did Bram Tal say",
                      "where was Dara Sok arrested", "who leads the Harbour Police", "tell me about Dara Sok",
                      "how is Dara Sok connected to Renée Okafor", "who detained Renée Okafor"])
    func namedQuestionsUseIndexesOnly(_ question: String) throws {
        let reader = CountingReader(Fixtures.graph)
        let r = try QueryEngine(reader: reader).answer(question)
        #expect(!r.answers.isEmpty)
        #expect(reader.kindScans.isEmpty)
        #expect(reader.nameIndexReads == 0)
    }

    @Test func whoWasArrestedReadsArrestsOnly() throws {
        let reader = CountingReader(Fixtures.graph)
        _ = try QueryEngine(reader: reader).answer("who was arrested")
        #expect(reader.kindScans == ["event/arrest"])
        #expect(reader.nameIndexReads == 0)
    }

    @Test func typosReadTheNameIndexOnce() throws {
        let reader = CountingReader(Fixtures.graph)
        _ = try QueryEngine(reader: reader).answer("who is Lina Vay")
        #expect(reader.nameIndexReads == 1)
        #expect(reader.kindScans.isEmpty)
    }

    /// The look-ups a named question makes do not grow with the knowledge base.
    @Test func lookUpsDoNotGrowWithTheKnowledgeBase() throws {
        var counts = [Int]()
        for size in [10, 1000] {
            let reader = CountingReader(SyntheticGraph.make(articles: size))
            let r = try QueryEngine(reader: reader).answer("who arrested Suspect7 Lastname7")
            #expect(r.texts == ["Police (Town7 Police)"])
            #expect(reader.kindScans.isEmpty && reader.nameIndexReads == 0)
            counts.append(reader.calls)
        }
        #expect(counts[0] == counts[1])
        #expect(counts[1] < 60, "\(counts)")
    }

    /// A question with no named participant stops reading once it has enough answers.
    @Test func largeScansStopAtTheAnswerLimit() throws {
        let reader = CountingReader(SyntheticGraph.make(articles: 1000))
        let r = try QueryEngine(reader: reader).answer("who was arrested")
        #expect(r.answers.count == GraphWalk.answerLimit)
        #expect(r.notes.contains { $0.contains("there are more") })
        #expect(reader.calls < 10 * GraphWalk.answerLimit, "\(reader.calls)")
    }
}
