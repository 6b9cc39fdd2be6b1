import Foundation
import Testing

/// Issue #17 items 1–4: outputs never replace what they must not, standard input's articles
/// never replace each other, a failure after the commit says so, diagrams never collide.
@Suite struct OutputPathTests {
    static let article = "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n"
    static let other = "Court Hearing\n\nProsecutors charged Lina Vey with fraud on Friday.\n"

    @Test func exportWritesThroughALinkAndKeepsIt() throws {
        let k = try KGraphRunner()
        #expect(try k.run(["build", try k.write("raid.txt", Self.article), "--no-render"]).status == 0)
        try k.write("real/target.json", "old")
        try FileManager.default.createSymbolicLink(atPath: k.path("link.json"), withDestinationPath: k.path("real/target.json"))
        let run = try k.run(["export", "--format", "json", "-o", "link.json"])
        #expect(run.status == 0, "\(run.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: k.path("link.json"))
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(String(decoding: k.contents("real/target.json") ?? Data(), as: UTF8.self).contains("Dara Sok"))
    }

    @Test func exportWritesThroughAFIFOAndKeepsIt() throws {
        let k = try KGraphRunner()
        #expect(try k.run(["build", try k.write("raid.txt", Self.article), "--no-render"]).status == 0)
        let fifo = k.path("out.fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let received = FIFOReader(path: fifo)
        let run = try k.run(["export", "--format", "json", "-o", fifo], timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(String(decoding: received.wait(), as: UTF8.self).contains("Dara Sok"))
    }

    @Test func exportOverTheStoreIsRefused() throws {
        let k = try KGraphRunner()
        #expect(try k.run(["build", try k.write("raid.txt", Self.article), "--no-render", "--store", "G/kb.sqlite"]).status == 0)
        let run = try k.run(["export", "--format", "json", "-o", "G/../G/kb.sqlite", "--store", "G/kb.sqlite"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: refusing to write 'G/../G/kb.sqlite': it is the knowledge base 'G/kb.sqlite'; choose another output\n")
        #expect(try k.run(["stats", "--store", "G/kb.sqlite"]).status == 0)
        let render = try k.run(["render", "-o", "G/kb.sqlite.svg", "--store", "G/kb.sqlite"])
        #expect(render.status == 0, "\(render.stderr)")
    }

    @Test func aDiagramOverTheStoreIsRefusedBeforeAnyWork() throws {
        let k = try KGraphRunner()
        #expect(try k.run(["build", try k.write("first.txt", Self.other), "--no-render", "--store", "out/story.svg"]).status == 0)
        let before = try #require(k.contents("out/story.svg"))
        let run = try k.run(["build", try k.write("story.txt", Self.article), "--store", "out/story.svg"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kgraph: error: refusing to write 'out/story.svg': it is the knowledge base"), "\(run.stderr)")
        #expect(k.contents("out/story.svg") == before)
    }

    @Test func aDiagramOverItsOwnInputIsRefused() throws {
        let k = try KGraphRunner()
        let input = try k.write("art/report.svg", Self.article)
        let run = try k.run(["build", "art/report.svg", "--store", "art/kb.sqlite"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("refusing to write 'art/report.svg': it is the input 'art/report.svg'"), "\(run.stderr)")
        #expect(k.contents("art/report.svg") == Data(Self.article.utf8), "\(input)")
        #expect(k.contents("art/kb.sqlite") == nil)
        let store = try k.run(["build", "art/report.svg", "--store", "art/report.svg", "--no-render"])
        #expect(store.status == 2)
        #expect(k.contents("art/report.svg") == Data(Self.article.utf8))
    }

    @Test func twoArticlesFromStandardInputAreTwoArticles() throws {
        let k = try KGraphRunner()
        let a = try k.run(["build", "-", "--no-render"], stdin: Self.article)
        let b = try k.run(["build", "-", "--no-render"], stdin: Self.other)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        #expect(!b.stdout.contains("replaced"), "\(b.stdout)")
        let people = try k.run(["entities", "--type", "person"]).stdout
        #expect(people.contains("Dara Sok") && people.contains("Lina Vey"), "\(people)")
        let again = try k.run(["build", "-", "--no-render"], stdin: Self.article)
        #expect(again.stdout.hasPrefix("unchanged stdin-"), "\(again.stdout)")
        let named = try k.run(["build", "-", "--name", "wire/raid.txt", "--no-render"], stdin: Self.article + "More.\n")
        #expect(named.stdout.hasPrefix("added wire/raid.txt:"), "\(named.stdout)")
    }

    @Test func aDrawingFailureAfterTheCommitSaysWhatWasStored() throws {
        let k = try KGraphRunner()
        try k.write("diagrams", "a file, not a folder")
        let run = try k.run(["build", try k.write("raid.txt", Self.article), "--output-dir", "diagrams"])
        #expect(run.status == 4)
        #expect(run.stderr.hasPrefix("kgraph: error: stored 1 article in Graphs/kgraph.sqlite; could not draw diagrams: "), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
        #expect(try k.run(["stats"]).stdout.contains("1 document"))
    }

    @Test func articlesWithOneFileNameGetTwoStableDiagrams() throws {
        let k = try KGraphRunner()
        let a = try k.write("a/story.txt", Self.article), b = try k.write("b/story.txt", Self.other)
        let first = try k.run(["build", "a/story.txt"])
        #expect(first.stdout.contains("diagram: Graphs/story.svg"), "\(first.stdout) \(a)")
        let second = try k.run(["build", "b/story.txt"])
        let name = try #require(second.stdout.split(separator: "\n").first { $0.hasPrefix("diagram: ") })
        #expect(name.hasPrefix("diagram: Graphs/story-") && name.hasSuffix(".svg"), "\(second.stdout) \(b)")
        let svgA = String(decoding: k.contents("Graphs/story.svg") ?? Data(), as: UTF8.self)
        #expect(svgA.contains("Dara Sok"))
        let both = try k.run(["build", "b/story.txt", "a/story.txt", "--format", "svg,svg"])
        #expect(both.stdout.contains(String(name)) && both.stdout.contains("diagram: Graphs/story.svg"), "\(both.stdout)")
        #expect(both.stdout.components(separatedBy: "diagram: Graphs/story.svg").count == 2, "svg,svg draws once")
    }

    @Test func anEmptyFormatListIsAUsageError() throws {
        let k = try KGraphRunner()
        let run = try k.run(["build", try k.write("raid.txt", Self.article), "--format", ""])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown diagram format ''"))
    }
}

/// Reads a FIFO to its end on a thread of its own.
final class FIFOReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(path: String) {
        Thread {
            let fd = open(path, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while fd >= 0 {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                self.data.append(contentsOf: buffer[0..<n])
            }
            if fd >= 0 { close(fd) }
            self.done.signal()
        }.start()
    }

    /// The bytes read, once the writer has closed the FIFO.
    func wait() -> Data {
        done.wait()
        return data
    }
}

/// Issue #17 item 8: a layout that runs past its time limit is stopped with one line.
@Suite struct LayoutLimitTests {
    @Test func aLayoutPastItsTimeLimitIsStopped() throws {
        let k = try KGraphRunner()
        #expect(try k.run(["build", try k.write("raid.txt", "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n"), "--no-render"]).status == 0)
        let run = try k.run(["render", "-o", "all.png", "--time-limit", "0.001"], timeout: 60)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kgraph: error: could not draw 'all.png': the layout of "), "\(run.stderr)")
        #expect(run.stderr.contains("took longer than 0.001 s and was stopped"))
        #expect(k.contents("all.png") == nil)
        #expect(try k.run(["render", "-o", "all.svg"]).status == 0)
    }
}
