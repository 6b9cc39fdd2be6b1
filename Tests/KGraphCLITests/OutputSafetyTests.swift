import Foundation
import Testing

/// Issue #17 items 9 and 17: writing to standard output, and text that reaches a terminal.
@Suite struct OutputSafetyTests {
    static let article = "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n"

    /// A store with one article in the runner's folder.
    static func built() throws -> KGraphRunner {
        let k = try KGraphRunner()
        let file = try k.write("raid.txt", article)
        let run = try k.run(["build", file, "--no-render"])
        #expect(run.status == 0, "\(run.stderr)")
        return k
    }

    @Test func aFullDiskOnStandardOutputIsOneLineAndStatus2() throws {
        let k = try Self.built()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        for args in [["stats"], ["export", "--format", "json"], ["extract", k.path("raid.txt")]] {
            let run = try k.run(args, standardOutput: full)
            #expect(run.status == 2, "\(args): \(run.stderr)")
            #expect(run.stderr == "kgraph: error: cannot write to standard output: no space left on device\n", "\(args)")
        }
    }

    @Test func aClosedPipeWithSIGPIPEIgnoredEndsQuietlyWith141() throws {
        let k = try Self.built()
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let run = try k.run(["export", "--format", "json"], standardOutput: pipe.fileHandleForWriting, ignoringSIGPIPE: true)
        #expect(run.status == 141)
        #expect(run.stderr.isEmpty)
    }

    @Test func escapeSequencesInArticlesNeverReachTheTerminal() throws {
        let k = try KGraphRunner()
        let osc52 = "\u{1B}]52;c;ZWNobyBoaQ==\u{07}"
        let text = "Port Raid\u{1B}[2J\n\nPolice arrested Dara Sok\(osc52) in Port Velo on Monday, police said\u{9B}31m.\n"
        let file = try k.write("esc\u{1B}[31m.txt", text)
        let runs = [try k.run(["build", file, "--no-render"]), try k.run(["extract", file]),
                    try k.run(["query", "who arrested Dara Sok"]), try k.run(["show", "Dara Sok"])]
        for run in runs {
            #expect(run.status == 0, "\(run.stderr)")
            for output in [run.stdout, run.stderr] {
                #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }, "\(output)")
            }
        }
        // Windows line ends print without a stray replacement character.
        let crlf = try k.write("crlf.txt", "Port Raid\r\n\r\nPolice arrested Dara Sok in Port Velo on Monday.\r\n")
        let dump = try k.run(["extract", crlf]).stdout
        #expect(!dump.contains("\u{FFFD}") && !dump.contains("\r"), "\(dump)")
        // JSON keeps the text, escaped.
        let json = try k.run(["extract", file, "--format", "json"]).stdout
        #expect(json.contains("\\u001b[2J"))
    }
}
