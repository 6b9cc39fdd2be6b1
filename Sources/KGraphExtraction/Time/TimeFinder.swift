import KGraphVocabulary

/// A time expression as written ("April 6", "late Sunday", "June of that year", "several days ago").
struct TimeExpression: Sendable, Hashable {
    /// Its tokens.
    var tokens: Range<Int>
    /// Its text.
    var text: String
}

/// Finds time expressions in a sentence by the patterns of ``TimePattern/all``: at each token the
/// longest match of any pattern wins, then the search goes on after it. A bare year counts after a
/// preposition of time ("in 2020", "since 2019").
struct TimeFinder: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Prepositions after which a bare year is a time.
    static let yearPrepositions: Set<String> = ["in", "since", "by", "during", "until", "from", "of", "before", "after", "through"]

    /// Words before a month's name that make "May" a month: the prepositions of a year and the
    /// words that place a time ("last May", "early May").
    static let beforeMonth = yearPrepositions.union(["last", "early", "late", "mid", "next", "this"])

    /// Finds the time expressions of one sentence.
    /// - Parameters:
    ///   - sentence: the sentence.
    ///   - analysis: the tokenized article.
    /// - Returns: expressions in text order, not overlapping.
    /// - Complexity: O(n · p) in the sentence's tokens and the number of patterns, each match bounded.
    func find(in sentence: Sentence, analysis: Analysis) -> [TimeExpression] {
        let tokens = analysis.tokens
        let end = sentence.tokens.upperBound
        var out = [TimeExpression]()
        let anyStart = TimePattern.anyStart, anyEnd = TimePattern.anyEnd, starts = TimePattern.starts, sequences = TimePattern.sequences
        // for each token, the first token at or after it that a time can end with: no time starts
        // after the last one, and a pattern too short to reach it cannot match
        var nextEnd = [Int](repeating: end, count: sentence.tokens.count + 1)
        for k in sentence.tokens.reversed() {
            let i = k - sentence.tokens.lowerBound
            nextEnd[i] = anyEnd.admits(tokens[k], listed: tokens[k].info.endsTime) ? k : nextEnd[i + 1]
        }
        guard nextEnd[0] < end else { return out }
        let maxLengths = TimePattern.maxLengths
        var k = sentence.tokens.lowerBound
        while k < end, nextEnd[k - sentence.tokens.lowerBound] < end {
            let reach = nextEnd[k - sentence.tokens.lowerBound] - k  // a match needs more tokens than this
            guard tokens[k].kind != .punct else { k += 1; continue }
            var best = k
            if anyStart.admits(tokens[k], listed: tokens[k].info.timePatterns != 0) {
                for i in starts.indices where maxLengths[i] > reach && starts[i].admits(tokens[k], listed: tokens[k].info.timePatterns & (1 << UInt32(i)) != 0) {
                    if let e = longest(sequences[i], at: k, end: end, tokens: tokens), e > best { best = e }
                }
            }
            if best == k, TimeFinder.isYear(tokens[k]), k > sentence.tokens.lowerBound,
               TimeFinder.yearPrepositions.contains(tokens[k - 1].lower) {
                best = k + 1
            }
            if best > k {
                out.append(TimeExpression(tokens: k..<best, text: analysis.text(tokens: k..<best)))
                k = best
            } else {
                k += 1
            }
        }
        return out
    }

    /// The furthest position where a sequence of elements can end when it starts at `k`, if it
    /// matches at all.
    func longest(_ elements: [TimeElement], at k: Int, end: Int, tokens: [Token]) -> Int? {
        var best: Int?
        each(elements[...], at: k, end: end, tokens: tokens) { best = max(best ?? $0, $0) }
        return best
    }

    /// Calls `body` with every position where a sequence of elements can end when it starts at `k`
    /// (a backtracking walk that builds no arrays).
    func each(_ elements: ArraySlice<TimeElement>, at k: Int, end: Int, tokens: [Token], _ body: (Int) -> Void) {
        guard let first = elements.first else { body(k); return }
        each(first, at: k, end: end, tokens: tokens) { next in
            each(elements.dropFirst(), at: next, end: end, tokens: tokens, body)
        }
    }

    /// Calls `body` with every position where one element can end when it starts at `k`.
    func each(_ e: TimeElement, at k: Int, end: Int, tokens: [Token], _ body: (Int) -> Void) {
        switch e {
        case .opt(let inner): body(k); each(inner, at: k, end: end, tokens: tokens, body)
        case .seq(let list): each(list[...], at: k, end: end, tokens: tokens, body)
        case .either(let list): for x in list { each(x, at: k, end: end, tokens: tokens, body) }
        default: if let next = step(e, at: k, end: end, tokens: tokens) { body(next) }
        }
    }

    /// Where a single-token element ends when it matches the token at `k`.
    func step(_ e: TimeElement, at k: Int, end: Int, tokens: [Token]) -> Int? {
        guard k < end else { return nil }
        let t = tokens[k]
        switch e {
        case .word(let words): return words.contains(t.lower) && t.kind != .number ? k + 1 : nil
        case .cls(let c):
            guard t.kind == .word, t.info.is(c) else { return nil }
            // "May" is a month only capitalised, inside a sentence or before a day or year
            if c == .month, t.lower == "may" {
                let dated = k + 1 < end && (TimeFinder.isDay(tokens[k + 1]) || TimeFinder.isYear(tokens[k + 1]))
                let placed = t.isCapitalized && k > 0 && TimeFinder.beforeMonth.contains(tokens[k - 1].lower)
                guard dated || placed else { return nil }
            }
            return k + 1
        case .day: return TimeFinder.isDay(t) ? k + 1 : nil
        case .year: return TimeFinder.isYear(t) ? k + 1 : nil
        case .amount:
            if t.kind == .number || t.info.is(.numberWord) || TimeElement.amountWords.contains(t.lower) { return k + 1 }
            return nil
        case .mark(let m): return t.kind == .punct && t.lower == m ? k + 1 : nil
        case .opt, .seq, .either: return nil
        }
    }

    /// Whether a token is a day of the month.
    static func isDay(_ t: Token) -> Bool {
        guard t.kind == .number, let d = Int(t.lower) else { return false }
        return d >= 1 && d <= 31
    }

    /// Whether a token is a year from 1900 to 2100.
    static func isYear(_ t: Token) -> Bool {
        guard t.kind == .number, t.lower.utf8.count == 4, let y = Int(t.lower) else { return false }
        return y >= 1900 && y <= 2100
    }
}
