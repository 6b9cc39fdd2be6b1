import Synchronization

/// What the lexicon says of each word form, kept across articles: looking a form up in WordNet's
/// morphology costs far more than remembering the answer, and news articles share most of their
/// words. Thread-safe; bounded (it starts afresh when full), so memory stays flat on any input.
final class WordInfoCache: Sendable {
    private let store = Mutex(Store())
    /// The most word forms kept.
    let limit: Int

    init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The information of each word form, computed by `compute` for forms not seen before.
    /// - Parameters:
    ///   - words: distinct lower-case word forms.
    ///   - hashes: each form's ``Tokenizer/fnv(_:)`` hash.
    ///   - compute: what the lexicon says of a form, run outside the lock.
    /// - Returns: one information per form, in order.
    func infos(_ words: [String], hashes: [UInt64], compute: (String) -> TokenInfo) -> [TokenInfo] {
        var out = [TokenInfo]()
        out.reserveCapacity(words.count)
        var missing = [Int]()
        store.withLock { known in
            for i in words.indices {
                if let info = known.info(of: words[i], hash: hashes[i]) {
                    out.append(info)
                } else {
                    out.append(TokenInfo())
                    missing.append(i)
                }
            }
        }
        guard !missing.isEmpty else { return out }
        for i in missing { out[i] = compute(words[i]) }
        store.withLock { known in
            if known.count + missing.count > limit { known = Store() }
            for i in missing { known.insert(words[i], hash: hashes[i], info: out[i]) }
        }
        return out
    }

    /// The information of each word form (hashing each here).
    func infos(_ words: [String], compute: (String) -> TokenInfo) -> [TokenInfo] {
        infos(words, hashes: words.map(Tokenizer.fnv), compute: compute)
    }

    /// How many word forms are kept.
    var count: Int { store.withLock { $0.count } }

    /// An open-addressing table on the tokenizer's word hash, which every token carries already:
    /// no word is hashed again to be looked up.
    struct Store {
        private var slots = [Int32](repeating: -1, count: 1024)
        private var hashes = [UInt64]()
        private var words = [String]()
        private var infos = [TokenInfo]()
        var count: Int { words.count }

        func info(of word: String, hash: UInt64) -> TokenInfo? {
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: hash) & mask
            while slots[s] >= 0 {
                let i = Int(slots[s])
                if hashes[i] == hash, words[i] == word { return infos[i] }
                s = (s + 1) & mask
            }
            return nil
        }

        mutating func insert(_ word: String, hash: UInt64, info: TokenInfo) {
            guard self.info(of: word, hash: hash) == nil else { return }
            if (words.count + 1) * 2 > slots.count { grow() }
            hashes.append(hash)
            words.append(word)
            infos.append(info)
            place(words.count - 1)
        }

        private mutating func place(_ i: Int) {
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: hashes[i]) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(i)
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for i in words.indices { place(i) }
        }
    }
}
