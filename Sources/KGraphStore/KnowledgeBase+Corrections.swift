import Foundation
import GRDB
import KGraphModel

extension KnowledgeBase {
    /// Makes a correction and records it, in one write transaction; it is applied again after
    /// every later ingest (see ``Correction``).
    /// - Parameter correction: what to do; its `id` and `createdAt` are set here.
    /// - Returns: the correction as recorded.
    /// - Throws: ``CorrectionError`` (a merge of one entity with itself or of two kinds, an
    ///   empty name, a split of an article not naming the entity or naming it alone);
    ///   ``StoreError``.
    public func correct(_ correction: Correction) throws -> Correction {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        if correction.action == .merge, correction.objectKey == correction.subjectKey { throw CorrectionError.sameEntity(correction.subjectName, correction.object) }
        if correction.action == .alias || correction.action == .rename, NameKey.normalize(correction.object).isEmpty {
            throw CorrectionError.emptyName(correction.object)
        }
        do {
            return try writer.write { db in
                let applier = CorrectionApplier(db: db)
                var recorded = correction
                recorded.createdAt = Date()
                try applier.apply(recorded, strict: true)
                recorded.id = try applier.record(recorded)
                return recorded
            }
        } catch let error as CorrectionError {
            throw error
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// The corrections made, oldest first (none for a store made before them and opened read-only).
    /// - Throws: ``StoreError``.
    public func corrections() throws -> [Correction] {
        try read { db in try CorrectionApplier(db: db).all() }
    }

    /// Removes a correction and builds again, from their stored text, the articles naming the
    /// entities it touched, so that they come out as they would without it (the other
    /// corrections applied again); one write transaction.
    /// - Parameters:
    ///   - id: the correction's id.
    ///   - placeNames: the gazetteer's names of places (see ``ingest(_:placeNames:beforeCommit:)``).
    ///   - reextract: extracts a stored article again (its path, text and date as stored).
    /// - Returns: the correction removed and the paths of the articles built again.
    /// - Throws: ``CorrectionError/noCorrection(_:)``; ``StoreError``; what `reextract` throws.
    public func undoCorrection(_ id: Int64, placeNames: PlaceNamer? = nil,
                               reextract: (Document) throws -> Extraction) throws -> (Correction, [String]) {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        do {
            return try writer.write { db in
                let applier = CorrectionApplier(db: db)
                guard let correction = try applier.all().first(where: { $0.id == id }) else { throw CorrectionError.noCorrection(id) }
                let documentIDs = try Self.documents(touchedBy: correction, applier: applier, db: db)
                let documents = try NodeAssembler(db: db).documents(documentIDs, includingText: true)
                let extractions = try documents.map(reextract)
                try db.execute(sql: "DELETE FROM correction WHERE id = ?", arguments: [id])
                let ingestor = Ingestor(db: db, storePath: path, now: Date())
                for documentID in documentIDs { try ingestor.removeDocument(documentID) }
                for extraction in extractions { _ = try ingestor.ingest(extraction) }
                try ingestor.finish()  // the batched search index rows
                try Self.afterIngest(db, paths: extractions.map(\.document.path), placeNames: placeNames)
                return (correction, documents.map(\.path))
            }
        } catch let error as CorrectionError {
            throw error
        } catch {
            throw StoreError.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// What every write that ingests does last: the identities across articles resolved for
    /// the entities the articles just stored name (``IdentityResolver``), then the users'
    /// corrections applied again.
    /// - Parameters:
    ///   - db: the write transaction.
    ///   - paths: the paths of the articles just stored.
    ///   - placeNames: the gazetteer's names of places, when known.
    static func afterIngest(_ db: Database, paths: [String] = [], placeNames: PlaceNamer? = nil) throws {
        var touched = Set<Int64>()
        for path in paths {
            touched.formUnion(try Int64.fetchAll(db, sql: """
                SELECT DISTINCT p.node FROM node_provenance p JOIN document d ON d.id = p.document
                JOIN node n ON n.id = p.node WHERE d.path = ? AND n.kind IN ('person', 'organization', 'place')
                """, arguments: [path]))
        }
        try IdentityResolver(db: db, placeNames: placeNames).resolve(touching: touched)
        try CorrectionApplier(db: db).applyAll()
    }

    /// The row ids of the articles naming the nodes a correction touched.
    private static func documents(touchedBy c: Correction, applier: CorrectionApplier, db: Database) throws -> [Int64] {
        var nodes = [try applier.node(key: c.subjectKey, name: c.subjectName, kind: c.kind)]
        if c.action == .merge { nodes.append(try applier.node(key: c.objectKey ?? "", name: c.object, kind: c.kind)) }
        if c.action == .split {
            nodes.append(try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE key = ?",
                                            arguments: [CorrectionApplier.splitKey(c.subjectKey, path: c.object)]))
        }
        var ids = Set<Int64>()
        for node in nodes.compactMap({ $0 }) {
            ids.formUnion(try Int64.fetchAll(db, sql: """
                SELECT document FROM node_provenance WHERE node = ?
                UNION SELECT s.document FROM node_name_source s JOIN node_name nn ON nn.id = s.name WHERE nn.node = ?
                """, arguments: [node, node]))
        }
        return ids.sorted()
    }
}
