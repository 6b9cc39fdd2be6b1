/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered (hierarchical) layout: the clearest for one article's graph.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed, with clusters.
    case fdp
    /// Multiscale force-directed: the one for large graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial, around a centre node.
    case twopi

    /// The most nodes this engine lays out in reasonable time (about a minute on one core); a
    /// larger graph is cut to its most connected nodes, and the diagram's notes say how many
    /// were left out. circo and neato grow fastest with size; sfdp is made for large graphs.
    public var nodeLimit: Int {
        switch self {
        case .dot: 2_000
        case .neato, .fdp: 1_500
        case .sfdp: 5_000
        case .circo: 500
        case .twopi: 2_000
        }
    }
}
