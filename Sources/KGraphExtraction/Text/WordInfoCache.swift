import Synchronization

/// What the lexicon says of each word form, kept across articles: looking a form up in WordNet's
/// morphology costs far more than remembering the answer, and news articles share most of their
/// words. Thread-safe; bounded (it starts afresh when full), so memory stays flat on any input.
final class WordInfoCache: Sendable {
    private let store = Mutex<[String: TokenInfo]>([:])
    /// The most word forms kept.
    let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The information of each word form, computed by `compute` for forms not seen before.
    /// - Parameters:
    ///   - words: distinct lower-case word forms.
    ///   - compute: what the lexicon says of a form, run outside the lock.
    /// - Returns: one information per form, in order.
    func infos(_ words: [String], compute: (String) -> TokenInfo) -> [TokenInfo] {
        var out = [TokenInfo?](repeating: nil, count: words.count)
        store.withLock { known in
            for (i, w) in words.enumerated() { out[i] = known[w] }
        }
        var fresh = [(String, TokenInfo)]()
        for i in words.indices where out[i] == nil {
            let info = compute(words[i])
            out[i] = info
            fresh.append((words[i], info))
        }
        if !fresh.isEmpty {
            store.withLock { known in
                if known.count + fresh.count > limit { known.removeAll(keepingCapacity: true) }
                for (w, info) in fresh { known[w] = info }
            }
        }
        return out.map { $0! }
    }

    /// How many word forms are kept.
    var count: Int { store.withLock { $0.count } }
}
