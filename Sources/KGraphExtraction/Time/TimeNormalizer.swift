import KGraphModel

/// Normalises a time expression as written ("April 6", "last week", "between 2004 and 2006") to
/// a TIMEX3 value, as SUTime and HeidelTime do: "2021-04-06", "2021-W13", "2004/2006".
///
/// The expression is cut into lower-case words (``TimeWords/words(of:)``); words that only
/// shade it ("on", "late", "earlier", "the") are dropped from its start and a part of the day
/// from its end; "between X and Y", "from X to Y", "since X" and "from at least X" are read as
/// intervals whose ends are normalised alone. What is left must be matched whole by one rule of
/// ``TimeRule/all``, the first that matches wins; the rule resolves it against the article's date
/// when it needs one. An expression no rule reads, or that needs a date the article lacks
/// ("yesterday" without one), gives `nil`.
///
/// ```swift
/// TimeNormalizer().value(of: "on Tuesday", articleDate: "2021-04-09")   // "2021-04-06"
/// TimeNormalizer().value(of: "April 6", articleDate: nil)               // "XXXX-04-06"
/// ```
public struct TimeNormalizer: Sendable {
    /// The rules tried, in order.
    var rules: [TimeRule] = TimeRule.all

    /// Words dropped from the start of an expression: prepositions and words that place a time
    /// within a longer one without changing which one it is.
    static let leadingNoise: Set<String> = ["on", "in", "at", "during", "around", "about", "approximately", "roughly",
                                            "the", "late", "early", "mid", "earlier", "later", "of"]
    /// Parts of the day dropped from the end ("Sunday night"), except after "this" or "last".
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "overnight", "noon", "midnight"]
    /// Words that open an interval with two ends, and the words that may join its ends.
    static let twoEnded: [(open: String, join: Set<String>)] = [("between", ["and"]), ("from", ["to", "until", "till", "through", "and"])]
    /// Words that open an interval with no end ("since 1997", "from at least 1997").
    static let openEnded: Set<String> = ["since", "from"]

    /// Creates a normaliser with kgraph's rules.
    public init() {}

    /// The TIMEX3 value of an expression.
    /// - Parameters:
    ///   - text: the time as written.
    ///   - articleDate: the article's date ("2021-04-09" or "2021-04"), when known.
    /// - Returns: the value, or `nil` when the expression cannot be resolved.
    /// - Complexity: O(rules · words) for an expression of a few words.
    public func value(of text: String, articleDate: String?) -> String? {
        value(of: TimeWords.words(of: text)[...], anchor: TimeAnchor(articleDate: articleDate))
    }

    /// The value of an expression's words.
    func value(of words: ArraySlice<String>, anchor: TimeAnchor?) -> String? {
        let w = Self.trimmed(words)
        guard let first = w.first else { return nil }
        if let interval = twoEndedInterval(w, opener: first, anchor: anchor) { return interval }
        if Self.openEnded.contains(first) {
            var rest = w.dropFirst()
            if rest.starts(with: ["at", "least"]) { rest = rest.dropFirst(2) }
            return value(of: rest, anchor: anchor).flatMap { $0.contains("/") ? nil : $0 + "/" }
        }
        if first == "until" || first == "till" {
            return value(of: w.dropFirst(), anchor: anchor).flatMap { $0.contains("/") ? nil : "/" + $0 }
        }
        return single(w, anchor: anchor)
    }

    /// "between X and Y", "from X to Y": "X/Y", both ends normalised alone.
    func twoEndedInterval(_ w: ArraySlice<String>, opener: String, anchor: TimeAnchor?) -> String? {
        guard let joins = Self.twoEnded.first(where: { $0.open == opener })?.join,
              let join = w.indices.dropFirst().first(where: { joins.contains(w[$0]) }) else { return nil }
        guard let start = value(of: w[(w.startIndex + 1)..<join], anchor: anchor),
              let end = value(of: w[(join + 1)...], anchor: anchor), !start.contains("/"), !end.contains("/") else { return nil }
        return start + "/" + end
    }

    /// The value of an expression that is not an interval: the first rule matching it whole.
    func single(_ w: ArraySlice<String>, anchor: TimeAnchor?) -> String? {
        for rule in rules {
            if let match = TimeMatcher.match(rule.pattern[...], w), let v = rule.resolve(match, anchor) { return v }
        }
        return nil
    }

    /// The words without the leading noise and a trailing part of the day.
    static func trimmed(_ words: ArraySlice<String>) -> ArraySlice<String> {
        var w = words
        while let f = w.first, leadingNoise.contains(f), w.count > 1 { w = w.dropFirst() }
        if w.count > 1, let last = w.last, dayParts.contains(last), !["this", "last"].contains(w[w.endIndex - 2]) {
            w = w.dropLast()
        }
        return w
    }
}

/// The words of a time expression: lower case, commas and brackets dropped, a word's closing full
/// stop dropped ("Aug." is "aug", "a.m." stays), "6th" read as "6", "mid-2020" as "mid 2020".
enum TimeWords {
    /// The words of an expression.
    /// - Complexity: O(n) in the text's length.
    static func words(of text: String) -> [String] {
        var out = [String]()
        let separators: Set<Character> = [",", ";", "(", ")", "\"", "“", "”", "—"]
        let spaced = String(text.lowercased().map { separators.contains($0) || $0.isWhitespace ? " " : $0 })
        for raw in spaced.split(separator: " ") {
            var word = String(raw)
            if word.hasPrefix("mid-") && word.count > 4 { out.append("mid"); word.removeFirst(4) }
            if word.hasSuffix("."), word.dropLast().firstIndex(of: ".") == nil { word.removeLast() }
            if word.hasSuffix("’s") || word.hasSuffix("'s") { word.removeLast(2) }
            for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.dropLast(2).allSatisfy(\.isNumber) && word.count > 2 {
                word.removeLast(2)
            }
            if !word.isEmpty { out.append(word) }
        }
        return out
    }

    /// Month names and their abbreviations → 1…12.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Weekday names and their abbreviations → 1 Monday … 7 Sunday.
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "thursday": 4, "thu": 4,
        "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]
    /// Numbers written as words (and "a", "an": one).
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    ]
    /// Units of time, singular and plural.
    static let units: [String: TimeUnit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month, "year": .year, "years": .year,
    ]
    /// Seasons → their TIMEX3 codes.
    static let seasons: [String: String] = ["spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"]
}
