import Foundation
import KGraphTables

/// Why the vocabulary could not be built.
public enum VocabularyError: Error, CustomStringConvertible, Equatable {
    /// A table file is not there or cannot be read.
    case missingTable(String)
    /// The compiled tables cannot be read (a build without its generated data, or a bug).
    case unreadable(String)
    /// A row names a class the vocabulary does not know.
    case unknownClass(table: String, row: Int, String)
    /// A trigger row names an event type the model does not know.
    case unknownEventType(row: Int, String)

    public var description: String {
        switch self {
        case .missingTable(let name): "cannot read the vocabulary table '\(name)': it is missing from kgraph's data"
        case .unreadable(let why): why
        case .unknownClass(let table, let row, let name): "vocabulary table '\(table)', row \(row): unknown class '\(name)'"
        case .unknownEventType(let row, let name): "vocabulary table 'event-triggers.tsv', row \(row): unknown event type '\(name)'"
        }
    }
}

extension Vocabulary {
    /// The vocabulary shipped with kgraph: the compiled tables linked into the binary, read in
    /// place (no file is read and nothing is parsed but the two small trigger tables).
    /// - Throws: ``VocabularyError/unreadable(_:)`` when the linked-in tables cannot be read.
    public static func standard() throws -> Vocabulary { try shipped.get() }

    /// The shipped vocabulary, or why it could not be opened.
    private static let shipped: Result<Vocabulary, VocabularyError> = {
        do throws(VocabularyError) {
            return .success(try Vocabulary(compiled: try embeddedTables()))
        } catch {
            return .failure(error)
        }
    }()

    /// The compiled vocabulary linked into the binary (`Sources/KGraphTables/vocabulary.kgt`).
    /// - Throws: ``VocabularyError/unreadable(_:)`` when the bytes are not compiled tables.
    package static func embeddedTables() throws(VocabularyError) -> CompiledTables {
        do { return try CompiledTables(EmbeddedTables.vocabulary) } catch { throw .unreadable(error.description) }
    }

    /// The source tables with some replaced: for tests that need a tiny table. Reads the TSVs
    /// from the source tree (``sourceTables()``), so it works only inside the checkout.
    /// - Parameter overrides: file name → contents that replace the source table.
    /// - Throws: ``VocabularyError``.
    public static func standard(overriding overrides: [String: String]) throws -> Vocabulary {
        var t = try sourceTables()
        for (k, v) in overrides { t[k] = v }
        return try Vocabulary(tables: t)
    }

    /// The folder of the vocabulary's TSVs in the source tree (`Sources/KGraphVocabulary/Data`),
    /// the source of truth the compiled tables are generated from.
    package static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")

    /// Reads every table of ``tableNames`` from the source tree: for `kgraph-dev compile-tables`
    /// and tests, which run inside the checkout. An installed kgraph never reads files.
    /// - Parameter folder: the folder of the TSVs (default ``sourceFolder``).
    /// - Returns: file name → contents.
    /// - Throws: ``VocabularyError/missingTable(_:)`` for a table that cannot be read.
    package static func sourceTables(in folder: URL = sourceFolder) throws(VocabularyError) -> [String: String] {
        var out = [String: String]()
        for name in tableNames {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { throw .missingTable(name) }
            out[name] = text
        }
        return out
    }
}

/// The compiled tables linked into the binary by the `KGraphTables` target.
package enum EmbeddedTables {
    /// The compiled vocabulary's bytes (`vocabulary.kgt`), read in place.
    package static let vocabulary: TableBytes = {
        var byteCount = 0
        let start = kgraph_vocabulary_tables(&byteCount)
        return TableBytes(embedded: UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : byteCount))
    }()

    /// The compiled lexicon's bytes (`lexicon.kgt`), read in place.
    package static let lexicon: TableBytes = {
        var byteCount = 0
        let start = kgraph_lexicon_tables(&byteCount)
        return TableBytes(embedded: UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : byteCount))
    }()
}
