import Foundation
import Testing

/// `articles`, `forget`, `--article` by file name, and the corrections (`merge`, `alias`,
/// `rename`, `split`, `corrections`), run as the built binary on articles written here.
@Suite struct CorrectionCommandTests {
    /// Two folders with an article of the same file name, and a third article.
    static func store() throws -> KGraphRunner {
        let k = try KGraphRunner()
        try k.write("north/report.txt", "Harbour police arrested Tavi Renholm in Port Ostrel on Monday. Renholm was charged with smuggling.\n")
        try k.write("south/report.txt", "Tavi Renholm, a fisherman, was released by the Ostrel Coast Guard on Friday.\n")
        try k.write("later.txt", "Judge Wenna Castell sentenced Tavi Renholm to two years in prison on Tuesday.\n")
        let build = try k.run(["build", "north", "south", "later.txt", "--no-render"])
        #expect(build.status == 0, "\(build.stderr)")
        return k
    }

    @Test func articlesListsEveryArticleAndJSON() throws {
        let k = try Self.store()
        let text = try k.run(["articles"])
        #expect(text.status == 0)
        #expect(text.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
                == ["north/report.txt", "south/report.txt", "later.txt"])
        let json = try k.run(["articles", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(Set(rows[0].keys) == ["path", "title", "entities", "events"] || Set(rows[0].keys) == ["path", "title", "date", "entities", "events"])
        #expect(rows[2]["path"] as? String == "later.txt")
        let empty = try KGraphRunner().run(["articles", "--store", "none.sqlite"])
        #expect(empty.status == 2 && empty.stderr.hasPrefix("kgraph: error: no knowledge base"))
    }

    @Test func articleOptionTakesAFileNameOrAUniqueTail() throws {
        let k = try Self.store()
        #expect(try k.run(["render", "--article", "later.txt", "-o", "later.dot"]).status == 0)
        #expect(try k.run(["render", "--article", "north/report.txt", "-o", "north.dot"]).status == 0)
        let ambiguous = try k.run(["render", "--article", "report.txt", "-o", "x.dot"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "kgraph: error: 'report.txt' matches 2 articles: north/report.txt, south/report.txt; give more of its path\n")
        let query = try k.run(["query", "who sentenced Tavi Renholm", "--article", "later.txt"])
        #expect(query.status == 0 && query.stdout.contains("Wenna Castell"))
        let missing = try k.run(["query", "who sentenced Tavi Renholm", "--article", "nowhere.txt"])
        #expect(missing.status == 2 && missing.stderr.contains("no article 'nowhere.txt'"))
    }

    @Test func forgetRemovesOneArticleAndAKilledForgetChangesNothing() throws {
        let k = try Self.store()
        let before = try k.run(["stats", "--json"]).stdout
        let p = Process()
        p.executableURL = KGraphRunner.executable
        p.arguments = ["forget", "later.txt"]
        p.currentDirectoryURL = k.directory
        var env = ProcessInfo.processInfo.environment
        env["KGRAPH_TEST_STALL_BEFORE_COMMIT"] = k.path("stalled")
        env.removeValue(forKey: "KGRAPH_STORE")
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(60)
        while k.contents("stalled") == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(try k.run(["stats", "--json"]).stdout == before)
        let forget = try k.run(["forget", "later.txt"])
        #expect(forget.status == 0 && forget.stdout.hasPrefix("forgot later.txt: removed "))
        #expect(!(try k.run(["entities"]).stdout.contains("Wenna Castell")))
        #expect(try k.run(["entities"]).stdout.contains("Tavi Renholm"))
        let again = try k.run(["forget", "later.txt"])
        #expect(again.status == 2 && again.stderr == "kgraph: error: no article 'later.txt' in the knowledge base (see kgraph articles)\n")
    }

    @Test func correctionsAreMadeListedKeptThroughARebuildAndUndone() throws {
        let k = try Self.store()
        try k.write("extra.txt", "Officers questioned T. Renholm in Port Ostrel on Sunday.\n")
        #expect(try k.run(["build", "extra.txt", "--no-render"]).status == 0)
        let merge = try k.run(["merge", "Tavi Renholm", "T. Renholm"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout == "correction 1: merge “Tavi Renholm” with “T. Renholm” (person)\n")
        #expect(try k.run(["rename", "Tavi Renholm", "Tavi K. Renholm"]).status == 0)
        #expect(try k.run(["alias", "Wenna Castell", "Judge Castell"]).status == 0)
        let split = try k.run(["split", "Tavi Renholm", "--article", "south/report.txt"])
        #expect(split.status == 0, "\(split.stderr)")
        // Building a changed article again keeps every correction.
        try k.write("extra.txt", "Officers questioned T. Renholm in Port Ostrel on Saturday.\n")
        #expect(try k.run(["build", "extra.txt", "--no-render"]).status == 0)
        let people = try k.run(["entities", "--type", "person"]).stdout
        #expect(people.contains("Tavi K. Renholm") && !people.contains("\nT. Renholm "))
        #expect(people.contains("Judge Castell"))
        let list = try k.run(["corrections"]).stdout
        #expect(list.split(separator: "\n").map { $0.prefix(3) } == ["1  ", "2  ", "3  ", "4  "])
        let json = try JSONSerialization.jsonObject(with: Data(try k.run(["corrections", "--json"]).stdout.utf8)) as? [[String: Any]]
        #expect(json?.map { $0["action"] as? String ?? "" } == ["merge", "rename", "alias", "split"])
        let undo = try k.run(["corrections", "--undo", "1"])
        #expect(undo.status == 0 && undo.stdout.hasPrefix("undid correction 1: merge"), "\(undo.stderr)")
        #expect(try k.run(["entities", "--type", "person"]).stdout.contains("T. Renholm"))
        #expect(try k.run(["corrections", "--undo", "1"]).stderr == "kgraph: error: no correction 1 (see kgraph corrections)\n")
    }

    @Test func aSplitEntityIsNamedByItsIdAndTheOtherByItsName() throws {
        let k = try Self.store()
        #expect(try k.run(["split", "Tavi Renholm", "--article", "later.txt"]).status == 0)
        let same = try k.run(["show", "Tavi Renholm"])
        #expect(same.status == 2)
        #expect(same.stderr == "kgraph: error: 'Tavi Renholm' is the name of 2 entities: person:tavi renholm (2 articles), "
            + "person:tavi renholm@later.txt (1 article); give one of these ids (see kgraph entities --json)\n")
        #expect(try k.run(["rename", "person:tavi renholm@later.txt", "Tavi Renholm (sentenced)"]).status == 0)
        let shown = try k.run(["show", "Tavi Renholm", "--json"])
        #expect(shown.status == 0 && shown.stdout.contains("\"id\" : \"person:tavi renholm\""))
        #expect(try k.run(["show", "Tavi Renholm (sentenced)"]).stdout.contains("in: later.txt"))
    }

    @Test(arguments: [
        (["merge", "Nobody Anywhere", "Tavi Renholm"], "kgraph: error: no entity named 'Nobody Anywhere'"),
        (["merge", "Tavi Renholm", "Renholm"], "kgraph: error: 'Tavi Renholm' and 'Renholm' are already one entity"),
        (["merge", "Tavi Renholm", "Port Ostrel"], "kgraph: error: cannot merge a person with a place"),
        (["alias", "Tavi Renholm", "!!"], "kgraph: error: '!!' is not a name"),
        (["split", "Wenna Castell", "--article", "later.txt"], "kgraph: error: 'later.txt' is the only article naming 'Wenna Castell'"),
        (["split", "Tavi Renholm", "--article", "report.txt"], "kgraph: error: 'report.txt' matches 2 articles"),
    ])
    func badCorrectionsAreOneLineAndExit2(arguments: [String], message: String) throws {
        let k = try Self.store()
        let run = try k.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try k.run(["corrections"]).stdout.hasPrefix("no corrections"))
    }

    @Test(arguments: ["articles", "forget", "merge", "alias", "rename", "split", "corrections"])
    func helpHasExamples(command: String) throws {
        let help = try KGraphRunner().run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:\n  kgraph \(command)"))
    }
}
