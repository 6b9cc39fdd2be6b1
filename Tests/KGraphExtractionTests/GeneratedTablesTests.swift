import Foundation
import Testing
import KGraphVocabulary
@testable import KGraphExtraction

/// The tables compiled from the TSVs, once for the suite (seconds in a debug build).
private let fromSources = Result { () throws -> (vocabulary: [UInt8], lexicon: [UInt8]) in
    (try Vocabulary.compile(tables: try Vocabulary.sourceTables()), try Lexicon.compile(tables: try Lexicon.sourceTables()))
}

/// The compiled tables in `Sources/KGraphTables` and linked into the binary are what the TSVs
/// give: a TSV edited without `kgraph-dev compile-tables` fails here.
@Suite("Generated tables")
struct GeneratedTablesTests {
    @Test("the checked-in generated files match the TSVs (else run kgraph-dev compile-tables)")
    func filesUpToDate() throws {
        let (vocabulary, lexicon) = try fromSources.get()
        for file in GeneratedTables.files(vocabulary: vocabulary, lexicon: lexicon) {
            let onDisk = try Data(contentsOf: GeneratedTables.folder.appendingPathComponent(file.name))
            #expect([UInt8](onDisk) == file.bytes, "\(file.name) is stale: run swift run kgraph-dev compile-tables")
        }
    }

    @Test("the linked-in lexicon is the one the TSVs give (else rebuild after compile-tables)")
    func linkedInUpToDate() throws {
        let compiled = try fromSources.get().lexicon
        let embedded = try Lexicon.embeddedTables().bytes
        #expect(embedded.array(0..<embedded.count) == compiled)
    }

    @Test("the shipped lexicon answers as its tables say")
    func shippedAnswers() throws {
        let lexicon = try Lexicon.standard()
        #expect(lexicon.place("cambodia")?.kind == "country")
        #expect(lexicon.place("kampot")?.country == "Cambodia")
        #expect(lexicon.isPlace("phnom penh") && !lexicon.isPlace("phnom"))
        #expect(lexicon.demonyms["cambodian"] == "Cambodia")
        #expect(lexicon.placeAbbreviations["ariz"] == "Arizona")
        #expect(lexicon.surnames.count > 100_000)
    }

    @Test("a gazetteer name lists its places most populous first, countries before all; a country's name is no demonym")
    func gazetteerOrder() throws {
        let lexicon = try Lexicon(vocabulary: try Vocabulary.standard(), tables: [
            "gazetteer.tsv": "Small Town\tcity\tVeloria\t\t100\tVelo\nBig City\tcity\tDessaro\t\t9000\tVelo\nVelo\tcountry\t\t\t0\t\n",
            "demonyms.tsv": "Velo\tVelo\nVelorian\tVelo\n", "given-names.txt": "", "surnames.txt": "", "place-abbreviations.tsv": "",
        ])
        #expect(lexicon.place("velo")?.kind == "country")
        let rows = try #require(lexicon.places.value(for: "velo")).rows()
        #expect(rows.map { String($0[1]) } == ["Velo", "Big City", "Small Town"])
        #expect(lexicon.demonyms["velorian"] == "Velo" && lexicon.demonyms["velo"] == nil)
    }
}
