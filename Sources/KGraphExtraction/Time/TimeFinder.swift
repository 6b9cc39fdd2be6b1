/// A time expression as written ("April 6", "in August 2015", "several days ago", "Friday").
struct TimeExpression: Sendable, Hashable {
    /// Its tokens.
    var tokens: Range<Int>
    /// Its text, without a leading preposition.
    var text: String
}

/// Finds time expressions in a sentence: dates ("March 1, 2006", "Oct. 2", "August 2015"),
/// weekdays with parts of the day, relative times ("last week", "earlier this week", "several days
/// ago", "a few months earlier", "in recent years"), bare years after a preposition ("in 2020").
struct TimeFinder: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Units of relative times.
    static let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "decade", "decades"]

    /// Finds the time expressions of one sentence.
    /// - Parameters:
    ///   - sentence: the sentence.
    ///   - analysis: the tokenized article.
    /// - Returns: expressions in text order, not overlapping.
    /// - Complexity: O(n) in the sentence's tokens.
    func find(in sentence: Sentence, analysis: Analysis) -> [TimeExpression] {
        let tokens = analysis.tokens
        let s1 = sentence.tokens.upperBound
        var out = [TimeExpression]()
        var k = sentence.tokens.lowerBound
        func cls(_ i: Int) -> String? {
            guard i < s1 else { return nil }
            let info = tokens[i].info
            if info.is(.month) { return "month" }
            if info.is(.weekday) { return "weekday" }
            if info.is(.timeWord) { return "timeword" }
            if info.is(.numberWord) { return "number" }
            return nil
        }
        func isYear(_ i: Int) -> Bool {
            guard i < s1, tokens[i].kind == .number, tokens[i].lower.utf8.count == 4, let y = Int(tokens[i].lower) else { return false }
            return y >= 1900 && y <= 2100
        }
        func isDay(_ i: Int) -> Bool {
            guard i < s1, tokens[i].kind == .number, let d = Int(tokens[i].lower) else { return false }
            return d >= 1 && d <= 31
        }
        while k < s1 {
            // most tokens start no time expression: decided on the token in place
            // "in May", "since May": the month, though "may" is read as a modal verb elsewhere
            let mayMonth = tokens[k].lower == "may" && tokens[k].isCapitalized && k > sentence.tokens.lowerBound
                && ["in", "since", "until", "last", "early", "late", "mid", "by", "of", "during", "through"].contains(tokens[k - 1].lower)
            if !mayMonth && (tokens[k].kind == .punct || tokens[k].kind == .possessive
                || (tokens[k].kind == .word && !tokens[k].info.canStartTime)) {
                k += 1
                continue
            }
            let t = tokens[k]
            var start = k
            var end = k
            let c = mayMonth ? "month" : cls(k)
            if c == "month" {
                end = k + 1
                if isDay(end) { end += 1; if end + 1 < s1, tokens[end].isPunct(","), isYear(end + 1) { end += 2 } }
                else if isYear(end) { end += 1 }
                if start > sentence.tokens.lowerBound, ["late", "early", "mid", "mid-", "last", "next", "this"].contains(tokens[start - 1].lower) { start -= 1 }
                // "May" alone is too ambiguous, but for "in May", "since May", "last May", "early May"
                if t.lower == "may", end == k + 1,
                   !(k > sentence.tokens.lowerBound && ["in", "since", "until", "last", "early", "late", "mid", "by", "of", "during", "through"].contains(tokens[k - 1].lower)) {
                    k += 1; continue
                }
            } else if c == "weekday" {
                end = k + 1
                if end < s1, ["morning", "afternoon", "evening", "night"].contains(tokens[end].lower) { end += 1 }
            } else if c == "timeword" {
                end = k + 1
            } else if ["last", "next", "this", "earlier", "later"].contains(t.lower), k + 1 < s1,
                      ["week", "month", "year", "weekend"].contains(tokens[k + 1].lower) || cls(k + 1) == "weekday" {
                end = k + 2
                if t.lower == "earlier" || t.lower == "later" {
                    if k + 2 < s1, tokens[k + 1].lower == "this" { end = k + 3 } else { k += 1; continue }
                }
            } else if ["earlier", "later"].contains(t.lower), k + 2 < s1, tokens[k + 1].lower == "this", ["week", "month", "year"].contains(tokens[k + 2].lower) {
                end = k + 3
            } else if t.lower == "recent", k + 1 < s1, ["years", "months", "weeks", "days"].contains(tokens[k + 1].lower) {
                end = k + 2
                if start > sentence.tokens.lowerBound, tokens[start - 1].lower == "in" { start -= 1 }
            } else if (t.kind == .number || cls(k) == "number" || ["a", "several", "few", "some"].contains(t.lower)) {
                // "several days ago", "a few months earlier", "about a month later", "two years ago"
                var j = k
                if j < s1, tokens[j].lower == "a", j + 1 < s1, tokens[j + 1].lower == "few" { j += 1 }
                j += 1
                if j < s1, TimeFinder.units.contains(tokens[j].lower), j + 1 < s1, ["ago", "earlier", "later"].contains(tokens[j + 1].lower) {
                    end = j + 2
                    if start > sentence.tokens.lowerBound, ["about", "around", "nearly", "almost", "some"].contains(tokens[start - 1].lower) { start -= 1 }
                } else if isYear(k), k > sentence.tokens.lowerBound, ["in", "since", "by", "during", "until", "from"].contains(tokens[k - 1].lower) {
                    end = k + 1
                } else {
                    k += 1
                    continue
                }
            } else {
                k += 1
                continue
            }
            out.append(TimeExpression(tokens: start..<end, text: analysis.text(tokens: start..<end)))
            k = end
        }
        return out
    }
}
