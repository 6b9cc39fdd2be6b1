import Foundation
import KGraphExport
import KGraphExtraction
import KGraphModel

/// Why a `--from-jsonl` file could not be read.
enum JSONLinesError: Error, CustomStringConvertible {
    case unreadable(String)
    case badLine(String, line: Int)
    case invalidLine(String, line: Int, reason: String)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read '\(path)': no such file or not readable"
        case .badLine(let path, let line): "cannot read '\(path)': line \(line) is not an extraction written by kgraph extract --format jsonl"
        case .invalidLine(let path, let line, let reason): "cannot read '\(path)': line \(line): \(reason)"
        }
    }
}

/// The `date` at the top level of a JSON line, which dates its article.
private struct DatedLine: Decodable {
    var date: String?
}

/// Reads the extractions of `kgraph extract --format jsonl` output.
enum JSONLines {
    /// Every extraction in a JSON Lines file, in order; blank lines are ignored. Each is checked
    /// against its document's text (offsets, sentence indexes, ids, hash) before anything is stored.
    /// A `date` at the top level of a line, or `extraction.document.date`, dates its article (a
    /// top-level one wins, and its events' time values are resolved against it).
    /// - Throws: ``JSONLinesError`` naming the file, the line and, for a decodable line, the bad field.
    static func extractions(in path: String) throws -> [Extraction] {
        guard let data = FileManager.default.contents(atPath: path) else { throw JSONLinesError.unreadable(path) }
        var result: [Extraction] = []
        for (i, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                var extraction = try ExtractionJSON.decodeCheckedExtraction(from: Data(line))
                let date = try JSONDecoder().decode(DatedLine.self, from: Data(line)).date
                for d in [date, extraction.document.date].compactMap({ $0 }) where !TimeValue.isArticleDate(d) {
                    throw JSONLinesError.invalidLine(path, line: i + 1, reason: "date '\(d)' is not a date (YYYY-MM-DD or YYYY-MM)")
                }
                if let date { extraction = extraction.dated(date) }
                result.append(extraction)
            } catch let error as JSONLinesError {
                throw error
            } catch let problem as ExtractionProblem {
                throw JSONLinesError.invalidLine(path, line: i + 1, reason: problem.description)
            } catch {
                throw JSONLinesError.badLine(path, line: i + 1)
            }
        }
        return result
    }
}
