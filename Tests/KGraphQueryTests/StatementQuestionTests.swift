import KGraphModel
import Testing
@testable import KGraphQuery

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
