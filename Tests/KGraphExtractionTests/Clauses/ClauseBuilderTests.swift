import Testing
@testable import KGraphExtraction

/// The clause layer (``ClauseBuilder``): each verb group's subject, object, by-agent and
/// prepositional phrases, read from the dump that `kgraph-dev parse` prints.
@Suite("ClauseBuilder")
struct ClauseBuilderTests {
    /// The dump line of the verb group whose words are `verb`.
    func clause(_ text: String, _ verb: String) throws -> String {
        let dump = Extractor(lexicon: testLexicon).parse(text).dump()
        let line = dump.split(separator: "\n").first { $0.contains("VG") && $0.contains("[\(verb)]") }
        return String(try #require(line, "no verb group [\(verb)] in:\n\(dump)"))
    }

    @Test("an active clause: subject, object and the place after 'in'")
    func active() throws {
        let c = try clause("Soldiers detained two farmers in Tiraz on Monday.", "detained")
        #expect(c.contains("subj=[Soldiers]"))
        #expect(c.contains("obj=[two farmers]"))
        #expect(c.contains("in=[Tiraz]"))
    }

    @Test("a passive clause: the subject, and the by-agent")
    func passive() throws {
        let c = try clause("The two farmers were detained by soldiers near the border.", "were detained")
        #expect(c.contains("passive"))
        #expect(c.contains("subj=[The two farmers]"))
        #expect(c.contains("by=[soldiers]"))
    }

    @Test("a verb whose participle is its base form is passive after a be-form: was let go, were set free, was put on trial",
          arguments: [("The three farmers were set free on Friday.", "were set"), ("Ilse Varro was let go after questioning.", "was let"),
                      ("The smugglers were put on trial in Tiraz.", "were put")])
    func passiveOfUnchangedParticiple(text: String, verb: String) throws {
        let c = try clause(text, verb)
        #expect(c.contains("passive"))
    }

    @Test("a subject list closed by 'and' is one coordinated subject")
    func coordinatedSubject() throws {
        let c = try clause("Dara Sok, Lina Ortega and Keo Danh were charged with fraud.", "were charged")
        #expect(c.contains("subj=[Dara Sok]+[Lina Ortega]+[Keo Danh]"))
    }

    @Test("a place that ends a clause before a comma is no part of the speaker after it")
    func placeBeforeSpeaker() throws {
        let c = try clause("Three men were detained at a market in the Tiraz district, the Coastal Police said.", "said")
        #expect(c.contains("subj=[the Coastal Police]"))
        #expect(!c.contains("Tiraz"))
    }

    @Test("adjectives joined by 'and' stay in one phrase, and a base form after a finite verb is a noun modifier")
    func joinedAdjectivesAndNounModifier() throws {
        let c = try clause("Federal and local agents executed search warrants at two farms.", "executed")
        #expect(c.contains("subj=[Federal and local agents]"))
        #expect(c.contains("obj=[search warrants]"))
    }

    @Test("a participial clause after a comma takes the subject of the clause it hangs on")
    func participialClause() throws {
        let text = "Soldiers raided two farms near Tiraz, seizing three rifles and arresting six men."
        #expect(try clause(text, "seizing").contains("subj=[Soldiers]"))
        #expect(try clause(text, "arresting").contains("subj=[Soldiers]"))
    }
}
