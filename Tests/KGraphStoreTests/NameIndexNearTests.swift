import Foundation
import KGraphModel
import Testing
@testable import KGraphStore

/// The store's narrowed name index keeps every name a forgiving look-up can reach.
@Suite struct NameIndexNearTests {
    static let names = ["Dara Sok", "Lina Vey", "Syed Akbar Vey", "Tomas Ferreira", "Amira Haddad", "Port Velo Provincial Court",
                        "Helena Brandt", "Nguyen Van Hai", "Marek Novak", "Ruth Okafor", "Chen Wei", "Samir Aziz"]

    static func store() throws -> KnowledgeBase {
        let kb = try KnowledgeBase.inMemory()
        let text = "People\n\n" + names.joined(separator: " met. ") + " met."
        var entities: [Entity] = []
        var offset = "People\n\n".utf8.count
        for (i, name) in names.enumerated() {
            let range = offset..<(offset + name.utf8.count)
            entities.append(Entity(id: "e\(i)", name: name, type: name.hasSuffix("Court") ? .organization : .person,
                                   mentions: [Mention(sentenceIndex: 1, utf8Range: range)]))
            offset = range.upperBound + " met. ".utf8.count
        }
        let doc = Document(path: "people.txt", title: "People", sha256: String(repeating: "c", count: 64), text: text,
                           sentences: [SentenceSpan(index: 0, utf8Range: 0..<6), SentenceSpan(index: 1, utf8Range: 8..<text.utf8.count)])
        _ = try kb.ingest([Extraction(document: doc, entities: entities)])
        return kb
    }

    @Test(arguments: [
        ("dara sokk", "dara sok"), ("dara sk", "dara sok"), ("sok", "dara sok"), ("lina vay", "lina vey"),
        ("akbar vey", "syed akbar vey"), ("tomas ferriera", "tomas ferreira"), ("amira hadad", "amira haddad"),
        ("port velo court", "port velo provincial court"), ("brandt", "helena brandt"), ("hai", "nguyen van hai"),
        ("ivo brandt", "helena brandt"), ("marek novk", "marek novak"), ("chen", "chen wei"),
    ])
    func keepsWhatAForgivingLookUpReaches(_ pair: (String, String)) throws {
        let kb = try Self.store()
        let near = try kb.nameIndex(kinds: [.person, .organization, .place], near: pair.0)
        let full = try kb.nameIndex(kinds: [.person, .organization, .place])
        #expect(full[pair.1] != nil)
        // "ivo brandt" reaches "helena brandt" through its tail "brandt", which is not itself a name here:
        // the resolver then needs a name ending in it, which the narrowed index keeps by the last word.
        #expect(near[pair.1] != nil, "\(pair.0) → \(pair.1): \(near.keys.sorted())")
        #expect(near.count <= full.count)
    }

    @Test func leavesOutNamesFarFromTheKey() throws {
        let kb = try Self.store()
        let near = try kb.nameIndex(kinds: [.person], near: "dara sokk")
        #expect(near["ruth okafor"] == nil)
        #expect(near["samir aziz"] == nil)
    }
}
