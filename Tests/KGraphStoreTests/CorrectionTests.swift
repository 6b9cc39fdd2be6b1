import Foundation
import GRDB
import KGraphModel
import Testing
@testable import KGraphStore

/// Corrections (schema "v4"): made once, kept, applied again after every ingest, undone by
/// building the articles involved again.
@Suite struct CorrectionTests {
    /// A one-person article with the person holding a role at an organisation.
    static func person(_ path: String, _ name: String, sentence: String? = nil) -> Extraction {
        Sample.mention(path: path, sentence: sentence ?? "\(name) was questioned by officers.", name: name, type: .person)
    }

    static func merge(_ a: Node, _ b: Node) -> Correction {
        Correction(action: .merge, kind: a.kind, subjectKey: a.id, subjectName: a.name, object: b.name, objectKey: b.id)
    }

    @Test func mergeMovesNamesMentionsAndFactsAndSurvivesARebuild() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Self.person("b.txt", "Daro Sokha")])
        let sok = try #require(try kb.node(id: "person:dara sok")), other = try #require(try kb.node(id: "person:daro sokha"))
        let made = try kb.correct(Self.merge(sok, other))
        #expect(made.id == 1)
        #expect(try kb.node(id: "person:daro sokha") == nil)
        let merged = try #require(try kb.node(id: "person:dara sok"))
        #expect(merged.name == "Dara Sok" && merged.aliases.contains("Daro Sokha"))
        #expect(Set(merged.documentSHA256s).count == 2)
        #expect(try kb.nodes(withNameKey: "daro sokha").map(\.id) == ["person:dara sok"])
        // The second article, changed and built again, comes out merged.
        _ = try kb.ingest([Self.person("b.txt", "Daro Sokha", sentence: "Daro Sokha was released on bail.")])
        #expect(try kb.node(id: "person:daro sokha") == nil)
        #expect(try kb.nodes(withNameKey: "daro sokha").map(\.id) == ["person:dara sok"])
    }

    @Test func mergeMovesRolesOfTheMergedEntity() throws {
        let kb = try KnowledgeBase.inMemory()
        let role = Sample.mention(path: "b.txt", sentence: "Chan Mira, a lieutenant of Velo Provincial Police, spoke.", name: "Chan Mira",
                                  type: .person, role: (title: "lieutenant", organization: "Velo Provincial Police"))
        _ = try kb.ingest([Sample.portVelo(), role])
        let chan = try #require(try kb.node(id: "person:mira chan")), other = try #require(try kb.node(id: "person:chan mira"))
        _ = try kb.correct(Self.merge(chan, other))
        let roles = try kb.edges(from: "person:mira chan").filter { $0.kind == .holdsRole }.map(\.target)
        #expect(Set(roles) == ["role:person:mira chan|spokesperson|organization:velo provincial police",
                               "role:person:mira chan|lieutenant|organization:velo provincial police"])
        #expect(try kb.edges(from: "person:chan mira").isEmpty)
    }

    @Test func aliasAndRenameLastAndTheNewNameFindsTheEntity() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo()])
        let police = try #require(try kb.node(id: "organization:velo provincial police"))
        _ = try kb.correct(Correction(action: .alias, kind: .organization, subjectKey: police.id, subjectName: police.name, object: "VPP"))
        _ = try kb.correct(Correction(action: .rename, kind: .organization, subjectKey: police.id, subjectName: police.name,
                                      object: "Velo Provincial Police Service"))
        #expect(try kb.node(id: police.id)?.name == "Velo Provincial Police Service")
        // A later article naming the alias joins the entity; the rename stays through a rebuild.
        _ = try kb.ingest([Sample.mention(path: "c.txt", sentence: "The VPP closed the port.", name: "VPP", type: .organization),
                           Sample.portVelo().replacingText(" Police closed the road.")])
        #expect(try kb.node(id: "organization:vpp") == nil)
        #expect(try kb.node(id: police.id)?.name == "Velo Provincial Police Service")
        #expect(try kb.corrections().map(\.action) == [.alias, .rename])
    }

    @Test func splitMakesOneArticlesMentionsAnEntityThatStaysApart() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
        let sok = try #require(try kb.node(id: "person:dara sok"))
        _ = try kb.correct(Correction(action: .split, kind: .person, subjectKey: sok.id, subjectName: sok.name, object: "news/trial.txt"))
        let split = try #require(try kb.node(id: "person:dara sok@news/trial.txt"))
        #expect(split.documentSHA256s == [Sample.trial().document.sha256])
        #expect(try kb.node(id: sok.id)?.documentSHA256s == [Sample.portVelo().document.sha256])
        #expect(try kb.edges(to: split.id).map(\.kind) == [.patient])
        // Building the trial again keeps it apart; so does a new article naming Dara Sok.
        _ = try kb.ingest([Sample.trial().replacingText(" He denied it."), Sample.mention(path: "d.txt", sentence: "Dara Sok spoke.", name: "Dara Sok", type: .person)])
        #expect(try kb.node(id: split.id)?.documentSHA256s.count == 1)
        #expect(try kb.node(id: sok.id)?.documentSHA256s.count == 2)
    }

    @Test func splittingTheOnlyArticleOrAnUnrelatedOneIsRefused() throws {
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([Sample.portVelo(), Sample.trial()])
        let chan = try #require(try kb.node(id: "person:mira chan"))
        #expect(throws: CorrectionError.onlyArticle(name: "Mira Chan", path: "news/port-velo.txt")) {
            _ = try kb.correct(Correction(action: .split, kind: .person, subjectKey: chan.id, subjectName: chan.name, object: "news/port-velo.txt"))
        }
        #expect(throws: CorrectionError.notInArticle(name: "Mira Chan", path: "news/trial.txt")) {
            _ = try kb.correct(Correction(action: .split, kind: .person, subjectKey: chan.id, subjectName: chan.name, object: "news/trial.txt"))
        }
        #expect(try kb.corrections().isEmpty)
    }

    @Test func undoBuildsTheArticlesAgainWithoutTheCorrection() throws {
        let kb = try KnowledgeBase.inMemory()
        let b = Self.person("b.txt", "Daro Sokha")
        _ = try kb.ingest([Sample.portVelo(), b])
        let sok = try #require(try kb.node(id: "person:dara sok")), other = try #require(try kb.node(id: "person:daro sokha"))
        let made = try kb.correct(Self.merge(sok, other))
        let extractions = [Sample.portVelo().document.path: Sample.portVelo(), b.document.path: b]
        let (undone, rebuilt) = try kb.undoCorrection(made.id) { document in
            guard let e = extractions[document.path] else { throw CorrectionError.noCorrection(0) }
            return e
        }
        #expect(undone.action == .merge && Set(rebuilt) == ["news/port-velo.txt", "b.txt"])
        #expect(try kb.node(id: "person:daro sokha") != nil)
        #expect(try kb.corrections().isEmpty)
        #expect(throws: CorrectionError.noCorrection(made.id)) { _ = try kb.undoCorrection(made.id) { _ in b } }
    }

    @Test func aReadOnlyStoreWithoutTheTableListsNoCorrections() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("v3.sqlite")
        do {
            let kb = try KnowledgeBase(path: path)
            _ = try kb.ingest([Sample.portVelo()])
            try kb.writer.write { db in try db.execute(sql: "DROP TABLE correction; DELETE FROM grdb_migrations WHERE identifier = 'v4'") }
        }
        #expect(try KnowledgeBase(path: path, readOnly: true).corrections().isEmpty)
        #expect(try KnowledgeBase(path: path, readOnly: true).articles().map(\.path) == ["news/port-velo.txt"])
        _ = try KnowledgeBase(path: path)  // migrated for writing
        #expect(try KnowledgeBase(path: path, readOnly: true).corrections().isEmpty)
    }
}

extension Extraction {
    /// The same extraction with text appended (another SHA-256: a changed article at the same path).
    func replacingText(_ more: String) -> Extraction {
        var copy = self
        copy.document.text += more
        let sha = fakeSHA256(copy.document.text)
        let old = document.sha256
        copy.document.sha256 = sha
        func moved(_ p: Provenance) -> Provenance { p.documentSHA256 == old ? Provenance(documentSHA256: sha, sentenceIndex: p.sentenceIndex, utf8Range: p.utf8Start..<p.utf8End) : p }
        copy.roles = roles.map { r in var r = r; r.provenance = moved(r.provenance); return r }
        copy.events = events.map { e in var e = e; e.provenance = moved(e.provenance); return e }
        copy.relations = relations.map { r in var r = r; r.provenance = moved(r.provenance); return r }
        return copy
    }
}
