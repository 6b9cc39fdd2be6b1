import KGraphModel
import Testing
@testable import KGraphExtraction

@Suite("MentionFinder")
struct MentionFinderTests {
    @Test("names are split from titles and sentence-initial common words", arguments: [
        "Interior Minister ⟦Dara Sok⟧ said the ⟦Port Velo Municipal Court⟧ would rule.",
        "Following ⟦Lina Ortega⟧'s arrest, police left.",
        "Said ⟦Tomas Haddad⟧: nothing happened.",
        "The ⟦Velorian Bureau of Narcotics⟧ said it arrested ⟦Amira Rin⟧ in ⟦Tiraz⟧.",
        // an ordinary word opening a sentence stays in a name that ends in an organisation word
        "⟦National Guard Service⟧ spokesman ⟦Keo Danh⟧ declined to comment.",
        // an organisation unit "of" a body named without "the" is one name
        "The court ordered the ⟦Directorate of Criminal Investigations⟧ to report.",
    ])
    func spans(_ input: String) {
        let (text, spans) = marked(input)
        let (a, mentions, _) = analyse(text)
        #expect(mentions.map { a.utf8Range(tokens: $0.tokens) } == spans)
    }

    @Test("types come from heads, the gazetteer, context and name lists", arguments: [
        ("Officers took him to the Marnak Provincial Court on Monday.", "Marnak Provincial Court", EntityType.organization),
        ("The men were held in Kesra province last year.", "Kesra", .place),
        ("He joined the rights group Novahelp in 2019.", "Novahelp", .organization),
        ("Police arrested Keo Danh, a police officer, on Friday.", "Keo Danh", .person),
        ("Visitors came from Tiraz and Marnak.", "Tiraz", .place),
        ("The report was written by the Velorian Anti-Drug Authority.", "Velorian Anti-Drug Authority", .organization),
        ("Police detained Pich Sarun, 32, at his home.", "Pich Sarun", .person),
        ("Zarek, an outlawed militant group, claimed the attack.", "Zarek", .organization),
        ("Officers questioned Vorn Chantrea near the border.", "Vorn Chantrea", .person),
        ("Leaders of the Kesra Liberation Front met.", "Kesra Liberation Front", .organization),
        ("The hostages were held in the Varnok forest for a week.", "Varnok", .place),
        ("Agents searched homes in Marnak and Dorvash on Monday.", "Dorvash", .place),
        ("They were arrested in Dorvash, Uplands, on Friday.", "Dorvash", .place),
        ("He escaped from the Korvash Penitentiary last year.", "Korvash Penitentiary", .place),
        ("A reporter for the outlet Tiraz Voice was held.", "Tiraz Voice", .organization),
        ("A court in Ostrava Nova charged him.", "Ostrava Nova", .place),
        ("He was held at his home in the capital, Velmont Nova, on Tuesday.", "Velmont Nova", .place),
        ("The former mayor of Belmora was detained.", "Belmora", .place),
        ("The driver, a citizen of Tajistan, was held.", "Tajistan", .place),
        ("Agents of the Velorian Border Patrol stopped the truck.", "Velorian Border Patrol", .organization),
        ("The case was led by Marnak Harbour Investigations.", "Marnak Harbour Investigations", .organization),
        ("A judge ruled, the Velorian Attorney's Office said.", "Velorian Attorney's Office", .organization),
    ])
    func types(_ text: String, _ name: String, _ type: EntityType) {
        let (_, _, table) = analyse(text)
        let e = table.entities.first { $0.name == name }
        #expect(e?.type == type, "\(table.entities.map { ($0.name, $0.type) })")
    }

    @Test("a sentence's first word hyphenated in lowercase is not a name")
    func hyphenatedOpener() {
        let (_, mentions, _) = analyse("Anti-corruption investigators detained Dara Sok on Monday.")
        #expect(mentions.map(\.text) == ["Dara Sok"])
    }

    @Test("a sentence's first word shaped like an adjective is not a name")
    func adjectiveOpener() {
        let (_, mentions, _) = analyse("“Peaceful protest is not a crime,” said Dara Sok.")
        #expect(mentions.map(\.text) == ["Dara Sok"])
    }

    @Test("after a dateline, a sentence's first common word is not part of a name")
    func dateline() {
        let (_, mentions, _) = analyse("TIRAZ – Two Velo men were charged on Monday.")
        #expect(mentions.map(\.text).contains("Velo"))
        #expect(!mentions.map(\.text).contains("Two Velo"))
    }

    @Test("demonyms, months and lone title words are not names")
    func notNames() {
        let (_, mentions, _) = analyse("The Velorian police chief met Dessaran officials in March, the Minister said.")
        #expect(mentions.isEmpty, "\(mentions.map(\.text))")
    }

    @Test("a place with a lower-case head keeps the longer form as an alias")
    func placeHead() {
        let (_, _, table) = analyse("They were arrested in Kesra district.")
        #expect(table.entities.first?.name == "Kesra")
        #expect(table.entities.first?.aliases == ["Kesra district"])
    }
}
