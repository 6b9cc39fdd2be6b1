import ArgumentParser

/// The ranges of kgraph's numeric and free-text options, checked in `validate()` so that a huge
/// value is a usage error (exit 64), not an overflow or a walk that never ends.
enum NumericOptions {
    /// The largest `--max-article-size`: 1 GB.
    static let maxArticleByteCount = 1_000_000_000
    /// The largest `--depth`: beyond it a neighbourhood is the whole connected graph anyway.
    static let maxDepth = 50
    /// The longest question, `--match` pattern or entity name, in characters.
    static let maxTextLength = 1_000

    /// Checks `--max-article-size`.
    /// - Throws: `ValidationError` outside 1...``maxArticleByteCount``.
    static func checkArticleSize(_ bytes: Int) throws {
        guard (1...maxArticleByteCount).contains(bytes) else {
            throw ValidationError("--max-article-size must be from 1 to \(maxArticleByteCount) bytes")
        }
    }

    /// Checks `--depth`.
    /// - Throws: `ValidationError` outside 0...``maxDepth``.
    static func checkDepth(_ depth: Int) throws {
        guard (0...maxDepth).contains(depth) else { throw ValidationError("--depth must be from 0 to \(maxDepth)") }
    }

    /// Checks a question, pattern or name typed by the user.
    /// - Parameters:
    ///   - text: the text.
    ///   - what: what it is, for the message ("the question", "--focus").
    /// - Throws: `ValidationError` when longer than ``maxTextLength`` characters.
    static func checkLength(_ text: String?, _ what: String) throws {
        guard let text, text.unicodeScalars.count > maxTextLength else { return }
        throw ValidationError("\(what) is \(text.unicodeScalars.count) characters long; the limit is \(maxTextLength)")
    }
}
