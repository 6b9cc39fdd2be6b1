import Foundation
import KGraphExport
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

/// Reads the extractions of `kgraph extract --format jsonl` output.
enum JSONLines {
    /// Every extraction in a JSON Lines file, in order; blank lines are ignored. Each is checked
    /// against its document's text (offsets, sentence indexes, ids, hash) before anything is stored.
    /// - Throws: ``JSONLinesError`` naming the file, the line and, for a decodable line, the bad field.
    static func extractions(in path: String) throws -> [Extraction] {
        guard let data = FileManager.default.contents(atPath: path) else { throw JSONLinesError.unreadable(path) }
        var result: [Extraction] = []
        for (i, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                result.append(try ExtractionJSON.decodeCheckedExtraction(from: Data(line)))
            } catch let problem as ExtractionProblem {
                throw JSONLinesError.invalidLine(path, line: i + 1, reason: problem.description)
            } catch {
                throw JSONLinesError.badLine(path, line: i + 1)
            }
        }
        return result
    }
}
