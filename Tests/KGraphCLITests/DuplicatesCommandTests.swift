import Foundation
import Testing

/// Identities across articles at build time, and `kgraph duplicates`, on articles written here.
@Suite struct DuplicatesCommandTests {
    @Test func buildMergesAnAcronymWithItsExpansionAndListsSuggestions() throws {
        let k = try KGraphRunner()
        try k.write("one.txt", "The Kestrel Revenue Bureau raided a warehouse in Port Ostrel on Monday, officials said.\n")
        try k.write("two.txt", "Agents of the KRB arrested Tavi Renholm in Port Ostrel on Friday, a spokesperson said.\n")
        try k.write("three.txt", "Officers questioned T. Renholm in Port Ostrel on Sunday.\n")
        #expect(try k.run(["build", "one.txt", "two.txt", "three.txt", "--no-render"]).status == 0)
        let orgs = try k.run(["entities", "--type", "organization"]).stdout
        #expect(orgs.contains("Kestrel Revenue Bureau") && orgs.contains("also: KRB"), "\(orgs)")
        #expect(orgs.split(separator: "\n").count == 1)
        let text = try k.run(["duplicates"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("0.65  “Tavi Renholm” / “T. Renholm”  [person]\n"), "\(text.stdout)")
        #expect(text.stdout.contains("both with: Port Ostrel"))
        let json = try k.run(["duplicates", "--kind", "person", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(Set(rows[0].keys) == ["kind", "ids", "names", "score", "evidence", "shared_contexts"])
        #expect(try k.run(["duplicates", "--kind", "place"]).stdout.hasPrefix("no possible duplicates of kind place"))
        #expect(try k.run(["duplicates", "--kind", "event"]).status == 64)
    }

    @Test func duplicatesHelpHasExamples() throws {
        let help = try KGraphRunner().run(["duplicates", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Examples:\n  kgraph duplicates"))
    }
}
