import Foundation
import Testing

/// Issue #17 item 11: a crafted `build --from-jsonl` line is rejected with its line number, and
/// nothing is stored.
@Suite struct JSONLinesValidationTests {
    static let article = "Port Raid\n\nPolice arrested Dara Sok in Port Velo on Monday.\n"

    /// A field of the full extraction to change, and the reason the build must give.
    struct Damage: CustomStringConvertible, Sendable {
        let name: String
        let path: [String]
        let value: Int?
        let text: String?
        let reason: String
        var description: String { name }
    }

    static let damages: [Damage] = [
        Damage(name: "start after end", path: ["entities", "0", "mentions", "0", "utf8Start"], value: 40, text: nil,
               reason: "entity 'e1' mention 0: start 40 is after end"),
        Damage(name: "offset 2^62", path: ["entities", "0", "mentions", "0", "utf8End"], value: 1 << 62, text: nil,
               reason: "entity 'e1' mention 0: end 4611686018427387904 is past the text's"),
        Damage(name: "negative offset", path: ["events", "0", "provenance", "utf8Start"], value: -3, text: nil,
               reason: "negative offset"),
        Damage(name: "no such sentence", path: ["events", "0", "provenance", "sentenceIndex"], value: 99, text: nil,
               reason: "no sentence 99"),
        Damage(name: "sentence past the text", path: ["document", "sentences", "0", "utf8End"], value: 10_000, text: nil,
               reason: "sentence 0: end 10000 is past the text's"),
        Damage(name: "empty name", path: ["entities", "0", "name"], value: nil, text: " ", reason: "entity 'e1' name is empty"),
        Damage(name: "unknown entity", path: ["events", "0", "patients", "0", "entityID"], value: nil, text: "e99",
               reason: "no entity 'e99'"),
        Damage(name: "text not matching its hash", path: ["document", "text"], value: nil, text: "Port Raid\n\nSomething else.\n",
               reason: "the document's sha256 is not the hash of its text"),
    ]

    @Test(arguments: damages) func aDamagedLineIsRejectedWithItsNumber(_ damage: Damage) throws {
        let k = try KGraphRunner()
        let file = try k.write("raid.txt", Self.article)
        let line = try k.run(["extract", "--format", "jsonl", file]).stdout
        var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let extraction = try #require(object["extraction"])
        object["extraction"] = Self.setting(extraction, at: damage.path[...], to: damage.value.map { $0 as Any } ?? damage.text as Any)
        let bad = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        try k.write("shard.jsonl", line + bad + "\n")
        let run = try k.run(["build", "--from-jsonl", "shard.jsonl", "--no-render"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kgraph: error: cannot read 'shard.jsonl': line 2: "), "\(run.stderr)")
        #expect(run.stderr.contains(damage.reason), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
        #expect(k.contents("Graphs/kgraph.sqlite") == nil)
    }

    /// `value` with the element at `path` (keys and array indexes) replaced.
    static func setting(_ value: Any, at path: ArraySlice<String>, to new: Any) -> Any {
        guard let key = path.first else { return new }
        if var array = value as? [Any], let i = Int(key), array.indices.contains(i) {
            array[i] = setting(array[i], at: path.dropFirst(), to: new)
            return array
        }
        if var dict = value as? [String: Any] {
            dict[key] = setting(dict[key] ?? [String: Any](), at: path.dropFirst(), to: new)
            return dict
        }
        return value
    }
}
