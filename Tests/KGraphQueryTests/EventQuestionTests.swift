import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

@Suite struct EventQuestionTests {
    let engine = Fixtures.engine

    /// An arrest with no stated agent takes the agent of the raid it was part of, and says so.
    @Test func arrestAgentIsInferredFromTheRaid() throws {
        let r = try engine.answer("who arrested Dara Sok")
        #expect(r.texts == ["Harbour Police"])
        let a = try #require(r.answers.first)
        #expect(a.type == "organization")
        #expect(a.inferred?.contains("inferred from the raid") == true)
        #expect(a.evidence.contains { $0.sentence == "Harbour Police raided a warehouse in Port Velo on Monday." })
        #expect(a.evidence.contains { $0.sentence.hasPrefix("Dara Sok and Mina Roth") })
        #expect(a.evidence.allSatisfy { $0.document == "articles/harbour-raid.txt" })
    }

    /// Passive and "by whom" forms ask the same.
    @Test(arguments: ["who was Dara Sok arrested by", "by whom was Dara Sok detained", "who took Dara Sok into custody", "who apprehended dara sok"])
    func passiveFormsFindTheSameAgent(_ question: String) throws {
        #expect(try engine.answer(question).texts == ["Harbour Police"])
    }

    /// Without a part_of edge, a raid of the same article on the same people counts too.
    @Test func raidWithTheSamePatientsCountsWithoutPartOf() throws {
        var a = ArticleBuilder(path: "b.txt")
        a.add("Customs agents raided the home of Ivo Brandt.")
        a.add("Ivo Brandt was arrested.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Ivo Brandt", type: .person, mentions: [a.mention("Ivo Brandt", in: 0)])],
                           events: [
                               Event(id: "v1", type: .raid, trigger: "raided", agents: [a.participant(nil, "Customs agents", in: 0)],
                                     patients: [a.participant("e1", "Ivo Brandt", in: 0)], provenance: a.provenance("raided", in: 0)),
                               Event(id: "v2", type: .arrest, trigger: "arrested", patients: [a.participant("e1", "Ivo Brandt", in: 1)],
                                     provenance: a.provenance("arrested", in: 1)),
                           ])
        let r = try QueryEngine(reader: InMemoryGraph(e.graph())).answer("who arrested Ivo Brandt")
        #expect(r.texts == ["Customs agents"])
        #expect(r.answers.first?.inferred?.contains("same people") == true)
    }

    /// An arrest naming its prisoner but no agent, place or time takes them from the article's
    /// other arrests that name no one ("the detention took place on Friday in Kessa"), and a
    /// participant that is only a stop word is no answer.
    @Test func articleLevelInference() throws {
        var a = ArticleBuilder(path: "h.txt")
        a.add("The harbour court detained a suspect on Friday in Kessa.")
        a.add("The arrest of Ivo Brandt surprised the town.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Ivo Brandt", type: .person, mentions: [a.mention("Ivo Brandt", in: 1)]),
                                      Entity(id: "e2", name: "Kessa", type: .place, mentions: [a.mention("Kessa", in: 0)])],
                           events: [Event(id: "v1", type: .arrest, trigger: "detained", agents: [a.participant(nil, "The harbour court", in: 0)],
                                          places: [a.participant("e2", "Kessa", in: 0)], time: "Friday", provenance: a.provenance("detained", in: 0)),
                                    Event(id: "v2", type: .arrest, trigger: "arrest", agents: [a.participant(nil, "The", in: 1)],
                                          patients: [a.participant("e1", "Ivo Brandt", in: 1)], provenance: a.provenance("arrest", in: 1))])
        let engine = QueryEngine(reader: InMemoryGraph(e.graph()))
        let who = try engine.answer("who arrested Ivo Brandt")
        #expect(who.texts == ["The harbour court"])
        #expect(who.answers.first?.inferred?.contains("inferred from the article") == true)
        #expect(try engine.answer("when was Ivo Brandt arrested").texts == ["Friday"])
        #expect(try engine.answer("where was Ivo Brandt arrested").texts == ["Kessa"])
    }

    /// "police" as a phrase resolves to the police organisation the same article names.
    @Test func policeResolvesToTheArticlesPoliceOrganisation() throws {
        let r = try engine.answer("who detained Renée Okafor")
        #expect(r.texts == ["Police (Kessa National Police)"])
        #expect(r.answers.first?.type == "organization")
        #expect(r.answers.first?.inferred?.contains("Kessa National Police") == true)
    }

    @Test func whoWasArrestedListsEveryPatient() throws {
        let r = try engine.answer("who was arrested")
        #expect(Set(r.texts) == ["Dara Sok", "Mina Roth", "Renée Okafor"])
    }

    /// Named people are the answers; phrase patients are noted beside them.
    @Test func phrasePatientsAreNotedBesideNamedOnes() throws {
        var a = ArticleBuilder(path: "f.txt")
        a.add("Police arrested Ivo Brandt and two accomplices.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Ivo Brandt", type: .person, mentions: [a.mention("Ivo Brandt", in: 0)])],
                           events: [Event(id: "v1", type: .arrest, trigger: "arrested", agents: [a.participant(nil, "Police", in: 0)],
                                          patients: [a.participant("e1", "Ivo Brandt", in: 0), a.participant(nil, "two accomplices", in: 0)],
                                          provenance: a.provenance("arrested", in: 0))])
        let engine = QueryEngine(reader: InMemoryGraph(e.graph()))
        let r = try engine.answer("who was arrested")
        #expect(r.texts == ["Ivo Brandt"])
        #expect(r.notes == ["also recorded, as phrases: two accomplices"])
        #expect(try engine.answer("who arrested the two accomplices").texts == ["Police"])
    }

    @Test func whichOfficialsFiltersByTitle() throws {
        #expect(try engine.answer("which officials were arrested").texts == ["Mina Roth"])
    }

    @Test func whoDidThePoliceArrest() throws {
        #expect(try engine.answer("who did the police arrest").texts.contains("Renée Okafor"))
        #expect(try engine.answer("who did Harbour Police arrest").texts == ["Dara Sok", "Mina Roth"])
        // "Police" in the article that names the Kessa National Police is taken as it.
        #expect(try engine.answer("who did the Kessa National Police detain").texts == ["Renée Okafor"])
    }

    @Test func whereAndWhenComeFromTheRaid() throws {
        let place = try engine.answer("where was Dara Sok arrested")
        #expect(place.texts == ["Port Velo, Marland"])
        #expect(place.answers.first?.inferred != nil)
        #expect(try engine.answer("when was Mina Roth arrested").texts == ["Monday"])
        #expect(try engine.answer("when was Renée Okafor detained").texts == ["Friday"])
        #expect(try engine.answer("where was Renée Okafor detained").texts == ["Kessa"])
    }

    @Test func whenWasTheRaid() throws {
        #expect(try engine.answer("when was the raid").texts == ["Monday"])
        #expect(try engine.answer("when did the raid take place").texts == ["Monday"])
        #expect(try engine.answer("who carried out the raid").texts == ["Harbour Police"])
        #expect(try engine.answer("who raided the warehouse").texts == ["Harbour Police"])
    }

    @Test func chargesAndReleases() throws {
        #expect(try engine.answer("who was charged").texts == ["Dara Sok"])
        #expect(try engine.answer("when was Dara Sok charged").texts == ["Wednesday"])
        #expect(try engine.answer("who was freed").texts == ["Renée Okafor"])
        #expect(try engine.answer("who was released").texts == ["Renée Okafor"])
    }

    @Test func seizures() throws {
        #expect(try engine.answer("what was seized").texts == ["40 kilograms of cocaine"])
        #expect(try engine.answer("what did officers confiscate").texts == ["40 kilograms of cocaine"])
        #expect(try engine.answer("who seized the cocaine").texts == ["Officers"])
    }

    @Test func constraintsOnPlaceAndTime() throws {
        #expect(try engine.answer("who was arrested in Kessa").texts == ["Renée Okafor"])
        #expect(try engine.answer("who was arrested in Marland").texts == ["Dara Sok", "Mina Roth"])
        #expect(try engine.answer("who was detained on Friday").texts == ["Renée Okafor"])
    }

    /// No answer: what was understood and what is known instead.
    @Test func noAgentForTheReleaseIsAnHonestNoAnswer() throws {
        let r = try engine.answer("who released Renée Okafor")
        #expect(r.answers.isEmpty)
        #expect(r.interpretation.contains("release"))
        #expect(r.explanation?.contains("no stated agent") == true)
        #expect(r.knownInstead.contains { $0.contains("freed") })
        #expect(r.readableText().contains("No answer"))
    }

    @Test func noSuchEventSaysWhatIsKnown() throws {
        let r = try engine.answer("who sentenced Dara Sok")
        #expect(r.answers.isEmpty)
        #expect(r.explanation?.contains("sentence") == true)
        #expect(r.knownInstead.contains { $0.contains("charge") })
    }

    @Test func unknownNameIsNoAnswerWithSuggestions() throws {
        let r = try engine.answer("who arrested Zed Quillon")
        #expect(r.answers.isEmpty)
        #expect(r.explanation?.contains("Zed Quillon") == true)
        let near = try engine.answer("who arrested Dxrx Sxk")
        #expect(near.answers.isEmpty)
        #expect(near.suggestions.contains("Dara Sok"))
    }
}
