import Foundation
import Testing

/// Issue #14: the vocabulary and lexicon are linked into the binary, so a kgraph copied alone to
/// a folder outside the checkout (no resource bundle, no source tree beside it) extracts as the
/// built one does. `.ci/run` checks the same of the static release binary (Tools/standalone-check.sh).
@Suite struct DataLocationTests {
    @Test func aBinaryCopiedAloneExtractsAsTheBuiltOneDoes() throws {
        let k = try KGraphRunner()
        let article = try k.write("raid.txt", "Port Raid\n\nPolice arrested Dara Sok in Cambodia's Kampot province on Monday.\n")
        let copy = k.path("bin/kgraph")
        try FileManager.default.createDirectory(atPath: k.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: KGraphRunner.executable.path, toPath: copy)
        let alone = try k.run(["extract", "--format", "json", article], executable: URL(fileURLWithPath: copy))
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stderr.isEmpty, "\(alone.stderr)")
        // the gazetteer and the given names and surnames are there: a person and a place
        #expect(alone.stdout.contains("\"Dara Sok\""))
        #expect(alone.stdout.contains("\"Kampot\""))
        let built = try k.run(["extract", "--format", "json", article])
        #expect(alone.stdout == built.stdout)
    }

    @Test func aQueryNeedsNothingBesideTheBinaryEither() throws {
        let k = try KGraphRunner()
        let article = try k.write("raid.txt", "Port Raid\n\nPolice arrested Dara Sok in Kampot on Monday.\n")
        #expect(try k.run(["build", article, "--no-render"]).status == 0)
        let copy = k.path("bin/kgraph")
        try FileManager.default.createDirectory(atPath: k.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: KGraphRunner.executable.path, toPath: copy)
        let run = try k.run(["query", "who arrested Dara Sok"], executable: URL(fileURLWithPath: copy))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.lowercased().contains("police"), "\(run.stdout)")
    }
}
