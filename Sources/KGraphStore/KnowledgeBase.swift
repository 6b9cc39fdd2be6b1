import Foundation
import GRDB
import KGraphModel

/// The SQLite knowledge base: documents, nodes with their names, typed edges, and the provenance
/// of every node and edge.
///
/// A read-write store is a WAL-mode `DatabasePool` with a busy timeout (60 s by default), so
/// two `kgraph build` processes on one file both succeed (one waits for the other's transaction). A
/// read-only store is a `DatabaseQueue` that creates nothing. Every ``ingest(_:)`` is one write
/// transaction; readers see either all of it or none of it.
///
/// ```swift
/// let base = try KnowledgeBase(path: "Graphs/kgraph.sqlite")
/// let outcomes = try base.ingest([extraction])
/// let people = try KnowledgeBase(path: "Graphs/kgraph.sqlite", readOnly: true).entities(type: .person)
/// ```
///
/// `KnowledgeBase` is `Sendable`: it only holds immutable values and a GRDB connection, which
/// serialises access itself.
public final class KnowledgeBase: Sendable {
    /// The path of the database file (`":memory:"` for an in-memory store).
    public let path: String
    /// Whether the store was opened read-only.
    public let isReadOnly: Bool
    /// The connection: a `DatabasePool` (read-write file), or a `DatabaseQueue` (read-only file,
    /// in memory).
    let writer: any DatabaseWriter
    /// The busy timeout in seconds, for error messages.
    let busyTimeout: TimeInterval
    /// Whether the store has the search indexes of schema "v2" (name runs, sentence words).
    /// Only a store made before them and opened read-only lacks them; its look-ups then take
    /// the slower ways.
    public let hasSearchIndexes: Bool

    /// How long a writer waits, by default, for another process's write transaction to end
    /// before giving up with ``StoreError/busy(path:seconds:)``. A whole `kgraph build` is one
    /// transaction, so this is generous; readers never wait (WAL).
    public static let defaultBusyTimeout: TimeInterval = 60

    /// The most bytes of the file SQLite maps into memory (pages are shared with the OS cache).
    static let mmapByteCount = 64 << 20
    /// The page cache of a writable store, in KiB (SQLite's default is 2,000).
    static let writeCacheKiB = 16 << 10

    /// Opens the knowledge base at `path`.
    ///
    /// Read-write (the default) creates the parent directories, the file and the schema when
    /// missing, and migrates an older schema. Read-only creates and writes nothing: a missing
    /// file is an error, and so is a store whose schema needs migrating, except for migrations
    /// that only add search indexes (then ``hasSearchIndexes`` is false) or articles' dates (then
    /// every ``Document/date`` is `nil`); query, render, export and stats use it.
    /// - Parameters:
    ///   - path: the database file.
    ///   - readOnly: whether to open without writing.
    ///   - busyTimeout: how long a write waits for another process's transaction.
    /// - Throws: ``StoreError``: `.isDirectory`, `.cannotCreate`, `.cannotOpen`, `.corrupt` (not an
    ///   SQLite file, or damaged), `.notAKnowledgeBase` (another program's database),
    ///   `.newerSchema`; read-only also `.notFound` and `.needsMigration`.
    public init(path: String, readOnly: Bool = false, busyTimeout: TimeInterval = KnowledgeBase.defaultBusyTimeout) throws {
        self.path = path
        self.isReadOnly = readOnly
        self.busyTimeout = busyTimeout
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue { throw StoreError.isDirectory(path: path) }
        var info = stat()
        if exists, stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw StoreError.cannotOpen(path: path, reason: "not a regular file")
        }
        if exists, readOnly, info.st_size == 0 { throw StoreError.emptyFile(path: path) }
        if exists, !fileManager.isReadableFile(atPath: path) {
            throw StoreError.cannotOpen(path: path, reason: "permission denied")
        }
        if !exists {
            // The nearest existing ancestor must be a directory: "notes.txt/kgraph.sqlite" is no path.
            var ancestor = URL(fileURLWithPath: path).deletingLastPathComponent()
            var ancestorIsDirectory: ObjCBool = false
            while !fileManager.fileExists(atPath: ancestor.path, isDirectory: &ancestorIsDirectory), ancestor.path != "/" {
                ancestor.deleteLastPathComponent()
            }
            if !ancestorIsDirectory.boolValue {
                let reason = "'\(ancestor.path)' is not a directory"
                throw readOnly ? StoreError.cannotOpen(path: path, reason: reason) : StoreError.cannotCreate(path: path, reason: reason)
            }
            if readOnly { throw StoreError.notFound(path: path) }
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotCreate(path: path, reason: Self.reason(error))
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = readOnly
        configuration.prepareDatabase { db in
            // Read pages through a memory map rather than read(2) copies: most reads of a large
            // store are many small index seeks.
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapByteCount)")
            if !readOnly {
                // A build inserts index rows (name runs, sentence words) all over their B-trees:
                // a larger page cache keeps the pages it returns to.
                try db.execute(sql: "PRAGMA cache_size = -\(Self.writeCacheKiB)")
            }
        }
        do {
            if readOnly {
                writer = try DatabaseQueue(path: Self.readOnlyLocation(path), configuration: configuration)
            } else {
                writer = try DatabasePool(path: path, configuration: configuration)
            }
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
        hasSearchIndexes = try Self.prepareSchema(writer: writer, path: path, readOnly: readOnly, busyTimeout: busyTimeout)
    }

    /// An empty, migrated knowledge base in memory (for tests and one-shot pipelines); its
    /// ``path`` is `":memory:"`.
    /// - Returns: the store, gone when released.
    /// - Throws: ``StoreError`` if SQLite fails.
    public static func inMemory() throws -> KnowledgeBase {
        do {
            return try KnowledgeBase(path: ":memory:", writer: DatabaseQueue())
        } catch {
            throw StoreError.wrap(error, path: ":memory:")
        }
    }

    /// Wraps an open connection and prepares its schema.
    private init(path: String, writer: any DatabaseWriter) throws {
        self.path = path
        self.isReadOnly = false
        self.busyTimeout = 0
        self.writer = writer
        hasSearchIndexes = try Self.prepareSchema(writer: writer, path: path, readOnly: false, busyTimeout: 0)
    }

    /// How many times a writable store's migration is tried when another process migrates it too.
    static let migrationAttempts = 8

    /// Checks the file is ours and, when writable, brings its schema up to date.
    ///
    /// Two processes may open a new store at once: both see no migration applied and both try
    /// to run them; the second fails on the tables the first created. That failure is ignored
    /// when, looking again, the schema turns out complete.
    /// - Returns: whether the store has its search indexes (false only for an older store opened
    ///   read-only).
    private static func prepareSchema(writer: any DatabaseWriter, path: String, readOnly: Bool, busyTimeout: TimeInterval) throws -> Bool {
        let migrator = StoreSchema.migrator
        do {
            let state = try writer.read { db -> (foreign: Bool, complete: Bool, superseded: Bool, missing: Set<String>) in
                let hasMigrations = try db.tableExists("grdb_migrations")
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") ?? 0
                if !hasMigrations { return (tableCount > 0, false, false, Set(StoreSchema.migrationNames)) }
                let missing = Set(StoreSchema.migrationNames).subtracting(try migrator.appliedMigrations(db))
                return (false, try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db), missing)
            }
            if state.foreign { throw StoreError.notAKnowledgeBase(path: path) }
            if state.superseded { throw StoreError.newerSchema(path: path) }
            if state.complete { return true }
            if readOnly {
                // A store made before the search indexes still answers, by the slower ways; one
                // made before articles' dates answers with them unknown.
                if state.missing.isSubset(of: StoreSchema.readableWithout) {
                    return state.missing.isDisjoint(with: StoreSchema.indexOnlyMigrations)
                }
                throw StoreError.needsMigration(path: path)
            }
            // Another process migrating the same new store at once can make ours fail at once
            // (SQLite does not wait where waiting could deadlock): look again, and try again a
            // few times before giving up.
            for attempt in 1...Self.migrationAttempts {
                do {
                    try migrator.migrate(writer)
                    return true
                } catch {
                    if try writer.read({ db in try migrator.hasCompletedMigrations(db) }) { return true }
                    if attempt == Self.migrationAttempts { throw error }
                    usleep(UInt32(100_000 * attempt))
                }
            }
            return true
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs a read, translating every error to a ``StoreError`` naming the store.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Where SQLite opens a store read-only: the path itself, or, when its folder cannot be
    /// written (SQLite could not create the WAL index a reader needs), an `immutable` URI that
    /// reads the file without locks or side files. (Debian's SQLite accepts URI file names.)
    static func readOnlyLocation(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK) != 0 else { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        return absolute.absoluteString + "?immutable=1"
    }

    /// A short, lowercase reason for a Foundation error.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code))).lowercased()
        }
        return StoreError.oneLine(nsError.localizedDescription)
    }
}
