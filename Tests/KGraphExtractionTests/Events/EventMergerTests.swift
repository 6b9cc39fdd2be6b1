import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of the same event told twice (``EventMerger``).
@Suite("EventMerger")
struct EventMergerTests {
    @Test("'The officials, X and Y, are accused': the later charge takes the earlier charge's agent")
    func laterChargeTakesTheAgent() {
        let text = """
        Prosecutors in Tiraz on Monday charged two ministry officials with fraud.

        The officials, deputy minister Dara Sok and procurement head Lina Ortega, are accused of taking bribes.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let charges = e.events.filter { $0.type == .charge }
        #expect(charges.count == 2)
        #expect(charges.allSatisfy { e.names($0.agents) == ["Prosecutors"] })
    }
}
