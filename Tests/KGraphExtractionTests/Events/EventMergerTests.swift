import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of the same event told twice (``EventMerger``).
@Suite("EventMerger")
struct EventMergerTests {
    @Test("'charged two officials … The officials, X and Y, are accused': one charge told twice, named and with its agent")
    func laterChargeTakesTheAgent() {
        let text = """
        Prosecutors in Tiraz on Monday charged two ministry officials with fraud.

        The officials, deputy minister Dara Sok and procurement head Lina Ortega, are accused of taking bribes.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let charges = e.events.filter { $0.type == .charge }
        #expect(charges.count == 1)
        #expect(charges.first.map { Set(e.names($0.patients)) } == ["Dara Sok", "Lina Ortega"])
        #expect(charges.allSatisfy { e.names($0.agents) == ["Prosecutors"] })
    }
}
