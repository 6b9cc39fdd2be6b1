import Foundation
import KGraphModel

/// Finds an article's own date in the lines at its top, never in its sentences: a line that is
/// a date ("April 9, 2021", "Friday, April 9, 2021", "Updated: 2021-04-09 14:03"), a part of a
/// by-line between bars ("By A. Writer | April 9, 2021"), or a dateline opening the first
/// paragraph ("PORT VELO, April 9, 2021 —"). A date found is a day or a month, in ISO 8601.
///
/// ```swift
/// ArticleDate.find(in: "Harbour raid\nPORT VELO, April 9, 2021 — Police …")   // "2021-04-09"
/// ```
enum ArticleDate {
    /// How many non-empty lines at the top are looked at.
    static let lineLimit = 6
    /// How many bytes at the top are looked at.
    static let byteLimit = 2_000
    /// The longest by-line, in bytes.
    static let byLineLimit = 200
    /// The longest date line, in bytes.
    static let dateLineLimit = 120
    /// The longest dateline before its dash, in characters.
    static let datelineLimit = 100

    /// Words that label a date line ("Updated:", "Published on").
    static let labels: Set<String> = ["updated", "published", "posted", "date", "dated", "last", "first", "on", "modified", "edited"]
    /// Words that may follow a date on its line: a clock time and its zone.
    static let clockWords: Set<String> = ["am", "pm", "a.m.", "p.m.", "at", "gmt", "utc", "z", "local", "time", "est", "edt", "cst", "cdt",
                                          "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "ict", "ist", "jst", "aest", "hkt", "sgt"]
    /// Where a by-line's parts are divided.
    static let dividers = [" | ", " · ", " • ", " / "]

    /// The normaliser of dates that name their year (no article date to count from).
    static let absolute: TimeNormalizer = {
        var n = TimeNormalizer()
        n.rules = TimeRule.absolute
        return n
    }()

    /// The article's date stated at its top, or `nil`.
    /// - Parameter text: the article's text.
    /// - Returns: "YYYY-MM-DD" or "YYYY-MM".
    /// - Complexity: O(1): at most ``lineLimit`` lines of the first ``byteLimit`` bytes.
    static func find(in text: String) -> String? {
        // Read as bytes: lines split at line feeds, blanks trimmed, and only a line's first bytes
        // made into a string (a paragraph is not decoded to look for a dateline at its start).
        find(inBytes: Array(text.utf8.prefix(byteLimit)))
    }

    /// ``find(in:)`` over the text's UTF-8 bytes.
    static func find(inBytes all: [UInt8]) -> String? {
        let end = min(all.endIndex, all.startIndex + byteLimit)
        var seen = 0
        var i = all.startIndex
        while i < end, seen < lineLimit {
            var j = i
            while j < end, all[j] != 0x0A, all[j] != 0x0D { j += 1 }
            var lo = i, hi = j
            while lo < hi, all[lo] == 0x20 || all[lo] == 0x09 { lo += 1 }
            while hi > lo, all[hi - 1] == 0x20 || all[hi - 1] == 0x09 { hi -= 1 }
            i = j + 1
            guard lo < hi else { continue }
            seen += 1
            // every date has a digit (a day or a year) near the line's start
            let head = hi - lo <= byLineLimit ? hi : lo + datelineLimit + 40
            guard all[lo..<head].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let text = String(decoding: all[lo..<head], as: UTF8.self)
            if hi - lo <= byLineLimit, let d = dateLine(text) ?? byLine(text) { return d }
            if let d = dateline(text) { return d }
        }
        return nil
    }

    /// A line that is a date, perhaps labelled and followed by a clock time.
    static func dateLine(_ line: String) -> String? {
        // a date line is short ("Updated: Friday, April 9, 2021 14:03 GMT"): a paragraph is none,
        // and is not read word by word
        guard line.utf8.count <= dateLineLimit else { return nil }
        var words = TimeWords.words(of: line)[...]
        while let f = words.first, labels.contains(f.hasSuffix(":") ? String(f.dropLast()) : f) { words = words.dropFirst() }
        words = ArraySlice(words.map(isoDatePart))
        var end = words.endIndex
        while end > words.startIndex {
            let rest = words[end...]
            if rest.allSatisfy(isClockWord), let v = absolute.value(of: words[..<end], anchor: nil), TimeValue.isArticleDate(v) { return v }
            end -= 1
        }
        return nil
    }

    /// A part of a by-line between dividers that is a date.
    static func byLine(_ line: String) -> String? {
        guard line.utf8.count <= byLineLimit else { return nil }
        for d in dividers where line.contains(d) {
            for part in line.components(separatedBy: d) { if let v = dateLine(part) { return v } }
        }
        return nil
    }

    /// A dateline: capitalised place words, a comma, a date, a dash ("PORT VELO, April 9, 2021 —").
    static func dateline(_ line: String) -> String? {
        guard let first = line.unicodeScalars.first, first.properties.isUppercase else { return nil }
        // the dash is looked for where a dateline's can be, not along the whole paragraph
        guard let dash = firstDash(in: line.prefix(datelineLimit + 4)) else { return nil }
        let head = line[..<dash]
        var comma = head.firstIndex(of: ",")
        while let c = comma {
            guard isPlace(head[..<c]) else { return nil }
            if let v = dateLine(String(head[head.index(after: c)...])) { return v }
            comma = head[head.index(after: c)...].firstIndex(of: ",")
        }
        return nil
    }

    /// Where the first dash that can end a dateline starts: an em or en dash, or a hyphen (or
    /// two) between spaces ("PORT VELO, April 9, 2021 - ").
    static func firstDash(in s: Substring) -> String.Index? {
        var previousIsSpace = false
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "—" || c == "–" { return i }
            if c == "-", previousIsSpace {
                var j = s.index(after: i)
                if j < s.endIndex, s[j] == "-" { j = s.index(after: j) }
                if j < s.endIndex, s[j] == " " { return s.index(before: i) }
            }
            previousIsSpace = c == " "
            i = s.index(after: i)
        }
        return nil
    }

    /// Whether the words before a dateline's date can be a place and a news agency: at most eight
    /// words, each capitalised ("PORT VELO, Veloria (Coastal Wire)").
    static func isPlace(_ s: Substring) -> Bool {
        let words = s.split { $0 == " " || $0 == "," }.map { $0.drop { !$0.isLetter } }
        return !words.isEmpty && words.count <= 8 && words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// The date of an ISO 8601 date and time ("2021-04-09t14:03:00z" → "2021-04-09"), else the word.
    static func isoDatePart(_ w: String) -> String {
        guard w.count > 10, let t = w.firstIndex(of: "t"), w.distance(from: w.startIndex, to: t) == 10,
              CalendarDay(iso: String(w[..<t])) != nil else { return w }
        return String(w[..<t])
    }

    /// Whether a word can be part of a clock time after a date ("14:03", "2:03", "pm", "+07:00").
    static func isClockWord(_ w: String) -> Bool {
        if clockWords.contains(w) { return true }
        guard let f = w.first, f.isNumber || f == "+" || f == "-" else { return false }
        return w.contains(":") && w.allSatisfy { $0.isNumber || $0 == ":" || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
