import KGraphModel

/// Finds relations between entities: member_of from roles with an organisation, located_in from
/// "X’s Y district" and "Y, X" place pairs and from the gazetteer (a city or region of a country
/// the article names).
struct RelationFinder: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Finds the relations of an article.
    /// - Parameters:
    ///   - analysis: the tokenized article.
    ///   - table: its entities.
    ///   - roles: its roles.
    ///   - documentSHA256: the document's identity, for provenance.
    /// - Returns: relations without repeats.
    /// - Complexity: O(n + e) in tokens and entities.
    func find(in analysis: Analysis, table: EntityTable, roles: [RoleAssertion], documentSHA256: String) -> [Relation] {
        var out = [Relation]()
        var seen = Set<String>()
        func add(_ s: String, _ p: RelationPredicate, _ o: String, _ prov: Provenance) {
            guard s != o, seen.insert("\(s)|\(p.rawValue)|\(o)").inserted else { return }
            out.append(Relation(subjectID: s, predicate: p, objectID: o, provenance: prov))
        }
        for r in roles {
            if let org = r.organizationID { add(r.personID, .memberOf, org, r.provenance) }
        }
        let tokens = analysis.tokens
        let entities = table.entities
        // "Port Velo’s Marina district", "Lyon, France", "the city of X in Y"
        var k = 0
        while k + 2 < tokens.count {
            if let a = table.entity(at: k), entities[a].type == .place, table.entity(at: k + 1) != a {
                var q = k + 1
                if tokens[q].kind == .possessive || tokens[q].isPunct(",") { q += 1 }
                if q > k + 1, q < tokens.count, tokens[q].sentence == tokens[k].sentence, let b = table.entity(at: q), b != a, entities[b].type == .place {
                    let prov = Provenance(documentSHA256: documentSHA256, sentenceIndex: tokens[k].sentence,
                                          utf8Range: tokens[k].utf8Start..<tokens[q].utf8End)
                    if tokens[k + 1].kind == .possessive { add(entities[b].id, .locatedIn, entities[a].id, prov) } else { add(entities[a].id, .locatedIn, entities[b].id, prov) }
                }
            }
            k += 1
        }
        // gazetteer containment between places the article names
        var byName = [String: Int]()
        for (i, e) in entities.enumerated() where e.type == .place { byName[e.name.lowercased()] = i }
        for (i, e) in entities.enumerated() where e.type == .place {
            guard let p = lexicon.place(e.name.lowercased()), let first = e.mentions.first else { continue }
            let prov = Provenance(documentSHA256: documentSHA256, sentenceIndex: first.sentenceIndex, utf8Range: first.utf8Range)
            if !p.country.isEmpty, let c = byName[p.country.lowercased()], c != i { add(e.id, .locatedIn, entities[c].id, prov) }
            if !p.admin1.isEmpty, p.admin1 != p.name, let c = byName[p.admin1.lowercased()], c != i { add(e.id, .locatedIn, entities[c].id, prov) }
        }
        return out
    }
}
