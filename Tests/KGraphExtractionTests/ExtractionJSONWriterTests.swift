import Foundation
import KGraphExport
import KGraphModel
import Testing
@testable import KGraphExtraction

/// `kgraph extract --format json|jsonl` is written by a streaming writer of our own; Foundation's
/// `JSONEncoder` over the `Encodable` conformances is the reference. Both outputs are parsed and
/// the parsed values compared, for the example articles, for articles of odd characters and for a
/// hand-made extraction with every optional field and awkward numbers; the full extraction of a
/// JSON line must read back (`JSONDecoder`, as `build --from-jsonl` reads it) equal to what was
/// written.
@Suite("Extraction JSON writer")
struct ExtractionJSONWriterTests {
    /// A JSON value as a parser reads it: numbers as `Double`, objects as dictionaries.
    indirect enum JSONValue: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let n = try? c.decode(Double.self) { self = .number(n) }
            else if let s = try? c.decode(String.self) { self = .string(s) }
            else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
            else { self = .object(try c.decode([String: JSONValue].self)) }
        }

        static func parse(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }
    }

    /// What kgraph printed before the writer: `JSONEncoder`, keys sorted, slashes unescaped.
    static func reference(_ value: ExtractionJSON, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Checks one extraction in both formats: the same parsed value as the reference, and a JSON
    /// line whose full extraction decodes back to the extraction itself.
    static func check(_ extraction: Extraction) throws {
        for full in [false, true] {
            let value = ExtractionJSON(extraction, includingFullExtraction: full)
            for pretty in [false, true] {
                let mine = value.encoded(pretty: pretty)
                #expect(try JSONValue.parse(mine) == JSONValue.parse(reference(value, pretty: pretty)), "\(extraction.document.path) full=\(full) pretty=\(pretty)")
            }
        }
        let line = ExtractionJSON(extraction, includingFullExtraction: true).encoded(pretty: false)
        #expect(!line.contains(UInt8(ascii: "\n")))
        #expect(try ExtractionJSON.decodeExtraction(from: line) == extraction)
    }

    static let odd: [String] = [
        "Quotes \"here\" and a back\\slash / and a slash.\n\nPolice arrested Dara Sok in Port Velo on Monday.\n",
        "Controls: " + (0..<0x20).filter { $0 != 0x0A }.map { String(UnicodeScalar(UInt8($0))) }.joined() + " end.\n\nSoldiers detained Mira Tolan.\n",
        "Separators\u{2028}line\u{2029}paragraph \u{85} next-line \u{7F} delete \u{FEFF} BOM.\n\nPolice arrested Oren Valis in Kampot.\n",
        "Khmer ភ្នំពេញ, accents Séverine Dûval, emoji 👮🏽‍♀️, combining e\u{301}.\n\nPolice arrested Séverine Dûval in Phnom Penh on 6 April 2021.\n",
        String(decoding: [0x42, 0x61, 0x64, 0xFF, 0xC3, 0x28, 0x20, 0xED, 0xA0, 0x80, 0x2E, 0x0A, 0x0A] + Array("Police arrested Teodor Brack.\n".utf8), as: UTF8.self),
    ]

    @Test("the example articles", arguments: GoldenTests.examples)
    func examples(_ name: String) throws {
        let relative = "Examples/\(name).txt"
        let text = try ArticleReader().read(path: GoldenTests.packageRoot.appendingPathComponent(relative).path)
        let extraction = try Extractor.standard().extract(text: text, path: relative, date: "2021-04-09")
        try Self.check(extraction)
        // The examples hold no U+2028/U+2029, the one place where the bytes differ.
        let value = ExtractionJSON(extraction, includingFullExtraction: true)
        #expect(value.encoded(pretty: true) == (try Self.reference(value, pretty: true)))
        #expect(value.encoded(pretty: false) == (try Self.reference(value, pretty: false)))
    }

    @Test("articles of odd characters", arguments: odd.indices)
    func oddCharacters(_ i: Int) throws {
        let extraction = try Extractor.standard().extract(text: Self.odd[i], path: "odd \"\(i)\"\u{1}.txt")
        try Self.check(extraction)
    }

    @Test("every optional field, awkward numbers and odd strings")
    func handMade() throws {
        let text = "Odd \u{0}\u{1F}\"\\/\u{2028}\u{2029} title.\n\nA court sentenced Dara Sok to 21 years and 10 months and a fine of 1.7 million riel.\n"
        let sha = String(repeating: "ab", count: 32)
        let p = Provenance(documentSHA256: sha, sentenceIndex: 1, utf8Range: 24..<60)
        let m = Mention(sentenceIndex: 1, utf8Range: 44..<52)
        let facts = [
            CaseFact(kind: .term, text: "21 years and 10 months", mention: m, months: 262, qualifiers: ["suspended", "q\"\u{1}"]),
            CaseFact(kind: .fine, text: "1.7 million riel", mention: m, amount: 1.7, unit: "riel"),
            CaseFact(kind: .quantity, text: "odd", mention: m, months: 0.1 + 0.2, amount: 1e20, unit: "kg", item: "heroin\u{2028}"),
            CaseFact(kind: .bail, text: "tiny", mention: m, months: -0.0, amount: 5e-324),
            CaseFact(kind: .penalty, text: "big", mention: m, months: 1e-7, amount: 123456789012345680000),
        ]
        let event = Event(id: "v1", type: .arrest, trigger: "sentenced", agents: [Participant(entityID: "e2", text: "A court", mention: m)],
                          patients: [Participant(entityID: "e1", text: "Dara Sok")], places: [Participant(text: "Port\tVelo")],
                          time: "on 6 April", timeValue: "2021-04-06", content: "said \"it\"", partOf: ["v0"], facts: facts, provenance: p)
        let bare = Event(id: "v0", type: .arrest, trigger: "held", provenance: p)
        let extraction = Extraction(
            document: Document(path: "dir/odd\u{7}.txt", title: "Odd \u{0}\u{1F}\"\\/\u{2028}\u{2029} title.", sha256: sha,
                               ingestedAt: Date(timeIntervalSinceReferenceDate: 786_000_000.123), text: text,
                               sentences: [SentenceSpan(index: 0, utf8Range: 0..<22), SentenceSpan(index: 1, utf8Range: 24..<text.utf8.count)],
                               date: "2021-04-09"),
            entities: [Entity(id: "e1", name: "Dara Sok", type: .person, aliases: ["Sok", "D\u{1}S"], mentions: [m]),
                       Entity(id: "e2", name: "A court", type: .organization)],
            roles: [RoleAssertion(personID: "e1", title: "judge", organizationID: "e2", placeID: "e1", provenance: p),
                    RoleAssertion(personID: "e1", title: "head", provenance: p)],
            events: [bare, event],
            relations: [Relation(subjectID: "e1", predicate: .memberOf, objectID: "e2", provenance: p)])
        try Self.check(extraction)
        let line = ExtractionJSON(extraction, includingFullExtraction: true).encoded(pretty: false)
        let json = String(decoding: line, as: UTF8.self)
        #expect(json.contains("\"months\":262,"))
        #expect(json.contains("\"amount\":1.7,"))
        #expect(json.contains("\"time_value\":\"2021-04-06\""))
        #expect(json.contains("\"document\":{\"date\":\"2021-04-09\","))
        #expect(json.contains("Odd \\u0000\\u001f\\\"\\\\/\\u2028\\u2029 title."))
    }

    @Test("a number JSON cannot hold is written as null")
    func nonFinite() throws {
        let m = Mention(sentenceIndex: 0, utf8Range: 0..<1)
        let p = Provenance(documentSHA256: "x", sentenceIndex: 0, utf8Range: 0..<1)
        let fact = CaseFact(kind: .fine, text: "x", mention: m, months: .infinity, amount: .nan)
        let extraction = Extraction(document: Document(path: "a", title: "a", sha256: "x", text: "x", sentences: [SentenceSpan(index: 0, utf8Range: 0..<1)]),
                                    events: [Event(id: "v1", type: .arrest, trigger: "x", facts: [fact], provenance: p)])
        let json = String(decoding: ExtractionJSON(extraction).encoded(pretty: false), as: UTF8.self)
        #expect(json.contains("{\"amount\":null,\"end\":1,\"kind\":\"fine\",\"months\":null,"))
    }
}
