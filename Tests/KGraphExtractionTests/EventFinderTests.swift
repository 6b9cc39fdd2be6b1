import KGraphModel
import Testing
@testable import KGraphExtraction

@Suite("EventFinder")
struct EventFinderTests {
    /// One line per event: "type agent=[…] patient=[…] place=[…] time=…".
    func events(_ text: String) -> [String] {
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        return e.events.map { v in
            var s = "\(v.type.rawValue) agent=\(e.names(v.agents)) patient=\(e.names(v.patients))"
            if !v.places.isEmpty { s += " place=\(e.names(v.places))" }
            if let t = v.time { s += " time=\(t)" }
            return s
        }
    }

    @Test("active, passive, reduced relative and coordinated verbs", arguments: [
        ("Velorian police arrested Dara Sok in Port Velo on Monday.",
         [#"arrest agent=["Velorian police"] patient=["Dara Sok"] place=["Port Velo"] time=Monday"#]),
        ("Dara Sok was arrested by the Velorian Bureau of Narcotics in Tiraz last week.",
         [#"arrest agent=["Velorian Bureau of Narcotics"] patient=["Dara Sok"] place=["Tiraz"] time=last week"#]),
        ("Officers arrested 40 people in 2021, up from 30 people arrested in 2020.",
         [#"arrest agent=["Officers"] patient=["40 people"] time=2021"#, #"arrest agent=[] patient=["30 people"] time=2020"#]),
        ("Customs officers arrested two men and seized 3 kilograms of heroin.",
         [#"arrest agent=["Customs officers"] patient=["two men"]"#, #"seizure agent=["Customs officers"] patient=["3 kilograms of heroin"]"#]),
        ("Lina Ortega, 41, was detained Tuesday and charged with fraud.",
         [#"arrest agent=[] patient=["Lina Ortega"] time=Tuesday"#, #"charge agent=[] patient=["Lina Ortega"] time=Tuesday"#]),
        ("Police working with the Velorian Bureau of Narcotics arrested Keo Danh.",
         [#"arrest agent=["Police"] patient=["Keo Danh"]"#]),
        ("The Marnak Provincial Court on Tuesday sentenced two men.",
         [#"sentence agent=["Marnak Provincial Court"] patient=["two men"] time=Tuesday"#]),
        ("Police in Tiraz arrested at least five farmers.",
         [#"arrest agent=["Police"] patient=["at least five farmers"] place=["Tiraz"]"#]),
        ("Leaders of the banned Velorian Unity Front in Tiraz have been charged.",
         [#"charge agent=[] patient=["Leaders of the banned Velorian Unity Front"]"#]),
        ("Officials said they will release the men.", [#"statement agent=["Officials"] patient=[]"#]),
        ("His two associates, Keo Danh and Lina Ortega, were each sentenced to five years.",
         [#"sentence agent=[] patient=["Keo Danh", "Lina Ortega"]"#]),
    ])
    func verbs(_ text: String, _ expected: [String]) {
        #expect(events(text) == expected)
    }

    @Test("a plain object named in apposition: the named people are the patients")
    func objectNamedInApposition() {
        let e = Extractor(lexicon: testLexicon).extract(text: "Police arrested two men, Keo Danh and Dara Sok, in Tiraz.", path: "t.txt")
        #expect(e.events.count == 1)
        #expect(Set(e.events.first?.patients.map(\.text) ?? []) == ["Keo Danh", "Dara Sok"])
        #expect(e.events.first?.agents.map(\.text) == ["Police"])
    }

    @Test("a speaker named after the verb wins over a phrase before the comma")
    func invertedSpeaker() {
        let text = "The men were found guilty of fraud, said court spokesman Ouk Dara."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let st = e.events.filter { $0.type == .statement }
        #expect(st.map { e.names($0.agents) } == [["Ouk Dara"]])
        #expect(e.roles.map(\.title) == ["court spokesman"])
    }

    @Test("reported speech after 'said that' keeps the speaker before the verb; passive statements take the by-agents")
    func reportedAndPassive() {
        let text = """
        Dara Sok, deputy chief of the Velorian Bureau of Narcotics, said that Lina Ortega had fled.

        The charges were announced by Interior Minister Keo Danh and Amira Rin, a court spokesperson.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let st = e.events.filter { $0.type == .statement }
        #expect(st.map { e.names($0.agents) } == [["Dara Sok"], ["Keo Danh", "Amira Rin"]])
    }

    @Test("a raid whose targets were named yields an arrest that is part of it")
    func raidTargets() {
        let text = "Dara Sok and a civilian named Lina Ortega were the targets of a police raid on April 6 in Marnak."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(events(text) == [
            #"raid agent=["police"] patient=["Dara Sok", "Lina Ortega"] place=["Marnak"] time=April 6"#,
            #"arrest agent=[] patient=["Dara Sok", "Lina Ortega"]"#,
        ])
        #expect(e.events[1].partOf == [e.events[0].id])
    }

    @Test("statements: speaker before or after, quotes, pronouns, according to")
    func statements() {
        let text = """
        Dara Sok, a police spokesman, said that two suspects had fled.

        “We will find them,” he said. “They cannot hide.”

        “The case is closed,” said Interior Minister Lina Ortega.

        The men fled to Tiraz, according to a court official.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let st = e.events.filter { $0.type == .statement }
        #expect(st.map { e.names($0.agents) } == [["Dara Sok"], ["Dara Sok"], ["Lina Ortega"], ["a court official"]])
        #expect(st[0].content == "two suspects had fled")
        #expect(st[1].content == "We will find them")
        #expect(st[2].content == "The case is closed")
        #expect(st[3].content == "The men fled to Tiraz")
    }

    @Test("statements: a reported clause before a sentence-final speaker, and the audience of told")
    func reportedClauseBeforeTheSpeaker() {
        let text = """
        Officers arrested four men near the Tiraz docks on Monday, police spokesman Dara Sok said.

        The men had hidden the heroin in fish crates, Sok told reporters.

        Lina Ortega told a news conference that the port would stay open.

        Customs officers seized the boat, said Interior Minister Arvo Tesk on Tuesday.

        Tesk said in a statement on Friday.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let st = e.events.filter { $0.type == .statement }
        #expect(st.map { e.names($0.agents) } == [["Dara Sok"], ["Dara Sok"], ["Lina Ortega"], ["Arvo Tesk"], ["Arvo Tesk"]])
        #expect(st.map(\.content) == ["Officers arrested four men near the Tiraz docks on Monday", "The men had hidden the heroin in fish crates",
                                      "the port would stay open", "Customs officers seized the boat", nil])
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
        #expect(arrest.map { e.names($0.places) } == ["Velmont Nova"])
    }

    @Test("a list of things seized; 'they' after an event is its actors; agents with a named organisation")
    func seizedListAndActors() {
        let text = "Agents with the Velorian Narcotics Bureau (VNB) arrested Dara Sok after a search of a warehouse, where they seized 2 kilograms of heroin, three rifles and $40,000 in cash, officials said."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let seizure = e.events.first { $0.type == .seizure }
        #expect(seizure.map { e.names($0.patients) } == ["2 kilograms of heroin", "three rifles", "$40,000"])
        #expect(seizure.map { e.names($0.agents) } == ["Velorian Narcotics Bureau"])
        #expect(e.events.first { $0.type == .arrest }.map { e.names($0.agents) } == ["Velorian Narcotics Bureau"])
    }

    @Test("'according to court documents, X and Y sold…': the documents speak, the clause after is the content")
    func accordingToDocuments() {
        let text = "According to court documents, Dara Sok, 37, and Lina Ortega, 41, sold heroin in Tiraz."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let st = e.events.first { $0.type == .statement }
        #expect(st.map { e.names($0.agents) } == ["court documents"])
        #expect(st?.content == "Dara Sok, 37, and Lina Ortega, 41, sold heroin in Tiraz")
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

    @Test("no event from 'without charge', 'no arrests', or a mention with nothing attached")
    func negatedAndEmptyMentions() {
        let text = "Lina Ortega was released without charge on Monday. No arrests were made. The group called for the release of all those detained."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.map(\.type) == [.release])
        #expect(e.events.first?.id == "v1")
    }

    @Test("'according to her lawyer, X': the lawyer named in apposition speaks")
    func accordingToHerLawyer() {
        let text = "Lina Ortega was freed on Monday, according to her lawyer, Tomas Haddad."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.first { $0.type == .statement }.map { e.names($0.agents) } == ["Tomas Haddad"])
    }

    @Test("a dateline is not part of what was said")
    func datelineIsNotContent() {
        let e = Extractor(lexicon: testLexicon).extract(text: "TIRAZ, Velo — Police arrested two men on Monday, the ministry said.", path: "t.txt")
        #expect(e.events.first { $0.type == .statement }?.content == "Police arrested two men on Monday")
    }

    @Test("'Three men were arrested. Police identified them as X, Y and Z.' names the patients")
    func identifiedAs() {
        let text = "Three men were arrested at the scene. Police identified them as Arvo Tesk, 29, Lina Ortega, 35, and Dara Sok, 41."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.first { $0.type == .arrest }.map { Set(e.names($0.patients)) } == ["Arvo Tesk", "Lina Ortega", "Dara Sok"])
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
        let held = e.events.filter { $0.type == .arrest && $0.trigger == "held" }
        #expect(held.count == 1)
        #expect(held.first.map { e.names($0.patients) } == ["Lina Ortega"])
        #expect(held.first.map { e.names($0.agents) } == ["military police"])
    }

    @Test("'charged two officials … The officials, X and Y, are accused' names the charged; 'was not charged' is no charge")
    func theOfficialsNamedLater() {
        let text = """
        Prosecutors in Tiraz on Monday charged two ministry officials with fraud.

        The officials, deputy minister Dara Sok and procurement head Lina Ortega, are accused of taking bribes.

        The company was not charged.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let charges = e.events.filter { $0.type == .charge }
        #expect(charges.count == 2)
        #expect(charges.first.map { Set(e.names($0.patients)) } == ["Dara Sok", "Lina Ortega"])
        #expect(charges.first.map { e.names($0.agents) } == ["Prosecutors"])
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
        #expect(events(text) == [
            #"arrest agent=[] patient=["Keo Danh"]"#,
            #"charge agent=["Police"] patient=["Keo Danh"]"#,
        ])
    }

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
