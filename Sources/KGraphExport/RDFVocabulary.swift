import KGraphModel

/// The IRIs of kgraph's RDF exports (Turtle and JSON-LD).
///
/// - Entities and other nodes: `https://kgraph.example/id/<kind>/<rest of the node id>`, where the
///   rest of the id (after `<kind>:`) is written with spaces as `-`, `|` as `/`, letters, digits
///   and `. _ ~ : @` as they are, and every other byte percent-encoded (so `-`, `/` and `%` of the
///   id itself are encoded and the mapping is one-to-one). `person:dara sok` becomes
///   `https://kgraph.example/id/person/dara-sok`; an event `event:3f9a…:v2` becomes
///   `https://kgraph.example/id/event/3f9a…:v2`. The same entity gets the same IRI in every
///   export, because node ids are made from the kind and the normalised name.
/// - Documents: `https://kgraph.example/doc/<sha256>`; a sentence:
///   `https://kgraph.example/doc/<sha256>/sentence/<index>`; a span of text in it:
///   `…/sentence/<index>#char=<start>,<end>` with offsets in code points of the document's text
///   (as in RFC 5147).
/// - A fact (an edge), reified as an `rdf:Statement`: `<source IRI>#<edge kind>/<target kind>/<rest>`.
/// - The vocabulary: `https://kgraph.example/ns#` (prefix `kg:`), with schema.org
///   (`https://schema.org/`, prefix `schema:`) for people, organisations, places, events, names
///   and articles.
enum RDFVocabulary {
    /// The base of every IRI kgraph mints.
    static let base = "https://kgraph.example/"
    /// The kgraph vocabulary namespace.
    static let kg = "https://kgraph.example/ns#"
    /// schema.org.
    static let schema = "https://schema.org/"
    /// RDF.
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    /// RDF Schema.
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    /// XML Schema datatypes.
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// The prefixes used in both serialisations, in order.
    static let prefixes: [(String, String)] = [("kg", kg), ("schema", schema), ("rdf", rdf), ("rdfs", rdfs), ("xsd", xsd)]

    /// The IRI of a node.
    /// - Complexity: O(n) in the id's length.
    static func nodeIRI(id: String, kind: NodeKind) -> String {
        let prefix = kind.rawValue + ":"
        var out = base + "id/" + kind.rawValue + "/"
        if id.hasPrefix(prefix) {
            appendEncoded(id.utf8.dropFirst(prefix.utf8.count), to: &out)
        } else {
            out += "~"  // an id without its kind prefix: "~" keeps it apart from prefixed ids
            appendEncoded(id.utf8[...], to: &out)
        }
        return out
    }

    /// The IRI of a document.
    static func documentIRI(_ sha256: String) -> String {
        var out = base + "doc/"
        appendEncoded(sha256.utf8[...], to: &out)
        return out
    }

    /// The IRI of the evidence of a provenance record: the span of text when its offsets are
    /// known, else the sentence.
    /// - Parameters:
    ///   - place: the provenance record.
    ///   - documentIRI: the IRI of its document, when the caller has it at hand.
    static func evidenceIRI(_ place: ExportGraph.Place, documentIRI: String? = nil) -> String {
        let sentence = (documentIRI ?? self.documentIRI(place.document)) + "/sentence/\(place.sentence)"
        guard let start = place.start, let end = place.end else { return sentence }
        return sentence + "#char=\(start),\(end)"
    }

    /// The IRI of a fact (an edge) for its reification.
    /// - Parameters:
    ///   - sourceIRI: the source node's IRI.
    ///   - kind: the edge's kind.
    ///   - targetIRI: the target node's IRI.
    static func factIRI(sourceIRI: String, kind: EdgeKind, targetIRI: String) -> String {
        sourceIRI + "#" + kind.rawValue + "/" + targetIRI.dropFirst(base.count + 3)
    }

    /// Appends bytes of an id with the IRI encoding described above.
    private static func appendEncoded(_ bytes: Substring.UTF8View, to out: inout String) {
        let hex = Array("0123456789ABCDEF".utf8)
        var scalars = [UInt8]()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"), UInt8(ascii: "@"):
                scalars.append(b)
            case UInt8(ascii: " "): scalars.append(UInt8(ascii: "-"))
            case UInt8(ascii: "|"): scalars.append(UInt8(ascii: "/"))
            default:
                scalars.append(UInt8(ascii: "%"))
                scalars.append(hex[Int(b >> 4)])
                scalars.append(hex[Int(b & 15)])
            }
        }
        out += String(decoding: scalars, as: UTF8.self)
    }

    /// The prefixed name of the class of a node kind, besides the event's own class.
    static func kindClass(_ kind: NodeKind) -> String {
        switch kind {
        case .person: "schema:Person"
        case .organization: "schema:Organization"
        case .place: "schema:Place"
        case .event: "schema:Event"
        case .role: "kg:Role"
        case .time: "kg:Time"
        case .thing: "kg:Thing"
        }
    }

    /// The prefixed name of the class of an event type (a subclass of `schema:Event`).
    /// `sentence` (a court's sentence) is `kg:Sentencing`, apart from `kg:Sentence` of a text.
    static func eventClass(_ type: EventType) -> String {
        switch type {
        case .arrest: "kg:Arrest"
        case .raid: "kg:Raid"
        case .statement: "kg:Statement"
        case .charge: "kg:Charge"
        case .seizure: "kg:Seizure"
        case .sentence: "kg:Sentencing"
        case .release: "kg:Release"
        case .trial: "kg:Trial"
        case .conviction: "kg:Conviction"
        case .extradition: "kg:Extradition"
        case .attack: "kg:Attack"
        case .kidnapping: "kg:Kidnapping"
        case .investigation: "kg:Investigation"
        case .escape: "kg:Escape"
        case .killing: "kg:Killing"
        case .appeal: "kg:Appeal"
        case .plea: "kg:Plea"
        case .questioning: "kg:Questioning"
        case .pardon: "kg:Pardon"
        case .other: "kg:OtherEvent"
        }
    }

    /// The prefixed name of the property of an edge kind.
    static func edgeProperty(_ kind: EdgeKind) -> String {
        switch kind {
        case .agent: "kg:agent"
        case .patient: "kg:patient"
        case .place: "kg:place"
        case .time: "kg:time"
        case .holdsRole: "kg:holdsRole"
        case .roleIn: "kg:roleIn"
        case .roleAt: "kg:roleAt"
        case .memberOf: "kg:memberOf"
        case .locatedIn: "kg:locatedIn"
        case .said: "kg:said"
        case .partOf: "kg:partOf"
        case .fact: "kg:fact"
        }
    }

    /// A one-line English label of an edge kind, for the vocabulary.
    static func edgeLabel(_ kind: EdgeKind) -> String {
        switch kind {
        case .agent: "agent: who did it (the speaker of a statement)"
        case .patient: "patient: who or what it was done to"
        case .place: "place: where it happened"
        case .time: "time: when it happened"
        case .holdsRole: "holds role: a person's title or position"
        case .roleIn: "role in: the organisation of a role"
        case .roleAt: "role at: the place of a role"
        case .memberOf: "member of: a person's organisation"
        case .locatedIn: "located in: where a place or organisation is"
        case .said: "said: a speaker's statement"
        case .partOf: "part of: the event this one happened within"
        case .fact: "fact: a fact of the case (charge, term, fine, bail, seized quantity), its kind in kg:factKind"
        }
    }
}
