import KGraphGraphviz

/// A diagram that could not be drawn.
public enum DiagramError: Error, CustomStringConvertible, Sendable {
    /// Graphviz failed; the text is Graphviz's, with what to install when a plugin is missing.
    case graphviz(String)

    /// One lowercase line.
    public var description: String {
        switch self {
        case let .graphviz(text): "cannot render the diagram: \(text)"
        }
    }

    /// Wraps a binding error.
    init(_ error: GraphvizError) { self = .graphviz(error.description) }
}
