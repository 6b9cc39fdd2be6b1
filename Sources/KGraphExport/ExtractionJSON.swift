import Crypto
import Foundation
import KGraphModel

/// The `kgraph extract --format json` contract: one object per article with document, entities,
/// roles, events and relations. Offsets are Unicode-scalar (code-point) offsets into the article's
/// text, end exclusive; `sentence` is the sentence's index.
public struct ExtractionJSON: Encodable, Sendable {
    struct DocumentInfo: Encodable, Sendable {
        var path: String
        var title: String
        var sha256: String
        var date: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(date, forKey: .date)  // null when unknown
        }

        enum CodingKeys: String, CodingKey { case path, title, sha256, date }
    }

    struct MentionInfo: Encodable, Sendable {
        var start: Int
        var end: Int
        var sentence: Int
    }

    struct EntityInfo: Encodable, Sendable {
        var id: String
        var name: String
        var type: String
        var aliases: [String]
        var mentions: [MentionInfo]
    }

    struct RoleInfo: Encodable, Sendable {
        var person: String
        var role: String
        var organization: String?
        var place: String?
        var sentence: Int

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(person, forKey: .person)
            try c.encode(role, forKey: .role)
            try c.encode(organization, forKey: .organization)  // null when unknown
            try c.encodeIfPresent(place, forKey: .place)
            try c.encode(sentence, forKey: .sentence)
        }

        enum CodingKeys: String, CodingKey { case person, role, organization, place, sentence }
    }

    struct FactInfo: Encodable, Sendable {
        var kind: String
        var text: String
        var start: Int
        var end: Int
        var months: Double?
        var amount: Double?
        var unit: String?
        var item: String?
        var qualifiers: [String]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(text, forKey: .text)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encodeIfPresent(months, forKey: .months)
            try c.encodeIfPresent(amount, forKey: .amount)
            try c.encodeIfPresent(unit, forKey: .unit)
            try c.encodeIfPresent(item, forKey: .item)
            if !qualifiers.isEmpty { try c.encode(qualifiers, forKey: .qualifiers) }
        }

        enum CodingKeys: String, CodingKey { case kind, text, start, end, months, amount, unit, item, qualifiers }
    }

    struct EventInfo: Encodable, Sendable {
        var id: String
        var type: String
        var trigger: String
        var agent: [String]
        var patient: [String]
        var place: [String]
        var time: String?
        var timeValue: String?
        var content: String?
        var partOf: [String]
        var facts: [FactInfo]
        var sentence: Int
        var evidence: String

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(type, forKey: .type)
            try c.encode(trigger, forKey: .trigger)
            try c.encode(agent, forKey: .agent)
            try c.encode(patient, forKey: .patient)
            try c.encode(place, forKey: .place)
            try c.encode(time, forKey: .time)  // null when unknown
            try c.encode(timeValue, forKey: .timeValue)  // null when unknown
            try c.encodeIfPresent(content, forKey: .content)
            if !partOf.isEmpty { try c.encode(partOf, forKey: .partOf) }
            if !facts.isEmpty { try c.encode(facts, forKey: .facts) }
            try c.encode(sentence, forKey: .sentence)
            try c.encode(evidence, forKey: .evidence)
        }

        enum CodingKeys: String, CodingKey {
            case id, type, trigger, agent, patient, place, time, content, sentence, evidence, facts
            case partOf = "part_of"
            case timeValue = "time_value"
        }
    }

    struct RelationInfo: Encodable, Sendable {
        var subject: String
        var predicate: String
        var object: String
        var sentence: Int
    }

    var document: DocumentInfo
    var entities: [EntityInfo]
    var roles: [RoleInfo]
    var events: [EventInfo]
    var relations: [RelationInfo]
    /// The whole extraction with UTF-8 offsets and the article's text, for `--format jsonl`, so
    /// that `kgraph build --from-jsonl` rebuilds exactly what `kgraph build` on the article would.
    var extraction: Extraction?

    /// Builds the contract object of one extraction.
    /// - Parameters:
    ///   - extraction: the extraction result.
    ///   - includingFullExtraction: add the key `"extraction"` holding the complete result (jsonl).
    /// - Complexity: O(n) in the text length (for the offset table) plus the facts.
    public init(_ extraction: Extraction, includingFullExtraction: Bool = false) {
        self.extraction = includingFullExtraction ? extraction : nil
        let doc = extraction.document
        let scalars = TextOffsets.ScalarMap(doc.text)
        let names = Dictionary(extraction.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        document = DocumentInfo(path: doc.path, title: doc.title, sha256: doc.sha256, date: doc.date)
        entities = extraction.entities.map { e in
            EntityInfo(id: e.id, name: e.name, type: e.type.rawValue, aliases: e.aliases, mentions: e.mentions.map {
                MentionInfo(start: scalars.scalarOffset(ofUTF8: $0.utf8Start), end: scalars.scalarOffset(ofUTF8: $0.utf8End),
                            sentence: $0.sentenceIndex)
            })
        }
        roles = extraction.roles.map { r in
            RoleInfo(person: names[r.personID] ?? r.personID, role: r.title, organization: r.organizationID.flatMap { names[$0] },
                     place: r.placeID.flatMap { names[$0] }, sentence: r.provenance.sentenceIndex)
        }
        events = extraction.events.map { v in
            EventInfo(id: v.id, type: v.type.rawValue, trigger: v.trigger, agent: v.agents.map(\.text), patient: v.patients.map(\.text),
                      place: v.places.map(\.text), time: v.time, timeValue: v.timeValue, content: v.content, partOf: v.partOf,
                      facts: v.facts.map { f in
                          FactInfo(kind: f.kind.rawValue, text: f.text, start: scalars.scalarOffset(ofUTF8: f.mention.utf8Start),
                                   end: scalars.scalarOffset(ofUTF8: f.mention.utf8End), months: f.months, amount: f.amount, unit: f.unit,
                                   item: f.item, qualifiers: f.qualifiers)
                      },
                      sentence: v.provenance.sentenceIndex, evidence: doc.sentenceText(v.provenance.sentenceIndex) ?? "")
        }
        var relations = extraction.relations.map { r in
            RelationInfo(subject: names[r.subjectID] ?? r.subjectID, predicate: r.predicate.rawValue,
                         object: names[r.objectID] ?? r.objectID, sentence: r.provenance.sentenceIndex)
        }
        for r in extraction.roles {
            let person = names[r.personID] ?? r.personID
            relations.append(RelationInfo(subject: person, predicate: EdgeKind.holdsRole.rawValue, object: r.title, sentence: r.provenance.sentenceIndex))
            if let org = r.organizationID.flatMap({ names[$0] }) {
                relations.append(RelationInfo(subject: r.title, predicate: EdgeKind.roleIn.rawValue, object: org, sentence: r.provenance.sentenceIndex))
            }
        }
        self.relations = relations
    }

    /// Reads the complete extraction back from one line of `--format jsonl` output.
    /// - Parameter line: one JSON object written with `includingFullExtraction`.
    /// - Throws: `DecodingError` when the line is not such an object.
    public static func decodeExtraction(from line: Data) throws -> Extraction {
        struct Line: Decodable { var extraction: Extraction }
        return try JSONDecoder().decode(Line.self, from: line).extraction
    }

    /// Reads one line of `--format jsonl` output and checks every field against the document's
    /// text (``Extraction/validate(sha256:)``), hash included: what `build --from-jsonl` stores.
    /// - Parameter line: one JSON object written with `includingFullExtraction`.
    /// - Returns: the extraction, safe to store.
    /// - Throws: ``ExtractionProblem`` naming the first bad field, or `DecodingError` when the
    ///   line is not such an object.
    public static func decodeCheckedExtraction(from line: Data) throws -> Extraction {
        let extraction = try decodeExtraction(from: line)
        try extraction.validate(sha256: { text in SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined() })
        return extraction
    }

    /// The object as JSON bytes, keys sorted, written by ``JSONWriter`` (the `Encodable`
    /// conformance describes the same value for `JSONEncoder`, which is several times slower).
    /// - Parameter pretty: indent for people, as `JSONEncoder`'s `.prettyPrinted` does; compact
    ///   (one line) otherwise.
    /// - Returns: UTF-8 JSON; a `months` or `amount` that is not finite is written as `null`.
    /// - Complexity: O(size of the extraction, text included).
    public func encoded(pretty: Bool) -> Data {
        var json = JSONWriter(pretty: pretty, capacity: 4096 + (extraction?.document.text.utf8.count ?? 0) * 3)
        write(to: &json)
        return json.out.data
    }
}
