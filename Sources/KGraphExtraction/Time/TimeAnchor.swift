import KGraphModel

/// What a relative time ("yesterday", "last week", "on Tuesday") is counted from: the article's
/// date, known to the day or only to the month ("2021-04").
struct TimeAnchor: Sendable, Hashable {
    /// The article's year.
    let year: Int
    /// The article's month, 1 to 12.
    let month: Int
    /// The article's day, when known.
    let day: CalendarDay?

    /// The anchor of an article date (`YYYY-MM-DD` or `YYYY-MM`), or `nil` for any other text.
    init?(articleDate: String?) {
        guard let articleDate, TimeValue.isArticleDate(articleDate), let span = TimeValue.span(of: articleDate),
              let start = span.start else { return nil }
        year = start.year
        month = start.month
        day = CalendarDay(iso: articleDate)
    }

    /// The anchor of a known day.
    init(day: CalendarDay) {
        year = day.year
        month = day.month
        self.day = day
    }

    // MARK: resolving

    /// The year that puts a month and day nearest the article's date ("December 28" in an
    /// article of 2024-01-02 is 2023-12-28; "May 3" in one of 2021-04-09 is 2021-05-03), as a day.
    /// - Returns: `nil` when no such day lies within about half a year of the article's date
    ///   (February 29 near a common year, February 30).
    func nearest(month m: Int, day d: Int) -> CalendarDay? {
        guard let reference = day ?? CalendarDay(year: year, month: month, day: 15) else { return nil }
        let candidates = [year - 1, year, year + 1].compactMap { CalendarDay(year: $0, month: m, day: d) }
        return candidates.filter { abs($0.dayNumber - reference.dayNumber) <= 200 }
            .min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
    }

    /// The latest month of that name not after the article's month (`strictly`: before it), as
    /// "YYYY-MM".
    func latest(month m: Int, strictly: Bool) -> String {
        let y = m < month || (!strictly && m == month) ? year : year - 1
        return TimeFormat.month(y, m)
    }

    /// The first month of that name after the article's month, as "YYYY-MM".
    func next(month m: Int) -> String {
        TimeFormat.month(m > month ? year : year + 1, m)
    }

    /// The latest day with that weekday not after the article's date (`strictly`: before it).
    /// - Parameter weekday: 1 Monday … 7 Sunday.
    func latest(weekday: Int, strictly: Bool) -> CalendarDay? {
        guard let day else { return nil }
        var back = (day.weekday - weekday + 7) % 7
        if strictly && back == 0 { back = 7 }
        return day.adding(days: -back)
    }

    /// The first day with that weekday after the article's date.
    /// - Parameter weekday: 1 Monday … 7 Sunday.
    func next(weekday: Int) -> CalendarDay? {
        guard let day else { return nil }
        let ahead = (weekday - day.weekday + 7) % 7
        return day.adding(days: ahead == 0 ? 7 : ahead)
    }

    /// The time `amount` units from the article's date (back when negative), at the unit's
    /// granularity: a day, an ISO week, a month or a year.
    func shifted(_ amount: Int, _ unit: TimeUnit) -> String? {
        switch unit {
        case .year: return TimeFormat.year(year + amount)
        case .month:
            let index = year * 12 + (month - 1) + amount
            return TimeFormat.month(index / 12, index % 12 + 1)
        case .week: return day.map { TimeFormat.week($0.adding(days: 7 * amount)) }
        case .day: return day.map { $0.adding(days: amount).iso }
        }
    }
}

/// A unit of time a relative expression counts in.
enum TimeUnit: Sendable, Hashable {
    case day, week, month, year
}

/// TIMEX3 values written from parts.
enum TimeFormat {
    /// "YYYY".
    static func year(_ y: Int) -> String? { (1...9999).contains(y) ? CalendarDay.pad(y, 4) : nil }
    /// "YYYY-MM".
    static func month(_ y: Int, _ m: Int) -> String { "\(CalendarDay.pad(y, 4))-\(CalendarDay.pad(m, 2))" }
    /// "YYYY-Www" of the ISO week a day is in.
    static func week(_ d: CalendarDay) -> String {
        let w = d.isoWeek
        return "\(CalendarDay.pad(w.year, 4))-W\(CalendarDay.pad(w.week, 2))"
    }
    /// "XXXX-MM-DD": a month and day of an unknown year.
    static func yearless(month m: Int, day d: Int) -> String? {
        // February 29 exists in some year; February 30 in none.
        guard CalendarDay(year: 2000, month: m, day: d) != nil else { return nil }
        return "XXXX-\(CalendarDay.pad(m, 2))-\(CalendarDay.pad(d, 2))"
    }
}
