/// Why an extraction read from outside (a `build --from-jsonl` line) cannot be stored: the first
/// field that disagrees with the document's text or with the rest of the extraction.
public struct ExtractionProblem: Error, CustomStringConvertible, Equatable, Sendable {
    /// One lowercase phrase naming the field and what is wrong with it.
    public let description: String

    /// Creates a problem.
    /// - Parameter description: the field and what is wrong, e.g. `entity 'e1' mention 0: start 9 is after end 4`.
    public init(_ description: String) { self.description = description }
}

extension Extraction {
    /// The longest name, title, trigger or phrase accepted, in UTF-8 bytes.
    public static let maxFieldByteCount = 100_000

    /// Checks every field against the document's text and the extraction's own ids: sentence
    /// spans and every offset lie in the text, on character boundaries, start not after end;
    /// sentence indexes exist; provenance cites this document; ids are unique and every id
    /// referred to exists; names, titles and triggers are not empty.
    /// - Parameter sha256: computes the lowercase hex SHA-256 of the text, to check the
    ///   document's hash; `nil` checks only its form.
    /// - Throws: ``ExtractionProblem`` for the first field that is wrong.
    /// - Complexity: O(n) in the text's length plus the number of facts.
    public func validate(sha256: ((String) -> String)? = nil) throws(ExtractionProblem) {
        var check = ExtractionChecker(self)
        try check.document(sha256: sha256)
        try check.entities()
        try check.roles()
        try check.events()
        try check.relations()
    }
}

/// The state of one ``Extraction/validate(sha256:)`` pass.
private struct ExtractionChecker {
    let extraction: Extraction
    let bytes: [UInt8]
    var entityIDs = Set<String>()

    init(_ extraction: Extraction) {
        self.extraction = extraction
        self.bytes = Array(extraction.document.text.utf8)
    }

    func fail(_ message: String) -> ExtractionProblem { ExtractionProblem(message) }

    /// The document's path, hash, text and sentence spans.
    func document(sha256: ((String) -> String)?) throws(ExtractionProblem) {
        let d = extraction.document
        if d.path.isEmpty { throw fail("the document has no path") }
        if d.path.utf8.count > 4_096 || d.path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" }) {
            throw fail("the document path is too long or holds control characters")
        }
        if d.text.isEmpty { throw fail("the document has no text") }
        let isHex = d.sha256.utf8.count == 64 && d.sha256.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        if !isHex { throw fail("the document's sha256 is not 64 lowercase hex digits") }
        if let sha256, sha256(d.text) != d.sha256 { throw fail("the document's sha256 is not the hash of its text") }
        for (i, s) in d.sentences.enumerated() {
            if s.index != i { throw fail("sentence \(i) has index \(s.index)") }
            try range(s.utf8Start, s.utf8End, "sentence \(i)")
        }
    }

    /// A UTF-8 range: in the text, on character boundaries, start not after end.
    func range(_ start: Int, _ end: Int, _ what: String) throws(ExtractionProblem) {
        if start < 0 || end < 0 { throw fail("\(what): negative offset") }
        if start > end { throw fail("\(what): start \(start) is after end \(end)") }
        if end > bytes.count { throw fail("\(what): end \(end) is past the text's \(bytes.count) bytes") }
        if !isBoundary(start) || !isBoundary(end) { throw fail("\(what): offset inside a character") }
    }

    func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }

    /// A sentence index that exists.
    func sentence(_ index: Int, _ what: String) throws(ExtractionProblem) {
        if index < 0 || index >= extraction.document.sentences.count { throw fail("\(what): no sentence \(index)") }
    }

    /// A provenance record of this document.
    func provenance(_ p: Provenance, _ what: String) throws(ExtractionProblem) {
        if p.documentSHA256 != extraction.document.sha256 { throw fail("\(what): cites another document") }
        try sentence(p.sentenceIndex, what)
        try range(p.utf8Start, p.utf8End, what)
    }

    /// A name, title or phrase: not empty, not huge.
    func text(_ s: String, _ what: String, allowEmpty: Bool = false) throws(ExtractionProblem) {
        if !allowEmpty && s.allSatisfy(\.isWhitespace) { throw fail("\(what) is empty") }
        if s.utf8.count > Extraction.maxFieldByteCount { throw fail("\(what) is longer than \(Extraction.maxFieldByteCount) bytes") }
    }

    /// An id that names an entity of this extraction.
    func entity(_ id: String?, _ what: String) throws(ExtractionProblem) {
        if let id, !entityIDs.contains(id) { throw fail("\(what): no entity '\(id)'") }
    }

    mutating func entities() throws(ExtractionProblem) {
        for e in extraction.entities {
            if e.id.isEmpty || !entityIDs.insert(e.id).inserted { throw fail("entity id '\(e.id)' is empty or not unique") }
            try text(e.name, "entity '\(e.id)' name")
            for a in e.aliases { try text(a, "entity '\(e.id)' alias") }
            for (i, m) in e.mentions.enumerated() {
                try sentence(m.sentenceIndex, "entity '\(e.id)' mention \(i)")
                try range(m.utf8Start, m.utf8End, "entity '\(e.id)' mention \(i)")
            }
        }
    }

    func roles() throws(ExtractionProblem) {
        for (i, r) in extraction.roles.enumerated() {
            let what = "role \(i)"
            try entity(r.personID, what)
            try entity(r.organizationID, what)
            try entity(r.placeID, what)
            try text(r.title, "\(what) title")
            try provenance(r.provenance, what)
        }
    }

    func events() throws(ExtractionProblem) {
        var eventIDs = Set<String>()
        for e in extraction.events where e.id.isEmpty || !eventIDs.insert(e.id).inserted {
            throw fail("event id '\(e.id)' is empty or not unique")
        }
        for e in extraction.events {
            let what = "event '\(e.id)'"
            try text(e.trigger, "\(what) trigger")
            try text(e.time ?? "", "\(what) time", allowEmpty: e.time == nil)
            try text(e.content ?? "", "\(what) content", allowEmpty: e.content == nil)
            try provenance(e.provenance, what)
            for p in e.agents + e.patients + e.places { try participant(p, what) }
            for id in e.partOf where !eventIDs.contains(id) { throw fail("\(what): part of unknown event '\(id)'") }
        }
    }

    func participant(_ p: Participant, _ what: String) throws(ExtractionProblem) {
        try entity(p.entityID, "\(what) participant")
        try text(p.text, "\(what) participant")
        if let m = p.mention {
            try sentence(m.sentenceIndex, "\(what) participant")
            try range(m.utf8Start, m.utf8End, "\(what) participant")
        }
    }

    func relations() throws(ExtractionProblem) {
        for (i, r) in extraction.relations.enumerated() {
            try entity(r.subjectID, "relation \(i)")
            try entity(r.objectID, "relation \(i)")
            try provenance(r.provenance, "relation \(i)")
        }
    }
}
