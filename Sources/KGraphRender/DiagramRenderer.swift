import Foundation
import KGraphGraphviz
import KGraphModel

/// Draws a ``KGraph`` as a diagram through kgraph's own Graphviz binding: kgraph's visual
/// language, a legend, escaped labels, tooltips with the evidence sentence and article, an engine
/// and size limits chosen for the graph's size.
///
/// ```swift
/// let diagram = try DiagramRenderer().render(graph, format: .svg, highlight: ["person:lina moor"])
/// try diagram.data.write(to: url)
/// diagram.notes.forEach { print($0) }   // "engine dot: 24 nodes…"
/// ```
public struct DiagramRenderer: Sendable {
    /// Above this many nodes the engine chosen by default is `sfdp` rather than `dot`.
    public var largeGraphNodeCount: Int
    /// The most nodes drawn; beyond it the least connected nodes are left out (highlighted nodes
    /// are always kept).
    public var maximumNodeCount: Int
    /// Above this many nodes edges are drawn without labels (the legend and tooltips still say
    /// what they are).
    public var edgeLabelNodeLimit: Int
    /// How many evidence sentences a tooltip quotes.
    public var tooltipEvidenceCount: Int

    /// Creates a renderer.
    /// - Parameters:
    ///   - largeGraphNodeCount: nodes above which `sfdp` replaces `dot` when no engine is given.
    ///   - maximumNodeCount: the most nodes drawn.
    ///   - edgeLabelNodeLimit: nodes above which edges lose their labels.
    ///   - tooltipEvidenceCount: evidence sentences per tooltip.
    public init(largeGraphNodeCount: Int = 300, maximumNodeCount: Int = 5000, edgeLabelNodeLimit: Int = 300,
                tooltipEvidenceCount: Int = 3) {
        self.largeGraphNodeCount = largeGraphNodeCount
        self.maximumNodeCount = maximumNodeCount
        self.edgeLabelNodeLimit = edgeLabelNodeLimit
        self.tooltipEvidenceCount = tooltipEvidenceCount
    }

    /// Renders a graph.
    /// - Parameters:
    ///   - graph: the graph (node ids unique).
    ///   - format: the output format.
    ///   - engine: the layout engine; `nil` picks `dot` for small graphs and `sfdp` (with overlap
    ///     removal) for large ones.
    ///   - highlight: ids of nodes to emphasise (a query's answers).
    ///   - title: a title drawn above the diagram.
    /// - Returns: the bytes and notes on what was decided.
    /// - Throws: ``DiagramError/graphviz(_:)`` with Graphviz's text (and what to install when a
    ///   plugin is missing).
    /// - Complexity: O(nodes + edges) to prepare, plus the layout engine's cost.
    public func render(_ graph: KGraph, format: DiagramFormat, engine: LayoutEngine? = nil,
                       highlight: Set<String> = [], title: String? = nil) throws -> RenderedDiagram {
        let plan = DiagramPlan(graph, renderer: self, engine: engine, highlight: highlight, title: title)
        let bytes: [UInt8]
        var warnings: [String] = []
        do {
            if format == .dot {
                bytes = Array(try Graphviz.dotSource(of: plan.description).utf8)
            } else {
                let out = try Graphviz.render(plan.description, engine: plan.engine.rawValue, format: format.rawValue)
                bytes = out.bytes
                warnings = out.warnings
            }
        } catch {
            throw DiagramError(error)
        }
        return RenderedDiagram(data: Data(bytes), format: format, engine: plan.engine, nodeCount: plan.nodeCount,
                               edgeCount: plan.edgeCount, droppedNodeCount: plan.droppedNodeCount,
                               notes: plan.notes, warnings: warnings)
    }

    /// The DOT source kgraph exports for a graph: the same styled, escaped graph that
    /// ``render(_:format:engine:highlight:title:)`` lays out, written by cgraph, with a `layout`
    /// attribute naming the engine (so `dot -Tsvg` on it draws the same picture).
    /// - Parameters: as for ``render(_:format:engine:highlight:title:)``.
    /// - Returns: DOT text.
    /// - Throws: ``DiagramError/graphviz(_:)`` when cgraph refuses the graph.
    /// - Complexity: O(nodes + edges).
    public func dotSource(_ graph: KGraph, engine: LayoutEngine? = nil, highlight: Set<String> = [],
                          title: String? = nil) throws -> String {
        let plan = DiagramPlan(graph, renderer: self, engine: engine, highlight: highlight, title: title)
        do { return try Graphviz.dotSource(of: plan.description) } catch { throw DiagramError(error) }
    }
}
