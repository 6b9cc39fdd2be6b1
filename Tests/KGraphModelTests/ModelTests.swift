import Foundation
import KGraphModel
import Testing

@Suite struct TextOffsetsTests {
    @Test func scalarOffsetsCountCodePointsNotBytes() {
        let text = "Café 🚓 Dara Sok"
        let map = TextOffsets.ScalarMap(text)
        let byteStart = text.utf8.count - "Dara Sok".utf8.count
        #expect(map.scalarOffset(ofUTF8: byteStart) == 7)
        #expect(map.scalarOffset(ofUTF8: text.utf8.count) == text.unicodeScalars.count)
        #expect(map.scalarOffset(ofUTF8: 0) == 0)
        // An offset inside a multi-byte scalar maps to the scalar's start.
        #expect(map.scalarOffset(ofUTF8: 4) == 3)
        #expect(map.scalarOffset(ofUTF8: 5) == 4)
    }

    @Test func sliceClampsAndNeverTraps() {
        let text = "Café"
        #expect(TextOffsets.slice(text, utf8Range: 0..<3) == "Caf")
        #expect(TextOffsets.slice(text, utf8Range: 3..<5) == "é")
        #expect(TextOffsets.slice(text, utf8Range: 2..<99) == "fé")
        #expect(TextOffsets.slice(text, utf8Range: 4..<5) == "\u{FFFD}")
    }
}

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Dara Sok", "dara sok"),
        ("the Harbour Court", "harbour court"),
        ("Port Velo’s  Marina", "port velo marina"),
        ("U.S.", "us"),
        ("Đặng Văn Hải", "dang van hai"),
        ("O'Brien", "obrien"),
        ("The", "the"),
    ])
    func normalises(_ pair: (String, String)) {
        #expect(NameKey.normalize(pair.0) == pair.1)
    }
}

@Suite struct GraphTests {
    static func extraction(sha: String = "ab12", person: String = "Dara Sok") -> Extraction {
        let text = "Raid\n\nPolice arrested \(person) in Port Velo on Monday during a raid."
        let doc = Document(path: "a.txt", title: "Raid", sha256: sha, text: text,
                           sentences: [SentenceSpan(index: 0, utf8Range: 0..<4), SentenceSpan(index: 1, utf8Range: 6..<text.utf8.count)])
        let prov = Provenance(documentSHA256: sha, sentenceIndex: 1, utf8Range: 13..<21)
        return Extraction(
            document: doc,
            entities: [Entity(id: "e1", name: person, type: .person, aliases: ["Sok"], mentions: [Mention(sentenceIndex: 1, utf8Range: 22..<30)]),
                       Entity(id: "e2", name: "Port Velo", type: .place)],
            roles: [RoleAssertion(personID: "e1", title: "harbour master", provenance: prov)],
            events: [Event(id: "v1", type: .arrest, trigger: "arrested", agents: [Participant(text: "Police")],
                           patients: [Participant(entityID: "e1", text: person)], places: [Participant(entityID: "e2", text: "Port Velo")],
                           time: "Monday", partOf: ["v2"], provenance: prov),
                     Event(id: "v2", type: .raid, trigger: "raid", provenance: prov),
                     Event(id: "v3", type: .statement, trigger: "said", agents: [Participant(entityID: "e1", text: person)],
                           content: "the port was closed", provenance: prov)])
    }

    @Test func extractionGraphHasTypedNodesAndEdgesWithProvenance() {
        let g = Self.extraction().graph()
        let person = NodeID.entity(.person, name: "Dara Sok")
        #expect(g.node(person)?.kind == .person)
        #expect(g.node(person)?.provenance.first?.utf8Range == 22..<30)
        let arrest = NodeID.event(documentSHA256: "ab12", eventID: "v1")
        #expect(g.node(arrest)?.eventType == .arrest)
        #expect(g.node(arrest)?.attributes["time"] == "Monday")
        let kinds = Set(g.edges.filter { $0.source == arrest }.map(\.kind))
        #expect(kinds == [.agent, .patient, .place, .time, .partOf])
        #expect(g.edges.contains { $0.kind == .said && $0.source == person })
        #expect(g.edges.contains { $0.kind == .holdsRole && $0.source == person })
        #expect(g.nodes.contains { $0.kind == .thing && $0.name == "Police" })
        #expect(g.edges.allSatisfy { !$0.provenance.isEmpty })
        #expect(Set(g.nodes.map(\.id)).count == g.nodes.count)
        #expect(Set(g.edges.map(\.key)).count == g.edges.count)
    }

    @Test func mergingTwoArticlesKeepsOneEntityWithBothProvenances() {
        let a = Self.extraction(sha: "aaaa").graph(), b = Self.extraction(sha: "bbbb").graph()
        let merged = a.merged(with: b)
        let person = NodeID.entity(.person, name: "Dara Sok")
        #expect(merged.nodes.filter { $0.id == person }.count == 1)
        #expect(merged.node(person)?.documentSHA256s == ["aaaa", "bbbb"])
        #expect(merged.documents.count == 2)
        #expect(merged.nodes.filter { $0.kind == .event }.count == 6)
    }

    @Test func inMemoryReaderIndexesNamesAndEdges() {
        let reader = InMemoryGraph(Self.extraction().graph())
        let person = NodeID.entity(.person, name: "Dara Sok")
        #expect(reader.nodes(withNameKey: "sok").map(\.id) == [person])
        #expect(reader.edges(to: person).contains { $0.kind == .patient })
        #expect(reader.nodes(kind: .event, eventType: .raid).count == 1)
        #expect(reader.sentence(documentSHA256: "ab12", index: 1)?.hasPrefix("Police arrested") == true)
        #expect(reader.nameIndex(kinds: [.place]).keys.sorted() == ["port velo"])
    }
}

@Test(arguments: ["Dara Sok's arrest, in Port-Velo.", "U.S. officials' 21,566 cases", "Ōsaka Dock Café", "no.2 o'clock"])
func wordsAgreeWithTheNormalisation(text: String) {
    #expect(NameKey.words(text) == NameKey.normalize(text).split(separator: " ").map(String.init))
}

@Test func wordsKeepALeadingThe() {
    // The normalisation drops a leading "the" from a name; the words of a sentence keep it.
    #expect(NameKey.words("the Harbour  Police") == ["the", "harbour", "police"])
}
