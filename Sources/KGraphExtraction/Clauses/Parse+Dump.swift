/// A readable dump of the clause layer, for developers: one line per sentence's tags, then its
/// phrases, verb groups and clauses.
extension Parse {
    /// The dump.
    func dump() -> String {
        var out = ""
        for sentence in analysis.sentences {
            out += "S\(sentence.index): " + sentence.tokens.map { "\(tokens[$0].lower)/\(tag($0))" + (tokens[$0].info.trigger.map { "!\($0.type.rawValue)" } ?? "") }.joined(separator: " ") + "\n"
            let tagger = Tagger(lexicon: lexicon)
            let body = sentence.body
            for k in sentence.tokens {
                if let rule = tagger.tagWord(k, body: body, end: sentence.tokens.upperBound, analysis: analysis, table: table, tagged: tags).rule {
                    out += "  rule \(tokens[k].lower): \(rule)\n"
                }
            }
            if !times[sentence.index].isEmpty { out += "  T: " + times[sentence.index].map { "[\($0.text)]" }.joined(separator: " ") + "\n" }
            for (i, np) in phrases.enumerated() where np.sentence == sentence.index {
                var line = "  NP\(i) [\(text(np.range))] head=\(tokens[np.head].lower)"
                if let e = np.entity { line += " entity=\(table.entities[e].name)" }
                if let of = np.ofPhrase { line += " of=NP\(of)" }
                if let (a, _) = apposition(after: i) { line += " appos=NP\(a)" }
                out += line + "\n"
            }
            for (v, vg) in verbs.enumerated() where vg.sentence == sentence.index {
                let c = clauses[v]
                var line = "  VG\(v) [\(text(vg.range))] \(vg.voice) \(vg.form)"
                if vg.isNegated { line += " neg" }
                if vg.isUnreal { line += " unreal" }
                if vg.isReducedRelative { line += " reduced" }
                if vg.isCopula { line += " copula" }
                if vg.isGerundClause { line += " gerund-clause" }
                func names(_ ps: [Int]) -> String { ps.map { "[\(text(phrases[$0].range))]" }.joined(separator: "+") }
                if !c.subject.isEmpty { line += " subj=\(names(c.subject))\(c.sharesSubject ? "(shared)" : "")\(c.subjectIsAntecedent ? "(antecedent)" : "")" }
                if !c.object.isEmpty { line += " obj=\(names(c.object))" }
                if !c.byAgent.isEmpty { line += " by=\(names(c.byAgent))" }
                for pp in c.preps { line += " \(tokens[pp.prep].lower)=[\(text(phrases[pp.phrase].range))]" }
                line += " span=\(text(c.span))"
                out += line + "\n"
            }
        }
        return out
    }
}

extension Extractor {
    /// The clause layer of a text as a readable dump (for `kgraph-dev parse`).
    package func parseDump(_ text: String) -> String { parse(text).dump() }
}
