import Foundation
import KGraphVocabulary

extension Lexicon {
    /// The lexicon shipped with kgraph: the compiled tables linked into the binary, read in place
    /// (no file is read, nothing is parsed).
    /// - Throws: ``LexiconError`` when the linked-in tables cannot be read.
    public static func standard() throws -> Lexicon { try shipped.get() }

    /// The shipped lexicon, or why it could not be opened.
    private static let shipped: Result<Lexicon, LexiconError> = {
        do {
            return .success(try Lexicon(vocabulary: try Vocabulary.standard(), compiled: try embeddedTables()))
        } catch let e as LexiconError {
            return .failure(e)
        } catch {
            return .failure(.vocabulary(String(describing: error)))
        }
    }()

    /// The compiled name tables linked into the binary (`Sources/KGraphTables/lexicon.kgt`).
    /// - Throws: ``LexiconError/unreadable(_:)`` when the bytes are not compiled tables.
    package static func embeddedTables() throws(LexiconError) -> CompiledTables {
        do { return try CompiledTables(EmbeddedTables.lexicon) } catch { throw .unreadable(error.description) }
    }

    /// The source name tables with some replaced, over the shipped vocabulary: for tests that need
    /// a tiny gazetteer or name list. Reads the TSVs from the source tree (``sourceTables(in:)``),
    /// so it works only inside the checkout.
    /// - Parameter overrides: file name → contents that replace the source table.
    /// - Returns: the lexicon.
    /// - Throws: ``LexiconError``.
    public static func standard(overriding overrides: [String: String]) throws -> Lexicon {
        var t = try sourceTables()
        for (k, v) in overrides { t[k] = v }
        return try Lexicon(vocabulary: try Vocabulary.standard(), tables: t)
    }

    /// The folder of the name tables in the source tree (`Sources/KGraphExtraction/Lexicons`), the
    /// source of truth the compiled tables are generated from.
    package static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Lexicons")

    /// Reads every table of ``tableNames`` from the source tree: for `kgraph-dev compile-tables`
    /// and tests, which run inside the checkout. An installed kgraph never reads files.
    /// - Parameter folder: the folder of the tables (default ``sourceFolder``).
    /// - Returns: file name → contents.
    /// - Throws: ``LexiconError/missingTable(_:)`` for a table that cannot be read.
    package static func sourceTables(in folder: URL = sourceFolder) throws(LexiconError) -> [String: String] {
        var out = [String: String]()
        for name in tableNames {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { throw .missingTable(name) }
            out[name] = text
        }
        return out
    }
}
