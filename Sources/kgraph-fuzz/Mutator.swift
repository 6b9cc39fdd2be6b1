import Foundation

/// A seeded byte mutator for the plain (non-libFuzzer) driver: the same kinds of changes
/// libFuzzer makes, without coverage feedback.
struct Mutator {
    /// The random state (SplitMix64).
    var state: UInt64

    /// Bytes that tend to matter to kgraph's readers: quotes, digits, braces, separators.
    static let interesting: [[UInt8]] = ["\"", "\\", "{", "}", "[", "]", ":", ",", "-1", "0", "9223372036854775807",
                                         "4611686018427387904", "null", "\u{0}", "\u{1B}[2J", "\u{200B}", "é", "😀", ".", "\n",
                                         "who ", " arrested ", "?", "'s"].map { Array($0.utf8) }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    /// A copy of `input` with one to four random changes; `other` is spliced from sometimes.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var b = input
        for _ in 0...below(4) {
            let at = below(b.count + 1)
            switch below(7) {
            case 0 where !b.isEmpty: b[min(at, b.count - 1)] ^= UInt8(1 << below(8))
            case 1 where !b.isEmpty: b.removeSubrange(at..<min(b.count, at + 1 + below(16)))
            case 2: b.insert(contentsOf: Self.interesting[below(Self.interesting.count)], at: at)
            case 3 where !b.isEmpty: b[min(at, b.count - 1)] = UInt8(truncatingIfNeeded: next())
            case 4 where !other.isEmpty:
                let from = below(other.count)
                b.insert(contentsOf: other[from..<min(other.count, from + 1 + below(64))], at: at)
            case 5 where b.count > 1:
                let from = below(b.count)
                let chunk = b[from..<min(b.count, from + 1 + below(32))]
                b.insert(contentsOf: chunk, at: at)
            default: b.insert(UInt8(truncatingIfNeeded: next()), at: at)
            }
        }
        return b.count > 8_192 ? Array(b.prefix(8_192)) : b
    }
}
