import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of pronouns and descriptions resolved to the people they stand for
/// (``ReferenceResolver``); the first three were the old `DefiniteReference` suite.
@Suite("ReferenceResolver")
struct ReferenceResolverTests {
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
        for event in e.events where event.type != .arrest && event.type != .release {
            #expect(event.patients.allSatisfy { $0.entityID == nil })
        }
        // a plural description stands for the people an earlier event named together
        #expect(e.events.last { $0.type == .release }.map { Set(e.names($0.patients)) } == ["Lina Ortega", "Arvo Tesk"])
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

    @Test("'It said' after an organisation spoke; 'He said' after 'her husband told'; 'said in a statement that'")
    func speakerPronouns() {
        let text = """
        The Velorian Interior Ministry said in a statement that the detainees had attacked officers. It said 12 officers were hurt.

        Among those held was Lina Ortega, her husband told reporters. He said police took her at night.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let st = e.events.filter { $0.type == .statement }
        #expect(st.map { e.names($0.agents) } == [["Velorian Interior Ministry"], ["Velorian Interior Ministry"], ["her husband"], ["her husband"]])
        #expect(st.first?.content == "the detainees had attacked officers")
        #expect(e.events.first { $0.type == .arrest }.map { e.names($0.patients) } == ["Lina Ortega"])
    }

    @Test("a patient pronoun skips the person who has just spoken")
    func patientPronoun() {
        let text = "The suspect, Chen Bao, 45, was held with heroin, according to Lt. Gen. Dara Sok. He was sent to the Tiraz Provincial Court and charged with trafficking."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let charge = e.events.first { $0.type == .charge }
        #expect(charge.map { e.names($0.patients) } == ["Chen Bao"])
    }

    @Test("the arrest of X, his arrest, and a pronoun patient")
    func nominal() {
        let text = "Keo Danh was seen in Tiraz. The arrest of Keo Danh surprised many. Police later charged him with theft."
        #expect(eventLines(text) == [
            "arrest agent=[] patient=[Keo Danh]",
            "charge agent=[Police] patient=[Keo Danh]",
        ])
    }
}
