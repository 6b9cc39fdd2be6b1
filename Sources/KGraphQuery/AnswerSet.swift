import KGraphModel

/// Answers being gathered: one per distinct text (compared through ``NameKey``), in first-found
/// order, their evidence, provenance and nodes merged. Evidence may be given as provenance and
/// read only for the answers finally shown (``materialized(by:limit:)``).
struct AnswerSet {
    private(set) var answers: [Answer] = []
    private var provenance: [[Provenance]] = []
    private var index: [String: Int] = [:]

    /// Adds an answer, or merges its evidence, provenance, nodes and inference note into the
    /// answer with the same text. A stated answer wins over an inferred one.
    /// - Parameters:
    ///   - answer: the answer, with or without evidence.
    ///   - provenance: where it is stated, for evidence read later.
    mutating func add(_ answer: Answer, provenance more: [Provenance] = []) {
        let key = NameKey.normalize(answer.text)
        guard let i = index[key] else {
            index[key] = answers.count
            answers.append(answer)
            provenance.append(more)
            return
        }
        for e in answer.evidence where !answers[i].evidence.contains(e) { answers[i].evidence.append(e) }
        for p in more where !provenance[i].contains(p) { provenance[i].append(p) }
        for n in answer.nodes where !answers[i].nodes.contains(n) { answers[i].nodes.append(n) }
        if answer.inferred == nil { answers[i].inferred = nil }
    }

    /// Whether no answer was gathered.
    var isEmpty: Bool { answers.isEmpty }

    /// The number of distinct answers.
    var count: Int { answers.count }

    /// The first `limit` answers, with the evidence of their provenance read.
    /// - Complexity: one sentence look-up per distinct sentence of the answers kept.
    func materialized(by walk: GraphWalk, limit: Int = .max) throws -> [Answer] {
        var out = [Answer]()
        for (i, answer) in answers.prefix(limit).enumerated() {
            var a = answer
            for e in try walk.evidence(provenance[i]) where !a.evidence.contains(e) { a.evidence.append(e) }
            out.append(a)
        }
        return out
    }

    /// Keeps only the answers that pass a test, with their provenance.
    func filter(_ keep: (Answer) throws -> Bool) rethrows -> AnswerSet {
        var out = AnswerSet()
        for (i, a) in answers.enumerated() where try keep(a) { out.add(a, provenance: provenance[i]) }
        return out
    }
}
