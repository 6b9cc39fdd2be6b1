import Foundation
import KGraphExtraction
import KGraphModel

/// Extraction time against article size: one synthetic article per size, made by repeating the
/// example articles (titles and all) as paragraphs of one text, each extracted in process past the
/// article size limit of `kgraph extract`. MB/s should stay flat as the size grows: a stage that
/// looks back over every earlier event, mention or entity shows as falling MB/s.
enum ScalingBenchmark {
    /// The sizes measured by default, in bytes: 10 KB to 20 MB.
    static let defaultSizes = [10_000, 100_000, 1_000_000, 5_000_000, 20_000_000]

    /// Prints one line per size: the article's size, its sentences and entities, seconds and MB/s.
    /// - Parameters:
    ///   - paths: article files or folders to build the synthetic articles from.
    ///   - sizes: the article sizes, in bytes.
    ///   - minimumMegabytes: small articles are extracted again until this much text has been read,
    ///     so that their time is not lost in the clock's noise.
    static func run(paths: [String], sizes: [Int], minimumMegabytes: Double = 2) throws {
        let texts = try ExtractBenchmark.articles(paths)
        let extractor = try Extractor.standard()
        _ = extractor.extract(text: texts[0], path: "warm-up")
        FileHandle.standardOutput.write(Data("size        sentences  entities  seconds    MB/s\n".utf8))
        for size in sizes {
            let text = article(of: size, from: texts)
            let bytes = text.utf8.count
            let runs = max(1, Int((minimumMegabytes * 1e6 / Double(bytes)).rounded(.up)))
            var extraction: Extraction?
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<runs { extraction = extractor.extract(text: text, path: "scaling") }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(runs)
            guard let e = extraction else { continue }
            // written at once, not buffered: the large sizes take a while
            let line = String(format: "%-10@  %9d  %8d  %7.3f  %6.2f\n", label(bytes) as NSString, e.document.sentences.count,
                              e.entities.count, seconds, Double(bytes) / 1e6 / seconds)
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }

    /// One article of at least `size` bytes: the texts in turn, a blank line between them.
    static func article(of size: Int, from texts: [String]) -> String {
        var out = ""
        out.reserveCapacity(size + (texts.map(\.utf8.count).max() ?? 0) + 2)
        var i = 0
        while out.utf8.count < size {
            if !out.isEmpty { out += "\n\n" }
            out += texts[i % texts.count].trimmingCharacters(in: .whitespacesAndNewlines)
            i += 1
        }
        return out
    }

    /// "10 KB", "1.0 MB".
    static func label(_ bytes: Int) -> String {
        bytes < 1_000_000 ? String(format: "%.0f KB", Double(bytes) / 1e3) : String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}
