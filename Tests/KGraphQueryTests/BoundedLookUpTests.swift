import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

/// The pieces behind bounded look-ups: the word list a loose question searches, the fast ASCII
/// reading of words, and the default implementations of the new ``GraphReader`` look-ups.
@Suite struct BoundedLookUpTests {
    /// ASCII text is read into the same words as ``NameKey/normalize(_:)`` gives (a leading
    /// "the" aside); other text goes through the normalisation itself.
    @Test(arguments: ["Police arrested Dara Sok's brother in Port Velo.", "The U.S. embassy said it's closed",
                      "O'Neil's lawyer, Mr. Tal, filed 12 motions on 3/4/2021 — or so", "  tabs\tand\nlines  ",
                      "Renée Okafor was détained", "'sam said 'So' ''s", "", "...", "THE THE the"])
    func wordsMatchTheNormalisation(_ text: String) {
        let expected = NameKey.normalize(text).split(separator: " ").map(String.init)
        var got = WordStemmer.words(text)
        if got.count > 1, got.first == "the" { got.removeFirst() }
        #expect(got == expected, "\(text)")
    }

    /// The words a stem is searched by: regular forms through their prefix, irregular ones by
    /// name (whether the sentences hold them or not), stop words never.
    @Test func sentenceWordsOfStems() throws {
        let walk = try GraphWalk(reader: InMemoryGraph(LooseFixture.article().graph()))
        #expect(try walk.sentenceWords(stemmedTo: [WordStemmer.stem("flown")]) == ["flew", "flies", "flown", "fly", "flying"])
        #expect(try walk.sentenceWords(stemmedTo: [WordStemmer.stem("detained")]).isSuperset(of: ["detained", "detention"]))
        #expect(try walk.sentenceWords(stemmedTo: [WordStemmer.stem("charges")]) == ["charged", "charges"])
        #expect(try walk.sentenceWords(stemmedTo: [WordStemmer.stem("member")]) == ["members"])
        #expect(try walk.sentenceWords(stemmedTo: ["zebra"]).isEmpty)
    }

    /// The default look-ups of a reader without indexes agree with reading everything.
    @Test func defaultLookUpsOfAnInMemoryGraph() throws {
        let graph = InMemoryGraph(LooseFixture.article().graph())
        let events = graph.nodes(kind: .event, eventType: nil)
        #expect(try graph.nodeCount(kind: .event, eventType: nil) == events.count)
        #expect(try graph.nodeCount(kind: .event, eventType: .arrest) == 2)
        #expect(try graph.nodes(kind: .event, eventType: nil, offset: 1, limit: 2).map(\.id) == events[1..<3].map(\.id))
        #expect(try graph.nodes(kind: .event, eventType: nil, offset: events.count, limit: 2).isEmpty)
        #expect(try graph.sentenceWords(withPrefix: "flo") == ["flown"])
        // "links" is in sentences 3 and 9, "youth" in 9 and 10: 9 holds both, so it comes first.
        let hits = try graph.sentences(holdingAnyOf: ["links", "youth"], limit: 10)
        #expect(hits.map(\.sentenceIndex) == [9, 3, 10])
        #expect(try graph.sentences(holdingAnyOf: ["links", "youth"], limit: 1).map(\.sentenceIndex) == [9])
        let stated = try graph.events(statedIn: [hits[0], Provenance(documentSHA256: hits[0].documentSHA256, sentenceIndex: 12, utf8Range: 0..<0)])
        #expect(stated.map(\.eventType) == [.charge])
        let named = try graph.nodes(withNameKeys: ["ivo brandt", "kessa", "nobody here"], kinds: [.person])
        #expect(named.mapValues { $0.map(\.name) } == ["ivo brandt": ["Ivo Brandt"]])
        #expect(try graph.nodes(withNameKeys: ["ivo brandt", "kessa"], kinds: [.place]).mapValues { $0.map(\.name) } == ["kessa": ["Kessa"]])
    }

    /// A loose question naming no one finds its sentence through the word look-ups.
    @Test func looseQuestionWithoutANameFindsItsSentence() throws {
        let reader = CountingReader(LooseFixture.article().graph())
        let r = try QueryEngine(reader: reader).answer("where were the suspects sent")
        #expect(r.texts == ["Tarn Harbour Court"])
        #expect(reader.kindScans.isEmpty)
    }
}
