import KGraphModel
import Testing
@testable import KGraphExtraction

/// The facts of a case read from sentences written for these tests.
@Suite("CaseFactFinder")
struct CaseFactFinderTests {
    /// The facts of every event of a text, as "kind: text".
    func facts(_ text: String) throws -> [String] {
        try Extractor(lexicon: lexicon(for: text)).extract(text: "Title\n\n" + text, path: "t.txt").events.flatMap(\.facts).map { "\($0.kind.rawValue): \($0.text)" }
    }

    /// The facts of a text.
    func all(_ text: String) throws -> [CaseFact] {
        try Extractor(lexicon: lexicon(for: text)).extract(text: "Title\n\n" + text, path: "t.txt").events.flatMap(\.facts)
    }

    /// Every cue's own examples state a fact of its kind.
    @Test(arguments: FactCue.all.flatMap { cue in cue.examples.map { (cue.kind, $0) } })
    func cueExamples(kind: CaseFactKind, example: String) throws {
        #expect(try all(example).contains { $0.kind == kind }, "\(example)")
    }

    @Test("offences after 'charged X with' are split at commas and 'and', not between verbs sharing an object")
    func offencesSplit() throws {
        #expect(try facts("Prosecutors charged Tomas Vath with arson, extortion and money laundering.")
            == ["charge: arson", "charge: extortion", "charge: money laundering"])
        #expect(try facts("Police arrested Lina Ortega on charges of storing and selling weapons illegally.")
            == ["charge: storing and selling weapons illegally"])
        #expect(try facts("A jury found Dara Sok guilty of bribery and sentenced him to two years in prison.")
            == ["outcome: guilty", "charge: bribery", "term: two years in prison"])
    }

    @Test("an offence written before 'charges' is read; a place after it is not")
    func offenceBeforeCharges() throws {
        #expect(try facts("Police detained Dara Sok on weapons smuggling charges in Port Velo.").contains("charge: weapons smuggling"))
    }

    @Test("terms: years and months, words for numbers, hyphenated, life, suspended, hard labour")
    func terms() throws {
        let a = try all("A court sentenced Dara Sok to 21 years and 10 months in prison.")
        #expect(a.first?.months == 262)
        #expect(try all("The judge sentenced Lina Ortega to life in prison.").first?.qualifiers == ["life"])
        #expect(try all("Tomas Vath was sentenced to three years of hard labour.").first.map { ($0.months, $0.qualifiers) }! == (36, ["hard labour"]))
        #expect(try all("Keo Rin was given a two-year suspended sentence by the court.").first?.qualifiers.contains("suspended") == true)
    }

    @Test("a term someone faces is a penalty; one prosecutors seek is marked sought")
    func penaltyAndSought() throws {
        let p = try all("Prosecutors charged Dara Sok with fraud. He faces a maximum penalty of 15 years in prison if convicted.")
        #expect(p.contains { $0.kind == .penalty && $0.months == 180 && $0.qualifiers.contains("maximum") })
        let s = try all("Dara Sok was convicted of fraud, and prosecutors sought 30 years in prison.")
        #expect(s.contains { $0.kind == .term && $0.qualifiers.contains("sought") })
    }

    @Test("fines and bail with their amounts and currencies")
    func money() throws {
        let f = try all("The court sentenced Dara Sok to a year in prison and fined him US$1.2 million.")
        #expect(f.contains { $0.kind == .fine && $0.amount == 1_200_000 && $0.unit == "USD" && $0.text == "US$1.2 million" })
        let r = try all("The company was fined 5 million riel.")
        #expect(r.contains { $0.kind == .fine && $0.amount == 5_000_000 && $0.unit == "KHR" })
        let b = try all("Lina Ortega was released on $10,000 bail.")
        #expect(b.contains { $0.kind == .bail && $0.amount == 10_000 })
        #expect(try facts("The activist was released on bail on Monday.") == ["bail: on bail"])
    }

    @Test("a seizure's patients get their quantities; money 'in' what it was becomes part of the patient")
    func quantities() throws {
        let text = "Customs officers seized more than 450 kilograms of cocaine and $12,000 in cash."
        let q = try all(text) + all("Police seized 3.5kg of heroin and seven rifles.")
        #expect(q.contains { $0.amount == 450 && $0.unit == "kg" && $0.item == "cocaine" && $0.qualifiers == ["more than"] })
        #expect(q.contains { $0.amount == 3.5 && $0.unit == "kg" && $0.item == "heroin" })
        #expect(q.contains { $0.amount == 7 && $0.unit == nil && $0.item == "rifles" })
        #expect(q.contains { $0.amount == 12_000 && $0.unit == "USD" && $0.item == "cash" && $0.text == "$12,000 in cash" })
        let e = Extractor(lexicon: testLexicon).extract(text: "Title\n\n" + text, path: "t.txt")
        #expect(e.events.first?.patients.map(\.text).contains("$12,000 in cash") == true)
    }

    @Test("a statute cited beside a charge")
    func statute() throws {
        #expect(try facts("Dara Sok was charged with alien smuggling under 8 U.S.C. § 1324.").contains("statute: 8 U.S.C. § 1324"))
    }

    @Test("no fact where none is stated: an age, a duration in hiding, a sum paid")
    func noFacts() throws {
        #expect(try facts("Police arrested Dara Sok, 45, who had spent 10 years in hiding.") == [])
        #expect(try facts("Police arrested Lina Ortega after she paid $5,000 to a broker.") == [])
    }

    @Test("each fact keeps its sentence and character range")
    func provenance() throws {
        let text = "Title\n\nA court sentenced Dara Sok to nine years in prison."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let f = try #require(e.events.first?.facts.first)
        #expect(f.mention.sentenceIndex == 1)
        #expect(TextOffsets.slice(text, utf8Range: f.mention.utf8Range) == "nine years in prison")
    }
}

/// The court of a trial or sentence, read from the event's participants.
@Suite("CaseFactFinder courts")
struct CaseFactCourtTests {
    @Test("a court that sentences is the sentence's court; an agency that arrests is no court")
    func court() throws {
        let e = Extractor(lexicon: testLexicon).extract(text: "Title\n\nThe Port Velo Provincial Court sentenced Dara Sok to nine years in prison.", path: "t.txt")
        #expect(e.events.first?.facts.contains { $0.kind == .court && $0.text == "Port Velo Provincial Court" } == true)
        let a = Extractor(lexicon: testLexicon).extract(text: "Title\n\nThe Coastal Police arrested Dara Sok in Port Velo.", path: "t.txt")
        #expect(a.events.flatMap(\.facts).isEmpty)
    }
}

/// Facts of an event told twice, and cues that must not reach past a circumstance.
@Suite("CaseFactFinder tellings")
struct CaseFactTellingTests {
    func facts(_ text: String) -> [String] {
        Extractor(lexicon: testLexicon).extract(text: "Title\n\n" + text, path: "t.txt").events.flatMap(\.facts).map { "\($0.kind.rawValue): \($0.text)" }
    }

    @Test("a fact told with the second telling of an event belongs to the event it was merged into")
    func mergedTelling() {
        let f = facts("Tomas Vath was convicted by a jury in May. Vath was found guilty of fraud and three counts of extortion.")
        #expect(f.contains("charge: fraud"))
        #expect(f.contains("charge: three counts of extortion"))
    }

    @Test("'indicted by a jury in the district on charges of X' reads X, not the district")
    func noCueAcrossACircumstance() {
        let f = facts("Dara Sok was indicted by a grand jury in the Southern District on charges of conspiring to import cocaine.")
        #expect(f == ["charge: conspiring to import cocaine"])
    }

    @Test("a term told by a noun that names no one is kept on its event")
    func termWithoutParticipants() {
        #expect(facts("Dara Sok was later given a commuted sentence of 19 years for his crimes.") == ["term: 19 years"])
    }
}
