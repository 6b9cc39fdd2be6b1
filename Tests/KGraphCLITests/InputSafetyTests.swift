import Foundation
import Testing

/// Issue #17 items 7, 15, 16: FIFOs, permissions and symbolic links among a build's inputs.
@Suite struct InputSafetyTests {
    static let article = "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n"

    @Test func aFIFONamedAloneIsRefusedAndOneInAFolderSkipped() throws {
        let k = try KGraphRunner()
        try k.write("news/raid.txt", Self.article)
        #expect(mkfifo(k.path("news/wire.txt"), 0o644) == 0)
        let named = try k.run(["build", "news/wire.txt", "--no-render"], timeout: 60)
        #expect(named.status == 2)
        #expect(named.stderr == "kgraph: error: cannot read 'news/wire.txt': not a regular file (a fifo)\n")
        let extract = try k.run(["extract", "news/wire.txt"], timeout: 60)
        #expect(extract.status == 2)
        #expect(extract.stderr == "kgraph: error: cannot read 'news/wire.txt': not a regular file (a fifo)\n")
        let folder = try k.run(["build", "news", "--no-render"], timeout: 60)
        #expect(folder.status == 3)
        #expect(folder.stderr.contains("kgraph: skipped: cannot read 'news/wire.txt': not a regular file (a fifo)"))
        #expect(folder.stdout.contains("added news/raid.txt"))
        let stats = try k.run(["stats", "--store", "news/wire.txt"], timeout: 60)
        #expect(stats.status == 2)
        #expect(stats.stderr.contains("not a regular file"))
    }

    @Test func linksLeavingTheFolderAreNotFollowedUnlessAsked() throws {
        let k = try KGraphRunner()
        try k.write("secret/key.txt", "Private Notes\n\nThe vault code belongs to Mara Quell.\n")
        try k.write("drop/raid.txt", Self.article)
        try FileManager.default.createSymbolicLink(atPath: k.path("drop/key.txt"), withDestinationPath: k.path("secret/key.txt"))
        try FileManager.default.createSymbolicLink(atPath: k.path("drop/more"), withDestinationPath: k.path("secret"))
        try FileManager.default.createSymbolicLink(atPath: k.path("drop/again.txt"), withDestinationPath: "raid.txt")
        let run = try k.run(["build", "drop", "--no-render"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("not following 'drop/key.txt'"), "\(run.stderr)")
        #expect(run.stderr.contains("not following 'drop/more'"), "\(run.stderr)")
        #expect(!(try k.run(["entities"]).stdout.contains("Mara Quell")))
        let followed = try k.run(["build", "drop", "--no-render", "--follow-links"])
        #expect(followed.status == 0, "\(followed.stderr)")
        #expect(try k.run(["entities"]).stdout.contains("Mara Quell"))
    }

    @Test func permissionProblemsAreReportedTruthfully() throws {
        let k = try KGraphRunner()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: k.directory.path)
        try k.write("news/raid.txt", Self.article)
        try k.write("news/locked/hidden.txt", Self.article + "More.\n")
        try k.write("closed/inside.txt", Self.article)
        for dir in ["news/locked", "closed"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: k.path(dir))
        }
        defer {
            for dir in ["news/locked", "closed"] { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: k.path(dir)) }
        }
        let sub = try k.run(["build", "news", "--no-render", "--store", "/tmp/kgraph-perm-\(UUID().uuidString).sqlite"], unprivileged: true)
        #expect(sub.status == 3, "\(sub.stderr)")
        #expect(sub.stderr.contains("kgraph: skipped: cannot read folder 'news/locked': permission denied"), "\(sub.stderr)")
        let top = try k.run(["build", "closed", "--no-render"], unprivileged: true)
        #expect(top.status == 2)
        #expect(top.stderr == "kgraph: error: cannot read folder 'closed': permission denied\n", "\(top.stderr)")
        let file = try k.run(["build", "closed/inside.txt", "--no-render"], unprivileged: true)
        #expect(file.status == 2)
        #expect(file.stderr == "kgraph: error: cannot read 'closed/inside.txt': permission denied\n", "\(file.stderr)")
    }
}

/// Issue #17 items 6 and 12: long texts and huge numbers are usage errors, never hangs.
@Suite struct LimitTests {
    static func built() throws -> KGraphRunner {
        let k = try KGraphRunner()
        let run = try k.run(["build", try k.write("raid.txt", "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n"), "--no-render"])
        #expect(run.status == 0, "\(run.stderr)")
        return k
    }

    @Test func longQuestionsAndNamesAreRefused() throws {
        let k = try Self.built()
        let long = "who arrested " + String(repeating: "Dara Sok ", count: 5_000)
        for args in [["query", long], ["show", long], ["query", "--match", long], ["render", "--focus", long, "-o", "x.svg"],
                     ["export", "--format", "json", "--focus", long]] {
            let run = try k.run(args, timeout: 60)
            #expect(run.status == 64, "\(args[0])")
            #expect(run.stderr.contains("characters long; the limit is 1000"), "\(args[0]): \(run.stderr.prefix(300))")
        }
    }

    @Test func hugeDepthsAndSizesAreRefused() throws {
        let k = try Self.built()
        let runs = [try k.run(["render", "--focus", "Dara Sok", "--depth", "4611686018427387904", "-o", "x.svg"], timeout: 60),
                    try k.run(["export", "--format", "json", "--focus", "Dara Sok", "--depth", "51"], timeout: 60)]
        for run in runs {
            #expect(run.status == 64)
            #expect(run.stderr.contains("--depth must be from 0 to 50"), "\(run.stderr)")
        }
        let deep = try k.run(["export", "--format", "json", "--focus", "Dara Sok", "--depth", "50"], timeout: 60)
        #expect(deep.status == 0, "\(deep.stderr)")
        let size = try k.run(["extract", k.path("raid.txt"), "--max-article-size", "9223372036854775807"], timeout: 60)
        #expect(size.status == 64)
        #expect(size.stderr.contains("--max-article-size must be from 1 to 1000000000 bytes"), "\(size.stderr)")
    }
}
