import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

@Suite struct NameResolutionTests {
    let engine = Fixtures.engine

    /// Any case, any alias, with or without diacritics, a surname alone, a small typo.
    @Test(arguments: ["who is Lina Vey", "who is LINA VEY", "who is lina vey", "who is Vey", "who is Lina Vay", "who is Lnia Vey", "who is Ms. Lina Vey"])
    func forgivingNames(_ question: String) throws {
        #expect(try engine.answer(question).texts == ["spokesperson for Velo Municipal Court"])
    }

    /// The CLI's `show`, `render --focus` and `export --focus` resolve names through this.
    @Test func entityNamedResolvesForgivinglyAndFailsClearly() throws {
        #expect(try engine.entity(named: "lina vay").name == "Lina Vey")
        #expect(throws: QueryError.self) { try engine.entity(named: "Zebulon Quartermaine") }
        do {
            _ = try engine.entity(named: "Zebulon Quartermaine")
        } catch {
            #expect(String(describing: error).hasPrefix("no entity named 'Zebulon Quartermaine' in the knowledge base"))
        }
    }

    /// A name typed more fully than the article gives it.
    @Test func fullerNameThanKnown() throws {
        var a = ArticleBuilder(path: "i.txt")
        a.add("Brandt, a retired pilot, said nothing.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Brandt", type: .person, mentions: [a.mention("Brandt", in: 0)])],
                           roles: [RoleAssertion(personID: "e1", title: "retired pilot", provenance: a.provenance("retired pilot", in: 0))])
        let r = try QueryEngine(reader: InMemoryGraph(e.graph())).answer("who is Ivo Brandt")
        #expect(r.texts == ["retired pilot"])
        #expect(r.notes == ["read “Ivo Brandt” as “Brandt”"])
    }

    @Test func typoIsNoted() throws {
        let r = try engine.answer("who is Lina Vay")
        #expect(r.notes == ["read “Lina Vay” as “Lina Vey”"])
        #expect(r.readableText().contains("read “Lina Vay” as “Lina Vey”"))
    }

    @Test(arguments: ["who arrested Renee Okafor", "who arrested RENÉE OKAFOR", "who arrested Okafor", "who arrested Renée Okafr"])
    func diacriticsAndSurnames(_ question: String) throws {
        #expect(try engine.answer(question).texts == ["Police (Kessa National Police)"])
    }

    /// "Sok" is an alias of two people: who-is lists both; an event question keeps the one it fits.
    @Test func ambiguousNameListsCandidates() throws {
        #expect(throws: QueryError.ambiguous("Sok", candidates: ["Dara Sok (person)", "Nora Sok (person)"])) {
            try engine.answer("who is Sok")
        }
        let error = QueryError.ambiguous("Sok", candidates: ["Dara Sok (person)", "Nora Sok (person)"])
        #expect(error.description == "'Sok' could be 'Dara Sok (person)', 'Nora Sok (person)'; give the full name")
        let r = try engine.answer("who arrested Sok")
        #expect(r.texts == ["Harbour Police"])
        #expect(r.notes.contains { $0.contains("Dara Sok") && $0.contains("Nora Sok") })
    }

    @Test func editDistance() {
        #expect(NameResolver.editDistance("kitten", "sitting", limit: 5) == 3)
        #expect(NameResolver.editDistance("abc", "abc", limit: 0) == 0)
        #expect(NameResolver.editDistance("abcdef", "a", limit: 2) == 3)
        #expect(NameResolver.editDistance("", "ab", limit: 2) == 2)
    }
}
