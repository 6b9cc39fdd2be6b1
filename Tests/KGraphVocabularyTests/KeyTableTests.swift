import Testing
@testable import KGraphModel
@testable import KGraphVocabulary

/// The compiled table format: what goes in comes out, misses are misses, the bytes are reproducible.
@Suite("Compiled tables")
struct KeyTableTests {
    /// A table read back from freshly compiled bytes.
    func table(_ pairs: [String: [UInt8]]) throws -> KeyTable {
        let file = CompiledTables.encode([("t", try KeyTable.encode(pairs))])
        return try CompiledTables(TableBytes(copying: file)).keyTable("t")
    }

    @Test("every key finds its value; other keys, prefixes and extensions miss")
    func lookups() throws {
        var pairs = [String: [UInt8]]()
        for i in 0..<5_000 { pairs["word\(i)"] = Array("value \(i)".utf8) }
        pairs["élodie"] = [0xC3]
        pairs[""] = [1, 2]
        pairs["long"] = [UInt8](repeating: 7, count: 70_000)  // a length that takes three varint bytes
        let t = try table(pairs)
        #expect(t.count == pairs.count)
        for (k, v) in pairs { #expect(t.value(for: k).map { $0.bytes.array($0.range) } == v, "\(k)") }
        for miss in ["word", "word5000", "word12x", "elodie", "lon", "longer"] { #expect(!t.contains(miss), "\(miss)") }
    }

    @Test("the same pairs give the same bytes, whatever order they were added in")
    func reproducible() throws {
        let keys = (0..<300).map { "k\($0 * 7919 % 1000)" }
        var a = [String: [UInt8]](), b = [String: [UInt8]]()
        for k in keys { a[k] = Array(k.utf8) }
        for k in keys.reversed() { b[k] = Array(k.utf8) }
        #expect(try KeyTable.encode(a) == KeyTable.encode(b))
        #expect(try table(a).pairs().map(\.key) == a.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test("an empty table finds nothing")
    func empty() throws {
        let t = try table([:])
        #expect(t.count == 0 && !t.contains("") && !t.contains("raid"))
    }

    @Test("bytes that are not compiled tables are an error, not empty tables")
    func malformed() throws {
        #expect(throws: TableFormatError.notATable) { try CompiledTables(TableBytes(copying: Array("word\tclass\n".utf8))) }
        let file = CompiledTables.encode([("t", try KeyTable.encode(["a": [1]]))])
        #expect(throws: TableFormatError.truncated("t")) { try CompiledTables(TableBytes(copying: Array(file.dropLast(3)))) }
        #expect(throws: TableFormatError.missingSection("u")) { try CompiledTables(TableBytes(copying: file)).keyTable("u") }
        #expect(throws: TableFormatError.keyTooLong(String(repeating: "x", count: 256))) {
            try KeyTable.encode([String(repeating: "x", count: 256): []])
        }
    }

    @Test("a word entry is stored and read back whole", arguments: [
        WordEntry(),
        WordEntry(classes: [.determiner, .timeUnit], partsOfSpeech: [.noun, .verb, .properToo], commonest: .noun, frequency: 65_535),
        WordEntry(partsOfSpeech: .verb, trigger: TriggerForm(type: .arrest, lemma: "arrest", verbForm: .pastOrParticiple)),
        WordEntry(classes: .determiner, trigger: TriggerForm(type: .raid, lemma: "raid", isNoun: true)),
    ])
    func wordEntries(_ entry: WordEntry) throws {
        var e = entry
        e.nounCount = 12
        e.verbCount = 300
        let t = try table(["w": e.encoded()])
        #expect(t.value(for: "w").map(WordEntry.init(stored:)) == e)
    }
}

/// The shipped vocabulary linked into the binary is what the TSVs in `Data/` compile to.
@Suite("Shipped vocabulary")
struct ShippedVocabularyTests {
    @Test("the linked-in vocabulary is up to date with the TSVs (else run kgraph-dev compile-tables)")
    func upToDate() throws {
        let compiled = try Vocabulary.compile(tables: try Vocabulary.sourceTables())
        let embedded = try Vocabulary.embeddedTables().bytes
        #expect(embedded.count == compiled.count)
        #expect(embedded.array(0..<embedded.count) == compiled, "run: swift run kgraph-dev compile-tables")
    }

    @Test("compiled tables without a section the vocabulary needs are a one-line error, not an empty vocabulary")
    func missingSection() throws {
        let file = CompiledTables.encode([("entries", try KeyTable.encode(["raid": WordEntry().encoded()]))])
        #expect(throws: VocabularyError.unreadable("kgraph's compiled tables have no section 'proper-nouns' (rebuild kgraph)")) {
            try Vocabulary(compiled: try CompiledTables(TableBytes(copying: file)))
        }
    }

    @Test("the shipped vocabulary answers as its tables say")
    func answers() throws {
        let v = try Vocabulary.standard()
        #expect(v.trigger("arrested")?.type == .arrest)
        #expect(v.trigger("arrested")?.verbForm == .pastOrParticiple)
        #expect(v.word("the", is: .determiner))
        #expect(v.partsOfSpeech(of: "officers").contains(.noun))
        #expect(v.nameKinds("urdu")?.contains(.language) == true)
        #expect(v.entry("qzxv") == nil)
        #expect(v.verbLemma("took") == "take")
    }
}
