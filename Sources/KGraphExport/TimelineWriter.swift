import Foundation
import KGraphModel

/// Writes a timeline (``EventTimeline``) as text for people, as CSV for spreadsheets, or as JSON.
///
/// The CSV (`kgraph timeline --format csv`, `kgraph export --format events-csv`) has the header
/// ``csvHeader`` and one row per event; lists are joined by `"; "`, every field is quoted (RFC
/// 4180: `"` doubled, line breaks kept inside quotes, CRLF between records) and every text cell
/// goes through ``SpreadsheetCell/neutralised(_:)``, so that an article cannot put a formula in
/// a spreadsheet. `sentence` counts from 0.
public enum TimelineWriter {
    /// The CSV header.
    public static let csvHeader = ["date", "dating", "time", "type", "trigger", "agents", "patients", "places", "facts",
                                   "evidence", "article", "article_date", "sentence"]

    /// The CSV file.
    /// - Parameter rows: the rows, in order.
    /// - Returns: UTF-8 bytes.
    /// - Complexity: O(length of the text written).
    public static func csv(_ rows: [TimelineEntry]) -> Data {
        var out = ByteWriter(capacity: 200 + rows.count * 400)
        record(&out, csvHeader)
        for r in rows {
            record(&out, [r.date ?? "", r.dating.rawValue, r.time ?? "", r.type, r.trigger, list(r.agents), list(r.patients),
                          list(r.places), list(r.facts.map(\.summary)), r.evidence, r.article, r.articleDate ?? "", String(r.sentence)])
        }
        return out.data
    }

    /// One CSV record, each field neutralised and quoted, ended by CRLF.
    static func record(_ out: inout ByteWriter, _ fields: [String]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.csvQuoted(SpreadsheetCell.neutralised(f))
        }
        out.write("\r\n")
    }

    /// A list as one cell.
    static func list(_ items: [String]) -> String { items.joined(separator: "; ") }

    /// The timeline as JSON: `{"events": [...]}`, each event with the keys of ``TimelineEntry``.
    /// - Returns: indented UTF-8 JSON with sorted keys and a final newline.
    /// - Throws: an `EncodingError` (not expected for these values).
    public static func json(_ rows: [TimelineEntry]) throws -> Data {
        struct Wrapper: Encodable { var events: [TimelineEntry] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Wrapper(events: rows)) + Data("\n".utf8)
    }

    /// The timeline for people: each event under its date, with its participants, facts and the
    /// sentence that states it; events dated by their article say "(reported)"; the undated come
    /// last under their own heading.
    /// - Returns: text ending with a newline (control characters are the caller's to replace).
    public static func text(_ rows: [TimelineEntry]) -> String {
        var out = ""
        var undatedHeading = false
        for r in rows {
            if r.dating == .undated && !undatedHeading {
                out += "\nUndated (neither the event nor its article has a date):\n"
                undatedHeading = true
            }
            let when = r.date.map { $0 + (r.dating == .reported ? " (reported)" : "") } ?? "—"
            out += "\n\(when)  \(r.type) “\(r.trigger)”" + (r.time.map { "  [\($0)]" } ?? "") + "\n"
            let parts = [("by", r.agents), ("of", r.patients), ("in", r.places)].filter { !$0.1.isEmpty }
            if !parts.isEmpty { out += "    " + parts.map { "\($0.0) \(list($0.1))" }.joined(separator: "; ") + "\n" }
            for f in r.facts { out += "    \(f.summary)\n" }
            out += "    “\(r.evidence)”\n"
            out += "      — \(r.article)\(r.articleDate.map { " (\($0))" } ?? ""), sentence \(r.sentence + 1)\n"
        }
        return out.isEmpty ? "No events.\n" : String(out.dropFirst())
    }
}
