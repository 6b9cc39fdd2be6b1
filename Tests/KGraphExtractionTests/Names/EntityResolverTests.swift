import KGraphModel
import Testing
@testable import KGraphExtraction

@Suite("EntityResolver")
struct EntityResolverTests {
    @Test("a surname or given name joins the full name")
    func surnames() {
        let (_, _, t) = analyse("Police arrested Dara Sok on Monday. Sok denied the charges, and Dara was later released.")
        #expect(t.entities.count == 1)
        #expect(t.entities[0].name == "Dara Sok")
        #expect(Set(t.entities[0].aliases) == ["Sok", "Dara"])
        #expect(t.entities[0].mentions.count == 3)
    }

    @Test("a quoted nickname after 'known as' is the alias of the person before it")
    func quotedNickname() {
        let (_, _, t) = analyse("Soldiers captured Dara Sok, 34, known by his alias \"Kestrel,\" near Tiraz on Monday.")
        let people = t.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Dara Sok"])
        #expect(people.first?.aliases.contains("Kestrel") == true)
        #expect(!t.entities.contains { $0.name == "Kestrel" })
    }

    @Test("the first of two surnames joins a four-word name")
    func doubleSurname() {
        let (_, _, t) = analyse("Police arrested Mateo Andres Rivas Colon in Tiraz on Monday. Rivas, 41, denied the charges.")
        let people = t.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Mateo Andres Rivas Colon"])
        #expect(people.first?.aliases.contains("Rivas") == true)
    }

    @Test("a part of a person's name that is also a place's name stays the person's")
    func surnameThatIsAPlace() {
        let (_, _, t) = analyse("Police arrested Mateo Andres Tiraz Colon on Monday. Officers took Tiraz to the capital.")
        #expect(t.entities.filter { $0.type == .person }.map(\.name) == ["Mateo Andres Tiraz Colon"])
        #expect(!t.entities.contains { $0.type == .place && $0.name == "Tiraz" })
    }

    @Test("an acronym in brackets or by initials joins its expansion")
    func acronyms() {
        let (_, _, t) = analyse("The Velorian Bureau of Narcotics (VBN) raided a farm. VBN agents said the Coastal Rights League led the case. CRL lawyers agreed.")
        let bureau = t.entities.first { $0.name == "Velorian Bureau of Narcotics" }
        #expect(bureau?.aliases == ["VBN"])
        #expect(bureau?.type == .organization)
        let league = t.entities.first { $0.name == "Coastal Rights League" }
        #expect(league?.aliases == ["CRL"])
    }

    @Test("a bracketed credit that is no acronym of the name stays apart")
    func credit() {
        let (_, _, t) = analyse("TIRAZ, Dessaro (VNA) — Police arrested Dara Sok.")
        #expect(t.entities.first { $0.name == "Dessaro" }?.aliases == [])
        #expect(t.entities.first { $0.name == "VNA" }?.type == .organization)
    }

    @Test("a shorter organisation name ending in the same head joins the longer one")
    func shortOrg() {
        let (_, _, t) = analyse("Leaders of the Velorian National Unity Party met. The Unity Party denied it.")
        #expect(t.entities.count == 1)
        #expect(t.entities[0].aliases == ["Unity Party"])
    }

    @Test("different people sharing no name stay apart; a place inside an organisation name stays apart")
    func apart() {
        let (_, _, t) = analyse("Dara Sok and Lina Ortega went to the Port Velo Municipal Court in Port Velo.")
        #expect(t.entities.map(\.name) == ["Dara Sok", "Lina Ortega", "Port Velo Municipal Court", "Port Velo"])
        #expect(t.entities.map(\.type) == [.person, .person, .organization, .place])
    }

    @Test("headline mentions only join names the body uses")
    func headline() {
        let (_, _, t) = analyse("Big Port Velo Bust Nets Dara Sok\n\nPolice in Port Velo arrested Dara Sok.")
        #expect(t.entities.map(\.name) == ["Port Velo", "Dara Sok"])
        #expect(t.entities[0].mentions.count == 2)
    }

    @Test("a nickname in quotes inside a name is an alias, not a person")
    func nickname() {
        let e = Extractor(lexicon: testLexicon).extract(text: "Capture\n\nSoldiers captured Dara “El Toro” Sok on Saturday. Sok, 48, was flown to Tiraz.", path: "t.txt")
        let people = e.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Dara Sok"])
        #expect(people.first?.aliases.contains("El Toro") == true)
    }
}
