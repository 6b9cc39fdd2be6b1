import Foundation
import GRDB
import KGraphModel

/// A step of an ingest, for a progress display.
public enum IngestStep: Sendable, Equatable {
    /// Storing the article after the first `done` of `total`.
    case storing(done: Int, total: Int)
    /// Writing the search indexes, the last step before the commit.
    case indexing
}

extension KnowledgeBase {
    /// Stores articles' extractions in one write transaction: if anything fails, the store is
    /// left exactly as it was.
    ///
    /// Per article: the same path with the same SHA-256 is a no-op (`.unchanged`); the same
    /// path with other content removes that article's old facts (its provenance rows, then nodes
    /// and edges left without any) and adds the new ones (`.replaced`); content already stored
    /// under another path is not stored twice (`.duplicate`); anything else is `.added`.
    /// Entities merge with stored nodes as ``EntityMatcher`` describes; articles earlier in the
    /// same call count as stored. Last, the users' corrections are applied again (see
    /// ``Correction``), so that an article built again comes out corrected.
    /// - Parameter extractions: one extraction per article, in the order to store them.
    /// - Returns: one outcome per extraction, in order.
    /// - Throws: ``StoreError``: `.readOnly`, `.invalidExtraction` (an extraction whose facts cite
    ///   another document, or with no path or hash), or an SQLite failure.
    /// - Complexity: O(facts) indexed writes, plus the old rows of replaced articles.
    public func ingest(_ extractions: [Extraction]) throws -> [IngestOutcome] {
        try ingest(extractions, beforeEach: { _ in })
    }

    /// ``ingest(_:)`` with a hook called inside the transaction after every write and before the
    /// commit: the CLI's crash test stalls there to be killed, proving that a killed build leaves
    /// the store as it was.
    /// - Parameters:
    ///   - extractions: one extraction per article.
    ///   - beforeCommit: called once, inside the transaction, last; throwing rolls everything back.
    /// - Parameters:
    ///   - extractions: one extraction per article.
    ///   - placeNames: the gazetteer's name of a place (see ``PlaceNamer``), so that places it
    ///     gives one name ("US", "United States") are merged.
    ///   - beforeCommit: called once, inside the transaction, last; throwing rolls everything back.
    public func ingest(_ extractions: [Extraction], placeNames: PlaceNamer? = nil, beforeCommit: () throws -> Void) throws -> [IngestOutcome] {
        try ingest(extractions, beforeEach: { _ in }, placeNames: placeNames, beforeCommit: beforeCommit)
    }

    /// ``ingest(_:beforeCommit:)`` telling how far it is, for a progress display.
    /// - Parameters:
    ///   - extractions: one extraction per article.
    ///   - progress: called before each article is stored and before the search indexes are
    ///     written, on the calling thread.
    ///   - beforeCommit: called once, inside the transaction, last; throwing rolls everything back.
    public func ingest(_ extractions: [Extraction], placeNames: PlaceNamer? = nil, progress: (IngestStep) -> Void,
                       beforeCommit: () throws -> Void) throws -> [IngestOutcome] {
        try ingest(extractions, beforeEach: { progress(.storing(done: $0, total: extractions.count)) },
                   beforeIndexing: { progress(.indexing) }, placeNames: placeNames, beforeCommit: beforeCommit)
    }

    /// ``ingest(_:)`` with a hook called inside the transaction before each extraction: tests
    /// throw from it to check that a failure part-way rolls everything back.
    func ingest(_ extractions: [Extraction], beforeEach: (Int) throws -> Void, beforeIndexing: () -> Void = {}, placeNames: PlaceNamer? = nil,
                beforeCommit: () throws -> Void = {}) throws -> [IngestOutcome] {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        let now = Date()
        do {
            return try writer.write { db in
                let ingestor = Ingestor(db: db, storePath: path, now: now)
                var outcomes = [IngestOutcome]()
                outcomes.reserveCapacity(extractions.count)
                for (i, extraction) in extractions.enumerated() {
                    try beforeEach(i)
                    outcomes.append(try ingestor.ingest(extraction))
                }
                beforeIndexing()
                // the batched index rows are written before merges and corrections touch names
                try ingestor.finish()
                let stored = outcomes.filter { $0.status == .added || $0.status == .replaced }.map(\.path)
                try Self.afterIngest(db, paths: stored, placeNames: placeNames)
                try beforeCommit()
                return outcomes
            }
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Removes an article and the facts only it supported.
    /// - Parameter documentPath: the path the article was stored under.
    /// - Returns: whether such an article was stored.
    /// - Throws: ``StoreError``.
    @discardableResult
    public func removeDocument(path documentPath: String) throws -> Bool {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        do {
            return try writer.write { db in
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ?", arguments: [documentPath]) else {
                    return false
                }
                try Ingestor(db: db, storePath: path, now: Date()).removeDocument(id)
                return true
            }
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }
}
