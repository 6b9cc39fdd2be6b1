import Foundation

/// Runs the built `kgraph` executable in a temporary working directory and captures its output.
struct KGraphRunner {
    /// The result of one run.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The temporary working directory of this runner.
    let directory: URL

    /// Creates a runner with a fresh temporary directory.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The `kgraph` executable beside the test bundle, or `KGRAPH_TEST_BINARY` (to run the CLI
    /// tests against another build, e.g. to see a regression test fail on an older commit).
    static var executable: URL {
        if let other = ProcessInfo.processInfo.environment["KGRAPH_TEST_BINARY"], !other.isEmpty { return URL(fileURLWithPath: other) }
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("kgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("kgraph")
    }

    /// The repository's `Examples/` folder.
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
    }

    /// Writes a file in the working directory and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    /// Writes bytes to a file in the working directory and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// A path in the working directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Runs kgraph with arguments; `stdin` is piped when given. `standardOutput` replaces the
    /// captured output (a pipe with no reader, `/dev/full`); `ignoringSIGPIPE` runs kgraph with
    /// SIGPIPE ignored, as some shells and services do; `unprivileged` runs it as user nobody
    /// when the tests run as root (so that file permissions apply). A run still going after
    /// `timeout` seconds is killed (status 9 by signal): a hang fails its test, not the suite.
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
             standardOutput: FileHandle? = nil, ignoringSIGPIPE: Bool = false, unprivileged: Bool = false,
             timeout: TimeInterval = 300, executable: URL = KGraphRunner.executable) throws -> Run {
        let process = Process()
        if ignoringSIGPIPE {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", Self.executable.path] + arguments
        } else if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Self.executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KGRAPH_STORE")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // Output goes to files, so a large output can never block the child on a full pipe.
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline { kill(process.processIdentifier, SIGKILL) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                   stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }

    /// A file's bytes, or nil when missing.
    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }
}
