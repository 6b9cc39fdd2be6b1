import Foundation
import KGraphExtraction

/// Extraction throughput: repeats article files until at least N MB have been extracted, one
/// article at a time on one core, and prints MB/s and the peak resident memory.
enum ExtractBenchmark {
    static func run(paths: [String], megabytes: Double) throws {
        let texts = try articles(paths)
        let extractor = try Extractor.standard()
        _ = extractor.extract(text: texts[0], path: "warm-up")
        let target = Int(megabytes * 1_000_000)
        var bytes = 0, articles = 0, entities = 0
        let rssBefore = Memory.residentBytes()
        let start = DispatchTime.now().uptimeNanoseconds
        while bytes < target {
            for t in texts {
                let e = extractor.extract(text: t, path: "bench")
                bytes += t.utf8.count
                articles += 1
                entities += e.entities.count
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let mb = Double(bytes) / 1e6
        print(String(format: "extracted %.1f MB (%d articles, %d entities) in %.2f s: %.1f MB/s on one core", mb, articles, entities, seconds, mb / seconds))
        print(String(format: "resident memory: %.0f MB before, %.0f MB after", Double(rssBefore) / 1e6, Double(Memory.residentBytes()) / 1e6))
    }

    /// The texts of the `.txt` articles in files and folders (a folder's in name order).
    /// - Throws: ``BenchError/noInput`` when there are none.
    static func articles(_ paths: [String]) throws -> [String] {
        var texts: [String] = []
        let reader = ArticleReader()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let names = (try FileManager.default.contentsOfDirectory(atPath: path)).filter { $0.hasSuffix(".txt") }.sorted()
                for n in names { texts.append(try reader.read(path: (path as NSString).appendingPathComponent(n))) }
            } else {
                texts.append(try reader.read(path: path))
            }
        }
        guard !texts.isEmpty else { throw BenchError.noInput }
        return texts
    }

    enum BenchError: Error, CustomStringConvertible {
        case noInput
        var description: String { "no .txt articles found to benchmark" }
    }
}

/// The process's resident memory, from /proc/self/statm (Linux); 0 elsewhere.
enum Memory {
    static func residentBytes() -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let parts = s.split(separator: " ")
        guard parts.count > 1, let pages = Int(parts[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
