import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of time expressions (``TimeFinder``).
@Suite("TimeFinder")
struct TimeFinderTests {
    @Test("time expressions", arguments: [
        ("It happened on March 1, 2006, at night.", "March 1, 2006"),
        ("They met several days ago.", "several days ago"),
        ("He was held in August 2015.", "August 2015"),
        ("It ended earlier this week.", "earlier this week"),
        ("Some fled a few months earlier.", "a few months earlier"),
        ("He left on Wednesday evening.", "Wednesday evening"),
    ])
    func times(_ text: String, _ expected: String) {
        let a = Analysis(text: text, lexicon: testLexicon)
        let found = TimeFinder(lexicon: testLexicon).find(in: a.sentences[0], analysis: a).map(\.text)
        #expect(found == [expected])
    }
}
