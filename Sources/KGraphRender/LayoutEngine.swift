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
}
