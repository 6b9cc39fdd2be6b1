import Foundation
import KGraphModel

/// What a user's correction does to an entity.
public enum CorrectionAction: String, Codable, Sendable, CaseIterable {
    /// Another entity is the same one: its names, mentions and facts join the entity.
    case merge
    /// The entity is also called another name.
    case alias
    /// The entity's display name becomes another name.
    case rename
    /// One article's mentions of the entity are another entity of their own.
    case split
}

/// A correction a user made to the knowledge base (schema "v4"), kept and re-applied after every
/// later ingest so that building articles again does not undo it.
///
/// Entities are named by their node key and display name when the correction was made; when
/// re-applied, the node with that key is the entity, else the one node of the kind bearing that
/// name (a node merged away, or an article built again, may have changed keys).
public struct Correction: Hashable, Codable, Sendable {
    /// Its row id: the number `kgraph corrections --undo` takes.
    public var id: Int64
    /// What it does.
    public var action: CorrectionAction
    /// The entity's kind.
    public var kind: NodeKind
    /// The entity's node key when corrected (`person:dara sok`).
    public var subjectKey: String
    /// The entity's display name when corrected.
    public var subjectName: String
    /// merge: the other entity's name; alias, rename: the name; split: the article's path.
    public var object: String
    /// merge: the other entity's node key.
    public var objectKey: String?
    /// When it was made.
    public var createdAt: Date?

    /// Creates a correction.
    public init(id: Int64 = 0, action: CorrectionAction, kind: NodeKind, subjectKey: String, subjectName: String,
                object: String, objectKey: String? = nil, createdAt: Date? = nil) {
        self.id = id
        self.action = action
        self.kind = kind
        self.subjectKey = subjectKey
        self.subjectName = subjectName
        self.object = object
        self.objectKey = objectKey
        self.createdAt = createdAt
    }

    /// One line for people: `merge "Dara Sok" with "D. Sok"`.
    public var summary: String {
        switch action {
        case .merge: "merge “\(subjectName)” with “\(object)” (\(kind.rawValue))"
        case .alias: "alias “\(subjectName)” also called “\(object)” (\(kind.rawValue))"
        case .rename: "rename “\(subjectName)” to “\(object)” (\(kind.rawValue))"
        case .split: "split “\(subjectName)” in \(object) (\(kind.rawValue))"
        }
    }
}

/// Why a correction cannot be made.
public enum CorrectionError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The two names of a merge are one entity already.
    case sameEntity(String, String)
    /// A merge of entities of different kinds.
    case differentKinds(String, String)
    /// A name that is empty once normalised.
    case emptyName(String)
    /// A split naming an article that does not mention the entity.
    case notInArticle(name: String, path: String)
    /// A split of an entity that only one article names.
    case onlyArticle(name: String, path: String)
    /// An undo of a correction that does not exist.
    case noCorrection(Int64)

    /// One lowercase line.
    public var description: String {
        switch self {
        case let .sameEntity(a, b): "'\(a)' and '\(b)' are already one entity"
        case let .differentKinds(a, b): "cannot merge a \(a) with a \(b)"
        case .emptyName(let name): "'\(name)' is not a name: give letters or digits"
        case let .notInArticle(name, path): "'\(path)' does not mention '\(name)'"
        case let .onlyArticle(name, path): "'\(path)' is the only article naming '\(name)': nothing to split from"
        case .noCorrection(let id): "no correction \(id) (see kgraph corrections)"
        }
    }
}
