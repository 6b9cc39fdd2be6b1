import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

/// An invented article whose facts are mostly stated without an event the extraction knows:
/// a flight, a transfer to a court, links between groups, a disrupted rally.
enum LooseFixture {
    static func article() -> Extraction {
        var a = ArticleBuilder(path: "articles/ferry-case.txt")
        a.add("Customs agents detained Ivo Brandt in Kessa on Tuesday.")                          // 0
        a.add("Brandt was later flown to Port Velo.")                                              // 1
        a.add("The suspects were sent to the Tarn Harbour Court on Friday.")                       // 2
        a.add("Officials say the Gull Ring has links to the Sable Syndicate and the Crow Brotherhood.") // 3
        a.add("Members of Brandt's family were also detained.")                                    // 4
        a.add("A rally of dock workers was disrupted in Lorn.")                                    // 5
        a.add("Lanterns were sold in Amsel, Birn, Cade, Dorn, Elst, Fenn, Gorr and Hale.")          // 6
        a.add("Pell Marsh was killed in Lorn by the Crow Brotherhood.")                            // 7
        a.add("Ivo Brandt will be released soon, the Sable Syndicate said.")                       // 8
        a.add("Police arrested 12 members of a youth group with links to the Gull Ring.")          // 9
        a.add("The operation targeted members of Tern Watch, an outlawed youth group.")            // 10
        a.add("Oskar Veil was flown from Amsel to Hale.")                                          // 11
        a.add("Ivo Brandt was charged in Kessa.")                                                  // 12
        a.add("The charges against Ivo Brandt were filed at the Tarn Harbour Court.")              // 13
        var entities = [
            Entity(id: "e1", name: "Ivo Brandt", type: .person, aliases: ["Brandt"],
                   mentions: [a.mention("Ivo Brandt", in: 0), a.mention("Brandt", in: 1), a.mention("Brandt", in: 4)]),
            Entity(id: "e2", name: "Kessa", type: .place, mentions: [a.mention("Kessa", in: 0)]),
            Entity(id: "e3", name: "Port Velo", type: .place, mentions: [a.mention("Port Velo", in: 1)]),
            Entity(id: "e4", name: "Tarn Harbour Court", type: .organization, mentions: [a.mention("Tarn Harbour Court", in: 2)]),
            Entity(id: "e5", name: "Gull Ring", type: .organization, mentions: [a.mention("Gull Ring", in: 3)]),
            Entity(id: "e6", name: "Sable Syndicate", type: .organization, mentions: [a.mention("Sable Syndicate", in: 3)]),
            Entity(id: "e7", name: "Crow Brotherhood", type: .organization, mentions: [a.mention("Crow Brotherhood", in: 3)]),
            Entity(id: "e8", name: "Lorn", type: .place, mentions: [a.mention("Lorn", in: 5)]),
            Entity(id: "e9", name: "Pell Marsh", type: .person, mentions: [a.mention("Pell Marsh", in: 7)]),
            Entity(id: "e10", name: "Tern Watch", type: .organization, mentions: [a.mention("Tern Watch", in: 10)]),
            Entity(id: "e11", name: "Oskar Veil", type: .person, mentions: [a.mention("Oskar Veil", in: 11)]),
        ]
        for (k, town) in ["Amsel", "Birn", "Cade", "Dorn", "Elst", "Fenn", "Gorr", "Hale"].enumerated() {
            entities.append(Entity(id: "t\(k)", name: town, type: .place, mentions: [a.mention(town, in: 6)]))
        }
        let events = [
            Event(id: "v1", type: .arrest, trigger: "detained", agents: [a.participant(nil, "Customs agents", in: 0)],
                  patients: [a.participant("e1", "Ivo Brandt", in: 0)], places: [a.participant("e2", "Kessa", in: 0)],
                  time: "Tuesday", provenance: a.provenance("detained", in: 0)),
            Event(id: "v2", type: .arrest, trigger: "detained", patients: [a.participant(nil, "Members of Brandt's family", in: 4)],
                  provenance: a.provenance("detained", in: 4)),
            Event(id: "v3", type: .attack, trigger: "killed", patients: [a.participant("e9", "Pell Marsh", in: 7)],
                  provenance: a.provenance("killed", in: 7)),
            Event(id: "v5", type: .charge, trigger: "charged", patients: [a.participant("e1", "Ivo Brandt", in: 12)],
                  places: [a.participant("e2", "Kessa", in: 12)], provenance: a.provenance("charged", in: 12)),
            Event(id: "v4", type: .release, trigger: "released", patients: [a.participant("e1", "Ivo Brandt", in: 8)],
                  provenance: a.provenance("released", in: 8)),
        ]
        return Extraction(document: a.document, entities: entities, events: events)
    }

    static var engine: QueryEngine { QueryEngine(reader: InMemoryGraph(article().graph())) }
}

@Suite struct LooseQuestionTests {
    let engine = LooseFixture.engine

    /// Forms the strict parser does not know are read loosely: the expected kind of answer, the
    /// names, the content words.
    @Test(arguments: [
        ("where was Ivo Brandt flown from", LooseQuestion(questionWord: "where", expected: .place, names: ["Ivo Brandt"], words: ["flown"], preposition: "from")),
        ("which groups is the Gull Ring linked to", LooseQuestion(questionWord: "which groups", expected: .head("groups"), names: ["Gull Ring"], words: ["linked"], preposition: "to")),
        ("whose family members were detained", LooseQuestion(questionWord: "whose", expected: .agent, names: [], words: ["family", "members", "detained"])),
        ("to which court were the suspects sent", LooseQuestion(questionWord: "which court", expected: .head("court"), names: [], words: ["suspects", "sent"], preposition: "to")),
        ("which youth group's members were arrested", LooseQuestion(questionWord: "which youth group's", expected: .head("group"), names: [], words: ["youth", "members", "arrested"])),
        ("who was Ivo Brandt the deputy of", LooseQuestion(questionWord: "who", expected: .agent, names: ["Ivo Brandt"], words: ["deputy"], preposition: "of")),
    ])
    func parsesLoosely(_ question: String, _ expected: LooseQuestion) throws {
        #expect(try QuestionParser().parse(question) == .loose(expected))
    }

    /// Flight and transfer stated without an event: the sentence that holds the verb and the name
    /// gives the place or the court it names.
    @Test func placeFromASentenceWithoutAnEvent() throws {
        let r = try engine.answer("where was Ivo Brandt flown to")
        #expect(r.texts == ["Port Velo"])
        #expect(r.interpretation.hasPrefix("read loosely as: place"))
        #expect(r.interpretation.contains("‘flown’") && r.interpretation.contains("Ivo Brandt") && r.interpretation.contains("best-effort"))
        let a = try #require(r.answers.first)
        #expect(a.inferred?.contains("best-effort") == true)
        #expect(a.evidence.map(\.sentence) == ["Brandt was later flown to Port Velo."])
    }

    @Test(arguments: ["which court were the suspects sent to", "to which court were the suspects sent"])
    func courtByHeadNoun(_ question: String) throws {
        #expect(try engine.answer(question).texts == ["Tarn Harbour Court"])
    }

    @Test func groupsLinkedToAGroup() throws {
        #expect(Set(try engine.answer("which groups is the Gull Ring linked to").texts) == ["Sable Syndicate", "Crow Brotherhood"])
    }

    /// "whose": the person a matching sentence names, the phrase participant being no person.
    @Test func whoseFamily() throws {
        #expect(try engine.answer("whose family members were detained").texts == ["Ivo Brandt"])
    }

    /// The stemmer joins "disrupted" and "disrupted", "flown" and "flew".
    @Test func disruptedRally() throws {
        #expect(try engine.answer("where was the rally disrupted").texts == ["Lorn"])
    }

    /// A sentence naming eight places gives at most a few answers.
    @Test func answersAreBounded() throws {
        let r = try engine.answer("where were the lanterns sold")
        #expect(!r.answers.isEmpty)
        #expect(r.answers.count <= GraphWalk.looseAnswerLimit)
        #expect(r.answers.allSatisfy { $0.evidence.contains { $0.sentence.hasPrefix("Lanterns were sold") } })
    }

    /// Words found nowhere: an honest no answer, not an error.
    @Test func noMatchIsNoAnswer() throws {
        let r = try engine.answer("who flibbered the quorndle")
        #expect(r.answers.isEmpty)
        #expect(r.explanation != nil)
        #expect(r.interpretation.contains("read loosely"))
    }

    /// A name not known, in a form read loosely: no answer with what the name is not.
    @Test func unknownNameIsNoAnswer() throws {
        let r = try engine.answer("where was Zeno Quarrington flown from")
        #expect(r.answers.isEmpty)
        #expect(r.explanation?.contains("Zeno Quarrington") == true)
    }

    /// No question word and no known name: still unparseable.
    @Test(arguments: ["?!?", "blah", "zorblat quux"])
    func garbageIsUnparseable(_ question: String) throws {
        #expect(throws: try QueryVocabulary.standard().unreadable(question)) { try engine.answer(question) }
    }

    /// A known name alone is still a summary.
    @Test func knownNameAloneIsASummary() throws {
        #expect(try !engine.answer("Ivo Brandt").answers.isEmpty)
    }

    /// An event found without its agent: a passive "by" agent in its sentence answers, the
    /// speaker of a sentence does not.
    @Test func passiveAgentOfAnEventFoundWithoutOne() throws {
        let killed = try engine.answer("who killed Pell Marsh")
        #expect(killed.texts == ["Crow Brotherhood"])
        #expect(killed.notes.first?.hasPrefix("read strictly as") == true)
        let released = try engine.answer("who released Ivo Brandt")
        #expect(released.answers.isEmpty)
        #expect(released.explanation?.contains("no stated agent") == true)
    }

    /// "which youth group": the group the sentence describes as one, not another group it names.
    @Test(arguments: ["which youth group's members were arrested", "members of which youth group were targeted"])
    func groupDescribedByTheNoun(_ question: String) throws {
        #expect(try engine.answer(question).texts == ["Tern Watch"])
    }

    /// A preposition left at the end picks the places it introduces.
    @Test func strandedPrepositionPicksThePlace() throws {
        #expect(try engine.answer("where was Oskar Veil flown from").texts == ["Amsel"])
        #expect(try engine.answer("where was Oskar Veil flown to").texts == ["Hale"])
    }

    /// The question word last, and a preposition before it.
    @Test func questionWordLast() throws {
        #expect(try engine.answer("Oskar Veil was flown from where").texts == ["Amsel"])
        #expect(try engine.answer("Pell Marsh was killed by whom").texts == ["Crow Brotherhood"])
    }

    /// A strict answer that does not fit the asked noun (a town for "which court") gives way to
    /// a loose one that does.
    @Test func unfitStrictAnswerRetriedLoosely() throws {
        let r = try engine.answer("in which court was Ivo Brandt charged")
        #expect(r.texts == ["Tarn Harbour Court"])
        #expect(r.notes.first?.contains("fits the question’s noun") == true)
    }

    /// "where were they sent": a court is a place in court news.
    @Test func courtAsPlace() throws {
        #expect(try engine.answer("where were the suspects sent").texts == ["Tarn Harbour Court"])
    }

    /// "who said that …" with no statement sharing its content words stays unanswered: "said"
    /// alone matches every statement.
    @Test func saidAloneMatchesNothing() throws {
        #expect(try engine.answer("who said that bananas are yellow").answers.isEmpty)
    }

    /// An event question whose strict reading has no answer is read again loosely, and says so.
    @Test func strictNoAnswerRetriedLoosely() throws {
        let r = try engine.answer("which court tried the suspects")
        #expect(r.texts == ["Tarn Harbour Court"])
        #expect(r.notes.first?.hasPrefix("read strictly as") == true)
    }
}

@Suite struct LooseQuestionCostTests {
    /// A loose question naming someone reads that name's neighbourhood and articles, never all
    /// events; one naming no one reads the sentences holding its words and their events, never
    /// all events either.
    @Test func namedQuestionsDoNotScanEvents() throws {
        let named = CountingReader(LooseFixture.article().graph())
        #expect(try QueryEngine(reader: named).answer("where was Ivo Brandt flown to").texts == ["Port Velo"])
        #expect(named.kindScans.isEmpty)
        let unnamed = CountingReader(LooseFixture.article().graph())
        _ = try QueryEngine(reader: unnamed).answer("which court were the suspects sent to")
        #expect(unnamed.kindScans.isEmpty)
        #expect(unnamed.wordLookUps > 0)
    }
}

@Suite struct TimeExpressionTests {
    @Test(arguments: [
        ("A verdict is expected March 15.", ["March 15"]),
        ("He was arrested in August 2015, police said on Friday.", ["August 2015", "Friday"]),
        ("The hearing may resume, officials said.", []),
        ("The raid of Oct. 2 followed a probe begun in 2019.", ["Oct. 2", "2019"]),
    ])
    func dates(_ sentence: String, _ expected: [String]) {
        #expect(GraphWalk.timeExpressions(in: sentence) == expected)
    }

    /// "what happened": a verb after "what" is no noun the answer must fit.
    @Test func whatHappenedHasNoHead() throws {
        let q = try QuestionParser().parse("what happened in Kessa")
        #expect(q == .loose(LooseQuestion(questionWord: "what", expected: .thing, names: ["Kessa"], words: ["happened"])))
    }
}

@Suite struct WordStemmerTests {
    @Test(arguments: [("flown", "flew"), ("flying", "fly"), ("disrupted", "disrupt"), ("disruption", "disrupts"),
                      ("defendants", "defendant"), ("held", "holding"), ("sent", "send"), ("seized", "seizure"), ("trial", "tried")])
    func sameStem(_ a: String, _ b: String) {
        #expect(WordStemmer.stem(a) == WordStemmer.stem(b))
    }

    @Test(arguments: [("arrest", "arrive"), ("court", "count"), ("fly", "flee")])
    func differentStems(_ a: String, _ b: String) {
        #expect(WordStemmer.stem(a) != WordStemmer.stem(b))
    }
}
