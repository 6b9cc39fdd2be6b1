import Foundation
import KGraphExport
import KGraphExtraction
import KGraphModel
import KGraphQuery
import KGraphStore

/// Why a harness stopped: an invariant that must hold for every input failed. The drivers turn
/// it into a crash (libFuzzer) or a saved input (the mutation driver).
struct HarnessFailure: Error, CustomStringConvertible {
    let description: String
}

/// The three fuzz targets of issue #17. Each takes arbitrary bytes and must return or throw a
/// clean error: never crash, never hang, never store what does not match its text.
enum Harness: String, CaseIterable, Sendable {
    /// `kgraph extract` on arbitrary bytes: read as an article, extract, check the result.
    case extract
    /// The question reader on arbitrary strings, against a small knowledge base.
    case question
    /// `kgraph build --from-jsonl` on one (mutated) line: decode, check, store, read back.
    case jsonl

    /// The longest question the command line accepts, in characters (as `kgraph query`).
    static let maxQuestionLength = 1_000

    /// Runs the harness on one input.
    /// - Throws: ``HarnessFailure`` when an invariant fails.
    func run(_ bytes: Data) throws {
        switch self {
        case .extract: try Self.extract(bytes)
        case .question: try Self.question(bytes)
        case .jsonl: try Self.jsonl(bytes)
        }
    }

    /// The extractor with the shipped lexicon, built once.
    static let extractor: Extractor = {
        do { return try Extractor.standard() } catch { fatalError("kgraph-fuzz: \(error)") }
    }()

    static func extract(_ bytes: Data) throws {
        guard let text = try? ArticleReader(maxByteCount: 64 << 10).decode(bytes, path: "fuzz.txt") else { return }
        let extraction = extractor.extract(text: text, path: "fuzz.txt")
        do {
            try extraction.validate()
        } catch {
            throw HarnessFailure(description: "the extractor's own result fails validation: \(error)")
        }
        _ = ExtractionJSON(extraction, includingFullExtraction: true).encoded(pretty: false)
        _ = ExtractionDump(extraction).text
    }

    /// A small knowledge base of an invented article, built once.
    static let questionBase: KnowledgeBase = {
        do {
            let kb = try KnowledgeBase.inMemory()
            _ = try kb.ingest([extractor.extract(text: Seeds.article, path: "seed.txt")])
            return kb
        } catch { fatalError("kgraph-fuzz: \(error)") }
    }()

    static func question(_ bytes: Data) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.count <= maxQuestionLength else { return }
        let engine = try QueryEngine.standard(reader: questionBase)
        if let result = try? engine.answer(text) {
            _ = result.readableText()
            _ = try result.jsonData()
        }
        _ = try? engine.match(text)
    }

    static func jsonl(_ bytes: Data) throws {
        guard let extraction = try? ExtractionJSON.decodeCheckedExtraction(from: bytes) else { return }
        let kb = try KnowledgeBase.inMemory()
        _ = try kb.ingest([extraction])
        let graph = try kb.graph()
        for node in graph.nodes { _ = try kb.edges(from: node.id) }
        _ = try kb.stats()
    }
}
