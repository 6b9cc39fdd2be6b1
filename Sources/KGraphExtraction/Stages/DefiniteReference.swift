import KGraphModel

/// Links a definite description that stands for a named person to that person: "Haddad said the
/// shipping agent was released" after "shipping agent Nguyen Van Hai" makes the release's patient
/// the named agent. Only a singular "the …" phrase is linked, only to the one person the article
/// has already given that title, so "the suspects" or a title two people hold stay phrases. "The
/// bureau" likewise becomes the article's only organisation with "bureau" in its name.
struct DefiniteReference: Sendable {
    /// Event participants with such phrases replaced by the person.
    /// - Parameters:
    ///   - events: the article's events.
    ///   - roles: its roles (titles with their sentence).
    ///   - table: its entities.
    /// - Returns: the events, participants linked where a title names one person.
    /// - Complexity: O(participants × (roles + entities)).
    func link(_ events: [Event], roles: [RoleAssertion], table: EntityTable) -> [Event] {
        let people = Dictionary(table.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // title words (lower case) → (person, sentence of the first such role)
        var holders = [String: (person: String, sentence: Int)]()
        var ambiguous = Set<String>()
        for r in roles {
            let key = DefiniteReference.words(r.title)
            guard !key.isEmpty else { continue }
            if let h = holders[key], h.person != r.personID { ambiguous.insert(key) }
            if holders[key] == nil || r.provenance.sentenceIndex < holders[key]!.sentence {
                holders[key] = (r.personID, r.provenance.sentenceIndex)
            }
        }
        func resolved(_ p: Participant, sentence: Int) -> Participant {
            guard p.entityID == nil else { return p }
            let lower = p.text.lowercased()
            // "the bureau" → the one organisation whose name holds "bureau"
            if lower.hasPrefix("the "), case let noun = String(lower.dropFirst(4)), DefiniteReference.organizationNouns.contains(noun),
               let o = table.onlyOrganization(named: noun) {
                let org = table.entities[o]
                return Participant(entityID: org.id, text: org.name, mention: p.mention)
            }
            guard !roles.isEmpty, lower.hasPrefix("the "), !lower.hasSuffix("s") else { return p }
            let key = DefiniteReference.words(String(lower.dropFirst(4)))
            guard !key.isEmpty, !ambiguous.contains(key), let h = holders[key], h.sentence <= sentence,
                  let person = people[h.person], person.type == .person else { return p }
            return Participant(entityID: person.id, text: person.name, mention: p.mention)
        }
        return events.map { e in
            var e = e
            let s = e.provenance.sentenceIndex
            e.agents = e.agents.map { resolved($0, sentence: s) }
            e.patients = e.patients.map { resolved($0, sentence: s) }
            return e
        }
    }

    /// Nouns that stand for an organisation the article names: "the bureau said", "the ministry said".
    static let organizationNouns: Set<String> = ["ministry", "bureau", "court", "agency", "department", "commission", "office",
                                                 "police", "army", "navy", "tribunal", "authority", "council", "committee", "service"]

    /// A title's words, lower case, without "former", "senior" and the like.
    static func words(_ title: String) -> String {
        title.lowercased().split(separator: " ").filter { !["former", "senior", "then", "acting", "a", "an"].contains($0) }
            .joined(separator: " ")
    }
}
