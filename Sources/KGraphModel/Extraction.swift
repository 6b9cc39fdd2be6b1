/// A mention of an entity in the text.
public struct Mention: Hashable, Codable, Sendable {
    /// The sentence's index.
    public var sentenceIndex: Int
    /// Start of the mention, UTF-8 byte offset into the document's text.
    public var utf8Start: Int
    /// End of the mention, UTF-8 byte offset, exclusive.
    public var utf8End: Int

    /// Creates a mention.
    public init(sentenceIndex: Int, utf8Range: Range<Int>) {
        self.sentenceIndex = sentenceIndex
        self.utf8Start = utf8Range.lowerBound
        self.utf8End = utf8Range.upperBound
    }

    /// The mention's UTF-8 byte range.
    public var utf8Range: Range<Int> { utf8Start..<utf8End }
}

/// A named entity of one article: one per real-world entity, with every surface form.
public struct Entity: Hashable, Codable, Sendable, Identifiable {
    /// Identifier unique within the extraction ("e1", "e2", …).
    public var id: String
    /// The most complete name ("Dara Sok", "National Authority for Combating Drugs").
    public var name: String
    /// The type.
    public var type: EntityType
    /// Other proper-name forms used for it in the text ("Sok", "NACD").
    public var aliases: [String]
    /// Every mention, in text order (pronoun mentions included when resolved).
    public var mentions: [Mention]

    /// Creates an entity.
    public init(id: String, name: String, type: EntityType, aliases: [String] = [], mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// A person's title or position as stated in the text.
public struct RoleAssertion: Hashable, Codable, Sendable {
    /// The person's entity id.
    public var personID: String
    /// The title as written, lower-cased except for proper names ("deputy police chief",
    /// "spokesperson", "Interior Minister").
    public var title: String
    /// The organisation's entity id, when the text gives one.
    public var organizationID: String?
    /// The place's entity id, when the title is tied to a place ("Velo's deputy police chief").
    public var placeID: String?
    /// Where it is stated (the range covers the title).
    public var provenance: Provenance

    /// Creates a role assertion.
    public init(personID: String, title: String, organizationID: String? = nil, placeID: String? = nil, provenance: Provenance) {
        self.personID = personID
        self.title = title
        self.organizationID = organizationID
        self.placeID = placeID
        self.provenance = provenance
    }
}

/// A participant of an event: a named entity, or a phrase as written.
public struct Participant: Hashable, Codable, Sendable {
    /// The entity's id when the participant is a named entity.
    public var entityID: String?
    /// The text: the entity's name, or the phrase as written ("two accomplices").
    public var text: String
    /// Where the participant is mentioned, when known (UTF-8 byte offsets).
    public var mention: Mention?

    /// Creates a participant.
    public init(entityID: String? = nil, text: String, mention: Mention? = nil) {
        self.entityID = entityID
        self.text = text
        self.mention = mention
    }
}

/// Something that happened, with its participants.
public struct Event: Hashable, Codable, Sendable, Identifiable {
    /// Identifier unique within the extraction ("v1", "v2", …).
    public var id: String
    /// The type.
    public var type: EventType
    /// The word or phrase that states it ("arrested", "raid", "according to").
    public var trigger: String
    /// Who did it; for a statement, the speaker.
    public var agents: [Participant]
    /// Who or what it was done to.
    public var patients: [Participant]
    /// Where it happened.
    public var places: [Participant]
    /// When it happened, as written ("April 6").
    public var time: String?
    /// ``time`` normalised as a TIMEX3 value ("2021-04-06", "2021-04", "XXXX-04-06",
    /// "2004/2006"), when the text and the article's date allow; `nil` otherwise.
    public var timeValue: String?
    /// For a statement: what was said (quote or reported content).
    public var content: String?
    /// Ids of events this one was part of or happened during (an arrest in a raid).
    public var partOf: [String]
    /// Facts of the case the event states: charges, terms, fines, bail, seized quantities…
    public var facts: [CaseFact]
    /// The sentence and the trigger's range.
    public var provenance: Provenance

    /// Creates an event.
    public init(id: String, type: EventType, trigger: String, agents: [Participant] = [], patients: [Participant] = [],
                places: [Participant] = [], time: String? = nil, timeValue: String? = nil, content: String? = nil,
                partOf: [String] = [], facts: [CaseFact] = [], provenance: Provenance) {
        self.id = id
        self.type = type
        self.trigger = trigger
        self.agents = agents
        self.patients = patients
        self.places = places
        self.time = time
        self.timeValue = timeValue
        self.content = content
        self.partOf = partOf
        self.facts = facts
        self.provenance = provenance
    }

    enum CodingKeys: String, CodingKey {
        case id, type, trigger, agents, patients, places, time, timeValue, content, partOf, facts, provenance
    }

    /// Decodes an event; `timeValue` and `facts`, added later, may be missing (older JSON lines).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), type: try c.decode(EventType.self, forKey: .type),
                  trigger: try c.decode(String.self, forKey: .trigger), agents: try c.decode([Participant].self, forKey: .agents),
                  patients: try c.decode([Participant].self, forKey: .patients), places: try c.decode([Participant].self, forKey: .places),
                  time: try c.decodeIfPresent(String.self, forKey: .time), timeValue: try c.decodeIfPresent(String.self, forKey: .timeValue),
                  content: try c.decodeIfPresent(String.self, forKey: .content), partOf: try c.decode([String].self, forKey: .partOf),
                  facts: try c.decodeIfPresent([CaseFact].self, forKey: .facts) ?? [],
                  provenance: try c.decode(Provenance.self, forKey: .provenance))
    }
}

/// The predicate of a relation between two entities.
public enum RelationPredicate: String, Codable, Sendable, CaseIterable {
    case memberOf = "member_of"
    case locatedIn = "located_in"
}

/// A relation between two entities of one article.
public struct Relation: Hashable, Codable, Sendable {
    /// Subject entity id.
    public var subjectID: String
    /// The predicate.
    public var predicate: RelationPredicate
    /// Object entity id.
    public var objectID: String
    /// The evidence.
    public var provenance: Provenance

    /// Creates a relation.
    public init(subjectID: String, predicate: RelationPredicate, objectID: String, provenance: Provenance) {
        self.subjectID = subjectID
        self.predicate = predicate
        self.objectID = objectID
        self.provenance = provenance
    }
}

/// Everything extracted from one article.
public struct Extraction: Hashable, Codable, Sendable {
    /// The article.
    public var document: Document
    /// Named entities.
    public var entities: [Entity]
    /// Roles (titles) of people.
    public var roles: [RoleAssertion]
    /// Events with their participants.
    public var events: [Event]
    /// Relations between entities (member_of, located_in).
    public var relations: [Relation]

    /// Creates an extraction result.
    public init(document: Document, entities: [Entity] = [], roles: [RoleAssertion] = [], events: [Event] = [], relations: [Relation] = []) {
        self.document = document
        self.entities = entities
        self.roles = roles
        self.events = events
        self.relations = relations
    }

    /// The entity with an id, if any.
    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }
}
