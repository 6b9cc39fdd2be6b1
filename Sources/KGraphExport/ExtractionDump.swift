import KGraphModel

/// A readable tree of one extraction, sentence by sentence: what `kgraph extract --format text`
/// prints and what golden tests compare. Ranges are UTF-8 byte offsets.
///
/// ```
/// Document "Port raid" sha256:3f9a0c1d2e4b (Examples/port-raid.txt)
/// └─ Sentence 0 @0..61
///    ├─ Entity person "Dara Sok" @16..24
///    └─ Event arrest "arrested" agent=police patient="Dara Sok"
/// ```
public struct ExtractionDump: Sendable {
    /// The dump.
    public let text: String

    /// Builds the dump of an extraction.
    /// - Complexity: O(sentences × facts).
    public init(_ extraction: Extraction) {
        let doc = extraction.document
        let names = Dictionary(extraction.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var lines = ["Document \(Self.quote(doc.title)) sha256:\(doc.sha256.prefix(12)) (\(doc.path))"]
        var bySentence = [Int: [String]]()
        for e in extraction.entities {
            for m in e.mentions {
                bySentence[m.sentenceIndex, default: []].append(
                    "Entity \(e.type.rawValue) \(Self.quote(TextOffsets.slice(doc.text, utf8Range: m.utf8Range))) @\(m.utf8Start)..\(m.utf8End)"
                    + (TextOffsets.slice(doc.text, utf8Range: m.utf8Range) == e.name ? "" : " → \(Self.quote(e.name))"))
            }
        }
        for r in extraction.roles {
            var line = "Role \(Self.quote(names[r.personID] ?? r.personID)) is \(Self.quote(r.title))"
            if let org = r.organizationID.flatMap({ names[$0] }) { line += " of \(Self.quote(org))" }
            if let place = r.placeID.flatMap({ names[$0] }) { line += " at \(Self.quote(place))" }
            bySentence[r.provenance.sentenceIndex, default: []].append(line)
        }
        for v in extraction.events {
            var line = "Event \(v.id) \(v.type.rawValue) \(Self.quote(v.trigger))"
            for (label, list) in [("agent", v.agents), ("patient", v.patients), ("place", v.places)] where !list.isEmpty {
                line += " \(label)=" + list.map { Self.quote($0.text) }.joined(separator: ",")
            }
            if let t = v.time { line += " time=\(Self.quote(t))" }
            if !v.partOf.isEmpty { line += " part_of=" + v.partOf.joined(separator: ",") }
            if let c = v.content { line += " content=\(Self.quote(c))" }
            bySentence[v.provenance.sentenceIndex, default: []].append(line)
        }
        for r in extraction.relations {
            bySentence[r.provenance.sentenceIndex, default: []].append(
                "Relation \(Self.quote(names[r.subjectID] ?? r.subjectID)) \(r.predicate.rawValue) \(Self.quote(names[r.objectID] ?? r.objectID))")
        }
        for (i, s) in doc.sentences.enumerated() {
            let last = i == doc.sentences.count - 1
            lines.append("\(last ? "└─" : "├─") Sentence \(s.index) @\(s.utf8Start)..\(s.utf8End)")
            let facts = bySentence[s.index] ?? []
            for (j, f) in facts.enumerated() {
                lines.append("\(last ? "   " : "│  ")\(j == facts.count - 1 ? "└─" : "├─") \(f)")
            }
        }
        text = lines.joined(separator: "\n") + "\n"
    }

    /// A string in double quotes with quotes, backslashes and line breaks escaped.
    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
