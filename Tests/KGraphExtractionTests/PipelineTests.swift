import Crypto
import KGraphModel
import Testing
@testable import KGraphExtraction

@Suite("Extractor")
struct PipelineTests {
    static let article = """
    Port Velo Police Chief Arrested in Drug Raid

    Velorian police arrested Rin Vath, Marnak’s deputy police chief, and two accomplices on Friday in Port Velo.

    The Velorian Bureau of Narcotics (VBN) said officers seized 4 kilograms of heroin during the raid.

    “We found the drugs in his car,” said VBN spokesperson Amira Haddad. Vath was later charged with trafficking.

    Tomas Ortega, a lawyer for Vath, said his client was innocent. He added that the VBN had no warrant.
    """

    @Test("an invented article end to end")
    func endToEnd() {
        let e = Extractor(lexicon: testLexicon).extract(text: Self.article, path: "a.txt")
        #expect(e.document.title == "Port Velo Police Chief Arrested in Drug Raid")
        #expect(e.document.path == "a.txt")
        #expect(e.entities.map(\.id) == (1...e.entities.count).map { "e\($0)" })
        #expect(e.events.map(\.id) == (1...e.events.count).map { "v\($0)" })
        let names = Dictionary(uniqueKeysWithValues: e.entities.map { ($0.name, $0.type) })
        #expect(names["Rin Vath"] == .person)
        #expect(names["Marnak"] == .place)
        #expect(names["Port Velo"] == .place)
        #expect(names["Velorian Bureau of Narcotics"] == .organization)
        #expect(names["Amira Haddad"] == .person)
        #expect(names["Tomas Ortega"] == .person)
        #expect(e.entity(named: "Rin Vath")?.aliases == ["Vath"])
        #expect(e.entity(named: "Velorian Bureau of Narcotics")?.aliases == ["VBN"])
        let roles = e.roles.map { "\(e.entity($0.personID)!.name): \($0.title)" }
        #expect(roles.contains("Rin Vath: deputy police chief"))
        #expect(roles.contains("Amira Haddad: VBN spokesperson"))
        #expect(roles.contains("Tomas Ortega: lawyer"))
        let arrest = e.events.first { $0.type == .arrest }
        #expect(arrest.map { e.names($0.agents) } == ["Velorian police"])
        #expect(arrest.map { e.names($0.patients) } == ["Rin Vath", "two accomplices"])
        #expect(arrest?.time == "Friday")
        #expect(arrest.map { e.names($0.places) } == ["Port Velo"])
        let charge = e.events.first { $0.type == .charge }
        #expect(charge.map { e.names($0.patients) } == ["Rin Vath"])
        let speakers = e.events.filter { $0.type == .statement }.map { e.names($0.agents) }
        #expect(speakers == [["Velorian Bureau of Narcotics"], ["Amira Haddad"], ["Tomas Ortega"], ["Tomas Ortega"]])
        #expect(e.relations.contains { $0.predicate == .memberOf })
    }

    @Test("offsets, sentences and the document hash are consistent")
    func provenance() {
        let e = Extractor(lexicon: testLexicon).extract(text: Self.article, path: "a.txt")
        let bytes = Array(Self.article.utf8)
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        #expect(e.document.sha256 == digest)
        for ent in e.entities {
            for m in ent.mentions {
                let s = e.document.sentences[m.sentenceIndex]
                #expect(s.utf8Range.contains(m.utf8Start) && m.utf8End <= s.utf8End)
                let text = String(decoding: bytes[m.utf8Range], as: UTF8.self)
                #expect(([ent.name] + ent.aliases).contains(text), "\(text) for \(ent.name)")
            }
        }
        for v in e.events {
            let s = e.document.sentences[v.provenance.sentenceIndex]
            #expect(s.utf8Range.contains(v.provenance.utf8Start))
            #expect(String(decoding: bytes[v.provenance.utf8Range], as: UTF8.self) == v.trigger)
        }
    }

    @Test("empty and odd input does not trap")
    func oddInput() {
        let x = Extractor(lexicon: testLexicon)
        #expect(x.extract(text: "", path: "-").entities.isEmpty)
        #expect(x.extract(text: "\n\n  \n", path: "-").document.sentences.isEmpty)
        _ = x.extract(text: "“ ” ’s ’s ... -- (((", path: "-")
        _ = x.extract(text: String(repeating: "Said ", count: 50), path: "-")
    }
}
