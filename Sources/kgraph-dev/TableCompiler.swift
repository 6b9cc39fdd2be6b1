import Foundation
import KGraphExtraction
import KGraphVocabulary

/// `kgraph-dev compile-tables`: compiles the vocabulary's and the lexicon's TSVs into the
/// `KGraphTables` target's generated files (see ``GeneratedTables``). With `--check`, writes
/// nothing and fails when a checked-in file differs from what the TSVs give.
enum TableCompiler {
    /// Why the generated files are not what the TSVs give.
    struct StaleError: Error, CustomStringConvertible {
        /// The files that differ.
        let files: [String]
        var description: String {
            "generated tables out of date: \(files.joined(separator: ", ")) (run kgraph-dev compile-tables)"
        }
    }

    /// Compiles the tables and writes (or checks) the generated files.
    /// - Parameter check: compare instead of writing.
    /// - Throws: ``StaleError`` when checking finds a difference; the table errors; file errors.
    static func run(check: Bool) throws {
        let vocabulary = try Vocabulary.compile(tables: try Vocabulary.sourceTables())
        let lexicon = try Lexicon.compile(tables: try Lexicon.sourceTables())
        var stale = [String]()
        for file in GeneratedTables.files(vocabulary: vocabulary, lexicon: lexicon) {
            let url = GeneratedTables.folder.appendingPathComponent(file.name)
            let current = (try? Data(contentsOf: url)).map { [UInt8]($0) }
            if check {
                if current != file.bytes { stale.append(file.name) }
            } else if current != file.bytes {
                try Data(file.bytes).write(to: url)
                print("wrote \(url.path) (\(file.bytes.count) bytes)")
            } else {
                print("\(file.name) is up to date")
            }
        }
        if !stale.isEmpty { throw StaleError(files: stale) }
        if check { print("generated tables are up to date") }
    }
}
