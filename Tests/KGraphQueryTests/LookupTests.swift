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

    /// A question with no named participant reads a page of events at a time, stops once it has
    /// enough answers, and says the list was cut, with evidence for every answer.
    @Test func largeScansStopAtTheAnswerLimit() throws {
        let reader = CountingReader(SyntheticGraph.make(articles: 1000))
        let r = try QueryEngine(reader: reader).answer("who was arrested")
        #expect(r.answers.count == GraphWalk.answerLimit)
        #expect(r.notes.contains("showing 100 answers, from the first 100 of 1,000 arrest events; name someone to narrow it"), "\(r.notes)")
        #expect(r.answers.allSatisfy { !$0.evidence.isEmpty })
        #expect(reader.kindScans.isEmpty)
        #expect(reader.pageReads == 1 && reader.nodeCounts == 1)
        #expect(reader.calls < 10 * GraphWalk.answerLimit, "\(reader.calls)")
        // The note is in the JSON too.
        let json = String(decoding: try r.jsonData(), as: UTF8.self)
        #expect(json.contains("of 1,000 arrest events; name someone to narrow it"))
        #expect(r.readableText().contains("(showing 100 answers, from the first 100 of 1,000 arrest events; name someone to narrow it)"))
    }

    /// A long list filtered by a head noun reads at most ``GraphWalk/headScanLimit`` events,
    /// and says so.
    @Test func headNounListsStopAtTheScanLimit() throws {
        let reader = CountingReader(SyntheticGraph.make(articles: 1200))
        let r = try GraphWalk(reader: reader).answerEvent(types: [.arrest], constraints: [], wanted: .patient, head: "officials",
                                                          typeWord: "arrested", question: "which officials were arrested")
        #expect(r.notes.contains { $0.hasSuffix("from the first 1,000 of 1,200 arrest events; name someone to narrow it") }, "\(r.notes)")
        #expect(reader.kindScans.isEmpty)
    }

    /// "who said that …" over more than 2,000 statements reads only those of the sentences
    /// holding the most of its words.
    @Test func whoSaidOverManyStatementsReadsSentencesByTheirWords() throws {
        // 300 statements, counted as 5,000: the large knowledge base's way.
        let reader = CountingReader(SyntheticGraph.make(articles: 300))
        reader.reportedCounts["event/statement"] = 5000
        let r = try QueryEngine(reader: reader).answer("who said that the raid was planned")
        #expect(r.texts.count == GraphWalk.answerLimit)
        #expect(r.texts.first == "Speaker0 Lastname0")
        #expect(r.notes.contains("only the statements of the 200 sentences holding the most of its words were read"))
        #expect(reader.kindScans.isEmpty && reader.wordLookUps > 0)
    }

    /// A generic actor stated in every article ("police", a node of each) is matched by its words
    /// as a page of events is read, not resolved to every article's node; the answer says so.
    @Test func phraseOfManyArticlesIsReadInBatches() throws {
        let reader = CountingReader(SyntheticGraph.make(articles: 1000))
        let r = try QueryEngine(reader: reader).answer("who did the police arrest")
        #expect(r.texts.count == GraphWalk.answerLimit)
        #expect(r.texts.allSatisfy { $0.hasPrefix("Suspect") })
        #expect(r.notes.contains { $0.hasPrefix("showing 100 answers, from the first") }, "\(r.notes)")
        #expect(reader.kindScans.isEmpty)
        #expect(reader.calls < 1000, "\(reader.calls)")
    }

    /// A long list that finds nothing in its first events stops looking, and says so.
    @Test func emptyListsStopLooking() throws {
        let reader = CountingReader(SyntheticGraph.make(articles: 2500))
        // Statements state no place.
        let r = try GraphWalk(reader: reader).answerEvent(types: [.statement], constraints: [], wanted: .place, head: nil,
                                                          typeWord: "said", question: "where was it said")
        #expect(r.answers.count == 0)
        #expect(r.notes.contains("showing 0 answers, from the first 2,000 of 2,500 statement events; name someone to narrow it"), "\(r.notes)")
        #expect(r.explanation == "None of the 2000 statement events found has a stated place.")
    }

    /// A list read whole (a small knowledge base) is not cut and says nothing of it.
    @Test func smallListsAreWhole() throws {
        let reader = CountingReader(SyntheticGraph.make(articles: 40))
        let r = try QueryEngine(reader: reader).answer("who was arrested")
        #expect(r.answers.count == 40)
        #expect(!r.notes.contains { $0.contains("narrow it") || $0.contains("there are more") })
        #expect(reader.pageReads == 0 && reader.kindScans == ["event/arrest"])
    }

    /// Counts read as people write them.
    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (19_992, "19,992"), (1_234_567, "1,234,567")])
    func groupedCounts(_ pair: (Int, String)) {
        #expect(GraphWalk.grouped(pair.0) == pair.1)
    }
}
