import KGraphModel
import Testing
@testable import KGraphExtraction

/// The article's date: date lines and datelines at the top, front matter of Markdown, never a
/// date in a sentence of the body.
@Suite("Article date")
struct ArticleDateTests {
    @Test("a date line or dateline at the top of the text", arguments: [
        ("Harbour raid in Port Velo\nPORT VELO, April 9, 2021 — Police raided a warehouse.", "2021-04-09"),
        ("Harbour raid\nApril 9, 2021\n\nPolice raided a warehouse on Tuesday.", "2021-04-09"),
        ("Harbour raid\nFriday, April 9, 2021\n\nPolice raided a warehouse.", "2021-04-09"),
        ("Harbour raid\nUpdated: 2021-04-09 14:03\n\nPolice raided a warehouse.", "2021-04-09"),
        ("Harbour raid\nPublished 9 April 2021, 2:03 p.m. GMT\n\nPolice raided a warehouse.", "2021-04-09"),
        ("Harbour raid\nBy Mira Tal | April 9, 2021\n\nPolice raided a warehouse.", "2021-04-09"),
        ("Harbour raid\nPORT VELO, Veloria (Coastal Wire), 9 April 2021 - Police raided a warehouse.", "2021-04-09"),
        ("Harbour raid\nPosted on 2021-04-09T14:03:00Z\nPolice raided a warehouse.", "2021-04-09"),
        ("Harbour raid\nApril 2021\nPolice raided a warehouse.", "2021-04"),
    ])
    func atTheTop(_ text: String, _ date: String) {
        #expect(ArticleDate.find(in: text) == date)
    }

    @Test("never a date from the body's sentences", arguments: [
        "Harbour raid\nPolice raided a warehouse on April 9, 2021.\nApril 9, 2021 was a Friday, officials said.",
        "Harbour raid\nThe court said on Friday, April 9, 2021 — a day late — that it would rule.",
        "Harbour raid\nOn Tuesday police raided a warehouse.",
        "Harbour raid\n2020\nPolice raided a warehouse.",
        "Harbour raid\n\n\n\n\n\n\nA\nB\nC\nD\nE\nF\nApril 9, 2021",
    ])
    func notFromTheBody(_ text: String) {
        #expect(ArticleDate.find(in: text) == nil)
    }

    @Test("front matter of a Markdown file: its date read, its block blanked with offsets kept")
    func frontMatter() throws {
        let text = "---\ntitle: \"Harbour raid\"\ndate: \"2021-04-09\"\n---\nHarbour raid\n\nPolice raided a warehouse on Tuesday."
        let front = try #require(FrontMatter(text))
        #expect(front.date == "2021-04-09")
        #expect(front.text.unicodeScalars.count == text.unicodeScalars.count)
        #expect(front.text.hasSuffix("---\nHarbour raid\n\nPolice raided a warehouse on Tuesday.") == false)
        #expect(front.text.hasSuffix("\nHarbour raid\n\nPolice raided a warehouse on Tuesday."))
        #expect(!front.text.contains("title"))
        #expect(FrontMatter("Harbour raid\n---\n") == nil)
        #expect(FrontMatter("---\nno end") == nil)
        #expect(FrontMatter("---\r\ndate: 2021-04-09T08:00:00Z\r\n---\r\nText")?.date == "2021-04-09")
        #expect(FrontMatter("---\ndate: sometime\n---\nText")?.date == nil)
    }

    @Test("the pipeline dates the article: --date, then front matter, then a date line", arguments: [
        ("story.md", "---\ndate: 2021-04-02\n---\nHarbour raid\nApril 9, 2021\n\nPolice arrested Dara Sok on Tuesday.", nil, "2021-04-02", "2021-03-30"),
        ("story.txt", "Harbour raid\nApril 9, 2021\n\nPolice arrested Dara Sok on Tuesday.", nil, "2021-04-09", "2021-04-06"),
        ("story.txt", "Harbour raid\nApril 9, 2021\n\nPolice arrested Dara Sok on Tuesday.", "2021-04-16", "2021-04-16", "2021-04-13"),
        ("story.txt", "Harbour raid\n\nPolice arrested Dara Sok on Tuesday.", nil, nil, nil),
    ] as [(String, String, String?, String?, String?)])
    func pipeline(_ path: String, _ text: String, _ given: String?, _ date: String?, _ value: String?) throws {
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: path, date: given)
        #expect(e.document.date == date)
        let arrest = try #require(e.events.first { $0.type == .arrest })
        #expect(arrest.time == "Tuesday")
        #expect(arrest.timeValue == value)
        #expect(e.document.title == "Harbour raid")
    }
}
