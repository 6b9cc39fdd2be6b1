import KGraphModel

/// One slot of a normalisation rule's pattern; each matches one word, except ``maybe(_:)``.
enum TimeSlot: Sendable {
    /// One of these words (kept in ``TimeMatch/words``).
    case word(Set<String>)
    /// One of these words, or nothing.
    case maybe(Set<String>)
    /// A month's name ("april", "aug") → ``TimeMatch/month``.
    case month
    /// A weekday's name → ``TimeMatch/weekday``.
    case weekday
    /// A day of the month, 1 to 31 → ``TimeMatch/day``.
    case day
    /// A four-digit year from 1000 to 2999 → ``TimeMatch/year``.
    case year
    /// A number in digits or words ("3", "three", "a") → ``TimeMatch/amount``.
    case amount
    /// A unit of time ("days", "week") → ``TimeMatch/unit``.
    case unit
    /// A season ("spring") → ``TimeMatch/season``.
    case season
    /// An ISO 8601 date ("2021-04-06") → ``TimeMatch/date``.
    case isoDate
    /// An ISO 8601 month ("2021-04") → ``TimeMatch/year`` and ``TimeMatch/month``.
    case isoMonth
    /// A decade ("1970s") → ``TimeMatch/decade`` ("197").
    case decade
    /// Two years joined by a hyphen ("2004-2006"; "2004-06" is June 2004) → ``TimeMatch/year`` and ``TimeMatch/endYear``.
    case yearRange
}

/// What a rule's pattern captured.
struct TimeMatch: Sendable {
    var words: [String] = []
    var month: Int?
    var weekday: Int?
    var day: Int?
    var year: Int?
    var endYear: Int?
    var amount: Int?
    var unit: TimeUnit?
    var season: String?
    var date: CalendarDay?
    var decade: String?

    /// Whether a word was matched by a ``TimeSlot/word(_:)`` or ``TimeSlot/maybe(_:)`` slot.
    func has(_ word: String) -> Bool { words.contains(word) }
}

/// An example a rule was written for: the words, the article's date, the value expected.
struct TimeExample: Sendable, CustomStringConvertible {
    let text: String
    let articleDate: String?
    let value: String?

    var description: String { "\(text) @ \(articleDate ?? "no date") → \(value ?? "nil")" }
}

/// A normalisation rule: a name, a pattern of slots that must cover an expression's words, the
/// resolution of what it matched against the article's date, and the examples it was written for.
struct TimeRule: Sendable, CustomStringConvertible {
    let name: String
    let pattern: [TimeSlot]
    let resolve: @Sendable (TimeMatch, TimeAnchor?) -> String?
    let examples: [TimeExample]

    var description: String { name }

    /// Creates a rule; each example is `(text, article date, value)`.
    init(_ name: String, _ pattern: [TimeSlot], examples: [(String, String?, String?)],
         resolve: @escaping @Sendable (TimeMatch, TimeAnchor?) -> String?) {
        self.name = name
        self.pattern = pattern
        self.resolve = resolve
        self.examples = examples.map { TimeExample(text: $0.0, articleDate: $0.1, value: $0.2) }
    }
}

/// Matches a rule's pattern against all of an expression's words.
enum TimeMatcher {
    /// The captures of a pattern that covers every word, or `nil`.
    /// - Complexity: O(slots · words); ``TimeSlot/maybe(_:)`` tries both ways.
    static func match(_ pattern: ArraySlice<TimeSlot>, _ words: ArraySlice<String>, _ captured: TimeMatch = TimeMatch()) -> TimeMatch? {
        guard let slot = pattern.first else { return words.isEmpty ? captured : nil }
        if case .maybe(let options) = slot {
            if let w = words.first, options.contains(w) {
                var m = captured
                m.words.append(w)
                if let found = match(pattern.dropFirst(), words.dropFirst(), m) { return found }
            }
            return match(pattern.dropFirst(), words, captured)
        }
        guard let w = words.first, let m = take(slot, w, captured) else { return nil }
        return match(pattern.dropFirst(), words.dropFirst(), m)
    }

    /// The captures after one slot took one word, or `nil` when it does not fit.
    static func take(_ slot: TimeSlot, _ w: String, _ captured: TimeMatch) -> TimeMatch? {
        var m = captured
        switch slot {
        case .word(let options), .maybe(let options):
            guard options.contains(w) else { return nil }
            m.words.append(w)
        case .month: guard let v = TimeWords.months[w] else { return nil }; m.month = v
        case .weekday: guard let v = TimeWords.weekdays[w] else { return nil }; m.weekday = v
        case .day: guard let v = number(w), (1...31).contains(v), w.count <= 2 else { return nil }; m.day = v
        case .year: guard w.count == 4, let v = number(w), (1000...2999).contains(v) else { return nil }; m.year = v
        case .amount: guard let v = number(w) ?? TimeWords.numbers[w], v > 0, v < 1000 else { return nil }; m.amount = v
        case .unit: guard let v = TimeWords.units[w] else { return nil }; m.unit = v
        case .season: guard let v = TimeWords.seasons[w] else { return nil }; m.season = v
        case .isoDate: guard let v = CalendarDay(iso: w), v.year >= 1000 else { return nil }; m.date = v
        case .isoMonth:
            guard w.count == 7, TimeValue.isArticleDate(w), let s = TimeValue.span(of: w)?.start else { return nil }
            m.year = s.year
            m.month = s.month
        case .decade:
            guard w.count == 5, w.hasSuffix("0s"), let v = number(String(w.prefix(3))), v >= 100 else { return nil }
            m.decade = String(v)
        case .yearRange: return yearRange(w, m)
        }
        return m
    }

    /// "2004-2006" (or with an en dash).
    static func yearRange(_ w: String, _ captured: TimeMatch) -> TimeMatch? {
        let parts = w.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 4, let a = number(String(parts[0])), (1000...2999).contains(a),
              let b = number(String(parts[1])), b > a, b <= 2999 else { return nil }
        var m = captured
        m.year = a
        m.endYear = b
        return m
    }

    /// A number written in ASCII digits.
    static func number(_ w: String) -> Int? {
        guard !w.isEmpty, w.count <= 6, w.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(w)
    }
}
