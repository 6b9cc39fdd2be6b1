/// A dateline opening a sentence: "WASHINGTON –", "TIRAZ, Velo —". Its words name a place and are
/// not part of what the sentence says; the word after it starts the sentence proper.
enum Dateline {
    /// The dashes that end a dateline.
    static let dashes = ["-", "–", "—", "--"]

    /// The first token after a dateline that opens the sentence starting at `s0`, or `s0` when
    /// there is none: a dash within the first seven tokens, after capitalised words and
    /// punctuation only, one of them in capitals and longer than two letters.
    /// - Parameters:
    ///   - s0: the sentence's first token.
    ///   - end: the first token past the sentence.
    ///   - tokens: the article's tokens.
    /// - Complexity: O(1) (at most seven tokens read).
    static func bodyStart(_ s0: Int, end: Int, tokens: [Token]) -> Int {
        guard let dash = (s0..<min(end, s0 + 7)).first(where: { tokens[$0].kind == .punct && Dateline.dashes.contains(tokens[$0].lower) }), dash > s0,
              (s0..<dash).allSatisfy({ tokens[$0].kind == .punct || tokens[$0].isCapitalized }),
              (s0..<dash).contains(where: { tokens[$0].isAllCaps && tokens[$0].lower.count > 2 }) else { return s0 }
        return dash + 1
    }
}
