import KGraphModel
import Testing
@testable import KGraphQuery

@Suite struct PeopleQuestionTests {
    let engine = Fixtures.engine

    /// "who is X": one answer per role, naming the organisation.
    @Test func whoIsNamesTheOrganisation() throws {
        let r = try engine.answer("who is Lina Vey")
        #expect(r.texts == ["spokesperson for Velo Municipal Court"])
        #expect(r.answers.first?.type == "role")
        #expect(r.answers.first?.evidence.first?.sentence.hasPrefix("Lina Vey, the spokesperson") == true)
        #expect(try engine.answer("who is Bram Tal").texts == ["chief of Harbour Police"])
        #expect(try engine.answer("who is Theo Marsh").texts == ["investigator for Clearwater"])
        #expect(try engine.answer("who is Mina Roth").texts == ["port official", "member of Dock Workers Union"])
    }

    @Test func roleQuestions() throws {
        #expect(try engine.answer("what is Bram Tal's role").texts == ["chief of Harbour Police"])
        #expect(try engine.answer("what does Lina Vey do").texts == ["spokesperson for Velo Municipal Court"])
    }

    @Test func whoIsWithoutRoleSaysWhatIsKnown() throws {
        let r = try engine.answer("who is Dara Sok")
        #expect(r.answers.isEmpty)
        #expect(r.explanation?.contains("no title") == true)
        #expect(r.knownInstead.contains { $0.hasPrefix("arrest") })
    }

    @Test func membersAndEmployees() throws {
        #expect(try engine.answer("who works for Clearwater").texts == ["Theo Marsh"])
        #expect(Set(try engine.answer("who is a member of the Dock Workers Union").texts) == ["Mina Roth", "Renée Okafor"])
        #expect(try engine.answer("who works for the Velo Municipal Court").texts == ["Lina Vey"])
        let none = try engine.answer("who works for Marland")
        #expect(none.answers.isEmpty && none.explanation != nil)
    }

    @Test func roleHolders() throws {
        #expect(try engine.answer("who is the spokesperson for the Velo Municipal Court").texts == ["Lina Vey"])
        #expect(try engine.answer("who is the spokesman of Velo Municipal Court").texts == ["Lina Vey"])
        #expect(try engine.answer("who leads the Harbour Police").texts == ["Bram Tal"])
        #expect(try engine.answer("who is the head of the Harbour Police").texts == ["Bram Tal"])
        let none = try engine.answer("who is the spokesperson for the Harbour Police")
        #expect(none.answers.isEmpty)
        #expect(none.knownInstead == ["Bram Tal, chief of Harbour Police"])
    }

    @Test func identifyByAlias() throws {
        let r = try engine.answer("who is known as Roth")
        #expect(r.texts == ["Mina Roth"])
        #expect(r.answers.first?.type == "person")
    }
}

@Suite struct StatementQuestionTests {
    let engine = Fixtures.engine

    @Test func whatDidXSay() throws {
        let r = try engine.answer("what did Bram Tal say")
        #expect(r.texts == ["We will not tolerate smuggling in our port"])
        #expect(r.answers.first?.type == "quote")
        #expect(r.answers.first?.evidence.first?.sentence.contains("said Bram Tal") == true)
    }

    @Test func whatDidXSayAbout() throws {
        #expect(try engine.answer("what did Lina Vey say about trafficking").texts == ["the suspects would be charged with trafficking"])
        let none = try engine.answer("what did Lina Vey say about Marland")
        #expect(none.answers.isEmpty)
        #expect(none.explanation?.contains("nothing about") == true)
    }

    /// A paraphrased content is answered with the sentence, which is what the article says.
    @Test func paraphraseIsAnsweredWithTheSentence() throws {
        var a = ArticleBuilder(path: "g.txt")
        a.add("Ivo Brandt said he had never seen the cargo.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Ivo Brandt", type: .person, mentions: [a.mention("Ivo Brandt", in: 0)])],
                           events: [Event(id: "v1", type: .statement, trigger: "said", agents: [a.participant("e1", "Ivo Brandt", in: 0)],
                                          content: "Brandt denies knowing about the cargo", provenance: a.provenance("said", in: 0))])
        let r = try QueryEngine(reader: InMemoryGraph(e.graph())).answer("what did Ivo Brandt say")
        #expect(r.texts == ["Ivo Brandt said he had never seen the cargo."])
    }

    /// A quote over two sentences is still the quote.
    @Test func quoteOverTwoSentences() throws {
        var a = ArticleBuilder(path: "j.txt")
        a.add("“We found the cargo.")
        a.add("It was hidden well,” Ivo Brandt said.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Ivo Brandt", type: .person, mentions: [a.mention("Ivo Brandt", in: 1)])],
                           events: [Event(id: "v1", type: .statement, trigger: "said", agents: [a.participant("e1", "Ivo Brandt", in: 1)],
                                          content: "We found the cargo. It was hidden well", provenance: a.provenance("said", in: 1))])
        let r = try QueryEngine(reader: InMemoryGraph(e.graph())).answer("what did Ivo Brandt say")
        #expect(r.texts == ["We found the cargo. It was hidden well"])
    }

    @Test func anOrganisationSpeaks() throws {
        #expect(try engine.answer("what did the Kessa National Police say").texts == ["she would be released on bail"])
    }

    @Test func whoSaidThat() throws {
        #expect(try engine.answer("who said that the arrests were politically motivated").texts == ["Theo Marsh"])
        #expect(try engine.answer("who said the port would not tolerate smuggling").texts == ["Bram Tal"])
        let none = try engine.answer("who said that bananas are yellow")
        #expect(none.answers.isEmpty)
    }

    @Test func noStatementIsNoAnswer() throws {
        let r = try engine.answer("what did Dara Sok say")
        #expect(r.answers.isEmpty)
        #expect(r.explanation == "No statement by Dara Sok is recorded.")
    }
}

@Suite struct NeighbourhoodQuestionTests {
    let engine = Fixtures.engine

    /// A shortest chain across two articles, with evidence for every step.
    @Test func connection() throws {
        let r = try engine.answer("how is Dara Sok connected to Renée Okafor")
        let a = try #require(r.answers.first)
        #expect(a.type == "path")
        #expect(a.text.hasPrefix("Dara Sok"))
        #expect(a.text.hasSuffix("Renée Okafor"))
        #expect(a.text.contains("Dock Workers Union"))
        #expect(Set(a.evidence.map(\.document)) == ["articles/harbour-raid.txt", "articles/kessa-release.txt"])
        #expect(a.nodes.count == 5)
    }

    @Test func noConnection() throws {
        let g = Fixtures.harbourArticle().graph().merged(with: {
            var a = ArticleBuilder(path: "c.txt")
            a.add("Pia Lund sang.")
            return Extraction(document: a.document, entities: [Entity(id: "e1", name: "Pia Lund", type: .person, mentions: [a.mention("Pia Lund", in: 0)])]).graph()
        }())
        let r = try QueryEngine(reader: InMemoryGraph(g)).answer("how is Dara Sok connected to Pia Lund")
        #expect(r.answers.isEmpty)
        #expect(r.explanation?.contains("No chain") == true)
    }

    @Test(arguments: ["tell me about Dara Sok", "Dara Sok", "dara sok"])
    func summary(_ question: String) throws {
        let r = try engine.answer(question)
        #expect(r.answers.allSatisfy { $0.type == "fact" && !$0.evidence.isEmpty })
        #expect(r.texts.contains { $0.hasPrefix("arrest") && $0.contains("Dara Sok") })
        #expect(r.texts.contains { $0.hasPrefix("charge") })
    }

    @Test func summaryOfAnOrganisation() throws {
        let r = try engine.answer("tell me about the Dock Workers Union")
        #expect(Set(r.texts) == ["Mina Roth: member of Dock Workers Union", "Renée Okafor: member of Dock Workers Union"])
    }
}

@Suite struct OrganisationQuestionTests {
    let engine = Fixtures.engine

    @Test func organisationsOfAPerson() throws {
        #expect(try engine.answer("which group does Bram Tal lead").texts == ["Harbour Police"])
        #expect(try engine.answer("who does Theo Marsh work for").texts == ["Clearwater"])
        #expect(try engine.answer("what organization does Mina Roth belong to").texts == ["Dock Workers Union"])
        let none = try engine.answer("which group does Theo Marsh lead")
        #expect(none.answers.isEmpty && none.explanation?.contains("leading role") == true)
    }

    @Test func coAgents() throws {
        var a = ArticleBuilder(path: "d.txt")
        a.add("Coast guards and Harbour Police raided the Blue Gull.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Harbour Police", type: .organization, mentions: [a.mention("Harbour Police", in: 0)])],
                           events: [Event(id: "v1", type: .raid, trigger: "raided",
                                          agents: [a.participant(nil, "Coast guards", in: 0), a.participant("e1", "Harbour Police", in: 0)],
                                          patients: [a.participant(nil, "the Blue Gull", in: 0)], provenance: a.provenance("raided", in: 0))])
        let engine = QueryEngine(reader: InMemoryGraph(Fixtures.graph.merged(with: e.graph())))
        #expect(try engine.answer("who worked with the Harbour Police").texts == ["Coast guards"])
    }

    @Test func courtAsHeadNoun() throws {
        var a = ArticleBuilder(path: "e.txt")
        a.add("The Velo Municipal Court tried Ivo Brandt in Port Velo.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Velo Municipal Court", type: .organization, mentions: [a.mention("Velo Municipal Court", in: 0)]),
                                      Entity(id: "e2", name: "Ivo Brandt", type: .person, mentions: [a.mention("Ivo Brandt", in: 0)]),
                                      Entity(id: "e3", name: "Port Velo", type: .place, mentions: [a.mention("Port Velo", in: 0)])],
                           events: [Event(id: "v1", type: .trial, trigger: "tried", agents: [a.participant("e1", "Velo Municipal Court", in: 0)],
                                          patients: [a.participant("e2", "Ivo Brandt", in: 0)], places: [a.participant("e3", "Port Velo", in: 0)],
                                          provenance: a.provenance("tried", in: 0))])
        let engine = QueryEngine(reader: InMemoryGraph(e.graph()))
        #expect(try engine.answer("which court tried Ivo Brandt").texts == ["Velo Municipal Court"])
        #expect(try engine.answer("which court put Ivo Brandt on trial").texts == ["Velo Municipal Court"])
        #expect(try engine.answer("in which court was Ivo Brandt tried").texts == ["Velo Municipal Court"])
        #expect(try engine.answer("where was Ivo Brandt tried").texts == ["Port Velo"])
    }
}
