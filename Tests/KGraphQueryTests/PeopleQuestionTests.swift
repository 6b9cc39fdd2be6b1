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
