/// A day of the proleptic Gregorian calendar, with the arithmetic that time normalisation needs:
/// days between dates, weekdays, ISO 8601 weeks. No time zone: an article's date is a day.
///
/// ```swift
/// let friday = CalendarDay(iso: "2021-04-09")   // weekday 5 (Monday is 1)
/// friday?.adding(days: -3).iso                   // "2021-04-06"
/// friday?.isoWeek                                // (year: 2021, week: 14)
/// ```
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year (1 to 9999).
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// A day, or `nil` when there is no such day (February 30, month 13).
    /// - Parameters:
    ///   - year: 1 to 9999.
    ///   - month: 1 to 12.
    ///   - day: 1 to the month's length.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= CalendarDay.length(ofMonth: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day an ISO 8601 calendar date names ("2021-04-09"), or `nil` for any other text.
    /// - Parameter iso: exactly `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `dayNumber` days after 1970-01-01 (negative before it).
    /// - Parameter dayNumber: days since the Unix epoch.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (3 days after a Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The ISO 8601 week this day belongs to: the week-numbering year (which may differ from
    /// ``year`` in the first and last days of a year) and the week, 1 to 53.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)  // the week's Thursday decides its year
        let january1 = CalendarDay(dayNumber: CalendarDay.firstDay(ofYear: thursday.year))
        return (thursday.year, (thursday.dayNumber - january1.dayNumber) / 7 + 1)
    }

    /// The Monday of an ISO 8601 week, or `nil` when the year has no such week.
    /// - Parameters:
    ///   - year: the week-numbering year.
    ///   - week: 1 to 53.
    public static func monday(ofISOWeek week: Int, year: Int) -> CalendarDay? {
        guard (1...9998).contains(year), (1...53).contains(week) else { return nil }
        let january4 = CalendarDay(dayNumber: firstDay(ofYear: year) + 3)
        let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
        return monday.isoWeek.year == year ? monday : nil
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The same day `months` months later (earlier when negative), clamped to the month's length.
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.length(ofMonth: m, year: y))) ?? self
    }

    /// `YYYY-MM-DD`.
    public var iso: String { "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))" }

    public var description: String { iso }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Whether a year is a leap year of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// The number of days of a month.
    /// - Parameters:
    ///   - month: 1 to 12.
    ///   - year: the year (for February).
    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The day number of January 1 of a year.
    static func firstDay(ofYear year: Int) -> Int {
        CalendarDay(year: year, month: 1, day: 1)?.dayNumber ?? 0
    }

    /// A number with leading zeros to `width` digits.
    public static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
