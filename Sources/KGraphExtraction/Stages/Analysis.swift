/// The tokenized article that every stage reads: its bytes, tokens and sentences, and the
/// lower-case words it uses (to tell a capitalised common word at a sentence start from a name).
struct Analysis: Sendable {
    /// The article's UTF-8 bytes.
    let bytes: [UInt8]
    /// Every token, in order.
    let tokens: [Token]
    /// Every sentence, in order.
    let sentences: [Sentence]
    /// Lower-cased words that occur somewhere in the article without a capital letter (only those
    /// that also start a sentence capitalised, or their singulars: the only ones ever asked about).
    let lowercaseWords: Set<String>

    /// Tokenizes a text.
    /// - Parameters:
    ///   - text: the article.
    ///   - lexicon: the word lists whose word classes are attached to each token (none in
    ///     tokenizer-only uses).
    ///   - tokenizer: the tokenizer.
    /// - Complexity: O(n) in the text's UTF-8 length.
    init(text: String, lexicon: Lexicon? = nil, tokenizer: Tokenizer = Tokenizer()) {
        bytes = Array(text.utf8)
        var (t, s) = tokenizer.tokenize(bytes)
        if let lexicon {
            let bloom = lexicon.wordBloom
            t.withUnsafeMutableBufferPointer { buf in
                for i in buf.indices where buf[i].kind == .word {
                    let h = buf[i].lowerHash & 0xFFFF
                    guard bloom[Int(h >> 6)] & (1 << (h & 63)) != 0 else { continue }
                    if let info = lexicon.wordInfo[buf[i].lower] { buf[i].info = info }
                }
            }
        }
        tokens = t
        sentences = s
        // Only the first words of sentences are ever asked about: collect their lower-case forms
        // (and singulars), then look up only lower-case words of the same lengths.
        var candidates = Set<String>()
        var bloom = [UInt64](repeating: 0, count: 16)  // 1024 bits of candidate hashes
        for sentence in s {
            guard let first = sentence.tokens.first(where: { t[$0].kind != .punct }), t[first].kind == .word, t[first].isCapitalized else { continue }
            let w = t[first].lower
            for c in [w, String(w.dropLast())] {
                candidates.insert(c)
                let h = Tokenizer.fnv(c) & 1023
                bloom[Int(h >> 6)] |= 1 << (h & 63)
            }
        }
        var lower = Set<String>()
        if !candidates.isEmpty {
            t.withUnsafeBufferPointer { buf in
                for i in buf.indices where buf[i].kind == .word && !buf[i].isCapitalized {
                    let h = buf[i].lowerHash & 1023
                    guard bloom[Int(h >> 6)] & (1 << (h & 63)) != 0 else { continue }
                    if candidates.contains(buf[i].lower) { lower.insert(buf[i].lower) }
                }
            }
        }
        lowercaseWords = lower
    }

    /// The text of a UTF-8 byte range.
    func text(_ utf8Range: Range<Int>) -> String {
        let lo = max(0, utf8Range.lowerBound), hi = max(lo, min(bytes.count, utf8Range.upperBound))
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
    }

    /// The text of a token range, from the first token's start to the last one's end.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].utf8Start..<tokens[range.upperBound - 1].utf8End)
    }

    /// The UTF-8 byte range of a non-empty token range.
    func utf8Range(tokens range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].utf8Start..<tokens[range.upperBound - 1].utf8End
    }
}
