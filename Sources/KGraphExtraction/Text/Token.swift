/// A word form's record: its lower-case text, its hash and what the lexicon says of it. Every token
/// of a form shares the form's one record, so a token holds no strings and copies cheaply.
final class WordRecord: Sendable {
    /// The form lower-cased (see ``Token/lower``).
    let lower: String
    /// FNV-1a hash of ``lower`` (``Tokenizer/fnv(_:)``).
    let hash: UInt64
    /// What the lexicon says of the form (empty without a lexicon, and for numbers and marks).
    let info: TokenInfo
    /// The verb lemma the form is a form of, when it is not one itself ("netted" → "net").
    let verbLemma: String?
    /// The lemma of the trigger the form is a form of ("arrest" for "arrested").
    let triggerLemma: String?

    init(lower: String, hash: UInt64, info: TokenInfo = TokenInfo(), verbLemma: String? = nil, triggerLemma: String? = nil) {
        self.lower = lower
        self.hash = hash
        self.info = info
        self.verbLemma = verbLemma
        self.triggerLemma = triggerLemma
    }

    /// The same form and lemmas with other information.
    func with(_ info: TokenInfo) -> WordRecord {
        WordRecord(lower: lower, hash: hash, info: info, verbLemma: verbLemma, triggerLemma: triggerLemma)
    }
}

/// One token of an article: a word, a number or a punctuation mark, with its UTF-8 byte range.
struct Token: Sendable {
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
    /// The index of the token's form among the distinct forms of its text (``WordTable``).
    var form: Int32
    /// The form's record, shared with every token of the same form.
    var record: WordRecord

    /// The text lower-cased (ASCII letters only), curly apostrophes straightened; for punctuation the
    /// mark itself: opening quotes as `“`, closing ones as `”`, dashes as `-`.
    var lower: String { record.lower }
    /// FNV-1a hash of ``lower`` (words only, else 0), for cheap set pre-checks.
    var lowerHash: UInt64 { kind == .word ? record.hash : 0 }
    /// What the lexicon says about the word (empty until ``Analysis`` sets the record).
    var info: TokenInfo { record.info }
    /// The verb lemma the word is a form of, when it is not one itself ("netted" → "net").
    var verbLemma: String? { record.verbLemma }
    /// The lemma of the trigger the word is a form of ("arrest" for "arrested").
    var triggerLemma: String? { record.triggerLemma }
    /// The UTF-8 byte range.
    var utf8Range: Range<Int> { utf8Start..<utf8End }
    /// Whether the token is a word.
    var isWord: Bool { kind == .word }
    /// Whether the token is a given punctuation mark.
    func isPunct(_ mark: String) -> Bool { kind == .punct && lower == mark }
}

/// The distinct forms of one text's tokens, each recorded once: an open-addressing table on the
/// form's FNV-1a hash, whose bytes are kept in one buffer to be compared without strings.
struct WordTable {
    /// The records, in order of first occurrence.
    private(set) var records: [WordRecord] = []
    /// The record of a word form and its hash, from the lexicon (nil: forms are recorded bare).
    let lookUp: ((String, UInt64) -> WordRecord)?
    private var slots = [Int32](repeating: -1, count: 512)
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]

    init(lookUp: ((String, UInt64) -> WordRecord)? = nil) {
        self.lookUp = lookUp
    }

    /// The index of a form, recorded at its first occurrence.
    /// - Parameters:
    ///   - form: the form's lower-case UTF-8 bytes.
    ///   - isWord: whether it is a word's form, whose record ``lookUp`` gives (numbers and marks
    ///     are recorded bare; no form is both).
    mutating func index(of form: UnsafeBufferPointer<UInt8>, isWord: Bool) -> Int32 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in form { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] >= 0 {
            let i = Int(slots[s])
            if records[i].hash == h, starts[i + 1] - starts[i] == form.count, matches(i, form) { return Int32(i) }
            s = (s + 1) & mask
        }
        let i = records.count
        let lower = String(decoding: form, as: UTF8.self)
        records.append(isWord ? lookUp?(lower, h) ?? WordRecord(lower: lower, hash: h) : WordRecord(lower: lower, hash: h))
        bytes.append(contentsOf: form)
        starts.append(bytes.count)
        slots[s] = Int32(i)
        if records.count * 2 > slots.count { grow() }
        return Int32(i)
    }

    private func matches(_ i: Int, _ form: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var k = starts[i]
            for c in form { if b[k] != c { return false }; k += 1 }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for i in records.indices {
            var s = Int(truncatingIfNeeded: records[i].hash) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(i)
        }
    }
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
