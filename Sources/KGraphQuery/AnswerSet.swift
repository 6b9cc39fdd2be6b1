import KGraphModel

/// Answers being gathered: one per distinct text (compared through ``NameKey``), in first-found
/// order, their evidence and nodes merged.
struct AnswerSet {
    private(set) var answers: [Answer] = []
    private var index: [String: Int] = [:]

    /// Adds an answer, or merges its evidence, nodes and inference note into the answer with the
    /// same text. A stated answer wins over an inferred one.
    mutating func add(_ answer: Answer) {
        let key = NameKey.normalize(answer.text)
        guard let i = index[key] else {
            index[key] = answers.count
            answers.append(answer)
            return
        }
        for e in answer.evidence where !answers[i].evidence.contains(e) { answers[i].evidence.append(e) }
        for n in answer.nodes where !answers[i].nodes.contains(n) { answers[i].nodes.append(n) }
        if answer.inferred == nil { answers[i].inferred = nil }
    }

    /// Whether no answer was gathered.
    var isEmpty: Bool { answers.isEmpty }
}
