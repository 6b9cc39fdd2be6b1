/// Where to find clauses without reading them all: the clauses of each sentence, and those whose
/// subject or object opens with a given phrase. Built once the clauses are final, so that a stage
/// asking about one phrase costs the same in a long article as in a short one.
struct ClauseIndex: Sendable {
    /// For each sentence, the first clause of it or after it (one entry more than sentences).
    private var sentenceStart: [Int] = [0]
    /// Phrase → the clauses whose subject's first phrase it is, in order.
    private var bySubject: [Int: [Int]] = [:]
    /// Phrase → the clauses whose object's first phrase it is, in order.
    private var byObject: [Int: [Int]] = [:]

    init() {}

    /// Indexes clauses that are in text order (one per verb group).
    /// - Parameters:
    ///   - clauses: the clauses.
    ///   - verbs: their verb groups.
    ///   - sentenceCount: how many sentences the article has.
    init(_ clauses: [Clause], verbs: [VerbGroup], sentenceCount: Int) {
        sentenceStart = [Int](repeating: clauses.count, count: sentenceCount + 1)
        for (i, cl) in clauses.enumerated().reversed() {
            sentenceStart[verbs[cl.verb].sentence] = i
            if let s = cl.subject.first { bySubject[s, default: []].append(i) }
            if let o = cl.object.first { byObject[o, default: []].append(i) }
        }
        // a sentence without clauses starts where the next one does
        for s in stride(from: sentenceCount - 1, through: 0, by: -1) where sentenceStart[s] > sentenceStart[s + 1] {
            sentenceStart[s] = sentenceStart[s + 1]
        }
        for k in bySubject.keys { bySubject[k]!.reverse() }
        for k in byObject.keys { byObject[k]!.reverse() }
    }

    /// The indices of a sentence's clauses.
    func clauses(inSentence s: Int) -> Range<Int> {
        guard s >= 0, s + 1 < sentenceStart.count else { return 0..<0 }
        return sentenceStart[s]..<sentenceStart[s + 1]
    }

    /// The clauses whose subject opens with phrase `p`, in order.
    func clauses(withSubject p: Int) -> [Int] { bySubject[p] ?? [] }

    /// The clauses whose object opens with phrase `p`, in order.
    func clauses(withObject p: Int) -> [Int] { byObject[p] ?? [] }
}
