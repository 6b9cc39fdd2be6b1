import KGraphModel

extension TimeRule {
    // Macros, as SUTime's rule files name their reusable pieces.
    static let lastWords: Set<String> = ["last", "past", "previous"]
    static let nextWords: Set<String> = ["next", "coming"]
    static let last = TimeSlot.word(lastWords)
    static let next = TimeSlot.word(nextWords)
    static let this = TimeSlot.word(["this"])
    /// "this coming", "the coming": an optional "this" before ``next``.
    static let maybeThis = TimeSlot.maybe(["this"])

    /// A day as "YYYY-MM-DD", or `nil` when it does not exist.
    static func ymd(_ y: Int?, _ m: Int?, _ d: Int?) -> String? {
        guard let y, let m, let d else { return nil }
        return CalendarDay(year: y, month: m, day: d)?.iso
    }

    /// The rules, tried in order; the first that matches an expression whole and resolves wins.
    static let all: [TimeRule] = absolute + anchoredDates + anchoredDays + anchoredPeriods

    /// Times that name their year: no article date needed.
    static let absolute: [TimeRule] = [
        TimeRule("an ISO date", [.isoDate], examples: [("2021-04-06", nil, "2021-04-06"), ("2024-02-30", nil, nil)]) { m, _ in m.date?.iso },
        TimeRule("an ISO month", [.isoMonth], examples: [("2021-04", nil, "2021-04")]) { m, _ in
            m.year.flatMap { y in m.month.map { TimeFormat.month(y, $0) } }
        },
        TimeRule("month day year", [.month, .day, .year],
                 examples: [("April 6, 2021", nil, "2021-04-06"), ("Aug. 17, 2022", "2024-01-01", "2022-08-17"),
                            ("Feb. 29, 2024", nil, "2024-02-29"), ("Feb. 29, 2023", nil, nil)]) { m, _ in ymd(m.year, m.month, m.day) },
        TimeRule("day month year", [.day, .month, .year], examples: [("6 April 2021", nil, "2021-04-06")]) { m, _ in ymd(m.year, m.month, m.day) },
        TimeRule("weekday then a full date", [.weekday, .month, .day, .year],
                 examples: [("Friday, April 9, 2021", nil, "2021-04-09")]) { m, _ in ymd(m.year, m.month, m.day) },
        TimeRule("weekday then a full date, day first", [.weekday, .day, .month, .year],
                 examples: [("Friday 9 April 2021", nil, "2021-04-09")]) { m, _ in ymd(m.year, m.month, m.day) },
        TimeRule("month year", [.month, .maybe(["of"]), .year], examples: [("August 2020", nil, "2020-08"), ("May of 2019", nil, "2019-05")]) { m, _ in
            m.year.flatMap { y in m.month.map { TimeFormat.month(y, $0) } }
        },
        TimeRule("a year", [.year], examples: [("in 2020", nil, "2020"), ("mid-2020", nil, "2020")]) { m, _ in m.year.flatMap(TimeFormat.year) },
        TimeRule("a span of years", [.yearRange], examples: [("2004-2006", nil, "2004/2006"), ("1998–2001", nil, "1998/2001")]) { m, _ in
            guard let a = m.year.flatMap(TimeFormat.year), let b = m.endYear.flatMap(TimeFormat.year) else { return nil }
            return a + "/" + b
        },
        TimeRule("a decade", [.decade], examples: [("the 1970s", nil, "197X"), ("the 2010s", nil, "201X")]) { m, _ in m.decade.map { $0 + "X" } },
        TimeRule("a season of a year", [.season, .maybe(["of"]), .year], examples: [("the spring of 2022", nil, "2022-SP")]) { m, _ in
            guard let y = m.year.flatMap(TimeFormat.year), let s = m.season else { return nil }
            return y + "-" + s
        },
    ]

    /// Dates without a year and named months: placed by the article's date.
    static let anchoredDates: [TimeRule] = [
        TimeRule("month day, in the year nearest the article", [.month, .day],
                 examples: [("April 6", "2021-04-09", "2021-04-06"), ("April 6", nil, "XXXX-04-06"), ("December 28", "2024-01-02", "2023-12-28"),
                            ("May 3", "2021-04-09", "2021-05-03"), ("Feb. 29", "2024-03-01", "2024-02-29"), ("Feb. 29", "2023-03-01", nil)]) { m, a in
            dayOfYearNearest(m, a)
        },
        TimeRule("day month, in the year nearest the article", [.day, .month],
                 examples: [("6 April", "2021-04-09", "2021-04-06"), ("6 April", nil, "XXXX-04-06")]) { m, a in dayOfYearNearest(m, a) },
        TimeRule("a month: the latest not after the article's", [.month],
                 examples: [("August", "2021-04-09", "2020-08"), ("in April", "2021-04-09", "2021-04"), ("August", nil, "XXXX-08")]) { m, a in
            guard let month = m.month else { return nil }
            return a?.latest(month: month, strictly: false) ?? "XXXX-\(CalendarDay.pad(month, 2))"
        },
        TimeRule("last month-name", [last, .month], examples: [("last August", "2021-09-15", "2021-08"), ("last April", "2021-04-09", "2020-04")]) { m, a in
            m.month.flatMap { a?.latest(month: $0, strictly: true) }
        },
        TimeRule("next month-name", [maybeThis, next, .month], examples: [("next March", "2021-04-09", "2022-03"), ("this coming May", "2021-04-09", "2021-05")]) { m, a in
            m.month.flatMap { a?.next(month: $0) }
        },
        TimeRule("this month-name", [this, .month], examples: [("this August", "2021-04-09", "2021-08")]) { m, a in
            guard let a, let month = m.month else { return nil }
            return TimeFormat.month(a.year, month)
        },
    ]

    /// Days named by their weekday or by their distance from the article's date.
    static let anchoredDays: [TimeRule] = [
        TimeRule("a weekday: the latest not after the article's date", [.weekday],
                 examples: [("on Tuesday", "2021-04-09", "2021-04-06"), ("on Wednesday", "2024-01-01", "2023-12-27"),
                            ("late Sunday", "2021-03-02", "2021-02-28"), ("Friday", "2021-04-09", "2021-04-09"),
                            ("on Thursday", "2024-03-01", "2024-02-29"), ("on Tuesday", nil, nil)]) { m, a in
            m.weekday.flatMap { a?.latest(weekday: $0, strictly: false) }?.iso
        },
        TimeRule("last weekday", [last, .weekday], examples: [("last Friday", "2021-04-09", "2021-04-02")]) { m, a in
            m.weekday.flatMap { a?.latest(weekday: $0, strictly: true) }?.iso
        },
        TimeRule("next weekday", [maybeThis, next, .weekday],
                 examples: [("next Monday", "2021-04-09", "2021-04-12"), ("this coming Friday", "2021-12-31", "2022-01-07")]) { m, a in
            m.weekday.flatMap { a?.next(weekday: $0) }?.iso
        },
        TimeRule("this weekday: in the article's week", [this, .weekday], examples: [("this Monday", "2021-04-09", "2021-04-05")]) { m, a in
            guard let d = a?.day, let w = m.weekday else { return nil }
            return d.adding(days: w - d.weekday).iso
        },
        TimeRule("today", [.word(["today", "tonight"])], examples: [("today", "2021-04-09", "2021-04-09"), ("today", nil, nil)]) { _, a in a?.day?.iso },
        TimeRule("this morning", [this, .word(TimeNormalizer.dayParts)], examples: [("this morning", "2021-04-09", "2021-04-09")]) { _, a in a?.day?.iso },
        TimeRule("yesterday", [.word(["yesterday"])],
                 examples: [("yesterday", "2021-03-01", "2021-02-28"), ("yesterday", "2024-03-01", "2024-02-29"),
                            ("yesterday", "2021-01-01", "2020-12-31"), ("yesterday", nil, nil)]) { _, a in a?.shifted(-1, .day) },
        TimeRule("last night", [last, .word(["night"])], examples: [("last night", "2021-04-09", "2021-04-08")]) { _, a in a?.shifted(-1, .day) },
        TimeRule("tomorrow", [.word(["tomorrow"])], examples: [("tomorrow", "2021-12-31", "2022-01-01")]) { _, a in a?.shifted(1, .day) },
        TimeRule("an amount of time ago", [.amount, .unit, .word(["ago"])],
                 examples: [("two days ago", "2021-03-01", "2021-02-27"), ("3 weeks ago", "2021-04-09", "2021-W11"),
                            ("a month ago", "2021-01-15", "2020-12"), ("two years ago", "2021-04", "2019"), ("several days ago", "2021-04-09", nil)]) { m, a in
            guard let n = m.amount, let unit = m.unit else { return nil }
            return a?.shifted(-n, unit)
        },
    ]

    /// Weeks, weekends, months and years counted from the article's.
    static let anchoredPeriods: [TimeRule] = [
        TimeRule("last week, month or year", [last, .unit],
                 examples: [("last week", "2021-04-09", "2021-W13"), ("last week", "2021-01-06", "2020-W53"), ("last month", "2021-01-20", "2020-12"),
                            ("late last year", "2021-04-09", "2020"), ("the past week", "2021-04-09", "2021-W13")]) { m, a in
            m.unit.flatMap { a?.shifted(-1, $0) }
        },
        TimeRule("this week, month or year", [this, .unit],
                 examples: [("earlier this month", "2021-04-09", "2021-04"), ("this week", "2021-04-09", "2021-W14"), ("this year", "2021-04", "2021")]) { m, a in
            m.unit.flatMap { a?.shifted(0, $0) }
        },
        TimeRule("next week, month or year", [next, .unit], examples: [("next month", "2021-12-09", "2022-01"), ("next year", "2021-04-09", "2022")]) { m, a in
            m.unit.flatMap { a?.shifted(1, $0) }
        },
        TimeRule("a weekend", [.word(lastWords.union(["this", "next"])), .word(["weekend"])],
                 examples: [("last weekend", "2021-04-09", "2021-W13-WE"), ("this weekend", "2021-04-09", "2021-W14-WE")]) { m, a in
            let shift = m.has("this") ? 0 : m.has("next") ? 1 : -1
            return a?.shifted(shift, .week).map { $0 + "-WE" }
        },
    ]

    /// "April 6" or "6 April": in the year that puts it nearest the article's date; "XXXX-04-06"
    /// without one.
    static func dayOfYearNearest(_ m: TimeMatch, _ a: TimeAnchor?) -> String? {
        guard let month = m.month, let day = m.day else { return nil }
        guard let a else { return TimeFormat.yearless(month: month, day: day) }
        return a.nearest(month: month, day: day)?.iso
    }
}
