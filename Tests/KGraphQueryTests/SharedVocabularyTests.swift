import KGraphModel
import KGraphVocabulary
import Testing
@testable import KGraphQuery

/// An invented article with the event types and trigger words the query side learnt from the
/// shared vocabulary: a killing, questionings, a plea, a sentence, an appeal, a pardon, a
/// deportation, an escape ("broke out") and a recapture.
enum SharedVocabularyFixture {
    static func article() -> Extraction {
        var a = ArticleBuilder(path: "articles/dunmore-killing.txt")
        a.add("Two gunmen killed Ilo Maren in Dunmore on Sunday.")                        // 0
        a.add("Police questioned Keva Strand about the killing.")                        // 1
        a.add("Keva Strand pleaded guilty to murder on Tuesday.")                        // 2
        a.add("Keva Strand was jailed for 12 years.")                                    // 3
        a.add("Strand appealed the sentence on Friday.")                                 // 4
        a.add("The governor pardoned Oren Talb, a former guard.")                        // 5
        a.add("Oren Talb was deported to Velloria.")                                     // 6
        a.add("Ada Quill was recaptured in Dunmore after she broke out of the prison.")  // 7
        a.add("Investigators interrogated Bram Osk for six hours.")                      // 8
        let entities = [
            Entity(id: "e1", name: "Ilo Maren", type: .person, mentions: [a.mention("Ilo Maren", in: 0)]),
            Entity(id: "e2", name: "Keva Strand", type: .person, aliases: ["Strand"],
                   mentions: [a.mention("Keva Strand", in: 1), a.mention("Keva Strand", in: 2), a.mention("Strand", in: 4)]),
            Entity(id: "e3", name: "Dunmore", type: .place, mentions: [a.mention("Dunmore", in: 0), a.mention("Dunmore", in: 7)]),
            Entity(id: "e4", name: "Oren Talb", type: .person, mentions: [a.mention("Oren Talb", in: 5), a.mention("Oren Talb", in: 6)]),
            Entity(id: "e5", name: "Ada Quill", type: .person, mentions: [a.mention("Ada Quill", in: 7)]),
            Entity(id: "e6", name: "Bram Osk", type: .person, mentions: [a.mention("Bram Osk", in: 8)]),
            Entity(id: "e7", name: "Velloria", type: .place, mentions: [a.mention("Velloria", in: 6)]),
        ]
        let events = [
            Event(id: "v1", type: .killing, trigger: "killed", agents: [a.participant(nil, "Two gunmen", in: 0)],
                  patients: [a.participant("e1", "Ilo Maren", in: 0)], places: [a.participant("e3", "Dunmore", in: 0)],
                  time: "Sunday", provenance: a.provenance("killed", in: 0)),
            Event(id: "v2", type: .questioning, trigger: "questioned", agents: [a.participant(nil, "Police", in: 1)],
                  patients: [a.participant("e2", "Keva Strand", in: 1)], provenance: a.provenance("questioned", in: 1)),
            Event(id: "v3", type: .plea, trigger: "pleaded", patients: [a.participant("e2", "Keva Strand", in: 2)],
                  time: "Tuesday", provenance: a.provenance("pleaded", in: 2)),
            Event(id: "v4", type: .sentence, trigger: "jailed", patients: [a.participant("e2", "Keva Strand", in: 3)],
                  provenance: a.provenance("jailed", in: 3)),
            Event(id: "v5", type: .appeal, trigger: "appealed", agents: [a.participant("e2", "Strand", in: 4)],
                  patients: [a.participant(nil, "the sentence", in: 4)], time: "Friday", provenance: a.provenance("appealed", in: 4)),
            Event(id: "v6", type: .pardon, trigger: "pardoned", agents: [a.participant(nil, "The governor", in: 5)],
                  patients: [a.participant("e4", "Oren Talb", in: 5)], provenance: a.provenance("pardoned", in: 5)),
            Event(id: "v7", type: .extradition, trigger: "deported", patients: [a.participant("e4", "Oren Talb", in: 6)],
                  places: [a.participant("e7", "Velloria", in: 6)], provenance: a.provenance("deported", in: 6)),
            Event(id: "v8", type: .arrest, trigger: "recaptured", patients: [a.participant("e5", "Ada Quill", in: 7)],
                  places: [a.participant("e3", "Dunmore", in: 7)], provenance: a.provenance("recaptured", in: 7)),
            Event(id: "v9", type: .escape, trigger: "broke out", agents: [a.participant("e5", "she", in: 7)],
                  provenance: a.provenance("broke out", in: 7)),
            Event(id: "v10", type: .questioning, trigger: "interrogated", agents: [a.participant(nil, "Investigators", in: 8)],
                  patients: [a.participant("e6", "Bram Osk", in: 8)], provenance: a.provenance("interrogated", in: 8)),
        ]
        return Extraction(document: a.document, entities: entities, events: events)
    }

    /// An engine over the article, with the shipped vocabulary.
    static var engine: QueryEngine { QueryEngine(reader: InMemoryGraph(article().graph())) }
}

/// Questions about the event types and triggers of the shared vocabulary.
@Suite struct SharedVocabularyTests {
    let engine = SharedVocabularyFixture.engine

    @Test(arguments: [
        ("who was killed", ["Ilo Maren"]),
        ("who killed Ilo Maren", ["Two gunmen"]),
        ("where was Ilo Maren killed", ["Dunmore"]),
        ("who was questioned", ["Bram Osk", "Keva Strand"]),
        ("who questioned Keva Strand", ["Police"]),
        ("who pleaded guilty", ["Keva Strand"]),
        ("when did Keva Strand plead guilty", ["Tuesday"]),
        ("who appealed", ["Keva Strand"]),
        ("when did Keva Strand appeal", ["Friday"]),
        ("who was jailed", ["Keva Strand"]),
        ("who was imprisoned", ["Keva Strand"]),
        ("who was pardoned", ["Oren Talb"]),
        ("who pardoned Oren Talb", ["The governor"]),
        ("who was deported", ["Oren Talb"]),
        ("where was Oren Talb deported to", ["Velloria"]),
    ])
    func newEventTypes(question: String, expected: [String]) throws {
        let r = try engine.answer(question)
        #expect(r.texts.sorted() == expected, "\(question)")
        #expect(!r.answers.contains { $0.inferred?.contains("best-effort") == true }, "\(question): read strictly")
    }

    /// Trigger words the old query list did not know: "recaptured" (arrest), "interrogated"
    /// (questioning), "broke out" (a phrasal trigger: escape).
    @Test(arguments: [
        ("who was recaptured", ["Ada Quill"]),
        ("where was Ada Quill recaptured", ["Dunmore"]),
        ("who interrogated Bram Osk", ["Investigators"]),
        ("who was interrogated", ["Bram Osk", "Keva Strand"]),
        ("who broke out", ["Ada Quill"]),
    ])
    func wordsOnlyTheVocabularyKnew(question: String, expected: [String]) throws {
        let r = try engine.answer(question)
        #expect(r.texts.sorted() == expected, "\(question)")
        #expect(!r.answers.contains { $0.inferred?.contains("best-effort") == true }, "\(question): read strictly")
    }

    /// How the questions are read: the type from the trigger table, the pleader as the plea's
    /// patient, phrasal triggers as one verb of their type.
    @Test(arguments: [
        ("who was killed", Question.event(types: [.killing], constraints: [], wanted: .patient, head: nil, typeWord: "killed")),
        ("who murdered Ilo Maren", .event(types: [.killing], constraints: [ParticipantConstraint(role: .patient, phrase: "Ilo Maren")],
                                          wanted: .agent, head: nil, typeWord: "murdered")),
        ("who pleaded guilty", .event(types: [.plea], constraints: [], wanted: .patient, head: nil, typeWord: "pleaded")),
        // a conviction is told as part of the sentencing (the trigger table's note)
        ("who was found guilty", .event(types: [.sentence], constraints: [], wanted: .patient, head: nil, typeWord: "sentenced")),
        ("who was put on trial", .event(types: [.trial], constraints: [], wanted: .patient, head: nil, typeWord: "tried")),
        ("who was gunned down", .event(types: [.killing], constraints: [], wanted: .patient, head: nil, typeWord: "killed")),
        ("when was the sentencing", .event(types: [.sentence], constraints: [], wanted: .time, head: nil, typeWord: "sentencing")),
        ("who faces extradition", .event(types: [.extradition], constraints: [], wanted: .patient, head: nil, typeWord: "extradited")),
        ("who was targeted in the shooting", .event(types: [.attack], constraints: [], wanted: .patient, head: nil, typeWord: "shot")),
    ])
    func readings(question: String, expected: Question) throws {
        #expect(try QuestionParser().parse(question).comparable == expected.comparable)
    }

    /// The help lists every kind of event of the trigger table with its first verb, and every
    /// phrasal trigger; the "cannot read" message names a verb of each kind.
    @Test func helpAndErrorListTheTriggerTable() throws {
        let vocab = try QueryVocabulary.standard()
        let help = QueryEngine.helpText.split(separator: "\n").joined(separator: " ")
        for (type, words) in vocab.eventExamples(limit: 3) {
            #expect(help.contains("\(type.rawValue) (\(words[0])"), "\(type)")
        }
        for phrase in vocab.phrasalExamples { #expect(help.contains(phrase), "\(phrase)") }
        for type in [EventType.killing, .appeal, .plea, .questioning, .pardon] { #expect(help.contains(type.rawValue)) }
        let message = vocab.unreadable("?!?").description
        for verb in ["kill", "appeal", "plead", "question", "pardon"] { #expect(message.contains(verb)) }
    }

    /// A trigger added to the table is read in questions and listed in the help and the
    /// "cannot read" message without editing either.
    @Test func aNewTriggerNeedsNoQueryEdit() throws {
        let shipped = try Vocabulary.standard()
        let rows = shipped.triggers.map { "\($0.lemma)\t\($0.partOfSpeech.rawValue)\t\($0.type.rawValue)" }
        let vocabulary = try Vocabulary.standard(overriding: ["event-triggers.tsv": (["abscond\tverb\tescape"] + rows).joined(separator: "\n")])
        let help = QueryEngine.helpText(vocabulary: vocabulary).split(separator: "\n").joined(separator: " ")
        #expect(help.contains("escape (abscond, escape, flee)"))
        #expect(QueryVocabulary(vocabulary).unreadable("?!?").description.contains("abscond"))
        #expect(try QuestionParser(vocab: QueryVocabulary(vocabulary)).parse("who absconded").comparable
                == Question.event(types: [.escape], constraints: [], wanted: .agent, head: nil, typeWord: "absconded").comparable)
        let engine = QueryEngine(reader: InMemoryGraph(SharedVocabularyFixture.article().graph()), vocabulary: vocabulary)
        #expect(try engine.answer("who absconded").texts == ["Ada Quill"])
    }
}
