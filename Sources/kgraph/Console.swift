import ArgumentParser
import Foundation

/// Exit statuses of kgraph (README, "Commands").
enum Exit {
    /// `query`: the question was read but has no answer.
    static let noAnswer = ExitCode(1)
    /// Bad input, store or render failure, or a write error; nothing was stored.
    static let failure = ExitCode(2)
    /// `build` finished but skipped bad files or entries found in a folder.
    static let skipped = ExitCode(3)
    /// `build` stored its articles, but could not draw (all of) their diagrams.
    static let storedNotDrawn = ExitCode(4)
    /// Standard output was closed by its reader (a pipe to `head`): as if killed by SIGPIPE.
    static let brokenPipe: Int32 = 141
}

/// Standard output and standard error. Text for people goes through ``TerminalText`` so that
/// an article cannot send escape sequences to the terminal; data (JSON, exports) is written as
/// is. A write error on standard output ends kgraph: quietly with 141 when the reader has gone
/// (EPIPE, as a process killed by SIGPIPE), else with one line and exit status 2.
enum Console {
    /// Writes one line for people to standard error (control characters replaced).
    static func error(_ line: String) {
        _ = try? FileDescriptorWriter.write(Data((TerminalText.safe(line) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Prints `kgraph: error: <message>` on standard error and returns the failure exit code.
    static func fail(_ error: any Error) -> ExitCode {
        Console.error("kgraph: error: \(Console.oneLine(error))")
        return Exit.failure
    }

    /// An error's description folded to one line; Foundation's errors in plain words.
    static func oneLine(_ error: any Error) -> String {
        let text = FoundationErrorText.describe(error) ?? String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Whether standard error is a terminal (for progress bars and colour).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes bytes (JSON, an export) to standard output, as they are.
    static func write(_ data: Data) {
        do {
            try FileDescriptorWriter.write(data, to: STDOUT_FILENO)
        } catch let error as POSIXError where error.code == .EPIPE {
            exit(Exit.brokenPipe)
        } catch {
            Console.error("kgraph: error: cannot write to standard output: \(FoundationErrorText.reason(error))")
            exit(Exit.failure.rawValue)
        }
    }

    /// Writes a value as indented JSON with sorted keys, and a newline, to standard output.
    static func writeJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        write(try encoder.encode(value) + Data("\n".utf8))
    }

    /// Writes text for people to standard output, control characters replaced.
    static func out(_ text: String) {
        write(Data(TerminalText.safe(text).utf8))
    }
}

/// Writes whole buffers to a file descriptor with `write(2)`, retrying short writes and EINTR.
enum FileDescriptorWriter {
    /// Writes every byte of `data`.
    /// - Throws: `POSIXError` with the `errno` of the failed write (EPIPE, ENOSPC, EBADF…).
    static func write(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += n
            }
        }
    }
}

/// Text made safe for a terminal: control characters (C0 but line feed and tab, DEL, C1) and
/// bidirectional overrides are replaced by U+FFFD, so that an article's text cannot move the
/// cursor, clear the screen, set the clipboard (OSC 52) or reorder what is shown. A carriage
/// return (Windows line ends) is dropped: it could only overwrite the line.
enum TerminalText {
    /// `text` with every unsafe character replaced.
    /// - Complexity: O(n) in the text's length; the text itself when nothing is replaced.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\r" { out.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    /// Whether a scalar must not reach a terminal as is.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// Foundation's file errors (`NSCocoaErrorDomain Code=516 … UserInfo={…}`) in one plain line.
enum FoundationErrorText {
    /// "cannot write 'out.svg': file exists", or `nil` when the error is not Foundation's.
    static func describe(_ error: any Error) -> String? {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let isWrite = (CocoaError.Code.fileWriteUnknown.rawValue...CocoaError.Code.fileWriteVolumeReadOnly.rawValue).contains(ns.code)
        let verb = ns.domain == NSCocoaErrorDomain && !isWrite ? "cannot read" : "cannot write"
        return path.map { "\(verb) '\($0)': \(reason(error))" } ?? reason(error)
    }

    /// A short lowercase reason: the POSIX error's text when there is one.
    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))).lowercased() }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        guard ns.domain == NSCocoaErrorDomain else { return String(describing: error) }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteFileExists: return "file exists"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on device"
        case .fileWriteVolumeReadOnly: return "read-only file system"
        case .fileReadCorruptFile: return "the file is damaged"
        case .fileReadInapplicableStringEncoding, .fileWriteInapplicableStringEncoding: return "not valid text in that encoding"
        case .fileReadTooLarge: return "the file is too large"
        default: return "file error \(ns.code)"
        }
    }
}
