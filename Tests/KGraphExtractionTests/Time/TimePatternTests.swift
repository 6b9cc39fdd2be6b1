import Testing
@testable import KGraphExtraction

extension TimePattern: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Every pattern of ``TimePattern/all`` finds the times its example marks: each ⟦marked⟧ span is
/// a time expression, exactly, and the pattern itself matches it.
@Suite("Time patterns")
struct TimePatternTests {
    @Test("every time pattern finds the marked times of its own example, exactly", arguments: TimePattern.all)
    func ownExample(_ pattern: TimePattern) throws {
        let (text, spans) = marked(pattern.example)
        try #require(!spans.isEmpty, "the example marks a time")
        let lexicon = try Lexicon.standard()
        let a = Analysis(text: text, lexicon: lexicon)
        let finder = TimeFinder(lexicon: lexicon)
        let found = a.sentences.flatMap { finder.find(in: $0, analysis: a) }
        let ranges = found.map { a.utf8Range(tokens: $0.tokens) }, texts = found.map { "'\($0.text)'" }
        for span in spans {
            let want = String(decoding: Array(text.utf8)[span], as: UTF8.self)
            #expect(ranges.contains(span), "'\(want)' not found; found \(texts)")
        }
    }

    @Test("the pattern itself matches each time its example marks", arguments: TimePattern.all)
    func matchedByThePattern(_ pattern: TimePattern) throws {
        let (text, spans) = marked(pattern.example)
        let lexicon = try Lexicon.standard()
        let a = Analysis(text: text, lexicon: lexicon)
        let finder = TimeFinder(lexicon: lexicon)
        for span in spans {
            let want = String(decoding: Array(text.utf8)[span], as: UTF8.self)
            let starts = a.tokens.firstIndex { $0.utf8Start == span.lowerBound }, finishes = a.tokens.firstIndex { $0.utf8End == span.upperBound }
            let first = try #require(starts, "'\(want)' starts a token")
            let last = try #require(finishes, "'\(want)' ends a token")
            let end = a.sentences[a.tokens[first].sentence].tokens.upperBound
            var ends = [Int]()
            finder.each(pattern.elements[...], at: first, end: end, tokens: a.tokens) { ends.append($0) }
            #expect(pattern.first.admits(a.tokens[first]), "'\(want)': the pattern's start test admits its first word")
            #expect(TimeStart(pattern.elements, backwards: true).admits(a.tokens[last]), "'\(want)': the pattern's end test admits its last word")
            let matched = ends.map { "'\(a.text(tokens: first..<$0))'" }
            #expect(ends.contains(last + 1), "'\(want)': the pattern matches \(matched)")
        }
    }

    @Test("there are few enough time patterns for a word's bit set of them")
    func fitsTheBitSet() {
        #expect(TimePattern.all.count <= 32)
    }

    @Test("time patterns have names of their own")
    func uniqueNames() {
        let names = TimePattern.all.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
