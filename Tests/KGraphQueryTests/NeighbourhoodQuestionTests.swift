import KGraphModel
import Testing
@testable import KGraphQuery

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
