import KGraphModel
@testable import KGraphExtraction

/// The invented gazetteer and name lists of ``testLexicon``, keyed by the shipped table they replace.
let testTables: [String: String] = [
    "gazetteer.tsv": """
    # test gazetteer
    Veloria\tcountry\t\t\t0\t
    Port Velo\tcity\tVeloria\tCoastal\t250000\t
    Marnak\tcity\tVeloria\tUplands\t90000\t
    Uplands\tregion\tVeloria\t\t0\t
    Dessaro\tcountry\t\t\t0\t
    Tiraz\tcity\tDessaro\t\t40000\t
    """,
    "demonyms.tsv": "# test demonyms\nVelorian\tVeloria\nDessaran\tDessaro\n",
    "given-names.txt": "# test given names\nDara\nLina\nTomas\nAmira\nKeo\n",
    "surnames.txt": "# test surnames\nSok\nVath\nOrtega\nHaddad\nRin\n",
]

/// A lexicon with the shipped hand-written tables and a tiny invented gazetteer and name lists, so
/// tests do not depend on the generated data. Building it cannot fail unless the shipped
/// vocabulary is broken, which every test would show anyway.
let testLexicon: Lexicon = try! Lexicon.standard(overriding: testTables)

/// The place names and demonyms of the invented gazetteer: "Veloria", "Port Velo", "Velorian"…
let inventedPlaceNames: [String] = ["gazetteer.tsv", "demonyms.tsv"].flatMap { file in
    testTables[file]!.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) }
}

/// The lexicon a rule's example needs: the test lexicon when the example names a place of the
/// invented gazetteer ("Marnak", "Velorian police"), else the shipped one.
/// - Throws: ``LexiconError`` when the shipped lexicon cannot be built.
func lexicon(for text: String) throws -> Lexicon {
    inventedPlaceNames.contains { text.contains($0) } ? testLexicon : try Lexicon.standard()
}

/// The tokenized text and its entities, for stage tests.
func analyse(_ text: String, lexicon: Lexicon = testLexicon) -> (Analysis, [NameMention], EntityTable) {
    let a = Analysis(text: text, lexicon: lexicon)
    let m = MentionFinder(lexicon: lexicon).find(in: a)
    let t = EntityResolver(lexicon: lexicon).resolve(m, in: a)
    return (a, m, t)
}

/// Text with spans marked by ⟦ and ⟧, and the UTF-8 byte ranges of the spans in the unmarked text.
func marked(_ text: String) -> (String, [Range<Int>]) {
    var out = [UInt8]()
    var spans = [Range<Int>]()
    var start = -1
    for scalar in text.unicodeScalars {
        if scalar == "⟦" { start = out.count; continue }
        if scalar == "⟧" { spans.append(start..<out.count); continue }
        out.append(contentsOf: Array(String(scalar).utf8))
    }
    return (String(decoding: out, as: UTF8.self), spans)
}

/// One line for an event, as ``EventStages/describe(_:)`` writes a draft:
/// "type agent=[…] patient=[…] place=[…] time=…".
func describe(_ v: Event) -> String {
    func names(_ ps: [Participant]) -> String { "[" + ps.map(\.text).joined(separator: ", ") + "]" }
    var s = "\(v.type.rawValue) agent=\(names(v.agents)) patient=\(names(v.patients))"
    if !v.places.isEmpty { s += " place=\(names(v.places))" }
    if let t = v.time { s += " time=\(t)" }
    return s
}

/// The events of a text extracted with the test lexicon, one line each (see ``describe(_:)``).
func eventLines(_ text: String, lexicon: Lexicon = testLexicon) -> [String] {
    Extractor(lexicon: lexicon).extract(text: text, path: "t.txt").events.map(describe)
}

/// One text through the whole pipeline, with what the stages made on the way: the clause layer,
/// the event drafts after every stage but the builder, and the extraction.
struct Run {
    /// The unmarked text.
    let text: String
    /// The lexicon it ran with.
    let lexicon: Lexicon
    /// The clause layer.
    let parse: Parse
    /// The drafts after references, repairs and merging.
    let drafts: [EventDraft]
    /// What `kgraph extract` gives.
    let extraction: Extraction

    /// Runs a text.
    /// - Parameters:
    ///   - text: the text, without ⟦ ⟧ marks.
    ///   - lexicon: the word lists.
    init(_ text: String, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        let extractor = Extractor(lexicon: lexicon)
        extraction = extractor.extract(text: text, path: "t.txt")
        parse = extractor.parse(text)
        let roles = RoleFinder(lexicon: lexicon).find(in: parse, documentSHA256: extraction.document.sha256)
        drafts = EventStages(lexicon: lexicon).drafts(in: parse, roles: roles)
    }

    /// The drafts the builder keeps: not merged, and with an argument or something part of them.
    var keptDrafts: [EventDraft] {
        let enclosing = Set(drafts.flatMap(\.partOf))
        return drafts.indices.filter { drafts[$0].mergedInto == nil && (drafts[$0].hasArguments || enclosing.contains($0)) }.map { drafts[$0] }
    }
    /// The extraction's events, one line each (see ``describe(_:)``).
    var eventLines: [String] { extraction.events.map(describe) }
    /// The kept drafts, one line each with the argument rule that gave it: "line ← rule".
    var draftLines: [String] { keptDrafts.map { EventStages.describe($0) + " ← " + ($0.rule.isEmpty ? "no rule" : $0.rule) } }
    /// The extraction's roles as "Person: title", and as "Person: title of Organisation" when the
    /// role names one (the two forms a ``RoleRule``'s expected lines may take).
    var roleLines: (plain: [String], withOrganization: [String]) {
        let e = extraction
        let plain = e.roles.map { "\(e.entity($0.personID)?.name ?? "?"): \($0.title)" }
        let withOrg = e.roles.map { r in
            "\(e.entity(r.personID)?.name ?? "?"): \(r.title)" + (r.organizationID.flatMap { e.entity($0)?.name }.map { " of \($0)" } ?? "")
        }
        return (plain, withOrg)
    }

    /// The token whose UTF-8 range is exactly `span`, if any.
    func token(at span: Range<Int>) -> Int? { parse.tokens.firstIndex { $0.utf8Range == span } }
    /// The tokens a UTF-8 span covers exactly, if it starts and ends at token boundaries.
    func tokens(covering span: Range<Int>) -> Range<Int>? {
        guard let a = parse.tokens.firstIndex(where: { $0.utf8Start == span.lowerBound }),
              let b = parse.tokens.firstIndex(where: { $0.utf8End == span.upperBound }), a <= b else { return nil }
        return a..<(b + 1)
    }
    /// Each token of the sentence of token `k` as "word/tag", for failure messages.
    func tagged(sentenceOf k: Int) -> String {
        parse.sentence(of: k).tokens.map { "\(parse.tokens[$0].lower)/\(parse.tag($0))" }.joined(separator: " ")
    }
}

extension Extraction {
    /// The entity with a name, if any.
    func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
    /// The display name of a participant's entity, or its text.
    func names(_ ps: [Participant]) -> [String] { ps.map { p in p.entityID.flatMap { entity($0)?.name } ?? p.text } }
}
