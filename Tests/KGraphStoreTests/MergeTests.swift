import Foundation
import KGraphModel
import Testing
@testable import KGraphStore

@Suite struct MergeTests {
    @Test func sameEntityInTwoArticlesIsOneNodeCitingBoth() throws {
        let base = try KnowledgeBase.inMemory()
        let outcomes = try base.ingest([Sample.portVelo(), Sample.trial()])
        #expect(outcomes.map(\.mergedEntities) == [0, 2])  // Dara Sok and the court
        let sok = try #require(try base.node(id: "person:dara sok"))
        #expect(sok.documentSHA256s == [Sample.portVelo().document.sha256, Sample.trial().document.sha256])
        #expect(sok.aliases == ["Sok"])
        #expect(try base.nodes(withNameKey: "dara sok").count == 1)
        let court = try #require(try base.node(id: "organization:velo provincial court"))
        #expect(Set(court.documentSHA256s).count == 2)
        // Events of both articles point at the one node.
        let incoming = try base.edges(to: "person:dara sok").filter { $0.kind == .patient }
        #expect(incoming.count == 3)  // arrest, charge, trial
        #expect(try base.stats().entities == ["person": 3, "organization": 2, "place": 1])
    }

    @Test func knownMultiWordAliasMerges() throws {
        let base = try KnowledgeBase.inMemory()
        let alias = Sample.mention(path: "b.txt", sentence: "Velo Police closed the road.", name: "Velo Police", type: .organization)
        let outcomes = try base.ingest([Sample.portVelo(), alias])
        #expect(outcomes.last?.mergedEntities == 1)
        #expect(try base.node(id: "organization:velo police") == nil)
        let police = try #require(try base.node(id: "organization:velo provincial police"))
        #expect(police.name == "Velo Provincial Police")
        #expect(Set(police.documentSHA256s) == [Sample.portVelo().document.sha256, alias.document.sha256])
    }

    @Test func newAliasesAreAddedToTheStoredNode() throws {
        let base = try KnowledgeBase.inMemory()
        let acronym = Sample.mention(path: "b.txt", sentence: "The Velo Provincial Court (VPC) met.", name: "Velo Provincial Court",
                                     type: .organization, aliases: ["VPC"])
        _ = try base.ingest([Sample.portVelo(), acronym])
        let court = try #require(try base.node(id: "organization:velo provincial court"))
        #expect(court.aliases == ["VPC"])
        #expect(try base.nodes(withNameKey: "vpc").map(\.id) == ["organization:velo provincial court"])
        // A later article that only says "VPC" joins it through the alias.
        let short = Sample.mention(path: "c.txt", sentence: "The VPC adjourned.", name: "VPC", type: .organization)
        #expect(try base.ingest([short]).first?.mergedEntities == 1)
        #expect(try base.node(id: "organization:vpc") == nil)
    }

    @Test func loneSurnameMergesWhenUnambiguous() throws {
        let base = try KnowledgeBase.inMemory()
        let surname = Sample.mention(path: "b.txt", sentence: "Sok denied the charge.", name: "Sok", type: .person)
        _ = try base.ingest([Sample.portVelo(), surname])
        #expect(try base.node(id: "person:sok") == nil)
        let sok = try #require(try base.node(id: "person:dara sok"))
        #expect(sok.documentSHA256s.count == 2)
    }

    @Test func loneNameMatchesTheFirstWordOfAStoredName() throws {
        let base = try KnowledgeBase.inMemory()
        let given = Sample.mention(path: "b.txt", sentence: "Mira spoke again.", name: "Mira", type: .person)
        _ = try base.ingest([Sample.portVelo(), given])
        #expect(try base.node(id: "person:mira") == nil)
        #expect(try base.node(id: "person:mira chan")?.documentSHA256s.count == 2)
    }

    @Test func loneSurnameStaysApartWhenAmbiguous() throws {
        let base = try KnowledgeBase.inMemory()
        let other = Sample.mention(path: "b.txt", sentence: "Vanna Sok was fined.", name: "Vanna Sok", type: .person)
        let surname = Sample.mention(path: "c.txt", sentence: "Sok denied the charge.", name: "Sok", type: .person)
        _ = try base.ingest([Sample.portVelo(), other, surname])
        let loner = try #require(try base.node(id: "person:sok"))
        #expect(loner.documentSHA256s == [surname.document.sha256])
        #expect(try base.node(id: "person:dara sok")?.documentSHA256s.count == 1)
        #expect(try base.node(id: "person:vanna sok")?.documentSHA256s.count == 1)
    }

    @Test func sharedSurnameAliasDoesNotJoinTwoFullNames() throws {
        let base = try KnowledgeBase.inMemory()
        let other = Sample.mention(path: "b.txt", sentence: "Vanna Sok was fined.", name: "Vanna Sok", type: .person, aliases: ["Sok"])
        let outcomes = try base.ingest([Sample.portVelo(), other])
        #expect(outcomes.last?.mergedEntities == 0)
        #expect(try base.node(id: "person:vanna sok") != nil)
        #expect(try base.node(id: "person:dara sok")?.aliases == ["Sok"])
        #expect(Set(try base.nodes(withNameKey: "sok").map(\.id)) == ["person:dara sok", "person:vanna sok"])
    }

    @Test func fullNameJoinsANodeKnownOnlyByItsSurname() throws {
        let base = try KnowledgeBase.inMemory()
        let surname = Sample.mention(path: "a.txt", sentence: "Sok denied the charge.", name: "Sok", type: .person)
        let full = Sample.mention(path: "b.txt", sentence: "Dara Sok, also called Sok, was fined.", name: "Dara Sok", type: .person, aliases: ["Sok"])
        _ = try base.ingest([surname, full])
        #expect(try base.node(id: "person:dara sok") == nil)
        let node = try #require(try base.node(id: "person:sok"))  // the stored id is kept…
        #expect(node.name == "Dara Sok")                           // …and the more complete name shown
        #expect(node.aliases == ["Sok"])
        #expect(node.documentSHA256s.count == 2)
    }

    @Test func differentTypesNeverMerge() throws {
        let base = try KnowledgeBase.inMemory()
        let organization = Sample.mention(path: "b.txt", sentence: "Port Velo signed the deal.", name: "Port Velo", type: .organization)
        _ = try base.ingest([Sample.portVelo(), organization])
        #expect(try base.node(id: "place:port velo")?.documentSHA256s.count == 1)
        #expect(try base.node(id: "organization:port velo")?.documentSHA256s.count == 1)
    }

    @Test func rolesOfAMergedPersonAreOneNode() throws {
        let base = try KnowledgeBase.inMemory()
        let again = Sample.mention(path: "b.txt", sentence: "Chan, spokesperson of Velo Police, spoke.", name: "Chan", type: .person,
                                   role: (title: "spokesperson", organization: "Velo Police"))
        _ = try base.ingest([Sample.portVelo(), again])
        let roles = try base.nodes(kind: .role, eventType: nil)
        #expect(roles.count == 1)
        #expect(roles.first?.id == "role:person:mira chan|spokesperson|organization:velo provincial police")
        #expect(roles.first?.documentSHA256s.count == 2)
        let holds = try base.edges(from: "person:mira chan").filter { $0.kind == .holdsRole }
        #expect(holds.count == 1)
        #expect(holds.first?.provenance.count == 2)
    }

    @Test func mergedAliasGoesAwayWithTheArticleThatBroughtIt() throws {
        let base = try KnowledgeBase.inMemory()
        let acronym = Sample.mention(path: "b.txt", sentence: "The Velo Provincial Court (VPC) met.", name: "Velo Provincial Court",
                                     type: .organization, aliases: ["VPC"])
        _ = try base.ingest([Sample.portVelo(), acronym])
        try base.removeDocument(path: "b.txt")
        #expect(try base.node(id: "organization:velo provincial court")?.aliases == [])
        #expect(try base.nodes(withNameKey: "vpc").isEmpty)
    }

    @Test func aliasStatedByTwoArticlesSurvivesRemovingOne() throws {
        let base = try KnowledgeBase.inMemory()
        _ = try base.ingest([Sample.portVelo(), Sample.trial()])  // both call Dara Sok "Sok"
        try base.removeDocument(path: "news/port-velo.txt")
        #expect(try base.node(id: "person:dara sok")?.aliases == ["Sok"])
        try base.removeDocument(path: "news/trial.txt")
        #expect(try base.nodes(withNameKey: "sok").isEmpty)
        #expect(try base.stats().nodes.values.reduce(0, +) == 0)
    }

    @Test func displayNameFallsBackWhenItsArticleIsReplaced() throws {
        let base = try KnowledgeBase.inMemory()
        let surname = Sample.mention(path: "a.txt", sentence: "Sok denied the charge.", name: "Sok", type: .person)
        let full = Sample.mention(path: "b.txt", sentence: "Dara Sok was fined.", name: "Dara Sok", type: .person)
        _ = try base.ingest([surname, full])
        #expect(try base.node(id: "person:sok")?.name == "Dara Sok")
        try base.removeDocument(path: "b.txt")
        #expect(try base.node(id: "person:sok")?.name == "Sok")
    }
}
