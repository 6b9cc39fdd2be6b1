import Foundation
import Testing

@Suite struct BuildCommandTests {
    static let article = "Harbour Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n\nDara Sok, the director of the Harbour Authority, said the raid was planned.\n"

    @Test func buildWritesTheStoreAndADiagram() throws {
        let k = try KGraphRunner()
        let file = try k.write("harbour.txt", Self.article)
        let run = try k.run(["build", file])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("added \(file):"))
        #expect(run.stdout.contains("knowledge base: Graphs/kgraph.sqlite"))
        #expect(run.stdout.contains("diagram: Graphs/harbour.svg"))
        let svg = try #require(k.contents("Graphs/harbour.svg"))
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(k.contents("Graphs/kgraph.sqlite") != nil)
    }

    @Test func rebuildingAnUnchangedArticleChangesNothing() throws {
        let k = try KGraphRunner()
        let file = try k.write("harbour.txt", Self.article)
        #expect(try k.run(["build", file, "--no-render"]).status == 0)
        let before = try k.run(["stats", "--json"]).stdout
        let again = try k.run(["build", file, "--no-render"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("unchanged \(file)"))
        #expect(try k.run(["stats", "--json"]).stdout == before)
    }

    @Test func aChangedArticleReplacesItsFacts() throws {
        let k = try KGraphRunner()
        let file = try k.write("harbour.txt", Self.article)
        #expect(try k.run(["build", file, "--no-render"]).status == 0)
        try k.write("harbour.txt", "Harbour Raid\n\nPolice arrested Lina Varga in Port Velo on Monday.\n")
        let run = try k.run(["build", file, "--no-render"])
        #expect(run.stdout.contains("replaced \(file)"))
        let people = try k.run(["entities", "--type", "person", "--json"]).stdout
        #expect(people.contains("Lina Varga"))
        #expect(!people.contains("Dara Sok"))
    }

    @Test func storeOptionAndEnvironmentChooseTheStore() throws {
        let k = try KGraphRunner()
        let file = try k.write("harbour.txt", Self.article)
        #expect(try k.run(["build", file, "--no-render", "--store", "a/custom.sqlite"]).status == 0)
        #expect(k.contents("a/custom.sqlite") != nil)
        #expect(try k.run(["build", file, "--no-render"], environment: ["KGRAPH_STORE": "env.sqlite"]).status == 0)
        #expect(k.contents("env.sqlite") != nil)
        #expect(k.contents("Graphs/kgraph.sqlite") == nil)
    }

    @Test func aBadFileNamedAloneFailsAndLeavesTheStoreUnchanged() throws {
        let k = try KGraphRunner()
        let good = try k.write("good.txt", Self.article)
        #expect(try k.run(["build", good, "--no-render"]).status == 0)
        let before = try #require(k.contents("Graphs/kgraph.sqlite"))
        let bad = try k.write("bad.txt", Data([0x41, 0x00, 0x42]))
        let other = try k.write("other.txt", "Other\n\nPolice detained Lina Varga.\n")
        let run = try k.run(["build", other, bad, "--no-render"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: cannot read '\(bad)': binary file (NUL byte at byte 1), not an article\n")
        #expect(k.contents("Graphs/kgraph.sqlite") == before)
    }

    @Test func aBadFileInAFolderIsSkippedAndTheRestBuilt() throws {
        let k = try KGraphRunner()
        try k.write("news/one.txt", Self.article)
        try k.write("news/two.md", "Two\n\nPolice detained Lina Varga in Port Velo.\n")
        try k.write("news/empty.txt", "")
        try k.write("news/notes.csv", "a,b\n")
        let run = try k.run(["build", "news", "--no-render"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("kgraph: skipped: cannot read 'news/empty.txt': the file is empty"))
        #expect(run.stdout.contains("added news/one.txt"))
        #expect(run.stdout.contains("added news/two.md"))
        #expect(!run.stdout.contains("notes.csv"))
    }

    @Test func aFolderGivenThroughASymbolicLinkIsRead() throws {
        let k = try KGraphRunner()
        try k.write("real/one.txt", Self.article)
        try FileManager.default.createSymbolicLink(at: k.directory.appendingPathComponent("linked"),
                                                   withDestinationURL: k.directory.appendingPathComponent("real"))
        let run = try k.run(["build", "linked", "--no-render"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("added linked/one.txt"))
    }

    @Test func aFolderWithNoArticlesIsAnError() throws {
        let k = try KGraphRunner()
        try k.write("empty-folder/readme.csv", "x")
        let run = try k.run(["build", "empty-folder"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: no articles (.txt or .md files) in folder 'empty-folder'\n")
    }

    @Test func aMissingPathIsAnError() throws {
        let run = try KGraphRunner().run(["build", "nowhere.txt"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: cannot read 'nowhere.txt': no such file or folder\n")
    }

    @Test func aCorruptStoreIsReportedAndLeftAlone() throws {
        let k = try KGraphRunner()
        let file = try k.write("harbour.txt", Self.article)
        let junk = Data(String(repeating: "this is not a database ", count: 300).utf8)
        try k.write("Graphs/kgraph.sqlite", junk)
        let run = try k.run(["build", file, "--no-render"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kgraph: error: "))
        #expect(run.stderr.contains("Graphs/kgraph.sqlite"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(k.contents("Graphs/kgraph.sqlite") == junk)
    }

    @Test func anUnusableStorePathIsReported() throws {
        let k = try KGraphRunner()
        let file = try k.write("harbour.txt", Self.article)
        try k.write("plain-file", "x")
        let run = try k.run(["build", file, "--no-render", "--store", "plain-file/kgraph.sqlite"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("plain-file/kgraph.sqlite"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func standardInputCanBeBuilt() throws {
        let k = try KGraphRunner()
        let run = try k.run(["build", "-", "--format", "svg,png"], stdin: Self.article)
        #expect(run.status == 0, "\(run.stderr)")
        // Named by its content (issue #17 item 2): stdin- and the start of its SHA-256.
        let svg = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("diagram: Graphs/stdin-") && $0.hasSuffix(".svg") })
        #expect(k.contents(String(svg.dropFirst("diagram: ".count))) != nil)
        let png = try #require(k.contents(String(svg.dropFirst("diagram: ".count).dropLast(3)) + "png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func unknownDiagramFormatIsAUsageError() throws {
        let k = try KGraphRunner()
        let file = try k.write("harbour.txt", Self.article)
        let run = try k.run(["build", file, "--format", "gif"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown diagram format 'gif'"))
    }

    @Test func twoBuildsAtOnceBothSucceed() throws {
        let k = try KGraphRunner()
        let files = try (0..<6).map { i in
            try k.write("c\(i).txt", "Case \(i)\n\nPolice arrested Dara Sok\(i == 0 ? "" : " Junior") in Port Velo.\n\nLina Varga\(i) said the raid was planned.\n")
        }
        let results = try [files[0..<3], files[3..<6]].map { part -> Process in
            let p = Process()
            p.executableURL = KGraphRunner.executable
            p.arguments = ["build", "--no-render"] + part
            p.currentDirectoryURL = k.directory
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in results { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        let stats = try k.run(["stats", "--json"])
        #expect(stats.stdout.contains("\"documents\" : 6"))
    }

    @Test func aKilledBuildLeavesTheStoreAsItWas() throws {
        let k = try KGraphRunner()
        let first = try k.write("first.txt", Self.article)
        #expect(try k.run(["build", first, "--no-render"]).status == 0)
        let before = try k.run(["stats", "--json"]).stdout
        // The build stalls inside its transaction (a test hook), where it is killed.
        let second = try k.write("second.txt", "Second\n\nPolice detained Lina Varga in Port Velo.\n")
        let p = Process()
        p.executableURL = KGraphRunner.executable
        p.arguments = ["build", second, "--no-render"]
        p.currentDirectoryURL = k.directory
        var env = ProcessInfo.processInfo.environment
        env["KGRAPH_TEST_STALL_BEFORE_COMMIT"] = k.path("stalled")
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(60)
        while k.contents("stalled") == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(k.contents("stalled") != nil)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(try k.run(["stats", "--json"]).stdout == before)
        #expect(try k.run(["build", second, "--no-render"]).status == 0)
    }
}
