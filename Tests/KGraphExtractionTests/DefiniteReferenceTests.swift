import KGraphModel
import Testing
@testable import KGraphExtraction

@Suite("DefiniteReference")
struct DefiniteReferenceTests {
    @Test("'the shipping agent' after 'shipping agent X' is X")
    func titleNamesOnePerson() {
        let text = """
        Police arrested shipping agent Arvo Tesk and customs officer Lina Ortega on Monday.

        A court spokesman said the shipping agent was released on bail on Thursday.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.first { $0.type == .release }.map { e.names($0.patients) } == ["Arvo Tesk"])
    }

    @Test("plural, undefined, shared or later titles stay phrases")
    func staysAPhrase() {
        let text = """
        The customs officer was released on Monday. Police arrested customs officer Lina Ortega and customs officer Arvo Tesk.

        The customs officer was charged. The suspects were freed.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        for event in e.events where event.type != .arrest {
            #expect(event.patients.allSatisfy { $0.entityID == nil })
        }
    }

    @Test("'the bureau said' is the one organisation of the article whose name holds 'bureau'")
    func theBureau() {
        let text = """
        Inquiry

        Dara Sok was questioned at the Velorian Integrity Bureau on Monday. The bureau said he was suspected of fraud.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.first { $0.type == .statement }.map { e.names($0.agents) } == ["Velorian Integrity Bureau"])
    }
}
