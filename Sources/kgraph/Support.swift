import ArgumentParser
import Foundation

/// The knowledge base location shared by every command that reads or writes it.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The knowledge base file.",
        discussion: "Default: $KGRAPH_STORE if set, else Graphs/kgraph.sqlite under the current directory.",
        valueName: "path"))
    var store: String?

    /// The store path: `--store`, then `KGRAPH_STORE`, then `Graphs/kgraph.sqlite`.
    var path: String {
        if let store, !store.isEmpty { return store }
        if let env = ProcessInfo.processInfo.environment["KGRAPH_STORE"], !env.isEmpty { return env }
        return "Graphs/kgraph.sqlite"
    }
}

/// Exit statuses of kgraph.
enum Exit {
    static let noAnswer = ExitCode(1)
    static let failure = ExitCode(2)
    static let skipped = ExitCode(3)
}

/// Standard error, unbuffered.
enum Console {
    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints `kgraph: error: <message>` on standard error and returns the failure exit code.
    static func fail(_ error: any Error) -> ExitCode {
        Console.error("kgraph: error: \(Console.oneLine(error))")
        return Exit.failure
    }

    /// An error's description folded to one line.
    static func oneLine(_ error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Whether standard error is a terminal (for progress bars and colour).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes bytes to standard output.
    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes a value as indented JSON with sorted keys, and a newline, to standard output.
    static func writeJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        write(try encoder.encode(value))
        out("\n")
    }

    /// Writes a string to standard output.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
