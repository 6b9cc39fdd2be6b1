import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of the trigger stage: which words tell an event (``TriggerFinder``).
@Suite("TriggerFinder")
struct TriggerFinderTests {
    @Test("no event from 'without charge', 'no arrests', or a mention with nothing attached")
    func negatedAndEmptyMentions() {
        let text = "Lina Ortega was released without charge on Monday. No arrests were made. The group called for the release of all those detained."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.map(\.type) == [.release])
        #expect(e.events.first?.id == "v1")
    }

    @Test("a search of premises is a raid, and a verb joined to it shares its subject; searching for someone is not")
    func searchIsARaid() {
        let text = "Investigators searched the offices of Marnak Trading and seized documents. Police searched for the driver."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let raids = e.events.filter { $0.type == .raid }
        #expect(raids.count == 1)
        #expect(raids.first.map { e.names($0.agents) } == ["Investigators"])
        let seizure = e.events.first { $0.type == .seizure }
        #expect(seizure.map { e.names($0.agents) } == ["Investigators"])
        #expect(seizure.map { e.names($0.patients) } == ["documents"])
    }

    @Test("a find of drugs is a seizure; 'found guilty' and 'found that' are not")
    func findingContraband() {
        let text = "Customs officers at the port of Tiraz found 1.2 tonnes of cocaine hidden in bananas on Sunday. The court found Dara Sok guilty. The judge found that the police had lied."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let seizures = e.events.filter { $0.type == .seizure }
        #expect(seizures.count == 1)
        #expect(seizures.first.map { e.names($0.patients) } == ["1.2 tonnes of cocaine"])
        #expect(seizures.first.map { e.names($0.agents) } == ["Customs officers"])
    }
}
