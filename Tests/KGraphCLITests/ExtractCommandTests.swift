import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test func helpTeachesTheContract() throws {
        let run = try KGraphRunner().run(["extract", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--format"))
        #expect(run.stdout.contains("code points"))
        #expect(run.stdout.contains("Examples:"))
    }

    @Test func jsonFollowsTheContractWithCodePointOffsets() throws {
        let k = try KGraphRunner()
        // Non-ASCII text before the names makes byte and code-point offsets differ.
        let text = "Café Raid — Arrests in Port Velo\n\nPolice arrested Dara Sok in Port Velo on Monday, the Coastal Police said.\n"
        let file = try k.write("café.txt", text)
        let run = try k.run(["extract", file, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["path"] as? String == file)
        #expect(document["title"] as? String == "Café Raid — Arrests in Port Velo")
        #expect((document["sha256"] as? String)?.count == 64)
        let entities = try #require(object["entities"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        var sawPerson = false
        for entity in entities {
            let names = [entity["name"] as? String ?? ""] + (entity["aliases"] as? [String] ?? [])
            #expect(["person", "organization", "place"].contains(entity["type"] as? String ?? ""))
            for mention in entity["mentions"] as? [[String: Any]] ?? [] {
                let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
                #expect(mention["sentence"] is Int)
                #expect(0 <= start && start < end && end <= scalars.count)
                var surface = String.UnicodeScalarView()
                surface.append(contentsOf: scalars[start..<end])
                let s = String(surface)
                // A mention is the entity's name or alias, or a pronoun resolved to it.
                #expect(names.contains(s) || s.first?.isLowercase == true, "mention '\(s)' of \(names)")
            }
            if entity["name"] as? String == "Dara Sok" { sawPerson = entity["type"] as? String == "person" }
        }
        #expect(sawPerson)
        let events = try #require(object["events"] as? [[String: Any]])
        let arrest = try #require(events.first { $0["type"] as? String == "arrest" })
        #expect((arrest["patient"] as? [String])?.contains("Dara Sok") == true)
        #expect(arrest["evidence"] as? String == "Police arrested Dara Sok in Port Velo on Monday, the Coastal Police said.")
        #expect(object["roles"] is [Any])
        #expect(object["relations"] is [Any])
    }

    @Test func textFormatIsATreeOfSentences() throws {
        let k = try KGraphRunner()
        let file = try k.write("a.txt", "Raid\n\nPolice arrested Dara Sok in Port Velo.\n")
        let run = try k.run(["extract", file])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Document \"Raid\""))
        #expect(run.stdout.contains("Sentence 1"))
        #expect(run.stdout.contains("Event"))
    }

    @Test func standardInputIsAnArticle() throws {
        let run = try KGraphRunner().run(["extract", "-", "--format", "json"], stdin: "Raid\n\nPolice arrested Dara Sok.\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"path\" : \"-\""))
    }

    @Test func jsonlPrintsOneLinePerArticle() throws {
        let k = try KGraphRunner()
        let a = try k.write("a.txt", "A\n\nPolice arrested Dara Sok.\n")
        let b = try k.write("b.txt", "B\n\nPolice detained Lina Varga.\n")
        let run = try k.run(["extract", a, b, "--format", "jsonl"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
    }

    static let badInputs: [(String, Data, String)] = [
        ("empty.txt", Data(), "empty"),
        ("blank.txt", Data("  \n\n\t \n".utf8), "empty"),
        ("binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]), "binary"),
        ("latin1.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" raid\n".utf8), "not valid UTF-8 at byte 3"),
    ]

    @Test(arguments: 0..<badInputs.count)
    func badFilesGetOneLineAndExit2(index: Int) throws {
        let (name, data, words) = Self.badInputs[index]
        let k = try KGraphRunner()
        let file = try k.write(name, data)
        let run = try k.run(["extract", file, "--format", "json"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("kgraph: error: "))
        #expect(run.stderr.contains(words), "\(run.stderr)")
        #expect(run.stderr.contains(name))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func missingFile() throws {
        let run = try KGraphRunner().run(["extract", "nowhere.txt"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: cannot read 'nowhere.txt': no such file\n")
    }

    @Test func fileOverTheSizeLimitNamesBothSizes() throws {
        let k = try KGraphRunner()
        let file = try k.write("big.txt", String(repeating: "Police arrested Dara Sok. ", count: 100))
        let run = try k.run(["extract", file, "--max-article-size", "1000"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("2.6 KB"))
        #expect(run.stderr.contains("1.0 KB"))
        #expect(run.stderr.contains("--max-article-size"))
    }

    @Test func oddUnicodeAndMarkupDoNotBreakJSON() throws {
        let k = try KGraphRunner()
        let file = try k.write("odd.txt", "Raid \"<script>\" 🚓\n\nPolice arrested \"Dara\" Sok <b>&amp;</b> in Port\u{200B}Velo 🚓.\n\u{FEFF}Zalgo ẕ̸̢a̴l̵g̶o said \\n nothing.\n")
        let run = try k.run(["extract", file, "--format", "json"])
        #expect(run.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) is [String: Any])
    }
}
