import Foundation
import KGraphExport
import KGraphModel

/// Why a `--from-jsonl` file could not be read.
enum JSONLinesError: Error, CustomStringConvertible {
    case unreadable(String)
    case badLine(String, line: Int)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read '\(path)': no such file or not readable"
        case .badLine(let path, let line): "cannot read '\(path)': line \(line) is not an extraction written by kgraph extract --format jsonl"
        }
    }
}

/// Reads the extractions of `kgraph extract --format jsonl` output.
enum JSONLines {
    /// Every extraction in a JSON Lines file, in order; blank lines are ignored.
    /// - Throws: ``JSONLinesError`` naming the file and line.
    static func extractions(in path: String) throws -> [Extraction] {
        guard let data = FileManager.default.contents(atPath: path) else { throw JSONLinesError.unreadable(path) }
        var result: [Extraction] = []
        for (i, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                result.append(try ExtractionJSON.decodeExtraction(from: Data(line)))
            } catch {
                throw JSONLinesError.badLine(path, line: i + 1)
            }
        }
        return result
    }
}
