import KGraphModel

/// People and organisations: who someone is, who works for or leads an organisation.
extension GraphWalk {
    /// Entity kinds a person question may name, people first.
    static let personFirst: [NodeKind] = [.person, .organization, .place]
    /// Entity kinds an organisation question may name, organisations first.
    static let organizationFirst: [NodeKind] = [.organization, .place, .person]

    /// The one entity a typed name denotes.
    /// - Parameters:
    ///   - name: the name as typed.
    ///   - kinds: the kinds it may be, preferred first.
    /// - Returns: the node and, when there is none, close names.
    /// - Throws: ``QueryError/ambiguous(_:candidates:)`` when several entities fit equally.
    func entity(_ name: String, kinds: [NodeKind]) throws -> (node: Node?, suggestions: [String]) {
        let res = try resolver.resolve(name, kinds: kinds)
        if let note = res.note { notes.append(note) }
        if res.nodes.count > 1, res.nodes[0].kind != .thing {
            throw QueryError.ambiguous(name, candidates: res.nodes.map { "\($0.name) (\($0.kind.rawValue))" })
        }
        return (res.nodes.first, res.suggestions)
    }

    /// A result for a name that denotes nothing known.
    func unknown(_ name: String, question: String, interpretation: String, suggestions: [String]) -> QueryResult {
        QueryResult(question: question, interpretation: interpretation, notes: notes,
                    explanation: "No person, organisation or place named “\(name)” is in the knowledge base.",
                    suggestions: suggestions)
    }

    /// The roles of a person, each naming its organisation, then memberships not covered by a role.
    func roles(of person: Node) throws -> [Answer] {
        var answers = AnswerSet()
        var organizations = Set<String>()
        for (role, edge) in try targets(of: person.id, .holdsRole) {
            let orgs = try targets(of: role.id, .roleIn).map(\.0.id)
            organizations.formUnion(orgs)
            answers.add(Answer(text: try roleText(role), type: "role", evidence: try evidence(edge.provenance + role.provenance),
                               nodes: [role.id, person.id] + orgs))
        }
        for (org, edge) in try targets(of: person.id, .memberOf) where !organizations.contains(org.id) {
            answers.add(Answer(text: "member of \(org.name)", type: "role", evidence: try evidence(edge.provenance), nodes: [org.id, person.id]))
        }
        return answers.answers
    }

    /// "who is X" (and "what is X's role"): one answer per role.
    func answerWhoIs(_ name: String, question: String, rolesOnly: Bool) throws -> QueryResult {
        let interp = rolesOnly ? "the roles of “\(name)”" : "who “\(name)” is: the roles the articles give, each with its organisation"
        let (found, suggestions) = try entity(name, kinds: Self.personFirst)
        guard let node = found else { return unknown(name, question: question, interpretation: interp, suggestions: suggestions) }
        if node.kind != .person, !rolesOnly { return try answerSummary(node, question: question) }
        let answers = try roles(of: node)
        var result = QueryResult(question: question,
                                 interpretation: rolesOnly ? "the roles of \(node.name) (\(node.kind.rawValue))"
                                     : "who \(node.name) (\(node.kind.rawValue)) is: the roles the articles give, each with its organisation",
                                 answers: answers, notes: notes)
        if answers.isEmpty {
            result.explanation = "The articles give no title or organisation for \(node.name)."
            result.knownInstead = try facts(about: node.id, limit: 8).map(\.text)
        }
        return result
    }

    /// "who is known as X": the entity a name or alias denotes.
    func answerIdentify(_ name: String, question: String) throws -> QueryResult {
        let interp = "the entity known as “\(name)”"
        let (found, suggestions) = try entity(name, kinds: Self.personFirst)
        guard let node = found else { return unknown(name, question: question, interpretation: interp, suggestions: suggestions) }
        let answer = Answer(text: node.name, type: node.kind.rawValue, evidence: try evidence(Array(node.provenance.prefix(3))), nodes: [node.id])
        return QueryResult(question: question, interpretation: interp, answers: [answer], notes: notes)
    }

    /// The people of an organisation: member_of edges, and holders of roles in it.
    func people(of org: Node) throws -> [(person: Node, provenance: [Provenance], role: Node?)] {
        var out = [(person: Node, provenance: [Provenance], role: Node?)]()
        for (person, edge) in try sources(of: org.id, .memberOf) { out.append((person, edge.provenance, nil)) }
        for kind in [EdgeKind.roleIn, .roleAt] {
            for (role, edge) in try sources(of: org.id, kind) {
                for (person, held) in try sources(of: role.id, .holdsRole) { out.append((person, edge.provenance + held.provenance, role)) }
            }
        }
        return out
    }

    /// "who works for Y", "who is a member of Y".
    func answerMembers(_ name: String, question: String) throws -> QueryResult {
        let interp = "people who work for or belong to “\(name)” (member_of, or a role in it)"
        let (found, suggestions) = try entity(name, kinds: Self.organizationFirst)
        guard let org = found else { return unknown(name, question: question, interpretation: interp, suggestions: suggestions) }
        var answers = AnswerSet()
        for (person, provenance, role) in try people(of: org) {
            answers.add(Answer(text: person.name, type: person.kind.rawValue, evidence: try evidence(provenance),
                               nodes: [person.id, org.id] + (role.map { [$0.id] } ?? [])))
        }
        var result = QueryResult(question: question, interpretation: "people who work for or belong to \(org.name) (member_of, or a role in it)",
                                 answers: answers.answers, notes: notes)
        if answers.isEmpty {
            result.explanation = "No one is recorded as working for or belonging to \(org.name)."
            result.knownInstead = try facts(about: org.id, limit: 8).map(\.text)
        }
        return result
    }

    /// "who is the spokesperson for Y" (titles), "who leads Y" (leader).
    func answerRoleHolder(titles: [String], leader: Bool, organization name: String, question: String) throws -> QueryResult {
        let wanted = leader ? "the head" : "the \(titles.first ?? "holder")"
        let interp = "\(wanted) of “\(name)”: people holding such a role in it"
        let (found, suggestions) = try entity(name, kinds: Self.organizationFirst)
        guard let org = found else { return unknown(name, question: question, interpretation: interp, suggestions: suggestions) }
        let titleWords = Set(titles.map { NameKey.normalize($0) })
        var answers = AnswerSet()
        var others = [String]()
        for (person, provenance, role) in try people(of: org) {
            guard let role else { continue }
            let words = NameKey.normalize(role.name).split(separator: " ").map(String.init)
            let fits: Bool
            if leader {
                let last = words.last ?? ""
                fits = (vocab.isLeaderTitle(last) || words.contains("head") || words.contains("chief") || words.contains("leader"))
                    && !words.contains(where: vocab.isSubordinateTitle)
            } else {
                fits = !titleWords.isDisjoint(with: words) || titleWords.contains(words.joined(separator: " "))
            }
            if fits {
                answers.add(Answer(text: person.name, type: person.kind.rawValue, evidence: try evidence(provenance), nodes: [person.id, role.id, org.id]))
            } else {
                others.append("\(person.name), \(try roleText(role))")
            }
        }
        var result = QueryResult(question: question, interpretation: "\(wanted) of \(org.name): people holding such a role in it",
                                 answers: answers.answers, notes: notes)
        if answers.isEmpty {
            result.explanation = "No one is recorded as \(wanted) of \(org.name)."
            result.knownInstead = others.isEmpty ? try facts(about: org.id, limit: 8).map(\.text) : others
        }
        return result
    }

    /// "which group does X lead", "what organisation does X work for": the organisations of X's
    /// roles (only leading roles when `leader`) and memberships.
    func answerOrganizations(of name: String, leader: Bool, question: String) throws -> QueryResult {
        let interp = leader ? "the organisations “\(name)” leads" : "the organisations “\(name)” works for or belongs to"
        let (found, suggestions) = try entity(name, kinds: Self.personFirst)
        guard let person = found else { return unknown(name, question: question, interpretation: interp, suggestions: suggestions) }
        var answers = AnswerSet()
        for (role, held) in try targets(of: person.id, .holdsRole) {
            let words = NameKey.normalize(role.name).split(separator: " ").map(String.init)
            let leads = words.contains(where: vocab.isLeaderTitle) && !words.contains(where: vocab.isSubordinateTitle)
            guard !leader || leads else { continue }
            for (org, edge) in try targets(of: role.id, .roleIn) {
                answers.add(Answer(text: org.name, type: org.kind.rawValue, evidence: try evidence(held.provenance + edge.provenance),
                                   nodes: [org.id, role.id, person.id]))
            }
        }
        if !leader {
            for (org, edge) in try targets(of: person.id, .memberOf) {
                answers.add(Answer(text: org.name, type: org.kind.rawValue, evidence: try evidence(edge.provenance), nodes: [org.id, person.id]))
            }
        }
        var result = QueryResult(question: question,
                                 interpretation: leader ? "the organisations \(person.name) leads (a leading role in them)"
                                     : "the organisations \(person.name) works for or belongs to (roles in them, member_of)",
                                 answers: answers.answers, notes: notes)
        if answers.isEmpty {
            result.explanation = "No organisation is recorded for \(person.name)\(leader ? " with a leading role" : "")."
            result.knownInstead = try facts(about: person.id, limit: 8).map(\.text)
        }
        return result
    }

    /// "who worked with X": the other agents of the events X was an agent of.
    func answerCoAgents(_ name: String, question: String) throws -> QueryResult {
        let interp = "who acted together with “\(name)” (other agents of its events)"
        let res = try resolver.resolve(name, kinds: [.organization, .person, .thing])
        if let note = res.note { notes.append(note) }
        if res.nodes.count > 1, res.nodes[0].kind != .thing {
            throw QueryError.ambiguous(name, candidates: res.nodes.map { "\($0.name) (\($0.kind.rawValue))" })
        }
        guard let first = res.nodes.first else { return unknown(name, question: question, interpretation: interp, suggestions: res.suggestions) }
        let ids = Set(res.nodes.map(\.id))
        var answers = AnswerSet()
        for n in res.nodes {
            for (event, _) in try sources(of: n.id, .agent) where event.eventType != .statement {
                for (a, p) in try values(of: event, .agent) where !ids.contains(a.nodes.first ?? "") && NameKey.normalize(a.text) != NameKey.normalize(first.name) {
                    answers.add(a, provenance: p)
                }
            }
        }
        var result = QueryResult(question: question, interpretation: "who acted together with \(first.name) (other agents of its events)",
                                 answers: try answers.materialized(by: self, limit: Self.answerLimit), notes: notes)
        if answers.isEmpty {
            result.explanation = "No event records another agent beside \(first.name)."
            result.knownInstead = try facts(about: first.id, limit: 8).map(\.text)
        }
        return result
    }
}
