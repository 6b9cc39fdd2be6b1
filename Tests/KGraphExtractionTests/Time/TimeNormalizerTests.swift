import KGraphModel
import Testing
@testable import KGraphExtraction

extension TimeRule: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Time normalisation: every rule on its own examples, then intervals, relative days across
/// month and year ends, leap years, and articles without a date.
@Suite("Time normalisation")
struct TimeNormalizerTests {
    let normalizer = TimeNormalizer()

    @Test("every rule gives the values of its own examples", arguments: TimeRule.all)
    func ownExamples(_ rule: TimeRule) throws {
        try #require(!rule.examples.isEmpty, "the rule has an example")
        for e in rule.examples {
            #expect(normalizer.value(of: e.text, articleDate: e.articleDate) == e.value, "\(e)")
        }
    }

    @Test("each rule's first example is read by that rule itself", arguments: TimeRule.all)
    func readByTheRule(_ rule: TimeRule) throws {
        let e = try #require(rule.examples.first)
        let words = TimeNormalizer.trimmed(TimeWords.words(of: e.text)[...])
        #expect(TimeMatcher.match(rule.pattern[...], words) != nil, "\(e)")
    }

    @Test("phrases as TimeFinder finds them, against an article of Friday 2021-04-09", arguments: [
        ("April 6", "2021-04-06"), ("late Sunday", "2021-04-04"), ("last week", "2021-W13"), ("in 2020", "2020"),
        ("from at least 1997", "1997/"), ("since 1997", "1997/"), ("between 2004 and 2006", "2004/2006"),
        ("from 2004 to 2006", "2004/2006"), ("two days ago", "2021-04-07"), ("earlier this month", "2021-04"),
        ("on Tuesday", "2021-04-06"), ("today", "2021-04-09"), ("yesterday", "2021-04-08"), ("August", "2020-08"),
        ("August 2020", "2020-08"), ("April 6, 2021", "2021-04-06"), ("6 April 2021", "2021-04-06"),
        ("2021-04-06", "2021-04-06"), ("the 1970s", "197X"), ("since Monday", "2021-04-05/"), ("until Monday", "/2021-04-05"),
        ("between April 6 and April 8", "2021-04-06/2021-04-08"), ("last month", "2021-03"), ("last year", "2020"),
        ("Sunday night", "2021-04-04"), ("early Tuesday morning", "2021-04-06"), ("next week", "2021-W15"),
    ])
    func againstAFriday(_ text: String, _ value: String) {
        #expect(normalizer.value(of: text, articleDate: "2021-04-09") == value)
    }

    @Test("relative days across month ends, year ends and leap days", arguments: [
        ("on Wednesday", "2024-01-01", "2023-12-27"), ("yesterday", "2024-01-01", "2023-12-31"),
        ("two days ago", "2024-03-01", "2024-02-28"), ("yesterday", "2023-03-01", "2023-02-28"),
        ("on Saturday", "2021-05-03", "2021-05-01"), ("last week", "2024-01-03", "2023-W52"),
        ("last week", "2021-01-06", "2020-W53"), ("last month", "2024-01-15", "2023-12"), ("a year ago", "2024-02-29", "2023"),
        ("December 30", "2024-01-04", "2023-12-30"), ("January 2", "2023-12-28", "2024-01-02"),
        ("two weeks ago", "2024-01-10", "2023-W52"), ("tomorrow", "2024-02-28", "2024-02-29"),
    ])
    func acrossEnds(_ text: String, _ date: String, _ value: String) {
        #expect(normalizer.value(of: text, articleDate: date) == value)
    }

    @Test("without an article date: a yearless date, and nil for what needs one", arguments: [
        ("April 6", "XXXX-04-06"), ("6 April", "XXXX-04-06"), ("Feb. 29", "XXXX-02-29"), ("April 6, 2021", "2021-04-06"),
        ("yesterday", nil), ("on Tuesday", nil), ("last week", nil), ("two days ago", nil), ("in 2020", "2020"),
    ] as [(String, String?)])
    func withoutADate(_ text: String, _ value: String?) {
        #expect(normalizer.value(of: text, articleDate: nil) == value)
    }

    @Test("a month-only article date resolves months and years, not days", arguments: [
        ("last year", "2020"), ("earlier this month", "2021-04"), ("August", "2020-08"), ("yesterday", nil), ("April 6", "2021-04-06"),
    ] as [(String, String?)])
    func monthOnlyDate(_ text: String, _ value: String?) {
        #expect(normalizer.value(of: text, articleDate: "2021-04") == value)
    }

    @Test("times no rule can place stay nil", arguments: [
        "the same day", "the following year", "a month later", "several days ago", "in recent years", "so far",
        "June of that year", "around 3:30 a.m.", "", "February 30, 2021", "between 2006 and",
    ])
    func unresolvable(_ text: String) {
        #expect(normalizer.value(of: text, articleDate: "2021-04-09") == nil)
    }

    @Test("an extraction dated afresh gets its events' values from the new date")
    func redating() {
        let p = Provenance(documentSHA256: "x", sentenceIndex: 0, utf8Range: 0..<1)
        let doc = Document(path: "a.txt", title: "t", sha256: "x", text: "t", sentences: [])
        let e = Extraction(document: doc, entities: [], roles: [], events: [
            Event(id: "v1", type: .arrest, trigger: "arrested", time: "on Tuesday", provenance: p),
            Event(id: "v2", type: .raid, trigger: "raid", provenance: p),
        ], relations: [])
        let dated = e.dated("2021-04-09")
        #expect(dated.document.date == "2021-04-09")
        #expect(dated.events.map(\.timeValue) == ["2021-04-06", nil])
        #expect(dated.dated(nil).events.map(\.timeValue) == [nil, nil])
    }
}
