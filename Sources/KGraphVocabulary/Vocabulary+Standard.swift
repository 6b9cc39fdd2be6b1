import Foundation

/// Why the vocabulary could not be built.
public enum VocabularyError: Error, CustomStringConvertible, Equatable {
    /// A table file is not there or cannot be read.
    case missingTable(String)
    /// The data folder itself is not there (a binary copied without its resource bundle).
    case missingData(bundle: String)
    /// A row names a class the vocabulary does not know.
    case unknownClass(table: String, row: Int, String)
    /// A trigger row names an event type the model does not know.
    case unknownEventType(row: Int, String)

    public var description: String {
        switch self {
        case .missingTable(let name): "cannot read the vocabulary table '\(name)': it is missing from kgraph's data"
        case .missingData(let bundle): ResourceFolder.missingMessage(bundle: bundle)
        case .unknownClass(let table, let row, let name): "vocabulary table '\(table)', row \(row): unknown class '\(name)'"
        case .unknownEventType(let row, let name): "vocabulary table 'event-triggers.tsv', row \(row): unknown event type '\(name)'"
        }
    }
}

extension Vocabulary {
    /// The vocabulary shipped with kgraph, built once from the module's data.
    /// - Throws: ``VocabularyError`` when its data cannot be found or read.
    public static func standard() throws -> Vocabulary { try shipped.get() }

    /// The shipped vocabulary, or why it could not be built.
    private static let shipped: Result<Vocabulary, VocabularyError> = {
        do { return .success(try Vocabulary(tables: try bundledTables())) } catch let e as VocabularyError {
            return .failure(e)
        } catch {
            return .failure(.missingTable("?"))
        }
    }()

    /// The shipped tables with some replaced: for tests that need a tiny table.
    /// - Parameter overrides: file name → contents that replace the shipped table.
    /// - Throws: ``VocabularyError``.
    public static func standard(overriding overrides: [String: String]) throws -> Vocabulary {
        var t = try bundledTables()
        for (k, v) in overrides { t[k] = v }
        return try Vocabulary(tables: t)
    }

    /// The resource bundle holding `Data`.
    static let bundleName = "kgraph_KGraphVocabulary.resources"

    /// Reads every table of ``tableNames`` from the data folder (``ResourceFolder``); missing
    /// files are left out (and reported by the initialiser that needs them).
    /// - Throws: ``VocabularyError/missingData(bundle:)`` when the folder itself is missing.
    static func bundledTables() throws(VocabularyError) -> [String: String] {
        var out = [String: String]()
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")
        guard let dir = ResourceFolder.find("Data", bundle: bundleName, sourceFolder: source) else { throw .missingData(bundle: bundleName) }
        for name in tableNames {
            if let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) { out[name] = text }
        }
        return out
    }
}

/// Splits a table's text into rows of tab-separated fields: `#` lines and blank lines skipped.
public enum TableText {
    /// The rows of a table.
    /// - Parameter text: the file's contents.
    /// - Returns: each row's fields (empty fields kept).
    /// - Complexity: O(n) in the text's length.
    public static func rows(_ text: String) -> [[Substring]] {
        var out = [[Substring]]()
        for line in text.utf8.split(separator: 0x0A) {
            guard let first = line.first, first != UInt8(ascii: "#"), first != 0x0D else { continue }
            var body = line[...]
            if body.last == 0x0D { body = body.dropLast() }
            out.append(body.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) })
        }
        return out
    }
}
