import Foundation
import Testing

/// Issue #17 item 19: a kgraph copied away from its data says so and stops; copied with its
/// resource bundles it works.
@Suite struct DataLocationTests {
    @Test func aBinaryCopiedWithoutItsDataFailsWithOneLine() throws {
        let k = try KGraphRunner()
        let article = try k.write("raid.txt", "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n")
        let copy = k.path("bin/kgraph")
        try FileManager.default.createDirectory(atPath: k.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: KGraphRunner.executable.path, toPath: copy)
        let run = try k.run(["extract", article], executable: URL(fileURLWithPath: copy))
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: cannot find kgraph's data: 'kgraph_KGraphVocabulary.resources' is not next to the kgraph executable (copy it along with the executable)\n", "\(run.stderr)")

        let built = KGraphRunner.executable.deletingLastPathComponent()
        for bundle in ["kgraph_KGraphVocabulary.resources", "kgraph_KGraphExtraction.resources"] {
            try FileManager.default.copyItem(atPath: built.appendingPathComponent(bundle).path, toPath: k.path("bin/\(bundle)"))
        }
        let withData = try k.run(["extract", article], executable: URL(fileURLWithPath: copy))
        #expect(withData.status == 0, "\(withData.stderr)")
        #expect(withData.stdout.contains("Dara Sok"))
    }
}
