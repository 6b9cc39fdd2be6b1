import KGraphModel
import KGraphVocabulary

/// What a reference rule sees: the argument to resolve, its draft, the drafts before it, and the
/// article's people, roles and genders.
struct ReferenceContext {
    let arg: Arg
    let role: ArgumentFinder.Role
    let draft: EventDraft
    /// The drafts before it, in text order, from ``ReferenceResolver/window`` sentences back at most.
    let earlier: ArraySlice<EventDraft>
    let parse: Parse
    let people: ReferenceResolver.People

    /// The token where the argument is written.
    var at: Int {
        if let p = arg.phrase { return parse.phrases[p].start }
        return draft.trigger.lowerBound
    }
    /// The argument's phrase head, lower case.
    var head: String? { arg.phrase.map { parse.tokens[parse.phrases[$0].head].lower } }
    /// The words of the argument's phrase, lower case.
    var words: [String] { arg.phrase.map { parse.tokens[parse.phrases[$0].range].map(\.lower) } ?? [] }
}

/// A way to resolve a pronoun or a description to the named participants it stands for. Each rule
/// carries a text of our own and the event line it must yield there.
struct ReferenceRule: Sendable {
    let name: String
    let example: String
    let expected: String
    let resolve: @Sendable (ReferenceContext) -> [Arg]?
}

/// Resolves pronouns ("he", "they") and descriptions ("the suspects", "both men", "the spokesman",
/// "the bureau") in event arguments to the people and organisations they stand for, by the first
/// ``ReferenceRule`` that answers. What stays unresolved stays as written.
struct ReferenceResolver: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// The article's people: where each is mentioned, the gender the text shows, titles and ages.
    struct People: Sendable {
        /// Person mentions in text order: (first token, entity).
        var mentions: [(token: Int, entity: Int)] = []
        /// Entity → "m" or "f" where the text shows it (an honorific, a gendered title).
        var gender: [Int: Character] = [:]
        /// Title head word → the people who hold it (lower case).
        var titles: [String: Set<Int>] = [:]
        /// Age → people given that age ("X, 46,").
        var ages: [String: Set<Int>] = [:]

        /// The last person mentioned before token `k`, within `sentences` sentences, whose gender
        /// is not `not`, passing over those `skip` rejects.
        func last(before k: Int, parse: Parse, within sentences: Int, not: Character? = nil, skip: (Int) -> Bool = { _ in false }) -> (token: Int, entity: Int)? {
            let s = parse.tokens[k].sentence
            var i = count(before: k) - 1
            while i >= 0, s - parse.tokens[mentions[i].token].sentence <= sentences {
                let e = mentions[i].entity
                if gender[e] != not || not == nil, !skip(e) { return mentions[i] }
                i -= 1
            }
            return nil
        }

        /// How many mentions start before token `k` (a binary search: they are in text order).
        func count(before k: Int) -> Int { mentions.partitionPoint { $0.token >= k } }
    }

    /// Resolves the agents and patients of every draft, in text order. A pronoun nothing resolves
    /// is dropped; a description nothing resolves stays as written.
    /// How many sentences back a rule may look for what a reference stands for.
    static let window = 4

    func resolve(_ drafts: inout [EventDraft], parse: Parse, roles: [RoleAssertion]) {
        let people = gather(parse, roles: roles)
        var first = 0
        for i in drafts.indices {
            // drafts are in text order: no rule reads further back than the window
            while drafts[first].sentence < drafts[i].sentence - ReferenceResolver.window { first += 1 }
            for role in [ArgumentFinder.Role.agent, .patient] {
                let args = role == .agent ? drafts[i].agents : drafts[i].patients
                var out = [Arg]()
                for a in args {
                    if a.isNamed { out.append(a); continue }
                    let c = ReferenceContext(arg: a, role: role, draft: drafts[i], earlier: drafts[first..<i], parse: parse, people: people)
                    if let r = ReferenceResolver.rules.lazy.compactMap({ $0.resolve(c) }).first(where: { !$0.isEmpty }) {
                        out += r.map { x in var x = x; x.phrase = a.phrase; x.participant.mention = a.participant.mention; return x }
                    } else if a.pronoun == nil {
                        out.append(a)
                    }
                }
                out = out.withoutRepeats()
                if role == .agent { drafts[i].agents = out } else { drafts[i].patients = out }
            }
        }
    }

    /// The people of an article: mentions in order, genders, titles and ages from the roles and
    /// the words around each mention.
    func gather(_ parse: Parse, roles: [RoleAssertion]) -> People {
        var people = People()
        let table = parse.table
        for (e, ranges) in table.mentionTokens.enumerated() where table.entities[e].type == .person {
            for r in ranges {
                people.mentions.append((r.lowerBound, e))
                if r.lowerBound > 0 {
                    let before = parse.tokens[r.lowerBound - 1].info
                    if before.is(.maleNoun) { people.gender[e] = "m" } else if before.is(.femaleNoun) { people.gender[e] = "f" }
                }
                if let p = parse.phrase(at: r.lowerBound), let (a, _) = parse.apposition(after: p) {
                    let h = parse.tokens[parse.phrases[a].head]
                    if h.kind == .number { people.ages[h.lower, default: []].insert(e) }
                    if h.info.is(.maleNoun) { people.gender[e] = people.gender[e] ?? "m" }
                    if h.info.is(.femaleNoun) { people.gender[e] = people.gender[e] ?? "f" }
                }
            }
        }
        people.mentions.sort { $0.token < $1.token }
        let index = Dictionary(table.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for r in roles {
            guard let e = index[r.personID], let head = r.title.lowercased().split(separator: " ").last else { continue }
            people.titles[String(head), default: []].insert(e)
            if lexicon.word(String(head), is: .maleNoun) { people.gender[e] = people.gender[e] ?? "m" }
            if lexicon.word(String(head), is: .femaleNoun) { people.gender[e] = people.gender[e] ?? "f" }
        }
        // "he said" right after a named speaker shows the speaker's gender
        for (t, e) in people.mentions {
            var k = t
            while k < parse.tokens.count, table.entity(at: k) == e { k += 1 }
            guard k + 2 < parse.tokens.count, parse.tokens[k].sentence == parse.tokens[t].sentence else { continue }
            if let next = parse.analysis.sentences.indices.contains(parse.tokens[t].sentence + 1) ? parse.analysis.sentences[parse.tokens[t].sentence + 1] : nil,
               let first = next.tokens.first, people.gender[e] == nil,
               case let i = people.count(before: first), i > 0, people.mentions[i - 1].entity == e {
                if parse.tokens[first].lower == "he" { people.gender[e] = "m" } else if parse.tokens[first].lower == "she" { people.gender[e] = "f" }
            }
        }
        return people
    }

    /// The participant of an entity at one of its mentions.
    static func participant(_ e: Int, parse: Parse) -> Arg {
        let ent = parse.table.entities[e]
        return Arg(participant: Participant(entityID: ent.id, text: ent.name), phrase: nil)
    }
}
