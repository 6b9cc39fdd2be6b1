import Foundation
import KGraphModel

/// Why a name or article given on the command line was not found.
enum LookupError: Error, CustomStringConvertible {
    case unknown(String, suggestions: [String])
    case ambiguous(String, candidates: [String])
    case noArticle(String)

    var description: String {
        switch self {
        case .unknown(let name, let suggestions):
            "no entity named '\(name)' in the knowledge base" + (suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?")
        case .ambiguous(let name, let candidates):
            "'\(name)' could be " + candidates.map { "'\($0)'" }.joined(separator: ", ") + "; give the full name"
        case .noArticle(let path): "no article '\(path)' in the knowledge base (see kgraph stats)"
        }
    }
}

/// Resolves a name typed by a user to one entity node: exact name or alias first, then a unique
/// node whose name ends with the typed words (a surname), then a suggestion by edit distance.
enum EntityLookup {
    /// Entity kinds a user names.
    static let kinds: Set<NodeKind> = [.person, .organization, .place]

    /// The entity a name denotes.
    /// - Throws: ``LookupError`` when none or several match.
    static func resolve(_ name: String, in reader: any GraphReader) throws -> Node {
        let key = NameKey.normalize(name)
        let exact = try reader.nodes(withNameKey: key).filter { kinds.contains($0.kind) }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw LookupError.ambiguous(name, candidates: exact.map { "\($0.name) (\($0.kind.rawValue))" }) }
        let index = try reader.nameIndex(kinds: kinds)
        let partial = Set(index.filter { $0.key.hasSuffix(" " + key) || $0.key.hasPrefix(key + " ") }.flatMap(\.value))
        if partial.count == 1, let node = try reader.node(id: partial.first!) { return node }
        if partial.count > 1 {
            let names = try partial.compactMap { try reader.node(id: $0)?.name }.sorted()
            throw LookupError.ambiguous(name, candidates: names)
        }
        let close = index.keys.map { ($0, editDistance($0, key, limit: 3)) }.filter { $0.1 <= max(1, key.count / 4) }
            .sorted { $0.1 < $1.1 }.prefix(3)
        let suggestions = try close.flatMap { index[$0.0] ?? [] }.compactMap { try reader.node(id: $0)?.name }
        throw LookupError.unknown(name, suggestions: Array(NSOrderedSet(array: suggestions)) as? [String] ?? suggestions)
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var cur = [i] + Array(repeating: 0, count: y.count)
            var rowMin = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            prev = cur
        }
        return x.isEmpty ? y.count : prev[y.count]
    }
}
