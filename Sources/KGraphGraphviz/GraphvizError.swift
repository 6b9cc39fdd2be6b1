/// A failure reported by the Graphviz C library, carrying Graphviz's own message text.
///
/// Messages are captured through the `agseterrf` hook (never printed to the terminal) and
/// folded to one line.
package enum GraphvizError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The Graphviz context could not be created (plugins or configuration missing).
    case contextUnavailable
    /// A layout engine is not available in the installed Graphviz.
    /// - engine: the engine asked for; available: the layout plugins that loaded.
    case layoutEngineUnavailable(engine: String, available: [String])
    /// An output format is not available in the installed Graphviz.
    /// - format: the format asked for; available: the render formats that loaded.
    case formatUnavailable(format: String, available: [String])
    /// Layout ran but failed; message is Graphviz's text.
    case layoutFailed(engine: String, message: String)
    /// Rendering ran but failed; message is Graphviz's text.
    case renderFailed(format: String, message: String)
    /// DOT text could not be parsed; message is Graphviz's text.
    case parseFailed(message: String)
    /// Building the graph through cgraph failed (a node, edge or attribute was refused).
    case buildFailed(message: String)

    /// The advice given whenever a plugin is missing.
    package static let installHint =
        "install libgvc6 and libgraphviz-dev (Debian/Ubuntu: apt-get install libgraphviz-dev) and run 'dot -c' as root to register the plugins"

    /// One lowercase line naming what failed, with Graphviz's text.
    package var description: String {
        switch self {
        case .contextUnavailable:
            return "cannot create a graphviz context: \(Self.installHint)"
        case let .layoutEngineUnavailable(engine, available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "graphviz layout engine '\(engine)' is not available (loaded: \(list)); \(Self.installHint)"
        case let .formatUnavailable(format, available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "graphviz output format '\(format)' is not available (loaded: \(list)); \(Self.installHint)"
        case let .layoutFailed(engine, message):
            return "graphviz layout with '\(engine)' failed: \(message)"
        case let .renderFailed(format, message):
            return "graphviz rendering to '\(format)' failed: \(message)"
        case let .parseFailed(message):
            return "cannot parse dot text: \(message)"
        case let .buildFailed(message):
            return "cannot build the graphviz graph: \(message)"
        }
    }
}
