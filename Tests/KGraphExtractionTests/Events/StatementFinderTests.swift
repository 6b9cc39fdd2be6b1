import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of speakers and what they said (``StatementFinder``).
@Suite("StatementFinder")
struct StatementFinderTests {
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

    @Test("statements: speaker before or after, quotes, pronouns, according to")
    func statements() throws {
        let text = """
        Dara Sok, a police spokesman, said that two suspects had fled.

        “We will find them,” he said. “They cannot hide.”

        “The case is closed,” said Interior Minister Lina Ortega.

        The men fled to Tiraz, according to a court official.
        """
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let st = e.events.filter { $0.type == .statement }
        #expect(st.map { e.names($0.agents) } == [["Dara Sok"], ["Dara Sok"], ["Lina Ortega"], ["a court official"]])
        try #require(st.count == 4)
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

    /// The old design made the documents the speaker; the new one says legal documents speak for
    /// nobody (``StatementFinder/legalDocuments``, commit c1a1cb4), so no statement is told.
    @Test("'according to court documents, X and Y sold…': legal documents speak for nobody")
    func accordingToDocuments() {
        let text = "According to court documents, Dara Sok, 37, and Lina Ortega, 41, sold heroin in Tiraz."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(!e.events.contains { $0.type == .statement })
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
}
