import Foundation
import KGraphExport
import KGraphModel
import Testing
@testable import KGraphExtraction

/// Golden dumps, in the manner of swift-markdown: each article of `Examples/` is extracted with the
/// shipped lexicon and dumped as `kgraph extract --format text` prints it (``ExtractionDump``), and
/// the dump must equal `Golden/<name>.txt` beside this file.
///
/// `KGRAPH_RECORD=1 swift test …` rewrites the golden files and fails, so that a re-recording
/// always shows in the diff and never passes silently.
@Suite("Golden dumps")
struct GoldenTests {
    /// This file's folder: `Tests/KGraphExtractionTests`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The package's root.
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    /// The folder of golden dumps.
    static let goldenFolder = testsFolder.appendingPathComponent("Golden")

    /// The names of the example articles, without `.txt`, sorted.
    static let examples: [String] = {
        let folder = packageRoot.appendingPathComponent("Examples")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// Whether this run records the golden files instead of comparing with them.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["KGRAPH_RECORD"] == "1" }

    /// The dump of one example, as `kgraph extract --format text Examples/<name>.txt` prints it
    /// from the package's root.
    /// - Throws: when the article cannot be read or the shipped lexicon cannot be built.
    static func dump(_ name: String) throws -> String {
        let relative = "Examples/\(name).txt"
        let text = try ArticleReader().read(path: packageRoot.appendingPathComponent(relative).path)
        let extraction = try Extractor.standard().extract(text: text, path: relative)
        return ExtractionDump(extraction).text
    }

    /// The first line where two texts differ, with its number, for a short failure message.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) where (i < a.count ? a[i] : nil) != (i < e.count ? e[i] : nil) {
            return "line \(i + 1):\n  golden: \(i < e.count ? String(e[i]) : "(none)")\n  actual: \(i < a.count ? String(a[i]) : "(none)")"
        }
        return "no line differs"
    }

    @Test("there are examples to compare")
    func examplesExist() {
        #expect(!Self.examples.isEmpty, "no Examples/*.txt under \(Self.packageRoot.path)")
    }

    @Test("each example's dump equals its golden file", arguments: GoldenTests.examples)
    func golden(_ name: String) throws {
        let actual = try Self.dump(name)
        let file = Self.goldenFolder.appendingPathComponent("\(name).txt")
        if Self.isRecording {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded Golden/\(name).txt: check the diff, then run again without KGRAPH_RECORD")
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no Golden/\(name).txt: record it with KGRAPH_RECORD=1")
            return
        }
        let same = actual == expected
        let difference = same ? "" : Self.firstDifference(actual, expected)
        #expect(same, "Golden/\(name).txt differs at \(difference)\n(re-record with KGRAPH_RECORD=1 and check the diff)")
    }
}
