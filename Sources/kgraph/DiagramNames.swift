import Foundation

/// The file names (without extension) of articles' diagrams: unique in a folder, and stable
/// from one build to the next.
///
/// An article's diagram is named after its file ("port-raid" for `news/port-raid.txt`). When
/// several articles share that name (`a/story.txt`, `b/story.txt`), the first stored keeps it
/// and each other one adds a short hash of its own path ("story-1f0c5a9e"), so no build ever
/// draws one article over another's diagram, and an article's diagram keeps its name.
enum DiagramNames {
    /// Names for the diagrams of `paths`.
    /// - Parameters:
    ///   - paths: the articles' paths as stored, in build order.
    ///   - stored: the paths already in the knowledge base, oldest first.
    /// - Returns: article path → diagram name.
    /// - Complexity: O(n) in the number of paths.
    static func names(for paths: [String], stored: [String]) -> [String: String] {
        var firstOwner = [String: String]()
        for path in stored + paths where firstOwner[base(of: path)] == nil { firstOwner[base(of: path)] = path }
        var result = [String: String]()
        for path in paths {
            let b = base(of: path)
            result[path] = firstOwner[b] == path ? b : "\(b)-\(shortHash(path))"
        }
        return result
    }

    /// The file name without folder and extension, made safe for a file name.
    static func base(of path: String) -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let safe = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.value < 0x20 || $0 == "/" || $0 == "\u{7F}" ? "_" : $0 }))
        return safe.isEmpty || safe.hasPrefix(".") ? "article" + safe : safe
    }

    /// Eight hex digits of the 64-bit FNV-1a hash of a path: stable across runs and machines.
    static func shortHash(_ path: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in path.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return String(String(h, radix: 16).suffix(8)).leftPadded(to: 8)
    }
}

private extension String {
    /// The string with leading zeros up to `count` characters.
    func leftPadded(to count: Int) -> String { String(repeating: "0", count: max(0, count - self.count)) + self }
}
