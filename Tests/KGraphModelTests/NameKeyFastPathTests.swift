import Testing
@testable import KGraphModel

/// `NameKey.normalize` reads ASCII names from their bytes; the Unicode folding it spares
/// (`unicodeNormalize`) must give the same key for every string, and non-ASCII strings must still
/// go through the folding.
@Suite struct NameKeyFastPathTests {
    /// Hard cases written by hand: "'s" in every position and case, dots, apostrophes, a leading
    /// "the", control characters, and non-ASCII names that fall back to the folding.
    static let written = [
        "", " ", "the", "The", "THE the", "the  Port", " the Port", "theatre Port", "Dara Sok's", "DARA SOK'S", "Sok'S house",
        "x'ss", "''ss", "'s", "'s's", "s's", "a'", "'", "O'Neil", "U.S.A.", "No. 5", "...", "a.b.c", "9-11", "Port_Velo", "tab\tname",
        "new\nline", "nul\u{0}x", "del\u{7F}x", "~!@#$%^&*()+=[]{}|\\;:\",<>/?`", "Dara  Sok ", "A1 B2 c3", "sok's's", "the's",
        "Đặng Văn Hải", "Port Velo’s Marina", "Café Noir", "Ōsaka", "ﬁsh ＡＢＣ", "Straße", "İstanbul", "Æther Œuvre", "ភ្នំពេញ",
        "e\u{301}cole", "The Ørsted", "emoji 👮 cop", "the\u{2028}Port",
    ]

    @Test(arguments: written)
    func writtenCasesAgree(_ name: String) {
        #expect(NameKey.normalize(name) == NameKey.unicodeNormalize(name), "\(name.debugDescription)")
    }

    /// Twenty thousand random strings over an alphabet of the characters that matter (letters of
    /// both cases, digits, "'", "’", ".", "s", "S", spaces and punctuation, a few non-ASCII letters).
    @Test func randomStringsAgree() {
        let pieces = ["a", "B", "s", "S", "'", "’", ".", " ", "  ", "the ", "The ", "'s", "'S", "0", "9", "-", ",", "\t", "é", "ß", "Đ", "x", "Z", "(", "_"]
        var rng = SplitMix(seed: 14)
        var mismatches = [String]()
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &rng)
            let name = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            if NameKey.normalize(name) != NameKey.unicodeNormalize(name) { mismatches.append(name) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map(\.debugDescription))")
    }

    @Test func nonASCIIGoesThroughTheFolding() {
        #expect(NameKey.asciiWords("Café") == nil)
        #expect(NameKey.normalize("Đặng Văn Hải") == "dang van hai")
        #expect(NameKey.asciiWords("the Dara Sok's") == ["the", "dara", "sok"])
    }
}
