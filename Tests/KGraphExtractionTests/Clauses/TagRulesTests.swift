import Testing
@testable import KGraphExtraction

extension TagRule: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Every rule of ``Tagger/rules`` settles the word its example marks: the word gets the rule's tag
/// (the commonest reading when the rule gives none), and it is this rule, not an earlier one, that
/// settled it.
@Suite("Tag rules")
struct TagRulesTests {
    /// What the tagger says of the marked word of an example.
    struct Settled {
        /// The rule that settled the word, nil when none did.
        var rule: String?
        /// The tag `tagWord` gives.
        var tag: KGraphExtraction.Tag
        /// The tag the whole article's tagging gives.
        var inArticle: KGraphExtraction.Tag
        /// The tag the rule should give: its own, or the word's commonest reading.
        var expected: KGraphExtraction.Tag
        /// The readings the word may have here.
        var readings: [KGraphExtraction.Tag]
        /// The sentence as "word/tag" pairs.
        var sentence: String
    }

    /// Tags an example and asks the tagger about its marked word.
    /// - Throws: when the example does not mark exactly one token.
    func settle(_ rule: TagRule) throws -> Settled {
        let (text, spans) = marked(rule.example)
        try #require(spans.count == 1, "the example marks one word")
        let run = Run(text, lexicon: try lexicon(for: text))
        let token = run.token(at: spans[0])
        let k = try #require(token, "the marked span is one token")
        let parse = run.parse
        let sentence = parse.sentence(of: k)
        let body = parse.bodyStart(of: k)
        let tagger = Tagger(lexicon: run.lexicon)
        let (word, name) = tagger.tagWord(k, body: body, end: sentence.tokens.upperBound, analysis: parse.analysis,
                                          table: parse.table, tagged: parse.tags)
        let context = TagContext(k: k, body: body, end: sentence.tokens.upperBound, tokens: parse.tokens, tagged: parse.tags,
                                 table: parse.table, lexicon: run.lexicon)
        let expected = rule.tag ?? tagger.commonest(parse.tokens[k], readings: context.readings)
        return Settled(rule: name, tag: word.tag, inArticle: parse.tag(k), expected: expected, readings: context.readings.tags,
                       sentence: run.tagged(sentenceOf: k))
    }

    @Test("every tag rule settles the marked word of its own example", arguments: Tagger.rules)
    func ownExample(_ rule: TagRule) throws {
        let s = try settle(rule)
        let by = s.rule.map { "'\($0)'" } ?? "no rule"
        #expect(s.rule == rule.name, "settled by \(by) as \(s.tag) (readings \(s.readings)): \(s.sentence)")
        #expect(s.tag == s.expected, "tagged \(s.tag), not \(s.expected): \(s.sentence)")
        #expect(s.inArticle == s.expected, "tagged \(s.inArticle) in the article, not \(s.expected): \(s.sentence)")
    }

    @Test("tag rules have names of their own")
    func uniqueNames() {
        let names = Tagger.rules.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
