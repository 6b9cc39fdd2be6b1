import Foundation
import Testing

@Suite struct QueryCommandTests {
    /// The user's own example: who arrested the deputy police chief is answered from the raid.
    @Test func theUsersExampleIsAnsweredFromTheRaid() throws {
        let k = try KGraphRunner()
        let article = KGraphRunner.examples.appendingPathComponent("kampot-police-official-arrested.txt").path
        let build = try k.run(["build", article, "--no-render"])
        #expect(build.status == 0, "\(build.stderr)")
        let run = try k.run(["query", "who arrested Im Chhun"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.lowercased().contains("police"))
        #expect(run.stdout.contains("were the targets of a police raid on April 6"))
        #expect(run.stdout.lowercased().contains("raid"))
        #expect(run.stdout.contains("kampot-police-official-arrested.txt"))

        let json = try k.run(["query", "who arrested Im Chhun", "--json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["question"] as? String == "who arrested Im Chhun")
        #expect(object["interpretation"] is String)
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(!answers.isEmpty)
        for answer in answers {
            #expect((answer["text"] as? String)?.lowercased().contains("police") == true)
            #expect(answer["type"] is String)
            let evidence = try #require(answer["evidence"] as? [[String: Any]])
            #expect(evidence.contains { ($0["sentence"] as? String)?.contains("police raid") == true })
            #expect(evidence.allSatisfy { ($0["document"] as? String)?.hasSuffix("kampot-police-official-arrested.txt") == true })
        }
    }

    @Test func noAnswerExitsOneAndSaysWhatIsKnown() throws {
        let k = try KGraphRunner()
        let file = try k.write("a.txt", "Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n")
        #expect(try k.run(["build", file, "--no-render"]).status == 0)
        let run = try k.run(["query", "who released Dara Sok"])
        #expect(run.status == 1)
        #expect(!run.stdout.isEmpty || !run.stderr.isEmpty)
    }

    @Test func anUnknownEntityExitsOne() throws {
        let k = try KGraphRunner()
        let file = try k.write("a.txt", "Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n")
        #expect(try k.run(["build", file, "--no-render"]).status == 0)
        let run = try k.run(["query", "who arrested Zebulon Quartermaine", "--json"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["answers"] as? [Any])?.isEmpty == true)
    }

    @Test func anUnreadableQuestionExitsTwoWithExamples() throws {
        let k = try KGraphRunner()
        let file = try k.write("a.txt", "Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n")
        #expect(try k.run(["build", file, "--no-render"]).status == 0)
        let run = try k.run(["query", "?!?"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kgraph: error: "))
        // With --json, scripts still get JSON on standard output.
        let json = try k.run(["query", "?!?", "--json"])
        #expect(json.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["question"] as? String == "?!?")
        #expect((object["error"] as? String)?.hasPrefix("cannot read the question") == true)
    }

    @Test func aMissingStoreIsAnErrorAndIsNotCreated() throws {
        let k = try KGraphRunner()
        let run = try k.run(["query", "who arrested Dara Sok"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Graphs/kgraph.sqlite"))
        #expect(k.contents("Graphs/kgraph.sqlite") == nil)
    }

    @Test func entitiesShowAndStatsDescribeTheStore() throws {
        let k = try KGraphRunner()
        let file = try k.write("a.txt", "Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n\nDara Sok, the director of the Harbour Authority, said nothing.\n")
        #expect(try k.run(["build", file, "--no-render"]).status == 0)
        let entities = try k.run(["entities", "--json"])
        #expect(entities.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(entities.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["name"] as? String == "Dara Sok" && $0["type"] as? String == "person" })
        let show = try k.run(["show", "dara sok", "--json"])
        #expect(show.status == 0, "\(show.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(report["name"] as? String == "Dara Sok")
        #expect((report["facts"] as? [Any])?.isEmpty == false)
        let typo = try k.run(["show", "Dara Sokk", "--json"])
        #expect(typo.status == 0, "\(typo.stderr)")
        #expect(typo.stdout.contains("\"name\" : \"Dara Sok\""))
        let unknown = try k.run(["show", "Nobody Atall"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no entity named 'Nobody Atall'"))
        let stats = try k.run(["stats"])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("1 document"))
    }

    @Test func renderDrawsEachFormat() throws {
        let k = try KGraphRunner()
        let file = try k.write("a.txt", "Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n")
        #expect(try k.run(["build", file, "--no-render"]).status == 0)
        for ext in ["svg", "png", "pdf", "dot"] {
            let run = try k.run(["render", "-o", "out.\(ext)"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect((k.contents("out.\(ext)")?.count ?? 0) > 100)
        }
        let focus = try k.run(["render", "--focus", "Dara Sok", "--depth", "1", "-o", "focus.svg"])
        #expect(focus.status == 0, "\(focus.stderr)")
        let bad = try k.run(["render", "-o", "out.gif"])
        #expect(bad.status == 64)
    }
}
