import KGraphModel
import Testing
@testable import KGraphQuery

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
