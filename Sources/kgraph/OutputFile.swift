import Foundation

/// Why an output could not be written, or was refused.
enum OutputError: Error, CustomStringConvertible {
    /// The output is the knowledge base.
    case isStore(output: String, store: String)
    /// The output is one of the build's inputs.
    case isInput(output: String, input: String)
    /// The output is a folder.
    case isFolder(String)
    /// The write failed.
    case cannotWrite(String, reason: String)

    var description: String {
        switch self {
        case .isStore(let output, let store):
            "refusing to write '\(output)': it is the knowledge base '\(store)'; choose another output"
        case .isInput(let output, let input):
            "refusing to write '\(output)': it is the input '\(input)'; choose another output (--output-dir, --store or -o)"
        case .isFolder(let path): "cannot write '\(path)': it is a folder"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        }
    }
}

/// Writes command outputs without destroying what is there: a regular file (or a new one) is
/// replaced atomically (a temporary file renamed over it); anything else — a symbolic link, a
/// device such as `/dev/stdout`, a FIFO — is opened and written through, never replaced.
/// ``refuseClobbering(outputs:store:inputs:)`` stops a command, before it does any work, from
/// writing over its own knowledge base or inputs.
enum OutputFile {
    /// Writes `data` to `path`.
    /// - Throws: ``OutputError``.
    static func write(_ data: Data, to path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG else {
            do {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw OutputError.cannotWrite(path, reason: FoundationErrorText.reason(error))
            }
            return
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw OutputError.isFolder(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw OutputError.cannotWrite(path, reason: String(cString: strerror(errno)).lowercased()) }
        defer { close(fd) }
        do {
            try FileDescriptorWriter.write(data, to: fd)
        } catch {
            throw OutputError.cannotWrite(path, reason: FoundationErrorText.reason(error))
        }
    }

    /// Refuses outputs that are the store or an input (the same file, through any path or link).
    /// - Parameters:
    ///   - outputs: the files the command will write.
    ///   - store: the knowledge base, when the command has one.
    ///   - inputs: the files the command reads.
    /// - Throws: ``OutputError/isStore(output:store:)`` or ``OutputError/isInput(output:input:)``.
    static func refuseClobbering(outputs: [String], store: String?, inputs: [String] = []) throws {
        let storeID = store.map(FileIdentity.init)
        let inputIDs = inputs.filter { $0 != "-" }.map { ($0, FileIdentity($0)) }
        for output in outputs {
            let id = FileIdentity(output)
            if let store, id == storeID { throw OutputError.isStore(output: output, store: store) }
            if let (input, _) = inputIDs.first(where: { $0.1 == id }) { throw OutputError.isInput(output: output, input: input) }
        }
    }
}

/// What a path denotes: the device and inode of an existing file (links followed), else the
/// absolute path with its existing folders resolved.
enum FileIdentity: Hashable {
    case inode(dev: UInt64, ino: UInt64)
    case path(String)

    init(_ path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            self = .inode(dev: UInt64(info.st_dev), ino: UInt64(info.st_ino))
            return
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().resolvingSymlinksInPath()
        self = .path(parent.appendingPathComponent(url.lastPathComponent).path)
    }
}
