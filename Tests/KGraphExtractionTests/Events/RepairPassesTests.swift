import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of the repair passes (``RepairPass/passes``).
@Suite("RepairPasses")
struct RepairPassesTests {
    @Test("a raid whose targets were named yields an arrest that is part of it")
    func raidTargets() throws {
        let text = "Dara Sok and a civilian named Lina Ortega were the targets of a police raid on April 6 in Marnak."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(eventLines(text) == [
            "raid agent=[police] patient=[Dara Sok, Lina Ortega] place=[Marnak] time=April 6",
            "arrest agent=[] patient=[Dara Sok, Lina Ortega]",
        ])
        try #require(e.events.count == 2)
        #expect(e.events[1].partOf == [e.events[0].id])
    }

    @Test("'Three men were arrested. Police identified them as X, Y and Z.' names the patients")
    func identifiedAs() {
        let text = "Three men were arrested at the scene. Police identified them as Arvo Tesk, 29, Lina Ortega, 35, and Dara Sok, 41."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.first { $0.type == .arrest }.map { Set(e.names($0.patients)) } == ["Arvo Tesk", "Lina Ortega", "Dara Sok"])
    }

    @Test("'charged two officials … The officials, X and Y, are accused' names the charged; 'was not charged' is no charge")
    func theOfficialsNamedLater() {
        let text = """
        Prosecutors in Tiraz on Monday charged two ministry officials with fraud.

        The officials, deputy minister Dara Sok and procurement head Lina Ortega, are accused of taking bribes.

        The company was not charged.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        // the charge is told twice and merged into one (EventMerger)
        let charges = e.events.filter { $0.type == .charge }
        #expect(charges.count == 1)
        #expect(charges.first.map { Set(e.names($0.patients)) } == ["Dara Sok", "Lina Ortega"])
        #expect(charges.first.map { e.names($0.agents) } == ["Prosecutors"])
    }

    @Test("a lead that describes someone ('a prominent activist') and a next sentence that names her")
    func leadThenName() {
        let text = """
        Verdict

        A court in the capital, Tiraz, sentenced a prominent activist to four years in prison on Tuesday.

        Lina Ortega, 34, was convicted of spreading false information.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let sentence = e.events.first { $0.type == .sentence }
        #expect(sentence.map { e.names($0.patients) } == ["Lina Ortega"])
        #expect(sentence.map { e.names($0.agents) } == ["A court"])
        #expect(sentence.map { e.names($0.places) } == ["Tiraz"])
    }

    @Test("'The indictment names X and Y' names the people a charge described")
    func indictmentNames() {
        let text = """
        TIRAZ — Federal prosecutors have charged five people with stealing electronics.

        The indictment, unsealed on Wednesday, names Dara Sok and Lina Ortega along with three buyers.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let charges = e.events.filter { $0.type == .charge }
        #expect(!charges.isEmpty)
        for c in charges {
            #expect(Set(e.names(c.patients)) == ["Dara Sok", "Lina Ortega"])
            #expect(e.names(c.agents) == ["Federal prosecutors"])
        }
        #expect(e.entities.first { $0.name == "TIRAZ" }?.type == .place)
    }

    @Test("'Three officers were sentenced… The officers, X, Y and Z, demanded…' names the sentenced; 'in May' is a time")
    func theOfficersNamed() {
        let text = """
        Three traffic police officers were sentenced to five years in prison on Friday.

        The officers, Sergeant Dara Sok and constables Lina Ortega and Arvo Tesk, demanded payments from drivers.

        Sok was arrested in May with cash. Police may arrest others.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.first { $0.type == .sentence }.map { Set(e.names($0.patients)) } == ["Dara Sok", "Lina Ortega", "Arvo Tesk"])
        let arrests = e.events.filter { $0.type == .arrest }
        #expect(arrests.map(\.time) == ["May"])
    }

    @Test("a suspect who escaped is the person the next sentence names; 'recaptured' is an arrest")
    func escapeAndRecapture() {
        let text = """
        Escape

        A drug trafficking suspect who escaped from a hospital in Tiraz on Sunday was recaptured hours later at a bus station, police said.

        Dara Sok, 31, had been taken to the hospital from prison after complaining of chest pains.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.first { $0.type == .escape }.map { e.names($0.agents) } == ["Dara Sok"])
        #expect(e.events.contains { $0.type == .arrest && $0.trigger == "recaptured" })
    }
}

extension RepairPass: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Every pass of ``RepairPass/passes`` repairs its own example: each of its `expected` event lines
/// appears in the example's extraction.
@Suite("Repair pass examples")
struct RepairPassExampleTests {
    @Test("every repair pass yields its expected events on its own example", arguments: RepairPass.passes)
    func ownExample(_ pass: RepairPass) throws {
        let run = Run(pass.example, lexicon: try lexicon(for: pass.example))
        let lines = run.eventLines, drafts = run.draftLines
        for line in pass.expected {
            #expect(lines.contains(line), "events: \(drafts)")
        }
    }

    @Test("repair passes have names of their own")
    func uniqueNames() {
        let names = RepairPass.passes.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
