import KGraphExtraction
import KGraphModel
import Testing
@testable import KGraphQuery

/// Two invented articles, read by the extractor as a user's articles would be: a customs raid in
/// Velmora with arrests and seizures, and a coastguard operation in Rask a month later.
enum ScopeFixture {
    static let customs = """
    Customs Raid Nets Three in Velmora

    Customs agents arrested Ilya Brenner, Sofia Marten and Petr Halloran in Velmora on October 4.
    Brenner was arrested with Marten at a warehouse near the port.
    Agents seized 12 kilograms of heroin and $80,000 in cash in the customs raid.
    Brenner was charged with smuggling narcotics and sentenced to nine years in prison in December.
    """

    static let coastguard = """
    Coastguard Detains Two Fishermen off Rask

    The coastguard detained Ondrej Vaska and Lior Benn in Rask on November 12.
    Officers seized 300 litres of diesel in the coastguard operation.
    """

    /// The graph of both articles, or of `copies` reprints of the first.
    static func graph(reprints copies: Int = 0) throws -> KGraph {
        let extractor = try Extractor.standard()
        var graph = extractor.extract(text: customs, path: "news/customs.txt").graph()
        graph = graph.merged(with: extractor.extract(text: coastguard, path: "news/coastguard.txt").graph())
        for i in 0..<copies {
            let reprint = customs.replacingOccurrences(of: "Customs Raid Nets Three", with: "Reprint \(i): Customs Raid Nets Three")
            graph = graph.merged(with: extractor.extract(text: reprint, path: "reprints/\(i).txt").graph())
        }
        return graph
    }

    static func engine(reprints: Int = 0) throws -> QueryEngine {
        QueryEngine(reader: InMemoryGraph(try graph(reprints: reprints)))
    }
}

@Suite struct QuestionScopeTests {
    /// Forms that were refused are read.
    @Test(arguments: ["how long was Brenner sentenced for", "how long was Brenner sentenced to",
                      "list everyone arrested in October", "what sentence did Brenner get"])
    func onceRefusedFormsAreRead(question: String) throws {
        #expect(throws: Never.self) { _ = try ScopeFixture.engine().answer(question) }
    }

    /// A term is answered with the term the graph holds, never with a participant.
    @Test func aTermIsNotAnsweredWithAParticipant() throws {
        let r = try ScopeFixture.engine().answer("how long was Brenner sentenced for")
        #expect(r.answers.map(\.text) == ["nine years in prison"])
        #expect(r.answers.first?.value == "108 months")
    }

    /// A time scope keeps the events of that time only.
    @Test func aTimeScopeIsApplied() throws {
        let texts = try ScopeFixture.engine().answer("list everyone arrested in October").answers.map(\.text)
        #expect(texts.contains("Ilya Brenner"))
        #expect(!texts.contains("Ondrej Vaska"))
    }

    /// A place scope keeps the events of that place only.
    @Test func aPlaceScopeIsApplied() throws {
        let texts = try ScopeFixture.engine().answer("who was detained in Rask").answers.map(\.text)
        #expect(Set(texts) == ["Ondrej Vaska", "Lior Benn"])
    }

    /// A time no event of the kind states is not applied, and the result says so; a time that
    /// differs from the one stated gives no answer.
    @Test func anUnstatedTimeIsNamedAsNotApplied() throws {
        let r = try ScopeFixture.engine().answer("who was detained in March")
        #expect(r.answers.isEmpty || !r.notApplied.isEmpty)
        #expect(!r.answers.map(\.text).contains("Ondrej Vaska"))
    }

    /// "with X" keeps those who took part with X, and not X.
    @Test func withScopesToCoParticipants() throws {
        let texts = try ScopeFixture.engine().answer("who was arrested with Brenner").answers.map(\.text)
        #expect(texts.contains("Sofia Marten"))
        #expect(!texts.contains("Ilya Brenner"))
        #expect(!texts.contains("Ondrej Vaska"))
    }

    /// An event scope ("in the coastguard operation") keeps the seizures of that operation.
    @Test func anEventScopeIsApplied() throws {
        let texts = try ScopeFixture.engine().answer("what did officers seize in the coastguard operation").answers.map(\.text)
        #expect(texts.contains { $0.contains("diesel") })
        #expect(!texts.contains { $0.contains("heroin") })
    }

    /// "how many" counts what it lists.
    @Test func howManyCounts() throws {
        let r = try ScopeFixture.engine().answer("how many people were detained in Rask")
        #expect(r.count == 2)
        #expect(r.answers.count == 2)
        #expect(r.readableText().contains("2 found"))
    }

    /// `--article` keeps answers to one article.
    @Test func anArticleScopeIsApplied() throws {
        var engine = try ScopeFixture.engine()
        engine.articles = ["news/coastguard.txt"]
        let texts = try engine.answer("who was arrested").answers.map(\.text)
        #expect(Set(texts) == ["Ondrej Vaska", "Lior Benn"])
    }

    /// A reprinted sentence is shown once, with the number of other articles stating it.
    @Test func reprintsShowTheirEvidenceOnce() throws {
        let r = try ScopeFixture.engine(reprints: 4).answer("who arrested Sofia Marten")
        let evidence = try #require(r.answers.first?.evidence)
        #expect(evidence.count == Set(evidence.map(\.sentence)).count)
        #expect(evidence.contains { $0.alsoIn.count == 4 })
        #expect(r.readableText().contains("and 4 other articles"))
    }

    /// A best-effort reading never stands as a plain answer: the headline and every answer say so.
    @Test func aBestEffortReadingIsMarked() throws {
        let loose = QueryResult(question: "q", interpretation: "agency in sentences matching ‘raid’",
                                answers: [Answer(text: "Customs agents", type: "thing", evidence: [])]).markedBestEffort()
        #expect(loose.bestEffort)
        #expect(loose.readableText().hasPrefix("No stated answer."))
        #expect(loose.answers.allSatisfy { $0.inferred?.contains("best-effort") == true })
        let stated = QueryResult(question: "q", interpretation: "who did it", answers: [Answer(text: "X", type: "person", evidence: [])])
        #expect(!stated.readableText().contains("best-effort"))
    }
}
