import Foundation
import KGraphModel
import KGraphVocabulary

/// Reads a question in plain English into a ``Question``: who/whom/what/where/when/which with an
/// event verb (active or passive, any tense, synonyms) or an event noun; who-is, role, membership,
/// leadership, statements, connections, summaries.
///
/// The parser works on the question's words: keywords are matched on lowercase words, names are
/// kept as typed. Capitalised words after the first are never taken as keywords, so names such as
/// "Free Port Authority" stay names.
struct QuestionParser {
    /// The event words and word classes questions are read with.
    let vocab: QueryVocabulary
    /// The reader of event questions, with the extractor's grammar.
    let clauses: ClauseQuestionReader?

    /// Creates a parser.
    /// - Parameter vocab: the words questions are read with.
    init(vocab: QueryVocabulary) {
        self.vocab = vocab
        self.clauses = try? ClauseQuestionReader(vocab: vocab)
    }

    /// Creates a parser over the shipped vocabulary.
    /// - Throws: ``KGraphVocabulary/VocabularyError`` when its data cannot be read.
    init() throws {
        self.init(vocab: try .standard())
    }

    /// Prepositions that end an object phrase after a verb.
    static let boundaries: Set<String> = ["by", "in", "at", "on", "during", "near", "from", "inside", "outside", "for",
                                         "with", "after", "before", "over", "since", "about", "as", "into", "when", "while", "because"]

    /// Reads a question.
    /// - Parameter question: the question as typed.
    /// - Returns: the question read.
    /// - Throws: ``QueryError/unparseable(_:eventVerbs:)`` when the question is in no form the parser knows.
    /// - Complexity: O(n) in the number of words.
    func parse(_ question: String, facts: Bool = true) throws -> Question {
        var w = Words(Self.withoutSource(question))
        w.rewritePhrasalVerbs(vocab)
        w.rewriteQuestionPhrases(vocab)
        guard w.count > 0, question.contains(where: { $0.isLetter }) else { throw vocab.unreadable(question) }
        let l = w.lower
        let whWords: Set<String> = ["who", "whom", "what", "where", "when", "which", "how", "why", "whose"]

        if facts, let f = FactAsk.read(Words(Self.withoutSource(question))) { return .fact(f) }
        if let s = SequenceQuestion.read(Words(Self.withoutSource(question)), vocab: vocab) { return .sequence(s) }
        for form in QuestionForm.special {
            if let q = try form.read(self, w) { return q }
        }
        if let read = clauses?.read(Self.withoutSource(question)) { return .read(read) }
        if let q = try event(w, question: question) { return q }
        for form in QuestionForm.afterEvents {
            if let q = try form.read(self, w) { return q }
        }
        if let q = loose(w, question: question) { return q }
        if whWords.contains(l[0]) || vocab.isBe(l[0]) || vocab.isDoSupport(l[0]) {
            throw vocab.unreadable(question)
        }
        // A name alone.
        return .summary(w.text(Self.span(0, w.count)))
    }

    // MARK: - Forms

    /// A question without a leading "according to X," ("according to police, who …"): the
    /// source is no part of what is asked (the engine says it is not applied).
    static func withoutSource(_ question: String) -> String {
        let trimmed = question.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("according to "), let comma = trimmed.firstIndex(of: ",") else { return question }
        let rest = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? question : rest
    }

    /// "tell me about X", "what do you know about X", "describe X", "what happened to X".
    func summaryRequest(_ w: Words) -> Question? {
        for prefix in [["tell", "me", "about"], ["what", "do", "you", "know", "about"], ["what", "do", "we", "know", "about"],
                       ["what", "is", "known", "about"], ["describe"], ["summarize"], ["summarise"], ["about"], ["show", "me"]]
        where w.has(prefix) && w.count > prefix.count {
            return .summary(w.text(prefix.count..<w.count))
        }
        if w.has(["what", "happened", "to"]) && w.count > 3 { return .summary(w.text(Self.span(3, w.count))) }
        return nil
    }

    /// "who spoke", "who said", "who commented": the speakers of every statement; "who said that
    /// …": the statements whose content matches (tried after ``leaders(_:)``: "who speaks for Y"
    /// asks for a spokesperson).
    func speakers(_ w: Words) throws -> Question? {
        let l = w.lower
        if l[0] == "who", w.count == 2, vocab.isStatementVerb(l[1]) {
            return .event(types: [.statement], constraints: [], wanted: .agent, head: nil, typeWord: w.typed[1])
        }
        if l[0] == "who", w.count > 2, vocab.isStatementVerb(l[1]) {
            let start = l[2] == "that" ? 3 : 2
            guard start < w.count else { throw vocab.unreadable(w.typed.joined(separator: " ")) }
            return .whoSaid(w.text(Self.span(1, w.count)))
        }
        return nil
    }

    /// "how is X connected to Y", "how are X and Y related", "what links X and Y",
    /// "connection between X and Y".
    func connection(_ w: Words) -> Question? {
        let l = w.lower
        let verbs: Set<String> = ["connected", "related", "linked", "tied", "associated"]
        if l[0] == "how", w.count >= 5, vocab.isBe(l[1]),
           let c = Self.span(2, w.count).first(where: { verbs.contains(l[$0]) }) {
            if c + 1 < w.count, ["to", "with"].contains(l[c + 1]) {
                let x = w.text(2..<c), y = w.text(Self.span(c + 2, w.count))
                if !x.isEmpty, !y.isEmpty { return .connection(x, y) }
            }
            if let a = (2..<c).first(where: { l[$0] == "and" }) {
                let x = w.text(2..<a), y = w.text((a + 1)..<c)
                if !x.isEmpty, !y.isEmpty { return .connection(x, y) }
            }
        }
        if l[0] == "what", w.count >= 4, ["connects", "links", "ties", "relates", "connected", "linked"].contains(l[1]),
           let a = Self.span(3, w.count).first(where: { ["and", "to", "with"].contains(l[$0]) }) {
            return .connection(w.text(2..<a), w.text(Self.span(a + 1, w.count)))
        }
        if let b = Self.span(0, w.count).first(where: { l[$0] == "between" && $0 > 0 && ["connection", "link", "relationship", "relation", "path"].contains(l[$0 - 1]) }),
           let a = ((b + 2)..<max(b + 2, w.count)).first(where: { l[$0] == "and" }) {
            return .connection(w.text((b + 1)..<a), w.text(Self.span(a + 1, w.count)))
        }
        return nil
    }

    /// "what is X's role", "what is the role of X", "what does X do", "what position does X hold".
    func role(_ w: Words) -> Question? {
        let l = w.lower
        let roleWords: Set<String> = ["role", "job", "title", "position", "occupation", "function", "post", "roles", "titles", "positions"]
        guard l[0] == "what", w.count >= 3 else { return nil }
        if vocab.isBe(l[1]), let last = l.last, roleWords.contains(last) {
            let name = w.text(2..<(w.count - 1))
            let stripped = Self.stripPossessive(name)
            if stripped != name { return .role(stripped) }
        }
        if vocab.isBe(l[1]), w.has(["the"], at: 2), w.count > 5, roleWords.contains(l[3]), l[4] == "of" {
            return .role(w.text(Self.span(5, w.count)))
        }
        if ["does", "did"].contains(l[1]), l.last == "do", w.count > 3 { return .role(w.text(2..<(w.count - 1))) }
        if roleWords.contains(l[1]), w.count > 4, ["does", "did"].contains(l[2]),
           let last = l.last, ["hold", "have", "play", "occupy"].contains(last) {
            return .role(w.text(3..<(w.count - 1)))
        }
        return nil
    }

    /// "what did X say [about Y]", "what has X told reporters", "what was said by X".
    func statements(_ w: Words) -> Question? {
        let l = w.lower
        guard l[0] == "what", w.count >= 4 else { return nil }
        let statementNouns: Set<String> = ["statement", "statements", "comment", "comments", "remarks", "words", "message", "quote", "quotes", "response", "reaction"]
        if vocab.isBe(l[1]), let last = l.last, statementNouns.contains(last) {
            let name = w.text(2..<(w.count - 1))
            let stripped = Self.stripPossessive(name)
            if stripped != name { return .statements(speaker: stripped, about: nil) }
        }
        // "what was X's comment on Y", "what were X's remarks about Y"
        if vocab.isBe(l[1]),
           let n = Self.span(3, w.count).first(where: { statementNouns.contains(l[$0]) && w.isKeyword($0) }),
           n + 2 < w.count, Self.aboutWords.contains(l[n + 1]), l[n - 1].hasSuffix("'s") {
            return .statements(speaker: Self.stripPossessive(w.text(2..<n)), about: w.text(Self.span(n + 2, w.count)))
        }
        if w.has(["what", "was", "said", "by"]) || w.has(["what", "has", "been", "said", "by"]) {
            let start = l[1] == "was" ? 4 : 5
            guard start < w.count else { return nil }
            return .statements(speaker: w.text(Self.span(start, w.count)), about: nil)
        }
        guard vocab.isDoSupport(l[1]),
              let k = Self.span(3, w.count).first(where: { vocab.isStatementVerb(l[$0]) && w.isKeyword($0) })
        else { return nil }
        let speaker = w.text(2..<k)
        var i = k + 1
        let audience: Set<String> = ["reporters", "journalists", "the", "press", "media", "us", "them", "police", "investigators", "court"]
        while i < w.count, audience.contains(l[i]) { i += 1 }
        if i < w.count, Self.aboutWords.contains(l[i]), i + 1 < w.count {
            return .statements(speaker: speaker, about: w.text(Self.span(i + 1, w.count)))
        }
        return .statements(speaker: speaker, about: nil)
    }

    /// Prepositions before what a statement is about: "what did X say about Y".
    static let aboutWords: Set<String> = ["about", "on", "regarding", "concerning", "of"]

    /// "who works for Y", "who is a member of Y", "who is employed by Y", "who belongs to Y",
    /// "members of Y".
    func members(_ w: Words) -> Question? {
        let l = w.lower
        let patterns: [[String]] = [
            ["who", "works", "for"], ["who", "work", "for"], ["who", "worked", "for"], ["who", "works", "at"],
            ["who", "worked", "at"], ["who", "work", "at"], ["who", "work", "in"], ["who", "works", "in"], ["who", "is", "working", "for"], ["who", "was", "working", "for"],
            ["who", "are", "working", "for"], ["who", "belongs", "to"], ["who", "belonged", "to"], ["who", "belong", "to"],
            ["who", "is", "employed", "by"], ["who", "was", "employed", "by"], ["who", "are", "employed", "by"],
            ["who", "is", "a", "member", "of"], ["who", "was", "a", "member", "of"], ["who", "are", "members", "of"],
            ["who", "were", "members", "of"], ["who", "are", "the", "members", "of"], ["who", "is", "in"], ["who", "are", "in"],
            ["who", "is", "part", "of"], ["who", "are", "part", "of"], ["who", "is", "with"],
            ["members", "of"], ["list", "members", "of"], ["who", "serves", "in"], ["who", "served", "in"],
            ["who", "is", "an", "official", "of"], ["who", "are", "the", "officials", "of"], ["who", "represents"],
        ]
        if w.has(["in", "charge", "of"], at: 2) { return nil }
        // "members of which group were arrested" asks for the group.
        if l.contains(where: { ["which", "what", "whose"].contains($0) }) { return nil }
        for p in patterns where w.has(p) && w.count > p.count {
            return .members(w.text(p.count..<w.count))
        }
        _ = l
        return nil
    }

    /// "who leads Y", "who headed Y", "who is the spokesperson for Y", "who is the head of Y",
    /// "who is Y's spokesman".
    func leaders(_ w: Words) -> Question? {
        let l = w.lower
        guard l[0] == "who", w.count >= 3 else { return nil }
        // "who led the raid" is an event question, not one about leading an organisation.
        if (2..<w.count).contains(where: { vocab.eventNoun(l[$0]) != nil && !(l[$0] == "charge" && l[$0 - 1] == "in") }) { return nil }
        if vocab.isLeadVerb(l[1]) {
            return .roleHolder(titles: [], leader: true, organization: w.text(Self.span(2, w.count)))
        }
        if ["speaks", "spoke", "speak"].contains(l[1]), w.count > 3, l[2] == "for" {
            return .roleHolder(titles: QueryVocabulary.titleSynonyms["spokesperson"]!, leader: false, organization: w.text(Self.span(3, w.count)))
        }
        guard vocab.isBe(l[1]) else { return nil }
        if w.has(["in", "charge", "of"], at: 2), w.count > 5 {
            return .roleHolder(titles: [], leader: true, organization: w.text(Self.span(5, w.count)))
        }
        // "who is the Harbour Court's spokesperson".
        if let k = Self.span(2, w.count).first(where: { l[$0].hasSuffix("'s") }), k + 1 < w.count,
           Self.span(k + 1, w.count).allSatisfy({ w.isKeyword($0) }) {
            let title = Array(l[(k + 1)..<w.count])
            if !title.contains(where: { vocab.eventVerb($0) != nil || vocab.eventNoun($0) != nil }) {
                let org = Self.stripPossessive(w.text(2..<(k + 1)))
                let head = title.last!
                let leader = ["head", "leader", "boss"].contains(head)
                return .roleHolder(titles: leader ? [] : (QueryVocabulary.titleSynonyms[head] ?? [head]), leader: leader, organization: org)
            }
        }
        var i = 2
        if i < w.count, ["the", "a", "an"].contains(l[i]) { i += 1 }
        // "who is the T of|for|at Y": T is one to four lowercase words, none an event word.
        if let p = (i..<min(w.count, i + 5)).first(where: { ["of", "for", "at", "in"].contains(l[$0]) }), p > i, p + 1 < w.count {
            let title = Array(l[i..<p])
            let lowercase = (i..<p).allSatisfy { w.isKeyword($0) } && !(title.first?.hasSuffix("ing") ?? false)
            let eventy = title.contains { vocab.eventVerb($0) != nil || vocab.eventNoun($0) != nil }
            if lowercase, !eventy {
                let head = title.last!
                let leader = ["head", "leader", "boss"].contains(head)
                let words = QueryVocabulary.titleSynonyms[head] ?? [head]
                return .roleHolder(titles: leader ? [] : words, leader: leader, organization: w.text(Self.span(p + 1, w.count)))
            }
        }
        return nil
    }

    /// Nouns for organisations in "which group does X lead".
    static let organizationNouns = WordLists.organizationNouns

    /// "which group does X lead", "what organisation does X work for", "who does X work for",
    /// "which group is X said to lead", "where does X work".
    func organizations(_ w: Words) -> Question? {
        let l = w.lower
        let memberWords: Set<String> = ["work", "works", "worked", "belong", "belongs", "belonged", "represent", "represents", "serve", "serves", "member", "members", "part", "join", "joined"]
        // "who employs X", "who hired X": the organisations X works for.
        if l[0] == "who", w.count > 2, ["employs", "employ", "employed", "hired", "hires", "hire", "pays", "paid"].contains(l[1]) {
            return .organizations(w.text(Self.span(2, w.count)), leader: false)
        }
        var start: Int
        if ["which", "what"].contains(l[0]), w.count > 4, Self.organizationNouns.contains(l[1]),
           vocab.isBe(l[2]) || vocab.isDoSupport(l[2]) {
            start = 3
        } else if (l[0] == "who" && w.count > 3 && vocab.isDoSupport(l[1])) || (l[0] == "where" && w.count > 3 && vocab.isDoSupport(l[1])) {
            start = 2
        } else {
            return nil
        }
        guard let k = Self.span(start, w.count).first(where: { w.isKeyword($0) && !["the", "a", "an"].contains(l[$0]) }), k > start else { return nil }
        let rest = Set(l[k...])
        let leader = rest.contains(where: vocab.isLeadVerb)
        guard leader || !rest.isDisjoint(with: memberWords) else { return nil }
        if l[0] == "where", leader { return nil }
        return .organizations(w.text(start..<k), leader: leader)
    }

    /// "who worked with X", "who helped X", "who cooperated with X".
    func coAgents(_ w: Words) -> Question? {
        let l = w.lower
        guard l[0] == "who", w.count > 2 else { return nil }
        let withVerbs: Set<String> = ["worked", "works", "work", "cooperated", "collaborated", "partnered", "teamed", "joined", "acted", "operated"]
        let directVerbs: Set<String> = ["helped", "helps", "assisted", "assists", "aided", "supported", "supports", "joined"]
        if withVerbs.contains(l[1]), l[2] == "with" || (l[2] == "up" && w.has(["with"], at: 3)), w.count > 3 {
            let s = l[2] == "with" ? 3 : 4
            guard s < w.count else { return nil }
            return .coAgents(w.text(Self.span(s, w.count)))
        }
        if directVerbs.contains(l[1]) { return .coAgents(w.text(Self.span(2, w.count))) }
        return nil
    }

    /// "who is X", "who's X", "who was X": the roles of a person.
    func whoIs(_ w: Words) -> Question? {
        let l = w.lower
        if l[0] == "who", w.count > 3, vocab.isBe(l[1]),
           WordLists.namingParticiples.contains(l[2]) {
            let start = l[3] == "as" ? 4 : 3
            if start < w.count { return .identify(w.text(Self.span(start, w.count))) }
        }
        if l[0] == "who's", w.count > 1 { return .whoIs(w.text(Self.span(1, w.count))) }
        // "how is X described", "how was X identified", "what is X described as".
        if ["how", "what"].contains(l[0]), w.count > 3, vocab.isBe(l[1]) {
            var end = w.count
            if l[0] == "what", l[end - 1] == "as" { end -= 1 }
            if end - 1 > 2, ["described", "identified", "characterized", "characterised", "portrayed"].contains(l[end - 1]) {
                return .whoIs(w.text(2..<(end - 1)))
            }
        }
        // "who was Dara Sok the deputy of", "what is Dara Sok accused of": a name followed by
        // lowercase words is no name; the loose reading takes it.
        if ["who", "what"].contains(l[0]), w.count > 3, ["is", "was", "are", "were"].contains(l[1]), !w.isKeyword(2),
           Self.span(3, w.count).contains(where: { w.isKeyword($0) && !Self.nameJoiners.contains(l[$0]) }) {
            return nil
        }
        // "who is defending X" is not "who is X": a lowercase "-ing" verb goes to the loose reading.
        if l[0] == "who", w.count > 3, w.isKeyword(2), l[2].hasSuffix("ing"), l[2].count > 5 { return nil }
        if l[0] == "who", w.count > 2, ["is", "was", "are", "were"].contains(l[1]) { return .whoIs(w.text(Self.span(2, w.count))) }
        if l[0] == "what", w.count > 2, ["is", "was", "are"].contains(l[1]) { return .summary(w.text(Self.span(2, w.count))) }
        return nil
    }

    // MARK: - Helpers

    /// `lower..<upper`, empty when `upper` is below `lower`: ranges over a question's words never trap.
    static func span(_ lower: Int, _ upper: Int) -> Range<Int> { lower..<max(lower, upper) }

    /// A name without a possessive ending: "Dara Sok's" → "Dara Sok".
    static func stripPossessive(_ name: String) -> String {
        for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }
}
