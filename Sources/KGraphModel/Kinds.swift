/// The kind of a node in the knowledge graph.
public enum NodeKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// A named person ("Dara Sok").
    case person
    /// A named organisation: court, ministry, police unit, NGO, company, armed group.
    case organization
    /// A title or position held by a person ("deputy police chief"), possibly within an organisation.
    case role
    /// A named place: country, province, city, district, village, building.
    case place
    /// Something that happened: an arrest, a raid, a statement… (see ``EventType``).
    case event
    /// A time expression as written ("April 6", "in 2020", "on Friday").
    case time
    /// A participant named by a phrase rather than a proper name:
    /// "police", "two accomplices", "1.7 kilograms of methamphetamine".
    case thing

    /// Whether nodes of this kind are named entities (person, organization, place).
    public var isEntity: Bool { self == .person || self == .organization || self == .place }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The type of a named entity, as the `extract --format json` contract names it.
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person, organization, place

    /// The node kind that represents entities of this type.
    public var nodeKind: NodeKind {
        switch self {
        case .person: .person
        case .organization: .organization
        case .place: .place
        }
    }

    /// The entity type for a node kind, or `nil` when the kind is not a named entity.
    public init?(_ kind: NodeKind) {
        switch kind {
        case .person: self = .person
        case .organization: self = .organization
        case .place: self = .place
        default: return nil
        }
    }
}

/// The type of an event. Raw values are the lowercase words used in JSON, the store and queries.
public enum EventType: String, Codable, Sendable, CaseIterable {
    case arrest, raid, statement, charge, seizure, sentence, release
    /// A trial or court hearing.
    case trial
    /// A conviction (found guilty).
    case conviction
    /// An extradition or deportation.
    case extradition
    /// An attack: a bombing, a shooting, an assault (see ``killing`` when someone was killed).
    case attack
    /// A killing or murder.
    case killing
    /// A kidnapping or abduction.
    case kidnapping
    /// A search or investigation.
    case investigation
    /// An escape from custody.
    case escape
    /// An appeal against a verdict or sentence.
    case appeal
    /// A plea (pleaded guilty, not guilty).
    case plea
    /// A questioning or interrogation.
    case questioning
    /// A pardon or amnesty.
    case pardon
    /// Any other event that extraction chose to keep.
    case other
}

/// The kind of an edge in the knowledge graph.
public enum EdgeKind: String, Codable, Sendable, CaseIterable {
    /// event → who did it (or who spoke, for a statement).
    case agent
    /// event → who or what it was done to.
    case patient
    /// event → where it happened.
    case place
    /// event → when it happened (a ``NodeKind/time`` node).
    case time
    /// person → role.
    case holdsRole = "holds_role"
    /// role → organization.
    case roleIn = "role_in"
    /// role → place (a role tied to a place: "Velo's deputy police chief").
    case roleAt = "role_at"
    /// person → organization.
    case memberOf = "member_of"
    /// place → place (district in city, city in country); organization → place.
    case locatedIn = "located_in"
    /// person or organization → statement event.
    case said
    /// event → event it was part of or happened during (an arrest in a raid).
    case partOf = "part_of"
    /// event → a fact of its case: a ``NodeKind/thing`` node whose `fact` attribute names the
    /// ``CaseFactKind`` (a charge, a term, a fine, bail, a seized quantity…).
    case fact
}
