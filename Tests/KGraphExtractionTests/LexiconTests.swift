import Testing
@testable import KGraphExtraction

@Suite("Lexicon")
struct LexiconTests {
    @Test("name lists: comments skipped, spaces and carriage returns trimmed, names lower-cased")
    func nameLists() {
        let text = "# a comment\nDara\n  Sokha \t\r\n\nÉlodie\nMcAllister\n#Skipped\n"
        #expect(Lexicon.nameSet(text) == ["dara", "sokha", "élodie", "mcallister"])
    }

    @Test("the shipped name lists are loaded")
    func shippedNames() throws {
        let lexicon = try Lexicon.standard()
        #expect(lexicon.givenNames.contains("maria"))
        #expect(lexicon.surnames.contains("johnson"))
        #expect(lexicon.givenNames.count > 10_000)
    }

    @Test("word information is computed once and shared across articles")
    func wordInfoCache() {
        let cache = WordInfoCache(limit: 3)
        var calls = 0
        let first = cache.infos(["raid", "police"]) { _ in calls += 1; return TokenInfo() }
        #expect(first.count == 2 && calls == 2)
        _ = cache.infos(["police", "raid"]) { _ in calls += 1; return TokenInfo() }
        #expect(calls == 2)
        // past its limit the cache starts afresh instead of growing
        _ = cache.infos(["court", "judge"]) { _ in calls += 1; return TokenInfo() }
        #expect(calls == 4 && cache.count == 2)
    }
}
