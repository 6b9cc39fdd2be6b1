import Foundation
import Testing

/// Issue #17 item 10 and the store's smaller items: a damaged value is reported in one line and
/// what can be read is still served; an empty file is not "written by an older kgraph".
@Suite struct StoreDamageTests {
    static let article = "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday. The secret ledger stayed hidden.\n"

    /// Runs SQL on the store with Python's sqlite3 (the tests link no SQLite of their own).
    static func damage(_ k: KGraphRunner, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()",
                             k.path("Graphs/kgraph.sqlite"), sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func built() throws -> KGraphRunner {
        let k = try KGraphRunner()
        #expect(try k.run(["build", try k.write("raid.txt", article), "--no-render"]).status == 0)
        return k
    }

    @Test func anUnreadableIngestionTimeIsReportedAndTheRestServed() throws {
        let k = try Self.built()
        try Self.damage(k, "UPDATE document SET ingested_at = 'not a time' WHERE id = 1")
        let run = try k.run(["export", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Dara Sok"))
        #expect(run.stderr == "kgraph: warning: store damaged: document 1 has an unreadable ingestion time\n")
        #expect(try k.run(["show", "Dara Sok"]).stdout.contains("arrest"))
    }

    @Test func aSentenceEndingBeforeItStartsIsLeftOut() throws {
        let k = try Self.built()
        try Self.damage(k, "UPDATE sentence SET utf8_start = 90, utf8_end = 3 WHERE idx = 1")
        let run = try k.run(["render", "-o", "all.dot"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("kgraph: warning: store damaged: document 1 has sentence 1 with an unreadable range 90..<3 (left out)"))
    }

    @Test func aValueOfTheWrongTypeIsOneLineWithoutTheRow() throws {
        let k = try Self.built()
        try Self.damage(k, "UPDATE sentence SET idx = 'abc' WHERE idx = 0")
        let run = try k.run(["export", "--format", "json"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: store damaged: document 1's sentences has an unreadable value in column 2 (knowledge base 'Graphs/kgraph.sqlite')\n",
                "\(run.stderr)")
        #expect(!run.stderr.contains("secret ledger"))
    }

    @Test func anEmptyFileIsNotAStoreYet() throws {
        let k = try KGraphRunner()
        try k.write("empty.sqlite", "")
        let run = try k.run(["stats", "--store", "empty.sqlite"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: no knowledge base in 'empty.sqlite': the file is empty; run 'kgraph build' to fill it\n", "\(run.stderr)")
    }
}

/// Issue #17, smaller items: names starting with a dash, UTF-16 files.
@Suite struct ArgumentEdgeTests {
    @Test func aFileNameStartingWithADashNeedsDoubleDash() throws {
        let k = try KGraphRunner()
        try k.write("-dash.txt", "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n")
        let run = try k.run(["extract", "-dash.txt"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("put -- before it (kgraph extract -- -dash.txt)"), "\(run.stderr)")
        let ok = try k.run(["extract", "--", "-dash.txt"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Dara Sok"))
    }

    /// Found by the fuzz smoke run: a file of one U+200B was read as an article with no sentence.
    @Test func aFileOfInvisibleCharactersIsEmpty() throws {
        let k = try KGraphRunner()
        try k.write("blank.txt", "\u{200B}\u{FEFF} \u{2060}\n\u{1}")
        let run = try k.run(["extract", "blank.txt"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: cannot read 'blank.txt': the file is empty\n", "\(run.stderr)")
    }

    @Test func aUTF16FileIsNamedAsSuch() throws {
        let k = try KGraphRunner()
        var bytes = Data([0xFF, 0xFE])
        bytes.append("Port Raid\n\nPolice arrested Dara Sok.\n".data(using: .utf16LittleEndian) ?? Data())
        try k.write("wide.txt", bytes)
        let run = try k.run(["extract", "wide.txt"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: cannot read 'wide.txt': UTF-16 text (byte order mark FF FE); save it as UTF-8\n", "\(run.stderr)")
    }
}

/// Issue #17 item 14: a store in a folder the reader cannot write is still read.
@Suite struct ReadOnlyFolderTests {
    @Test func readOnlyCommandsReadAStoreInAReadOnlyFolder() throws {
        let k = try KGraphRunner()
        let built = try k.run(["build", try k.write("raid.txt", "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n"),
                               "--no-render", "--store", "ro/kb.sqlite"])
        #expect(built.status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: k.path("ro"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: k.path("ro")) }
        let out = "/tmp/kgraph-ro-\(UUID().uuidString).svg"
        defer { try? FileManager.default.removeItem(atPath: out) }
        for args in [["stats"], ["query", "who arrested Dara Sok"], ["export", "--format", "json"], ["render", "-o", out], ["show", "Dara Sok"]] {
            let run = try k.run(args + ["--store", "ro/kb.sqlite"], unprivileged: true)
            #expect(run.status == 0, "\(args[0]): \(run.stderr)")
            #expect(!run.stderr.contains("read-only"), "\(args[0])")
        }
    }
}
