import Foundation

/// Why an article could not be read.
public enum ArticleError: Error, CustomStringConvertible, Equatable {
    /// The file does not exist.
    case missing(path: String)
    /// The file exists but could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The path is a folder where a file was expected.
    case isDirectory(path: String)
    /// The file is empty or holds only whitespace, format and control characters.
    case empty(path: String)
    /// The file holds NUL bytes: a binary file, not an article.
    case binary(path: String, byteOffset: Int)
    /// The file is not valid UTF-8.
    case invalidUTF8(path: String, byteOffset: Int)
    /// The file is larger than the article size limit.
    case tooLarge(path: String, byteCount: Int, limit: Int)
    /// The file is UTF-16 text (it starts with a byte order mark).
    case utf16(path: String, byteOrderMark: String)

    public var description: String {
        switch self {
        case .missing(let path): "cannot read '\(path)': no such file"
        case .unreadable(let path, let reason): "cannot read '\(path)': \(reason)"
        case .isDirectory(let path): "cannot read '\(path)': it is a folder"
        case .empty(let path): "cannot read '\(path)': the file is empty"
        case .binary(let path, let offset): "cannot read '\(path)': binary file (NUL byte at byte \(offset)), not an article"
        case .invalidUTF8(let path, let offset): "cannot read '\(path)': not valid UTF-8 at byte \(offset)"
        case .utf16(let path, let mark): "cannot read '\(path)': UTF-16 text (byte order mark \(mark)); save it as UTF-8"
        case .tooLarge(let path, let count, let limit):
            "cannot read '\(path)': \(ArticleReader.formatSize(count)) is over the article size limit of \(ArticleReader.formatSize(limit)) (raise it with --max-article-size)"
        }
    }
}

/// Reads and validates article files: UTF-8 text, not empty, not binary, not over a size limit.
public struct ArticleReader: Sendable {
    /// The default article size limit: 5 MB.
    public static let defaultMaxByteCount = 5_000_000

    /// The largest file accepted, in bytes.
    public var maxByteCount: Int

    /// Creates a reader.
    /// - Parameter maxByteCount: the article size limit in bytes.
    public init(maxByteCount: Int = ArticleReader.defaultMaxByteCount) {
        self.maxByteCount = maxByteCount
    }

    /// Reads one article file.
    /// - Parameter path: the file's path.
    /// - Returns: the text, exactly as stored (no newline or BOM changes, so offsets match the file).
    /// - Throws: ``ArticleError`` naming the path.
    public func read(path: String) throws(ArticleError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path: path) }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxByteCount {
            throw .tooLarge(path: path, byteCount: size, limit: maxByteCount)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "cannot open the file" : "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxByteCount + 1) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription.lowercased())
        }
        return try decode(data, path: path)
    }

    /// Reads an article from standard input.
    /// - Parameter name: the name to report in errors and record as the path (`-`).
    public func readStandardInput(name: String = "-") throws(ArticleError) -> String {
        var data = Data()
        while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
            data.append(chunk)
            if data.count > maxByteCount { throw .tooLarge(path: name, byteCount: data.count, limit: maxByteCount) }
        }
        return try decode(data, path: name)
    }

    /// Validates and decodes the bytes of an article.
    /// - Parameters:
    ///   - data: the bytes.
    ///   - path: the path to name in errors.
    /// - Returns: the text.
    /// - Throws: ``ArticleError`` for an empty, binary, invalid or too large input.
    /// - Complexity: O(n) in the byte count.
    public func decode(_ data: Data, path: String) throws(ArticleError) -> String {
        if data.count > maxByteCount { throw .tooLarge(path: path, byteCount: data.count, limit: maxByteCount) }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw .utf16(path: path, byteOrderMark: data.prefix(2).map { String(format: "%02X", $0) }.joined(separator: " "))
        }
        if let nul = data.firstIndex(of: 0) { throw .binary(path: path, byteOffset: nul - data.startIndex) }
        if let bad = Self.firstInvalidUTF8Offset(data) { throw .invalidUTF8(path: path, byteOffset: bad) }
        let text = String(decoding: data, as: UTF8.self)
        // Nothing visible (whitespace, format characters such as U+200B, controls): no sentence to read.
        let invisible: Set<Unicode.GeneralCategory> = [.format, .control]
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || invisible.contains($0.properties.generalCategory) }) {
            throw .empty(path: path)
        }
        return text
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or `nil`.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// A byte count for people: "812 bytes", "4.2 MB".
    static func formatSize(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return String(format: "%.1f KB", Double(bytes) / 1_000) }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
