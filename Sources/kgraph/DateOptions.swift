import Foundation
import KGraphModel

/// A date given on the command line that is not one.
struct DateOptionError: Error, CustomStringConvertible {
    /// The option ("--date").
    let option: String
    /// What was given.
    let value: String
    /// The forms accepted, for the message.
    let forms: String

    var description: String { "\(option) '\(value)' is not a date: give \(forms)" }
}

/// The dates of `--date`, `--from` and `--to`, checked before any work: a bad one is one line on
/// standard error and exit status 2 (bad input).
enum DateOptions {
    /// Checks an article date (`--date`): `YYYY-MM-DD` or `YYYY-MM`.
    /// - Throws: the failure exit code, after printing the error.
    static func checkArticleDate(_ value: String?, option: String = "--date") throws {
        guard let value, !TimeValue.isArticleDate(value) else { return }
        throw Console.fail(DateOptionError(option: option, value: value, forms: "YYYY-MM-DD or YYYY-MM, e.g. 2021-04-09"))
    }

    /// Checks a bound of a date range (`--from`, `--to`): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    /// - Returns: the days it covers.
    /// - Throws: the failure exit code, after printing the error.
    static func span(_ value: String?, option: String) throws -> TimeSpan? {
        guard let value else { return nil }
        guard value.count == 4 || TimeValue.isArticleDate(value), let span = TimeValue.span(of: value) else {
            throw Console.fail(DateOptionError(option: option, value: value, forms: "YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-04"))
        }
        return span
    }
}
