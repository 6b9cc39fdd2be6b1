import Foundation
import KGraphGraphviz

/// Arranges the connected components of a left-to-right `dot` layout in rows.
///
/// `dot` stacks the components of a graph one above the other, so an article with a dozen small
/// stories (a charge with no one named, a statement, a seizure) comes out as a tall strip. Graphviz's
/// own packing (`pack`/`packmode`) loses every edge label in 2.43 and crashes with `newrank`, so the
/// rows are made inside the graph instead: the components of a row are chained by invisible,
/// weightless edges from a last-rank node of one to a first-rank node of the next, which puts them
/// side by side; the rows are still stacked by `dot`. Rows are filled first-fit by estimated width,
/// largest components first, towards a landscape page.
///
/// The chains are ordinary invisible edges, so the DOT that kgraph exports draws the same picture
/// with `dot -Tsvg`.
struct ComponentRows {
    /// The width-to-height ratio aimed at.
    static let targetAspect = 3.2

    /// An estimated size, in points.
    struct Size: Equatable {
        var width: Double
        var height: Double
    }

    /// One connected component: its nodes in graph order, a first-rank and a last-rank node, the
    /// ranks it spans, its widest rank and its estimated height (points).
    struct Component {
        var nodes: [String]
        var source: String
        var sink: String
        /// Ranks the component spans.
        var rankCount: Int
        /// Its widest rank, in points.
        var widestRank: Double
        /// Its tallest rank, in points.
        var height: Double
    }

    /// Invisible edges that put the components of `graph` in rows, largest first. Empty when the
    /// graph has one component.
    /// - Parameters:
    ///   - graph: the styled graph (nodes with `label`, edges drawn).
    ///   - edgeLabels: whether edges carry labels (they widen the gap between ranks).
    /// - Returns: the chaining edges.
    /// - Complexity: O((nodes + edges) log nodes).
    static func chains(for graph: GraphDescription, edgeLabels: Bool) -> [GraphDescription.Edge] {
        let parts = components(of: graph)
        if parts.count < 2 { return [] }
        // Ranks are columns across the whole drawing, as wide as their widest node in any row:
        // a row is as wide as its ranks times a column, not the sum of its own nodes' widths.
        let column = (parts.map(\.widestRank).max() ?? 0) + rankSep + (edgeLabels ? edgeLabelWidth : 0)
        let sized = parts.map { (part: $0, size: Size(width: Double($0.rankCount) * column, height: $0.height)) }
            .sorted { a, b in
                let areaA = a.size.width * a.size.height, areaB = b.size.width * b.size.height
                return areaA != areaB ? areaA > areaB : a.part.nodes.count > b.part.nodes.count
            }
        let rows = fill(sized.map(\.size))
        var edges: [GraphDescription.Edge] = []
        for row in rows where row.count > 1 {
            for (a, b) in zip(row, row.dropFirst()) {
                edges.append(.init(source: sized[a].part.sink, target: sized[b].part.source,
                                   attributes: ["style": "invis", "weight": "0", "class": "layout"]))
            }
        }
        return edges
    }

    /// Splits sizes (in order) into rows: each row takes the next items while its width stays
    /// within the page width for ``targetAspect``; a row holds at least one item.
    /// - Returns: rows of indices into `sizes`.
    static func fill(_ sizes: [Size]) -> [[Int]] {
        guard !sizes.isEmpty else { return [] }
        let area = sizes.reduce(0) { $0 + $1.width * $1.height }
        let widest = sizes.map(\.width).max() ?? 0
        let pageWidth = max(widest, (area * targetAspect).squareRoot())
        var rows: [[Int]] = []
        var widths: [Double] = []
        for (i, s) in sizes.enumerated() {
            // First fit: the first row this item still fits in, else a new row.
            if let r = widths.indices.first(where: { widths[$0] + s.width <= pageWidth * 1.05 }) {
                rows[r].append(i)
                widths[r] += s.width
            } else {
                rows.append([i])
                widths.append(s.width)
            }
        }
        return rows
    }

    /// The connected components of the graph's nodes, each with its ranks and estimated size.
    static func components(of graph: GraphDescription) -> [Component] {
        var index = [String: Int](minimumCapacity: graph.nodes.count)
        for (i, n) in graph.nodes.enumerated() { index[n.id] = i }
        var parent = Array(graph.nodes.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        var outgoing = [[Int]](repeating: [], count: graph.nodes.count)
        var incoming = [Int](repeating: 0, count: graph.nodes.count)
        for e in graph.edges {
            guard let s = index[e.source], let t = index[e.target], s != t else { continue }
            outgoing[s].append(t)
            incoming[t] += 1
            let (a, b) = (root(s), root(t))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var members = [Int: [Int]]()
        var order: [Int] = []
        for i in graph.nodes.indices {
            let r = root(i)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(i)
        }
        let rank = ranks(outgoing: outgoing, incoming: incoming)
        return order.map { r in
            let nodes = members[r]!
            var widthOfRank = [Int: Double](), heightOfRank = [Int: Double]()
            for i in nodes {
                let size = nodeSize(graph.nodes[i])
                widthOfRank[rank[i], default: 0] = max(widthOfRank[rank[i], default: 0], size.width)
                heightOfRank[rank[i], default: 0] += size.height + nodeSep
            }
            let height = heightOfRank.values.max() ?? 0
            let source = nodes.min { rank[$0] != rank[$1] ? rank[$0] < rank[$1] : $0 < $1 }!
            let sink = nodes.max { rank[$0] != rank[$1] ? rank[$0] < rank[$1] : $0 > $1 }!
            return Component(nodes: nodes.map { graph.nodes[$0].id }, source: graph.nodes[source].id,
                             sink: graph.nodes[sink].id, rankCount: widthOfRank.count,
                             widestRank: widthOfRank.values.max() ?? 0, height: height)
        }
    }

    /// Longest-path ranks, as `dot` would roughly assign them: sources at 0, each node one past
    /// its furthest predecessor; nodes on cycles are ranked when first reached.
    static func ranks(outgoing: [[Int]], incoming: [Int]) -> [Int] {
        var rank = [Int](repeating: 0, count: outgoing.count)
        var remaining = incoming
        var queue = remaining.indices.filter { remaining[$0] == 0 }
        var done = [Bool](repeating: false, count: outgoing.count)
        var head = 0
        func drain() {
            while head < queue.count {
                let n = queue[head]
                head += 1
                guard !done[n] else { continue }
                done[n] = true
                for t in outgoing[n] where !done[t] {
                    rank[t] = max(rank[t], rank[n] + 1)
                    remaining[t] -= 1
                    if remaining[t] <= 0 { queue.append(t) }
                }
            }
        }
        drain()
        // Cycles: start from the first unranked node and go on.
        while let n = done.indices.first(where: { !done[$0] }) {
            queue.append(n)
            drain()
        }
        return rank
    }

    /// Gap between ranks (`ranksep` 0.5 in) in points.
    static let rankSep = 36.0
    /// Gap between nodes of a rank (`nodesep` 0.3 in) in points.
    static let nodeSep = 22.0
    /// Extra gap taken by an edge label between ranks.
    static let edgeLabelWidth = 40.0

    /// A node's size from its label: about 6.5 points a character at 12 points, 15 points a
    /// line, plus margins; events (drawn as polygons) are wider.
    static func nodeSize(_ node: GraphDescription.Node) -> Size {
        let label = node.attributes["label"] ?? node.id
        let lines = label.components(separatedBy: "\\n")
        let longest = lines.map(\.count).max() ?? 0
        let fontScale = (node.attributes["fontsize"].flatMap(Double.init) ?? 12) / 12
        var width = Double(longest) * 6.5 * fontScale + 20
        var height = Double(lines.count) * 15 * fontScale + 12
        if ["octagon", "hexagon", "doubleoctagon", "parallelogram"].contains(node.attributes["shape"] ?? "") {
            width *= 1.35
            height *= 1.25
        }
        return Size(width: max(width, 54), height: max(height, 36))
    }
}
