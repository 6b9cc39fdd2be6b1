import KGraphModel
import Testing
@testable import KGraphQuery

/// Paraphrases of the question forms, as readers type them: phrasal verbs, "who spoke",
/// "who employs X", "who were the N arrested".
@Suite struct ParaphraseTests {
    static let patientDara = [ParticipantConstraint(role: .patient, phrase: "Dara Sok")]
    static let byPolice = [ParticipantConstraint(role: .agent, phrase: "police")]

    @Test(arguments: [
        ("who picked up Dara Sok", Question.event(types: [.arrest], constraints: patientDara, wanted: .agent, head: nil, typeWord: "arrested")),
        ("who picked Dara Sok up", .event(types: [.arrest], constraints: patientDara, wanted: .agent, head: nil, typeWord: "arrested")),
        ("who was picked up by police", .event(types: [.arrest], constraints: byPolice, wanted: .patient, head: nil, typeWord: "arrested")),
        ("who rounded up Dara Sok", .event(types: [.arrest], constraints: patientDara, wanted: .agent, head: nil, typeWord: "arrested")),
        ("who locked up Dara Sok", .event(types: [.arrest], constraints: patientDara, wanted: .agent, head: nil, typeWord: "arrested")),
        ("who was let go", .event(types: [.release], constraints: [], wanted: .patient, head: nil, typeWord: "released")),
        ("who was set free", .event(types: [.release], constraints: [], wanted: .patient, head: nil, typeWord: "freed")),
        ("who was fined", .event(types: [.sentence], constraints: [], wanted: .patient, head: nil, typeWord: "fined")),
        ("who spoke", .event(types: [.statement], constraints: [], wanted: .agent, head: nil, typeWord: "spoke")),
        ("who commented?", .event(types: [.statement], constraints: [], wanted: .agent, head: nil, typeWord: "commented")),
        ("who were the officials arrested", .event(types: [.arrest], constraints: [], wanted: .patient, head: "officials", typeWord: "arrested")),
        ("who was the driver detained", .event(types: [.arrest], constraints: [], wanted: .patient, head: "driver", typeWord: "detained")),
    ])
    func eventParaphrases(question: String, expected: Question) throws {
        // read as events: a question about a case fact is read so when the facts do not answer it
        #expect(try QuestionParser().parse(question, facts: false).comparable == expected.comparable)
    }

    @Test(arguments: [
        ("Dara Sok was arrested by whom", Question.event(types: [.arrest], constraints: patientDara, wanted: .agent, head: nil, typeWord: "arrested")),
        ("who was responsible for arresting Dara Sok", .event(types: [.arrest], constraints: patientDara, wanted: .agent, head: nil, typeWord: "arresting")),
        ("when was Dara Sok's arrest", .event(types: [.arrest], constraints: patientDara, wanted: .time, head: nil, typeWord: "arrest")),
        ("when did Dara Sok's arrest happen", .event(types: [.arrest], constraints: patientDara, wanted: .time, head: nil, typeWord: "arrest")),
        ("what was the location of Dara Sok's arrest", .event(types: [.arrest], constraints: patientDara, wanted: .place, head: nil, typeWord: "arrest")),
        ("what was the date of the raid", .event(types: [.raid], constraints: [], wanted: .time, head: nil, typeWord: "raid")),
        ("who faces charges", .event(types: [.charge], constraints: [], wanted: .patient, head: nil, typeWord: "charged")),
        ("list those arrested", .event(types: [.arrest], constraints: [], wanted: .patient, head: nil, typeWord: "arrested")),
        ("name the people detained", .event(types: [.arrest], constraints: [], wanted: .patient, head: nil, typeWord: "detained")),
        ("what statement did Dara Sok make", .statements(speaker: "Dara Sok", about: nil)),
        ("list the members of the Harbour Watch", .members("the Harbour Watch")),
        ("name a member of the Harbour Watch", .members("the Harbour Watch")),
        ("which people are in the Harbour Watch", .members("the Harbour Watch")),
        ("who are Harbour Watch members", .members("Harbour Watch")),
        ("what was Dara Sok's comment on the port", .statements(speaker: "Dara Sok", about: "the port")),
        ("what were Dara Sok's remarks about smuggling", .statements(speaker: "Dara Sok", about: "smuggling")),
        ("according to whom were the prisons full", .whoSaid("said the prisons were full")),
        ("is Dara Sok linked to Port Velo", .connection("Dara Sok", "Port Velo")),
        ("who exactly is Dara Sok", .whoIs("Dara Sok")),
        ("who was targeted in the raid", .event(types: [.raid], constraints: [], wanted: .patient, head: nil, typeWord: "raided")),
        ("who were the targets of the raid", .event(types: [.raid], constraints: [], wanted: .patient, head: nil, typeWord: "raided")),
        ("which people work at the Harbour Watch", .members("the Harbour Watch")),
    ])
    func restatedQuestions(question: String, expected: Question) throws {
        #expect(try QuestionParser().parse(question).comparable == expected.comparable)
    }

    @Test(arguments: ["who employs Dara Sok", "who hired Dara Sok", "who does Dara Sok work for"])
    func employerParaphrases(question: String) throws {
        #expect(try QuestionParser().parse(question) == .organizations("Dara Sok", leader: false))
    }

    /// A name after "who were the" is a person's, not a head noun: "who were the Sok brothers
    /// charged by" keeps its strict reading of an agent question.
    @Test func capitalisedNamesAreNotHeadNouns() throws {
        let q = try QuestionParser().parse("who were the Harbour Watch members arrested")
        if case .event(_, _, _, let head, _) = q { #expect(head == nil) }
    }

    /// "up" alone is no phrasal verb: "who set up the network" is not an arrest.
    @Test func upAfterOtherVerbsIsLeftAlone() throws {
        let q = try QuestionParser().parse("who set up the network")
        if case .event(let types, _, _, _, _) = q { #expect(!types.contains(.arrest)) }
    }
}
