import KGraphModel

/// The YAML front matter of a Markdown article: a block that opens the file with a line `---`
/// and closes with a line `---` or `...`, holding `key: value` lines. kgraph reads only its
/// `date` (a quoted or plain scalar: "2021-04-09", "2021-04-09T14:03:00Z", "April 9, 2021");
/// the block is blanked out of the text that is extracted, each character but line ends becoming
/// a space, so that no name or date in it is read as the article's and the code-point offsets of
/// the rest stay those of the file.
///
/// (A YAML library would read the whole block; one scalar key does not need one.)
struct FrontMatter: Sendable {
    /// The text with the block blanked out.
    let text: String
    /// The block's `date`, normalised to "YYYY-MM-DD" or "YYYY-MM", when it has a readable one.
    let date: String?

    /// Splits off a text's front matter, or `nil` when it has none.
    /// - Parameter text: the article as read.
    /// - Complexity: O(n) in the block's length.
    init?(_ text: String) {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })[...]
        guard let open = lines.first, Self.trimmed(open) == "---" else { return nil }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: { ["---", "..."].contains(Self.trimmed($0)) }) else { return nil }
        var date: String?
        for line in lines[..<close] {
            guard let colon = line.firstIndex(of: ":"), Self.trimmed(line[..<colon]).lowercased() == "date" else { continue }
            let value = Self.unquoted(Self.trimmed(line[line.index(after: colon)...]))
            date = ArticleDate.dateLine(value)
        }
        let blockEnd = lines[close].endIndex
        var blanked = String.UnicodeScalarView()
        for s in text[..<blockEnd].unicodeScalars { blanked.append(s == "\n" || s == "\r" ? s : " ") }
        self.text = String(blanked) + text[blockEnd...]
        self.date = date
    }

    /// A line without surrounding spaces, tabs and carriage return.
    static func trimmed(_ s: Substring) -> String {
        String(s.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    /// A YAML scalar without its quotes.
    static func unquoted(_ s: String) -> String {
        for q in ["\"", "'"] where s.count >= 2 && s.hasPrefix(q) && s.hasSuffix(q) { return String(s.dropFirst().dropLast()) }
        return s
    }
}
