import Foundation
import KGraphModel
import Testing
@testable import KGraphStore

/// Resolution of identities across articles (``IdentityResolver``): general signals over names,
/// merged at ingest from the threshold, suggestions below it. Every name here is invented.
@Suite struct IdentityTests {
    static func org(_ path: String, _ name: String) -> Extraction {
        Sample.mention(path: path, sentence: "\(name) opened an inquiry.", name: name, type: .organization)
    }
    static func place(_ path: String, _ name: String) -> Extraction {
        Sample.mention(path: path, sentence: "Officers met in \(name).", name: name, type: .place)
    }
    static func person(_ path: String, _ name: String) -> Extraction {
        Sample.mention(path: path, sentence: "\(name) was questioned.", name: name, type: .person)
    }

    /// The ids of the stored entities, sorted.
    static func ids(_ kb: KnowledgeBase) throws -> [String] {
        try kb.graph().nodes.filter(\.kind.isEntity).map(\.id).sorted()
    }

    @Test(arguments: [
        ("KRB", "Kestrel Revenue Bureau"),                           // an acronym, either order
        ("MFH", "Ministry of Fisheries and Harbours"),               // function words skipped
        ("NCI", "Velmar National Crime Inspectorate"),               // a leading country dropped
        ("Tariff Office Central", "Central Tariff Office"),          // the same words in another order
        ("Harbour Ministry", "Velmar Ministry of the Harbour"),       // ... with a leading country dropped
    ])
    func organisationsAreMergedAcrossArticles(short: String, long: String) throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.place("p.txt", "Velmar"), Self.org("a.txt", long), Self.org("b.txt", short)])
        let orgs = try kb.entities(type: .organization)
        #expect(orgs.count == 1, "\(orgs.map(\.name))")
        #expect(orgs.first?.name == long && Set(orgs.first?.aliases ?? []) == [short])
    }

    @Test func anAcronymAndThePlaceItAbbreviatesAreOne() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.place("a.txt", "Ostrel Republic"), Self.place("b.txt", "O.R.")])
        #expect(try Self.ids(kb) == ["place:ostrel republic"])
    }

    @Test func placesTheGazetteerNamesAlikeAreOne() throws {
        let kb = try KnowledgeBase.inMemory()
        let gazetteer: PlaceNamer = { ["old quay": "Port Lirren", "port lirren": "Port Lirren"][$0.lowercased()] }
        _ = try kb.ingest([Self.place("a.txt", "Port Lirren")], placeNames: gazetteer, beforeCommit: {})
        _ = try kb.ingest([Self.place("b.txt", "Old Quay")], placeNames: gazetteer, beforeCommit: {})
        #expect(try Self.ids(kb) == ["place:port lirren"])
        #expect(try kb.nodes(withNameKey: "old quay").map(\.id) == ["place:port lirren"])
    }

    @Test(arguments: [
        ("Dr. Ansel Voreno", "Ansel Voreno"),      // an honorific
        ("Ansel T. Voreno", "Ansel Voreno"),       // a middle initial
        ("Ansel Tobin Voreno", "Ansel T. Voreno"), // a middle name and its initial
    ])
    func peopleWithAnHonorificOrMiddleNameMoreAreOne(a: String, b: String) throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.person("a.txt", a), Self.person("b.txt", b)])
        #expect(try kb.entities(type: .person).count == 1)
    }

    @Test(arguments: [
        ("Ansel Voreno", "Mirela Voreno"),            // a shared surname
        ("Ansel Voreno Jr.", "Ansel Voreno Sr."),     // father and son
        ("Ansel Tobin Voreno", "Ansel Kasimir Voreno"), // different middle names
    ])
    func peopleWhoOnlyShareSomeNamesStayApart(a: String, b: String) throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.person("a.txt", a), Self.person("b.txt", b)])
        #expect(try kb.entities(type: .person).count == 2)
        #expect(try kb.duplicates(kind: .person).isEmpty)
    }

    @Test func twoExpansionsOfOneAcronymAreSuggestionsNotMerges() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.org("a.txt", "Kestrel Revenue Bureau"), Self.org("b.txt", "Kinross Rail Board"), Self.org("c.txt", "KRB")])
        #expect(try kb.entities(type: .organization).count == 3)
        let pairs = try kb.duplicates(kind: .organization)
        #expect(pairs.map(\.names) == [["Kestrel Revenue Bureau", "KRB"], ["Kinross Rail Board", "KRB"]])
        #expect(pairs.allSatisfy { $0.score >= IdentityResolver.lowerBound && $0.score < IdentityResolver.threshold })
        #expect(pairs.first?.evidence == ["“KRB” is the acronym of “Kestrel Revenue Bureau” (one of several expansions)"])
    }

    @Test func wordsNamedWithSeveralCountriesAreOnlySuggestions() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.place("p.txt", "Velmar"), Self.place("q.txt", "Ostrel"), Self.org("a.txt", "Velmar Harbour Police"),
                           Self.org("b.txt", "Ostrel Harbour Police"), Self.org("c.txt", "Harbour Police")])
        #expect(try kb.entities(type: .organization).count == 3)
        let pairs = try kb.duplicates(kind: .organization)
        #expect(pairs.map(\.score) == [0.6, 0.6])
        #expect(pairs.allSatisfy { $0.names.contains("Harbour Police") })
        // Two different countries' bodies are never paired; "Kane Court" is no part of "Near Court" when Kane is a place.
        #expect(!pairs.contains { Set($0.names) == ["Velmar Harbour Police", "Ostrel Harbour Police"] })
    }

    @Test func aGivenNameAsAnInitialIsASuggestionWithSharedContexts() throws {
        let kb = try KnowledgeBase.inMemory()
        let a = Sample.mention(path: "a.txt", sentence: "Ansel Voreno met Tarn Police.", name: "Ansel Voreno", type: .person,
                               role: (title: "met", organization: "Tarn Police"))
        let b = Sample.mention(path: "b.txt", sentence: "A. Voreno met Tarn Police.", name: "A. Voreno", type: .person,
                               role: (title: "met", organization: "Tarn Police"))
        _ = try kb.ingest([a, b])
        let pairs = try kb.duplicates(kind: .person)
        #expect(pairs.count == 1)
        #expect(pairs.first?.names == ["Ansel Voreno", "A. Voreno"])
        #expect(pairs.first?.score == 0.65)
        #expect(pairs.first?.sharedContexts == ["Tarn Police"])
    }

    @Test func aUsersSplitIsNeverMergedBackByResolution() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Self.person("a.txt", "Ansel Voreno"),
                           Sample.mention(path: "b.txt", sentence: "Ansel Voreno was released.", name: "Ansel Voreno", type: .person)])
        let node = try #require(try kb.node(id: "person:ansel voreno"))
        _ = try kb.correct(Correction(action: .split, kind: .person, subjectKey: node.id, subjectName: node.name, object: "b.txt"))
        _ = try kb.ingest([Self.person("c.txt", "Dr. Ansel Voreno")])
        let ids = try Self.ids(kb)
        #expect(ids == ["person:ansel voreno", "person:ansel voreno@b.txt"])
        #expect(try kb.node(id: "person:ansel voreno")?.documentSHA256s.count == 2)
    }

    @Test(arguments: [("FBX", "fbx"), ("U.S.", "us"), ("Fbx", nil), ("A", nil), ("TOOLONGX", nil), ("F B", nil)] as [(String, String?)])
    func acronyms(name: String, letters: String?) {
        #expect(NameForms.acronym(name) == letters)
    }

    @Test func personNamesInParts() {
        let p = NameForms.person("Judge Ansel T. Voreno Jr.")
        #expect(p == NameForms.PersonName(first: "ansel", middle: ["t"], last: "voreno", suffix: "jr", hadHonorific: true))
        #expect(NameForms.person("Voreno") == nil)
        #expect(NameForms.middlesAgree(["t"], ["tobin"]) && !NameForms.middlesAgree(["tobin"], ["kasimir"]))
    }
}
