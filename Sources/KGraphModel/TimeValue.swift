/// The days a time covers: from ``start`` to ``end``, both included; `nil` at an open end
/// ("since 1997" has no end).
public struct TimeSpan: Hashable, Sendable {
    /// The first day, or `nil` when open at the start.
    public var start: CalendarDay?
    /// The last day, or `nil` when open at the end.
    public var end: CalendarDay?

    /// Creates a span.
    public init(start: CalendarDay?, end: CalendarDay?) {
        self.start = start
        self.end = end
    }

    /// Whether two spans share a day (an open end reaches as far as needed).
    public func overlaps(_ other: TimeSpan) -> Bool {
        if let end, let otherStart = other.start, end < otherStart { return false }
        if let start, let otherEnd = other.end, otherEnd < start { return false }
        return true
    }
}

/// Reads the TIMEX3 values kgraph writes (``Event/timeValue``, ``Document/date``) back as days:
///
/// | value | days |
/// |---|---|
/// | `2021-04-06` | that day |
/// | `2021-04` | April 2021 |
/// | `2021` | the year |
/// | `2021-W14` / `2021-W14-WE` | Monday to Sunday of ISO week 14 / its Saturday and Sunday |
/// | `2022-SP`, `-SU`, `-FA`, `-WI` | March–May, June–August, September–November, December–February |
/// | `197X`, `19XX` | the decade, the century |
/// | `2004/2006`, `1997/` | from the start of the first to the end of the second; open |
///
/// A value with an unknown year (`XXXX-04-06`) covers no known days.
public enum TimeValue {
    /// The days a value covers, or `nil` when it names none that are known.
    /// - Parameter value: a TIMEX3 value.
    public static func span(of value: String) -> TimeSpan? {
        if let slash = value.firstIndex(of: "/") {
            let first = String(value[..<slash]), second = String(value[value.index(after: slash)...])
            let start = first.isEmpty ? nil : point(first)?.start
            let end = second.isEmpty ? nil : point(second)?.end
            if (!first.isEmpty && start == nil) || (!second.isEmpty && end == nil) || (start == nil && end == nil) { return nil }
            return TimeSpan(start: start, end: end)
        }
        guard let p = point(value) else { return nil }
        return TimeSpan(start: p.start, end: p.end)
    }

    /// Whether a text is an article date kgraph accepts: `YYYY-MM-DD` or `YYYY-MM`, a real day or
    /// month of the years 1000 to 9999.
    public static func isArticleDate(_ text: String) -> Bool {
        if let day = CalendarDay(iso: text) { return day.year >= 1000 }
        return text.count == 7 && month(text) != nil
    }

    /// The first and last day of a value that is not an interval.
    static func point(_ v: String) -> (start: CalendarDay, end: CalendarDay)? {
        if let d = CalendarDay(iso: v) { return (d, d) }
        if let m = month(v) { return m }
        if let y = year(v) { return y }
        if let w = week(v) { return w }
        if let s = season(v) { return s }
        return decade(v)
    }

    /// `YYYY-MM`.
    static func month(_ v: String) -> (start: CalendarDay, end: CalendarDay)? {
        let parts = v.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = digits(parts[0]), let m = digits(parts[1]),
              y >= 1000, let first = CalendarDay(year: y, month: m, day: 1),
              let last = CalendarDay(year: y, month: m, day: CalendarDay.length(ofMonth: m, year: y)) else { return nil }
        return (first, last)
    }

    /// `YYYY`.
    static func year(_ v: String) -> (start: CalendarDay, end: CalendarDay)? {
        guard v.count == 4, let y = digits(Substring(v)), let first = CalendarDay(year: y, month: 1, day: 1),
              let last = CalendarDay(year: y, month: 12, day: 31) else { return nil }
        return (first, last)
    }

    /// `YYYY-Www` and `YYYY-Www-WE`.
    static func week(_ v: String) -> (start: CalendarDay, end: CalendarDay)? {
        let parts = v.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "WE"), parts[0].count == 4, parts[1].count == 3,
              parts[1].first == "W", let y = digits(parts[0]), let w = digits(parts[1].dropFirst()),
              let monday = CalendarDay.monday(ofISOWeek: w, year: y) else { return nil }
        return parts.count == 3 ? (monday.adding(days: 5), monday.adding(days: 6)) : (monday, monday.adding(days: 6))
    }

    /// `YYYY-SP`, `YYYY-SU`, `YYYY-FA`, `YYYY-WI` (northern seasons by months).
    static func season(_ v: String) -> (start: CalendarDay, end: CalendarDay)? {
        let parts = v.split(separator: "-", omittingEmptySubsequences: false)
        let firstMonths: [Substring: Int] = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
        guard parts.count == 2, parts[0].count == 4, let y = digits(parts[0]), let m = firstMonths[parts[1]],
              let first = CalendarDay(year: y, month: m, day: 1) else { return nil }
        return (first, first.adding(months: 3).adding(days: -1))
    }

    /// `197X` (a decade) and `19XX` (a century).
    static func decade(_ v: String) -> (start: CalendarDay, end: CalendarDay)? {
        guard v.count == 4, let firstX = v.firstIndex(of: "X"), v[firstX...].allSatisfy({ $0 == "X" }),
              let lead = digits(v[..<firstX]) else { return nil }
        let width = v.distance(from: firstX, to: v.endIndex)
        var scale = 1
        for _ in 0..<width { scale *= 10 }
        guard let first = CalendarDay(year: max(1, lead * scale), month: 1, day: 1),
              let last = CalendarDay(year: lead * scale + scale - 1, month: 12, day: 31) else { return nil }
        return (first, last)
    }

    /// An unsigned decimal number written in ASCII digits only.
    static func digits(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }
}
