import Foundation

/// An article to build, and whether it was named alone (a bad one fails the build) or found in
/// a folder (a bad one is reported and skipped).
struct ArticleInput: Hashable {
    var path: String
    var fromFolder: Bool
}

/// The articles of a build, and the entries of its folders that were skipped (one message each).
struct InputListing {
    var inputs: [ArticleInput] = []
    var skipped: [String] = []
}

/// Why the inputs of a build could not be listed.
enum InputError: Error, CustomStringConvertible {
    case missing(String)
    case emptyFolder(String)
    case unreadableFolder(String, reason: String)
    case permissionDenied(String)
    case notRegularFile(String, kind: String)

    var description: String {
        switch self {
        case .missing(let p): "cannot read '\(p)': no such file or folder"
        case .emptyFolder(let p): "no articles (.txt or .md files) in folder '\(p)'"
        case .unreadableFolder(let p, let reason): "cannot read folder '\(p)': \(reason)"
        case .permissionDenied(let p): "cannot read '\(p)': permission denied"
        case .notRegularFile(let p, let kind): "cannot read '\(p)': not a regular file (\(kind))"
        }
    }
}

/// Expands the paths of a build: files as given, folders to every `.txt` and `.md` file inside
/// (recursively, sorted), `-` for standard input.
///
/// A folder is walked without following symbolic links that lead outside it (unless
/// `followLinks`), and without opening anything but regular files: a FIFO, device or socket
/// would block a read forever. Such entries, links leaving the folder, and sub-folders that
/// cannot be read are skipped, each with a message.
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
    /// - Throws: ``InputError`` for a path named alone that is missing, unreadable or not a
    ///   regular file or folder, and for a folder with no articles and nothing skipped.
    static func expand(_ paths: [String], followLinks: Bool = false) throws -> InputListing {
        var listing = InputListing()
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                if seen.insert(path).inserted { listing.inputs.append(ArticleInput(path: path, fromFolder: false)) }
                continue
            }
            if try checkNamed(path) {
                let name = standardized(path)
                if seen.insert(name).inserted { listing.inputs.append(ArticleInput(path: name, fromFolder: false)) }
                continue
            }
            var walker = FolderWalker(root: path, followLinks: followLinks)
            try walker.walk()
            if walker.found.isEmpty && walker.skipped.isEmpty { throw InputError.emptyFolder(path) }
            listing.skipped += walker.skipped
            for f in walker.found.sorted() where seen.insert(f).inserted { listing.inputs.append(ArticleInput(path: f, fromFolder: true)) }
        }
        return listing
    }

    /// Checks a path named on the command line (links followed).
    /// - Returns: true for a regular file, false for a folder.
    /// - Throws: ``InputError`` for anything else.
    static func checkNamed(_ path: String) throws -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw errno == EACCES ? InputError.permissionDenied(path) : InputError.missing(path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFDIR: return false
        default: throw InputError.notRegularFile(path, kind: kind(of: info.st_mode))
        }
    }

    /// A file type in words.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a fifo"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFDIR: "a folder"
        default: "not a file"
        }
    }
}

/// A walk of one folder given to `build`, collecting article files and what it skipped.
struct FolderWalker {
    /// The folder as given (paths found start with it).
    let root: String
    /// Whether to follow links that leave the folder.
    let followLinks: Bool
    /// Article files found.
    var found: [String] = []
    /// One message per entry skipped.
    var skipped: [String] = []
    /// The folder's real path, links resolved.
    let realRoot: String
    /// Folders already walked (device, inode): a link cycle is walked once.
    var visited = Set<[UInt64]>()

    init(root: String, followLinks: Bool) {
        self.root = root
        self.followLinks = followLinks
        realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
    }

    /// Walks the folder.
    /// - Throws: ``InputError/unreadableFolder(_:reason:)`` when the folder itself cannot be read.
    mutating func walk() throws {
        guard let names = Self.entries(of: root) else {
            throw InputError.unreadableFolder(root, reason: String(cString: strerror(errno)).lowercased())
        }
        var info = stat()
        if stat(root, &info) == 0 { visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) }
        visit(names, in: root)
    }

    /// The names in a folder, sorted; `nil` (with `errno` set) when it cannot be read.
    static func entries(of folder: String) -> [String]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    mutating func visit(_ names: [String], in folder: String) {
        for name in names {
            // lstat the path as joined: standardizing it would resolve the links to be checked
            let raw = (folder as NSString).appendingPathComponent(name)
            let path = Inputs.standardized(raw)
            var info = stat()
            guard lstat(raw, &info) == 0 else { continue }
            let isArticle = Inputs.articleExtensions.contains((name as NSString).pathExtension.lowercased()) && !name.hasPrefix(".")
            if info.st_mode & S_IFMT == S_IFLNK && !follow(raw, isArticle: isArticle, info: &info) { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
                guard let inner = Self.entries(of: raw) else {
                    skipped.append("cannot read folder '\(path)': \(String(cString: strerror(errno)).lowercased())")
                    continue
                }
                visit(inner, in: raw)
            case S_IFREG where isArticle:
                found.append(path)
            case S_IFREG:
                continue
            default:
                if isArticle { skipped.append("cannot read '\(path)': not a regular file (\(Inputs.kind(of: info.st_mode)))") }
            }
        }
    }

    /// Follows a link found in the folder: fills `info` with its target's; a link to nothing, or
    /// (without `followLinks`) one leading outside the folder, is not followed, and reported when
    /// it leads to a folder or is named like an article.
    /// - Returns: whether to go on with the target.
    mutating func follow(_ path: String, isArticle: Bool, info: inout stat) -> Bool {
        guard stat(path, &info) == 0 else {
            if isArticle { skipped.append("cannot read '\(Inputs.standardized(path))': a link to nothing") }
            return false
        }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let inside = target == realRoot || target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
        if inside || followLinks { return true }
        if isArticle || info.st_mode & S_IFMT == S_IFDIR {
            skipped.append("not following '\(Inputs.standardized((path as NSString).deletingLastPathComponent))/\((path as NSString).lastPathComponent)': a link to '\(target)', outside '\(root)' (use --follow-links)")
        }
        return false
    }
}
