import Foundation

/// An article to build, and whether it was named alone (a bad one fails the build) or found in
/// a folder (a bad one is reported and skipped).
struct ArticleInput: Hashable {
    var path: String
    var fromFolder: Bool
}

/// Why the inputs of a build could not be listed.
enum InputError: Error, CustomStringConvertible {
    case missing(String)
    case emptyFolder(String)
    case unreadableFolder(String)

    var description: String {
        switch self {
        case .missing(let p): "cannot read '\(p)': no such file or folder"
        case .emptyFolder(let p): "no articles (.txt or .md files) in folder '\(p)'"
        case .unreadableFolder(let p): "cannot read folder '\(p)'"
        }
    }
}

/// Expands the paths of a build: files as given, folders to every `.txt` and `.md` file inside
/// (recursively, sorted), `-` for standard input.
enum Inputs {
    /// File extensions read from folders.
    static let articleExtensions: Set<String> = ["txt", "md"]

    /// A path as recorded in the knowledge base: `./a.txt` and `a.txt`, `news//a.txt` and
    /// `news/a.txt` are one article.
    static func standardized(_ path: String) -> String {
        let s = (path as NSString).standardizingPath
        return s.isEmpty ? path : s
    }

    /// Lists the articles named by paths.
    /// - Throws: ``InputError`` for a missing path or a folder with no articles.
    static func expand(_ paths: [String]) throws -> [ArticleInput] {
        var result: [ArticleInput] = []
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                if seen.insert(path).inserted { result.append(ArticleInput(path: path, fromFolder: false)) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.missing(path) }
            if !isDirectory.boolValue {
                let name = Self.standardized(path)
                if seen.insert(name).inserted { result.append(ArticleInput(path: name, fromFolder: false)) }
                continue
            }
            // A folder given through a symbolic link is walked at its target; paths stay as given.
            let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard let walker = FileManager.default.enumerator(atPath: root.isEmpty ? path : root) else { throw InputError.unreadableFolder(path) }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let ext = (rel as NSString).pathExtension.lowercased()
                guard articleExtensions.contains(ext) else { continue }
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                let full = Self.standardized((path as NSString).appendingPathComponent(rel))
                var dir: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
            }
            if found.isEmpty { throw InputError.emptyFolder(path) }
            for f in found.sorted() where seen.insert(f).inserted { result.append(ArticleInput(path: f, fromFolder: true)) }
        }
        return result
    }
}
