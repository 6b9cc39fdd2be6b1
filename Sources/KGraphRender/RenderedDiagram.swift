import Foundation

/// A rendered diagram: its bytes and what the renderer decided.
public struct RenderedDiagram: Sendable {
    /// The bytes: SVG or DOT text in UTF-8, or PNG/PDF binary.
    public var data: Data
    /// The format of ``data``.
    public var format: DiagramFormat
    /// The layout engine used (or named in the DOT source).
    public var engine: LayoutEngine
    /// Nodes drawn (the legend not counted).
    public var nodeCount: Int
    /// Edges drawn.
    public var edgeCount: Int
    /// Nodes of the graph left out for size.
    public var droppedNodeCount: Int
    /// Decisions, one sentence each: the engine chosen and why, nodes dropped, labels elided,
    /// time nodes folded into their events, highlight ids not found.
    public var notes: [String]
    /// Graphviz's warnings, one line each.
    public var warnings: [String]
}
