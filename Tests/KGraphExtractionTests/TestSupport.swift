@testable import KGraphExtraction
import KGraphModel

/// A lexicon with the shipped hand-written tables and a tiny invented gazetteer and name lists, so
/// tests do not depend on the generated data.
let testLexicon: Lexicon = try! Lexicon.standard(overriding: [
    "gazetteer.tsv": """
    # test gazetteer
    Veloria\tcountry\t\t\t0\t
    Port Velo\tcity\tVeloria\tCoastal\t250000\t
    Marnak\tcity\tVeloria\tUplands\t90000\t
    Dessaro\tcountry\t\t\t0\t
    Tiraz\tcity\tDessaro\t\t40000\t
    """,
    "demonyms.tsv": "# test demonyms\nVelorian\tVeloria\nDessaran\tDessaro\n",
    "given-names.txt": "# test given names\nDara\nLina\nTomas\nAmira\nKeo\n",
    "surnames.txt": "# test surnames\nSok\nVath\nOrtega\nHaddad\nRin\n",
])

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

extension Extraction {
    /// The entity with a name, if any.
    func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
    /// The display name of a participant's entity, or its text.
    func names(_ ps: [Participant]) -> [String] { ps.map { p in p.entityID.flatMap { entity($0)?.name } ?? p.text } }
}
