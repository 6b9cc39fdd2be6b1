import KGraphExtraction
import KGraphModel
import Testing
@testable import KGraphQuery

/// An invented case told over one article: a sentence with a fine, an arrest on charges, a
/// seizure, a charge with the penalty it carries, bail and a plea.
enum CaseFixture {
    static let article = """
    Court Jails Former Harbour Master

    A court in Port Velo on Friday sentenced former harbour master Dario Venn to 12 years in prison and fined him $40,000 for smuggling.
    Police arrested Venn in March 2023 on charges of smuggling and bribery.
    Officers seized 35 kilograms of heroin and $90,000 in cash from his office.
    Prosecutors charged Venn with conspiracy to import heroin and money laundering. He faced a maximum penalty of 20 years in prison.
    His deputy, Lise Karro, was released on bail of $5,000 and later pleaded guilty to obstruction.
    """

    static func engine() throws -> QueryEngine {
        QueryEngine(reader: InMemoryGraph(try Extractor.standard().extract(text: article, path: "case.txt").graph()))
    }
}

@Suite struct FactQuestionTests {
    /// Every way of asking in the table reads its own examples as a question about a fact.
    @Test(arguments: FactAsk.all.flatMap { ask in ask.examples.map { (ask.kinds, $0) } })
    func examplesAreRead(kinds: [CaseFactKind], example: String) {
        let read = FactAsk.read(QuestionParser.Words(example))
        #expect(read != nil, "\(example)")
        #expect(read.map { !Set($0.kinds).isDisjoint(with: kinds) } == true, "\(example)")
    }

    @Test(arguments: [
        ("what was Dario Venn charged with", ["smuggling", "bribery", "conspiracy to import heroin", "money laundering"]),
        ("how long was Venn sentenced to", ["12 years in prison"]),
        ("what sentence did Venn get", ["12 years in prison"]),
        ("how much was Venn fined", ["$40,000"]),
        ("what penalty did Venn face", ["20 years in prison"]),
        ("how much heroin was seized", ["35 kilograms of heroin"]),
        ("what did Lise Karro plead guilty to", ["obstruction"]),
        ("who was released on bail", ["Lise Karro"]),
        ("who was fined", ["Dario Venn"]),
    ])
    func answers(question: String, expected: [String]) throws {
        let r = try CaseFixture.engine().answer(question)
        #expect(r.answers.map(\.text) == expected, "\(question)")
        #expect(r.answers.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test("an answer gives the normalised value beside the words as written")
    func values() throws {
        let e = try CaseFixture.engine()
        #expect(try e.answer("how long was Venn sentenced to").answers.first?.value == "144 months")
        #expect(try e.answer("how much was Venn fined").answers.first?.value == "40000 USD")
        #expect(try e.answer("how much heroin was seized").answers.first?.value == "35 kg of heroin")
        #expect(try e.answer("how long was Venn sentenced to").readableText().contains("12 years in prison  (144 months)"))
    }

    @Test("'who' questions about other facts are not read as fact questions; unknown names fall back")
    func notFacts() throws {
        #expect(FactAsk.read(QuestionParser.Words("who was arrested for smuggling")) == nil)
        #expect(try CaseFixture.engine().answer("who arrested Venn").answers.map(\.text) == ["Police"])
    }
}

/// Times asked in other words than the article's: a normalised value answers for them.
@Suite struct NormalisedTimeQuestionTests {
    static let article = """
    Police Detain Ferry Captain

    VELMORA, April 9, 2021 — Police arrested ferry captain Ilya Brenner on Tuesday at the port.
    """

    static func engine() throws -> QueryEngine {
        QueryEngine(reader: InMemoryGraph(try Extractor.standard().extract(text: article, path: "ferry.txt").graph()))
    }

    @Test("'in April 2021' holds an arrest 'on Tuesday' in an article dated 2021-04-09; 'in May 2021' does not")
    func monthHoldsDay() throws {
        #expect(try Self.engine().answer("who was arrested in April 2021").answers.map(\.text) == ["Ilya Brenner"])
        #expect(try Self.engine().answer("who was arrested in May 2021").answers.map(\.text).contains("Ilya Brenner") == false)
    }

    @Test("'when' answers give the normalised date beside the words as written")
    func whenGivesTheValue() throws {
        let a = try Self.engine().answer("when was Ilya Brenner arrested").answers.first
        #expect(a?.text == "Tuesday")
        #expect(a?.value == "2021-04-06")
    }
}

@Suite struct FactSentenceFallbackTests {
    @Test("a fact whose event names no one is found through the sentence that names the person, marked inferred")
    func throughTheSentence() throws {
        let text = "Tribunal Ruling\n\nDara Sok was arrested in 2019.\n\nDara Sok was later given a commuted sentence of 19 years for his crimes.\n"
        let engine = QueryEngine(reader: InMemoryGraph(try Extractor.standard().extract(text: text, path: "d.txt").graph()))
        let a = try engine.answer("what sentence was Dara Sok given").answers
        #expect(a.map(\.text) == ["19 years"])
        #expect(a.first?.inferred?.contains("names Dara Sok") == true)
    }
}

@Suite struct FinedTests {
    @Test("'who was fined' names the one fined, not everyone the court sentenced; the amount is cut out of the name")
    func onlyTheOneFined() throws {
        let text = "Court Ruling\n\nA court sentenced Dara Sok, Lina Ortega and Tomas Vath to five years in prison on Monday.\n\nThe court also fined Vath $3,000.\n"
        let engine = QueryEngine(reader: InMemoryGraph(try Extractor.standard().extract(text: text, path: "f.txt").graph()))
        let a = try engine.answer("who was fined").answers
        #expect(a.map(\.text) == ["Tomas Vath"])
        #expect(a.first?.value == "$3,000")
    }
}

@Suite struct SequenceQuestionTests {
    static let article = """
    Ferry Captain Jailed

    VELMORA, June 14, 2024 — A court sentenced ferry captain Ilya Brenner to six years in prison on Nov. 2, 2023.
    Police arrested Brenner on March 3, 2022. On 21 March 2022, prosecutors charged Brenner with smuggling.
    """

    static func engine() throws -> QueryEngine {
        QueryEngine(reader: InMemoryGraph(try Extractor.standard().extract(text: article, path: "ferry.txt").graph()))
    }

    @Test(arguments: SequenceQuestion.examples)
    func examplesAreRead(example: String) throws {
        #expect(SequenceQuestion.read(QuestionParser.Words(example), vocab: try QueryVocabulary.standard()) != nil)
    }

    @Test("what happened after an arrest: the later events in date order, whatever order the article tells them in")
    func afterTheArrest() throws {
        let texts = try Self.engine().answer("what happened after Ilya Brenner's arrest").answers.map(\.text)
        #expect(texts.count == 2)
        #expect(texts.first?.hasPrefix("2022-03-21 charge") == true)
        #expect(texts.last?.hasPrefix("2023-11-02 sentence") == true)
        let before = try Self.engine().answer("what happened before Brenner was sentenced").answers.map(\.text)
        #expect(before.map { String($0.prefix(10)) } == ["2022-03-03", "2022-03-21"])
    }
}
