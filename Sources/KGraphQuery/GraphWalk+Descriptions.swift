import KGraphModel
import KGraphVocabulary

/// Whether an answer or a participant fits what a question says of it: a head noun ("which
/// officials"), or a description that is no name ("the militia commander").
extension GraphWalk {
    /// Whether an answer fits a head noun: its text, or a role of its node, holds the noun.
    func fits(_ answer: Answer, _ stems: Set<String>) throws -> Bool {
        if stems.isSubset(of: vocab.contentStems(answer.text)) { return true }
        guard let id = answer.nodes.first else { return false }
        return try holdsRole(id, with: stems)
    }

    /// Whether a node holds a role whose title holds every stem.
    func holdsRole(_ id: String, with stems: Set<String>) throws -> Bool {
        try targets(of: id, .holdsRole).contains { role, _ in stems.isSubset(of: vocab.contentStems(role.name)) }
    }

    /// A plural noun without its "s" ("officials" → "official"); other words as they are.
    static func singular(_ noun: String) -> String { noun.hasSuffix("s") ? String(noun.dropLast()) : noun }

    /// Whether a participant fits a description that is no name: "the suspects" fits anyone who
    /// took part; "the militia commander" a person holding a role whose title ends in "commander".
    func described(_ p: Node, as phrase: String) throws -> Bool {
        guard let noun = WordStemmer.words(phrase).last(where: { !vocab.isStopWord($0) }) else { return false }
        let singular = Self.singular(noun)
        if Self.anyoneNouns.contains(noun) || Self.anyoneNouns.contains(singular) { return p.kind == .person || p.kind == .thing }
        guard p.kind == .person, vocab.vocabulary.isKindOfPerson(noun) || vocab.vocabulary.isKindOfPerson(singular) else { return false }
        return try holdsRole(p.id, with: [WordStemmer.stem(noun)])
    }

    /// Nouns that describe anyone an event names: "who arrested the suspects".
    static let anyoneNouns: Set<String> = ["suspect", "people", "person", "man", "men", "woman", "women", "individual",
                                           "detainee", "defendant", "accused", "one", "other"]
}
