import Foundation
import KGraphModel

/// A seeded byte mutator for the plain (non-libFuzzer) driver: the same kinds of changes
/// libFuzzer makes, without coverage feedback.
struct Mutator {
    /// The random numbers, from the seed.
    private var rng: SplitMix

    /// Creates a mutator.
    /// - Parameter state: the seed.
    init(state: UInt64) { rng = SplitMix(seed: state) }

    /// Bytes that tend to matter to kgraph's readers: quotes, digits, braces, separators.
    static let interesting: [[UInt8]] = ["\"", "\\", "{", "}", "[", "]", ":", ",", "-1", "0", "9223372036854775807",
                                         "4611686018427387904", "null", "\u{0}", "\u{1B}[2J", "\u{200B}", "é", "😀", ".", "\n",
                                         "who ", " arrested ", "?", "'s"].map { Array($0.utf8) }

    mutating func next() -> UInt64 { rng.next() }

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
