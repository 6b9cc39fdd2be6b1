import KGraphModel

/// "What happened after X's arrest", "what happened to X after the trial", "what happened before
/// X was sentenced": the events of someone after (or before) one of their events, in date order.
struct SequenceQuestion: Sendable, Equatable {
    /// The runs of words that may name whom it is about, longest first.
    var subjects: [String]
    /// The event it is ordered from, when the question names one ("arrest").
    var types: [EventType]
    /// The event's word as asked.
    var eventWord: String?
    /// After the event (true) or before it.
    var after: Bool

    /// The ways of asking, with examples.
    static let examples = ["what happened after Dara Sok's arrest", "what happened to Dara Sok after the trial",
                           "what happened before Dara Sok was sentenced", "what happened after Dara Sok was arrested"]

    /// The sequence question a question is, or `nil`.
    static func read(_ w: QuestionParser.Words, vocab: QueryVocabulary) -> SequenceQuestion? {
        let l = w.lower
        guard l.count >= 4, l[0] == "what", ["happened", "happens", "has"].contains(l[1]),
              let at = l.firstIndex(where: { ["after", "before", "since", "following"].contains($0) }) else { return nil }
        var types = [EventType]()
        var word: String?
        var skip = Set([0, 1, at])
        for i in (at + 1)..<l.count {
            let stripped = l[i].hasSuffix("'s") ? String(l[i].dropLast(2)) : l[i]
            if let t = vocab.eventNoun(stripped) ?? vocab.eventVerb(stripped) { types = t; word = l[i]; skip.insert(i); break }
        }
        let ignored: Set<String> = ["to", "the", "a", "his", "her", "their", "was", "were", "is", "been", "has", "had", "happened", "then", "next"]
        let subjects = w.nameRuns { i in !skip.contains(i) && !ignored.contains(l[i]) && i > 1 }
        guard !subjects.isEmpty else { return nil }
        return SequenceQuestion(subjects: subjects, types: types, eventWord: word, after: l[at] != "before")
    }
}
