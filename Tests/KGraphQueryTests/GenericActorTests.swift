import KGraphModel
import Testing
@testable import KGraphQuery

/// "police", "the authorities": generic actors asked about by their words.
@Suite struct GenericActorTests {
    @Test func policeAskedOfficersStatedIsAnAnswer() throws {
        let r = try Fixtures.engine.answer("what did police seize")
        #expect(r.answers.map(\.text).contains("40 kilograms of cocaine"))
    }

    @Test func policeOnALargeGraphIsMatchedByWordsAsEventsAreRead() throws {
        // 600 articles, each a raid by "Police" with an arrest in it: more than the threshold above
        // which a generic actor is not resolved to every article's phrase node.
        let engine = QueryEngine(reader: InMemoryGraph(SyntheticGraph.make(articles: 600)))
        let r = try engine.answer("who did the police arrest")
        #expect(!r.answers.isEmpty)
        #expect(r.answers.allSatisfy { $0.text.hasPrefix("Suspect") })
        #expect(r.interpretation.contains("matching “the police”"))
    }
}
