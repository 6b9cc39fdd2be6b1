import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of the argument stage: who did what to whom, where and when, read from the
/// clause layer by ``ArgumentFinder`` and ``Circumstances``.
@Suite("ArgumentFinder")
struct ArgumentFinderTests {
    @Test("active, passive, reduced relative and coordinated verbs", arguments: [
        ("Velorian police arrested Dara Sok in Port Velo on Monday.",
         ["arrest agent=[Velorian police] patient=[Dara Sok] place=[Port Velo] time=Monday"]),
        ("Dara Sok was arrested by the Velorian Bureau of Narcotics in Tiraz last week.",
         ["arrest agent=[Velorian Bureau of Narcotics] patient=[Dara Sok] place=[Tiraz] time=last week"]),
        ("Officers arrested 40 people in 2021, up from 30 people arrested in 2020.",
         ["arrest agent=[Officers] patient=[40 people] time=2021", "arrest agent=[] patient=[30 people] time=2020"]),
        ("Customs officers arrested two men and seized 3 kilograms of heroin.",
         ["arrest agent=[Customs officers] patient=[two men]", "seizure agent=[Customs officers] patient=[3 kilograms of heroin]"]),
        ("Lina Ortega, 41, was detained Tuesday and charged with fraud.",
         ["arrest agent=[] patient=[Lina Ortega] time=Tuesday", "charge agent=[] patient=[Lina Ortega] time=Tuesday"]),
        ("Police working with the Velorian Bureau of Narcotics arrested Keo Danh.",
         ["arrest agent=[Police] patient=[Keo Danh]"]),
        ("The Marnak Provincial Court on Tuesday sentenced two men.",
         ["sentence agent=[Marnak Provincial Court] patient=[two men] time=Tuesday"]),
        ("Police in Tiraz arrested at least five farmers.",
         ["arrest agent=[Police] patient=[at least five farmers] place=[Tiraz]"]),
        ("Leaders of the banned Velorian Unity Front in Tiraz have been charged.",
         ["charge agent=[] patient=[Leaders of the banned Velorian Unity Front]"]),
        ("Officials said they will release the men.", ["statement agent=[Officials] patient=[]"]),
        ("His two associates, Keo Danh and Lina Ortega, were each sentenced to five years.",
         ["sentence agent=[] patient=[Keo Danh, Lina Ortega]"]),
    ])
    func verbs(_ text: String, _ expected: [String]) {
        #expect(eventLines(text) == expected)
    }

    @Test("a plain object named in apposition: the named people are the patients")
    func objectNamedInApposition() {
        let e = Extractor(lexicon: testLexicon).extract(text: "Police arrested two men, Keo Danh and Dara Sok, in Tiraz.", path: "t.txt")
        #expect(e.events.count == 1)
        #expect(Set(e.events.first?.patients.map(\.text) ?? []) == ["Keo Danh", "Dara Sok"])
        #expect(e.events.first?.agents.map(\.text) == ["Police"])
    }

    @Test("a noun modifier in -ing stays inside the phrase")
    func nominalIng() {
        let e = Extractor(lexicon: testLexicon).extract(text: "A judge sentenced three members of a human smuggling network on Friday.", path: "t.txt")
        #expect(e.events.first { $0.type == .sentence }.map { e.names($0.patients) } == ["three members of a human smuggling network"])
    }

    @Test("taken into custody at a place in apposition, by officers of a named organisation")
    func custodyWithPlaceAndAgent() {
        let text = "Dara Sok was taken into custody at his home in the capital, Velmont Nova, by officers of the Marnak Narcotics Bureau, a spokesman said."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let arrest = e.events.first { $0.type == .arrest }
        #expect(arrest.map { e.names($0.patients) } == ["Dara Sok"])
        #expect(arrest.map { e.names($0.agents) } == ["Marnak Narcotics Bureau"])
        // the place named by what it is, and the place named in apposition to "the capital"
        #expect(arrest.map { e.names($0.places) } == ["his home", "Velmont Nova"])
    }

    @Test("a list of things seized; 'they' after an event is its actors; agents with a named organisation")
    func seizedListAndActors() {
        let text = "Agents with the Velorian Narcotics Bureau (VNB) arrested Dara Sok after a search of a warehouse, where they seized 2 kilograms of heroin, three rifles and $40,000 in cash, officials said."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let seizure = e.events.first { $0.type == .seizure }
        #expect(seizure.map { e.names($0.patients) } == ["2 kilograms of heroin", "three rifles", "$40,000 in cash"])
        #expect(seizure.map { e.names($0.agents) } == ["Velorian Narcotics Bureau"])
        #expect(e.events.first { $0.type == .arrest }.map { e.names($0.agents) } == ["Velorian Narcotics Bureau"])
    }

    @Test("raided premises belong to whoever is named with them")
    func raidedPremises() {
        let text = "Investigators searched the offices of Marnak Trading on Monday. Police raided Dara Sok's home. Police raided a warehouse in Tiraz."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let raids = e.events.filter { $0.type == .raid }
        #expect(raids.map { e.names($0.patients) } == [["Marnak Trading"], ["Dara Sok"], ["a warehouse"]])
    }

    @Test("'X, a lawyer in Y, and an accomplice were arrested': both are patients")
    func namedAndDescribedPatients() {
        let e = Extractor(lexicon: testLexicon).extract(text: "Dara Sok, a lawyer in Tiraz, and an accomplice were arrested on June 25.", path: "t.txt")
        #expect(e.events.first { $0.type == .arrest }.map { e.names($0.patients) } == ["Dara Sok", "an accomplice"])
    }

    @Test("'The navy intercepted a boat and detained its crew': the clause's subject acts")
    func coordinatedAfterAPlainVerb() {
        let e = Extractor(lexicon: testLexicon).extract(text: "The navy intercepted a fishing boat off the coast on Thursday and detained its four crew members.", path: "t.txt")
        let arrest = e.events.first { $0.type == .arrest }
        #expect(arrest.map { e.names($0.agents) } == ["The navy"])
        #expect(arrest.map { e.names($0.patients) } == ["its four crew members"])
    }

    @Test("intercepting a boat carrying drugs seizes the drugs; 'off the coast' ends the phrase")
    func interceptedCargo() {
        let e = Extractor(lexicon: testLexicon).extract(text: "The navy intercepted a fishing boat carrying nearly two tons of cocaine off the coast on Thursday.", path: "t.txt")
        #expect(e.events.first { $0.type == .seizure }.map { e.names($0.patients) } == ["a fishing boat", "nearly two tons of cocaine"])
    }

    @Test("a gerund after 'after' or 'before' is an event of the clause's actor")
    func gerunds() {
        let e = Extractor(lexicon: testLexicon).extract(text: "Border guards arrested three men on Saturday after finding 300 kilograms of heroin in a truck.", path: "t.txt")
        let seizure = e.events.first { $0.type == .seizure }
        #expect(seizure.map { e.names($0.agents) } == ["Border guards"])
        #expect(seizure.map { e.names($0.patients) } == ["300 kilograms of heroin"])
    }

    @Test("'the court ordered the release of X' is a release by the court; a checkpoint named is a place")
    func orderedRelease() {
        let text = "Verdict\n\nAn appeals court on Wednesday ordered the release of opposition leader Dara Sok. Two men were detained at the Zelen checkpoint."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let release = e.events.first { $0.type == .release }
        #expect(release.map { e.names($0.patients) } == ["Dara Sok"])
        #expect(release.map { e.names($0.agents) } == ["An appeals court"])
        #expect(e.entities.first { $0.name == "Zelen" }?.type == .place)
    }

    @Test("a person 'had been held … by' someone was detained; a relative clause does not hide the subject")
    func heldAndRelativeClause() {
        let text = """
        A reporter who was detained while covering a land dispute was released on Tuesday.

        Lina Ortega, a reporter for the Tiraz Voice, had been held since July 2 by military police.

        The meeting was held on Monday.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        // the lead's "A reporter" is the person the next sentence opens with
        #expect(e.events.first { $0.type == .release }.map { e.names($0.patients) } == ["Lina Ortega"])
        // the lead's detention and the later "had been held" tell one arrest (EventMerger)
        let held = e.events.filter { $0.type == .arrest }
        #expect(held.count == 1)
        #expect(held.first.map { e.names($0.patients) } == ["Lina Ortega"])
        #expect(held.first.map { e.names($0.agents) } == ["military police"])
    }
}
