import Foundation
import Testing

/// `kgraph build`'s progress line: on standard error, only on a terminal, over every phase;
/// nothing when standard error is a pipe or with `--quiet`. The terminal is a pseudo-terminal
/// made by util-linux `script`, skipped where it is missing.
@Suite struct BuildProgressTests {
    static let script = "/usr/bin/script"

    /// Six small articles in the runner's folder.
    static func articles(_ k: KGraphRunner) throws -> [String] {
        try (1...6).map { i in
            try k.write("a\(i).txt", "Raid \(i)\n\nPolice arrested Dara Sok\(i) in Port Velo on Monday.\n")
        }
    }

    /// Runs a shell command line on a pseudo-terminal; returns what reached the terminal.
    static func onTerminal(_ k: KGraphRunner, _ command: String) throws -> String {
        let run = try k.run(["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: script))
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        return run.stdout
    }

    @Test func silentWhenStandardErrorIsNotATerminal() throws {
        let k = try KGraphRunner()
        let files = try Self.articles(k)
        let run = try k.run(["build"] + files + ["--output-dir", "d"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "diagram: d/").count == 7)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func everyPhaseOnATerminalAndNothingWithQuiet() throws {
        let k = try KGraphRunner()
        let files = try Self.articles(k).joined(separator: " ")
        let kgraph = KGraphRunner.executable.path
        let errors = try Self.onTerminal(k, "'\(kgraph)' build \(files) --output-dir d >/dev/null")
        for phase in ["extracting", "storing", "indexing", "rendering"] { #expect(errors.contains(phase), "\(errors.debugDescription)") }
        #expect(errors.contains("/6 diagrams"))
        #expect(!errors.contains("diagram: "))
        let output = try Self.onTerminal(k, "'\(kgraph)' build \(files) --output-dir e 2>/dev/null")
        #expect(output.components(separatedBy: "diagram: e/").count == 7)
        #expect(!output.contains("extracting"))
        let quiet = try Self.onTerminal(k, "'\(kgraph)' build \(files) --output-dir f --quiet >/dev/null")
        #expect(quiet.isEmpty, "\(quiet.debugDescription)")
    }
}
