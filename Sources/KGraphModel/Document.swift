import Foundation

/// One sentence of a document: its index and UTF-8 byte range in the document's text.
public struct SentenceSpan: Hashable, Codable, Sendable {
    /// The sentence's index in the document, from 0.
    public var index: Int
    /// Start of the sentence, a UTF-8 byte offset into the document's text.
    public var utf8Start: Int
    /// End of the sentence, a UTF-8 byte offset, exclusive.
    public var utf8End: Int

    /// Creates a sentence span.
    public init(index: Int, utf8Range: Range<Int>) {
        self.index = index
        self.utf8Start = utf8Range.lowerBound
        self.utf8End = utf8Range.upperBound
    }

    /// The sentence's UTF-8 byte range.
    public var utf8Range: Range<Int> { utf8Start..<utf8End }
}

/// An article that was read: where it came from, its text and its sentences.
public struct Document: Hashable, Codable, Sendable {
    /// The path it was read from as given by the user (or `-` for standard input).
    public var path: String
    /// The title: the first non-empty line of the text, trimmed.
    public var title: String
    /// SHA-256 of the UTF-8 text, lowercase hex: the document's identity.
    public var sha256: String
    /// When the document was read into a knowledge base (`nil` before it is stored).
    public var ingestedAt: Date?
    /// The full text, UTF-8.
    public var text: String
    /// The sentences, in order.
    public var sentences: [SentenceSpan]
    /// The article's date, ISO 8601 ("2021-04-09", or "2021-04" when only the month is known), from
    /// `--date`, front matter, a `date` field of JSON lines, or a date line in the text; `nil`
    /// when none is known.
    public var date: String?

    /// Creates a document.
    public init(path: String, title: String, sha256: String, ingestedAt: Date? = nil, text: String, sentences: [SentenceSpan],
                date: String? = nil) {
        self.path = path
        self.title = title
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        self.text = text
        self.sentences = sentences
        self.date = date
    }

    /// The text of one sentence, or `nil` when the index is out of range.
    /// - Parameter index: the sentence's index.
    /// - Returns: the sentence text with surrounding whitespace trimmed.
    public func sentenceText(_ index: Int) -> String? {
        guard sentences.indices.contains(index) else { return nil }
        return TextOffsets.slice(text, utf8Range: sentences[index].utf8Range)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
