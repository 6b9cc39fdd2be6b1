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

    /// The record of each word form, made by `compute` for forms not seen before.
    /// - Parameters:
    ///   - words: distinct lower-case word forms.
    ///   - hashes: each form's ``Tokenizer/fnv(_:)`` hash.
    ///   - compute: the record of a form and its hash, run outside the lock.
    /// - Returns: one record per form, in order, shared by every article that uses the form.
    func records(_ words: [String], hashes: [UInt64], compute: (String, UInt64) -> WordRecord) -> [WordRecord] {
        var out = [WordRecord?]()
        out.reserveCapacity(words.count)
        var missing = [Int]()
        store.withLock { known in
            for i in words.indices {
                let r = known.record(of: words[i], hash: hashes[i])
                out.append(r)
                if r == nil { missing.append(i) }
            }
        }
        guard !missing.isEmpty else { return out.compactMap { $0 } }
        var computed = [(Int, WordRecord)]()
        for i in missing {
            let r = compute(words[i], hashes[i])
            out[i] = r
            computed.append((i, r))
        }
        store.withLock { known in
            if known.count + missing.count > limit { known = Store() }
            for (_, r) in computed { known.insert(r) }
        }
        return out.compactMap { $0 }
    }

    /// The record of one word form, made by `compute` when the form was not seen before.
    /// - Parameters:
    ///   - word: a lower-case word form.
    ///   - hash: its ``Tokenizer/fnv(_:)`` hash.
    ///   - compute: the record of the form and its hash, run outside the lock.
    func record(_ word: String, hash: UInt64, compute: (String, UInt64) -> WordRecord) -> WordRecord {
        if let r = store.withLock({ $0.record(of: word, hash: hash) }) { return r }
        let r = compute(word, hash)
        store.withLock { known in
            if known.count + 1 > limit { known = Store() }
            known.insert(r)
        }
        return r
    }

    /// The information of each word form (hashing each here).
    func infos(_ words: [String], compute: (String) -> TokenInfo) -> [TokenInfo] {
        records(words, hashes: words.map(Tokenizer.fnv)) { WordRecord(lower: $0, hash: $1, info: compute($0)) }.map(\.info)
    }

    /// How many word forms are kept.
    var count: Int { store.withLock { $0.count } }

    /// An open-addressing table on the tokenizer's word hash, which every token carries already:
    /// no word is hashed again to be looked up.
    struct Store {
        private var slots = [Int32](repeating: -1, count: 1024)
        private var records = [WordRecord]()
        var count: Int { records.count }

        func record(of word: String, hash: UInt64) -> WordRecord? {
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: hash) & mask
            while slots[s] >= 0 {
                let r = records[Int(slots[s])]
                if r.hash == hash, r.lower == word { return r }
                s = (s + 1) & mask
            }
            return nil
        }

        mutating func insert(_ record: WordRecord) {
            guard self.record(of: record.lower, hash: record.hash) == nil else { return }
            if (records.count + 1) * 2 > slots.count { grow() }
            records.append(record)
            place(records.count - 1)
        }

        private mutating func place(_ i: Int) {
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: records[i].hash) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(i)
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for i in records.indices { place(i) }
        }
    }
}
