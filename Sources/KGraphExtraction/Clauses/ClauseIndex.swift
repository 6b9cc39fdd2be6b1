/// Where to find clauses without reading them all: the clauses of each sentence, and those whose
/// subject or object opens with a given phrase. Built once the clauses are final, so that a stage
/// asking about one phrase costs the same in a long article as in a short one.
struct ClauseIndex: Sendable {
    /// For each sentence, the first clause of it or after it (one entry more than sentences).
    private var sentenceStart: [Int] = [0]
    /// Clauses whose subject (or object) opens with the same phrase, as chains: the first clause
    /// of each phrase, and after each clause the next one of its phrase (-1 ends a chain).
    private var subjects = Chains(), objects = Chains()

    init() {}

    /// Indexes clauses that are in text order (one per verb group).
    /// - Parameters:
    ///   - clauses: the clauses.
    ///   - verbs: their verb groups.
    ///   - phraseCount: how many noun phrases the article has.
    ///   - sentenceCount: how many sentences it has.
    init(_ clauses: [Clause], verbs: [VerbGroup], phraseCount: Int, sentenceCount: Int) {
        sentenceStart = [Int](repeating: clauses.count, count: sentenceCount + 1)
        subjects = Chains(keys: phraseCount, items: clauses.count)
        objects = Chains(keys: phraseCount, items: clauses.count)
        for i in clauses.indices.reversed() {
            sentenceStart[verbs[clauses[i].verb].sentence] = i
            if let s = clauses[i].subject.first { subjects.prepend(i, to: s) }
            if let o = clauses[i].object.first { objects.prepend(i, to: o) }
        }
        // a sentence without clauses starts where the next one does
        for s in stride(from: sentenceCount - 1, through: 0, by: -1) where sentenceStart[s] > sentenceStart[s + 1] {
            sentenceStart[s] = sentenceStart[s + 1]
        }
    }

    /// The indices of a sentence's clauses.
    func clauses(inSentence s: Int) -> Range<Int> {
        guard s >= 0, s + 1 < sentenceStart.count else { return 0..<0 }
        return sentenceStart[s]..<sentenceStart[s + 1]
    }

    /// The clauses whose subject opens with phrase `p`, in order.
    func clauses(withSubject p: Int) -> [Int] { subjects.items(of: p) }

    /// The clauses whose object opens with phrase `p`, in order.
    func clauses(withObject p: Int) -> [Int] { objects.items(of: p) }

    /// Items grouped by key in two flat arrays, with no array per key.
    struct Chains: Sendable {
        private var first: [Int32] = []
        private var next: [Int32] = []

        init(keys: Int = 0, items: Int = 0) {
            first = [Int32](repeating: -1, count: keys)
            next = [Int32](repeating: -1, count: items)
        }

        /// Puts `item` before the key's other items (prepend in reverse order to keep order).
        mutating func prepend(_ item: Int, to key: Int) {
            guard key >= 0, key < first.count else { return }
            next[item] = first[key]
            first[key] = Int32(item)
        }

        /// A key's items, in order.
        func items(of key: Int) -> [Int] {
            guard key >= 0, key < first.count, first[key] >= 0 else { return [] }
            var out = [Int]()
            var i = first[key]
            while i >= 0 { out.append(Int(i)); i = next[Int(i)] }
            return out
        }
    }
}
