import Dispatch
import Foundation

/// A time limit on a diagram's layout. Graphviz cannot be interrupted in the middle of a layout,
/// so when the limit passes kgraph prints one line saying what was not drawn and ends at once
/// (`_exit`: nothing half-written is flushed; a build's store was committed before it draws).
enum LayoutWatchdog {
    /// The default limit per diagram, in seconds.
    static let defaultSeconds = 120.0

    /// Runs `body`; if it is still running after `seconds`, prints `kgraph: error: <message>` and
    /// exits with `status`.
    /// - Parameters:
    ///   - seconds: the limit.
    ///   - message: what was not drawn, and what to try instead.
    ///   - status: the exit status (2, or 4 after a build's commit).
    ///   - body: the layout and rendering.
    /// - Returns: what `body` returns.
    static func run<T>(seconds: Double, message: String, status: Int32, _ body: () throws -> T) rethrows -> T {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + seconds)
        let line = Data("kgraph: error: \(TerminalText.safe(message))\n".utf8)
        timer.setEventHandler {
            _ = try? FileDescriptorWriter.write(line, to: STDERR_FILENO)
            _exit(status)
        }
        timer.resume()
        defer { timer.cancel() }
        return try body()
    }

    /// The message for a layout that took too long.
    static func message(engine: String, nodes: Int, seconds: Double, what: String) -> String {
        let limit = seconds >= 1 ? "\(Int(seconds)) s" : "\(seconds) s"
        return "\(what): the layout of \(nodes) nodes with \(engine) took longer than \(limit) and was stopped; "
            + "draw less (--focus, --article) or use --engine sfdp"
    }
}
