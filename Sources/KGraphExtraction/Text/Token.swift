/// One token of an article: a word, a number or a punctuation mark, with its UTF-8 byte range.
struct Token: Sendable, Hashable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        /// Letters (with inner hyphens, apostrophes and acronym dots: "al-Marnak", "U.S.").
        case word
        /// Digits, with inner commas and dots ("21,566", "1.7").
        case number
        /// The possessive ending "'s" or "’s".
        case possessive
        /// Any other character.
        case punct
    }

    /// Start of the token, UTF-8 byte offset into the article text.
    var utf8Start: Int
    /// End of the token, UTF-8 byte offset, exclusive.
    var utf8End: Int
    /// The kind.
    var kind: Kind
    /// The text lower-cased (ASCII letters only), curly apostrophes straightened; for punctuation the
    /// mark itself: opening quotes as `“`, closing ones as `”`, dashes as `-`.
    var lower: String
    /// The first letter is upper case (or the word starts "al-"/"el-" followed by an upper-case letter).
    var isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("FBI", "U.S.").
    var isAllCaps: Bool
    /// The index of the sentence the token belongs to.
    var sentence: Int
    /// Whether whitespace precedes the token.
    var spaceBefore: Bool
    /// Whether the token stands inside quotation marks.
    var inQuote: Bool
    /// FNV-1a hash of ``lower`` (words only), for cheap set pre-checks.
    var lowerHash: UInt64 = 0
    /// What the lexicon says about the word (empty until ``Analysis`` fills it in).
    var info = TokenInfo()

    /// The UTF-8 byte range.
    var utf8Range: Range<Int> { utf8Start..<utf8End }
    /// Whether the token is a word.
    var isWord: Bool { kind == .word }
    /// Whether the token is a given punctuation mark.
    func isPunct(_ mark: String) -> Bool { kind == .punct && lower == mark }
}

/// A sentence: its UTF-8 byte range and the range of its tokens.
struct Sentence: Sendable, Hashable {
    /// Index in the document, from 0.
    var index: Int
    /// Start, UTF-8 byte offset.
    var utf8Start: Int
    /// End, UTF-8 byte offset, exclusive.
    var utf8End: Int
    /// Indices of its tokens in the document's token array.
    var tokens: Range<Int>
    /// Whether the sentence is the article's headline (the first line).
    var isHeadline: Bool
    /// The first token after any dateline ("PHNOM PENH —"); the first token when there is none.
    /// Set by ``Analysis``.
    var body: Int = 0
}
