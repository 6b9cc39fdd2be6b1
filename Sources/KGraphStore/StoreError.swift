import Foundation
import GRDB

/// Why the knowledge base could not be opened, read or written.
///
/// Each `description` is one lowercase line naming the store's path (and, for a bad article, the
/// article's path), ready for `kgraph: error: <description>`.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A read-only open found no file at the path.
    case notFound(path: String)
    /// The path is a directory.
    case isDirectory(path: String)
    /// The file is not an SQLite database, or it is damaged.
    case corrupt(path: String)
    /// The file is an SQLite database made by something else than kgraph.
    case notAKnowledgeBase(path: String)
    /// The file was written by a newer kgraph whose schema this one does not know.
    case newerSchema(path: String)
    /// A read-only open found an empty file.
    case emptyFile(path: String)
    /// A read-only open found a knowledge base that still needs migrating.
    case needsMigration(path: String)
    /// The file or its directory cannot be created.
    case cannotCreate(path: String, reason: String)
    /// The file cannot be opened (permissions, a missing directory, …).
    case cannotOpen(path: String, reason: String)
    /// A write was attempted on a store opened read-only.
    case readOnly(path: String)
    /// An extraction cannot be stored as given (it names another document, an empty hash, …).
    case invalidExtraction(path: String, document: String, reason: String)
    /// No node with this id.
    case unknownNode(path: String, id: String)
    /// Another process held the write lock for longer than the busy timeout.
    case busy(path: String, seconds: Int)
    /// SQLite failed while reading or writing.
    case database(path: String, message: String)
    /// A value in the store cannot be read (a damaged or hand-edited file).
    case damaged(path: String, detail: String)

    /// One lowercase line naming the store's path: what went wrong and, when useful, what to do.
    public var description: String {
        switch self {
        case .notFound(let path):
            "no knowledge base at '\(path)': run 'kgraph build' first"
        case .isDirectory(let path):
            "cannot open knowledge base '\(path)': it is a directory"
        case .corrupt(let path):
            "cannot open knowledge base '\(path)': not an sqlite database, or corrupt"
        case .notAKnowledgeBase(let path):
            "cannot open knowledge base '\(path)': an sqlite database, but not a kgraph knowledge base"
        case .newerSchema(let path):
            "cannot open knowledge base '\(path)': written by a newer kgraph"
        case .emptyFile(let path):
            "no knowledge base in '\(path)': the file is empty; run 'kgraph build' to fill it"
        case .needsMigration(let path):
            "cannot read knowledge base '\(path)': written by an older kgraph; run 'kgraph build' to upgrade it"
        case .cannotCreate(let path, let reason):
            "cannot create knowledge base '\(path)': \(Self.oneLine(reason))"
        case .cannotOpen(let path, let reason):
            "cannot open knowledge base '\(path)': \(Self.oneLine(reason))"
        case .readOnly(let path):
            "cannot write knowledge base '\(path)': opened read-only"
        case .invalidExtraction(let path, let document, let reason):
            "cannot store '\(document)' in knowledge base '\(path)': \(Self.oneLine(reason))"
        case .unknownNode(let path, let id):
            "no node '\(id)' in knowledge base '\(path)'"
        case .busy(let path, let seconds):
            "knowledge base '\(path)' is busy: another kgraph kept writing it for more than \(seconds) s"
        case .database(let path, let message):
            "knowledge base '\(path)': \(Self.oneLine(message))"
        case .damaged(let path, let detail):
            "store damaged: \(Self.oneLine(detail)) (knowledge base '\(path)')"
        }
    }

    /// A message folded to one line starting lowercase.
    static func oneLine(_ message: String) -> String {
        let folded = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard let first = folded.first else { return folded }
        return first.lowercased() + folded.dropFirst()
    }

    /// Maps any error thrown by GRDB or SQLite to a store error naming `path`.
    /// - Parameters:
    ///   - error: the error caught.
    ///   - path: the store's path.
    /// - Returns: `error` itself when it is already a ``StoreError``, else its translation.
    ///   - busyTimeout: the store's busy timeout, named by `.busy`.
    static func wrap(_ error: any Error, path: String, busyTimeout: TimeInterval = 0) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                if let message = error.message, message.hasPrefix("store damaged: ") {
                    return .damaged(path: path, detail: String(message.dropFirst("store damaged: ".count)))
                }
                return .corrupt(path: path)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
                return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .busy(path: path, seconds: Int(busyTimeout.rounded()))
            case .SQLITE_READONLY:
                return .cannotOpen(path: path, reason: "the file or its directory is read-only")
            default:
                return .database(path: path, message: error.message ?? "\(error.resultCode)")
            }
        }
        return .database(path: path, message: "\(error)")
    }
}
