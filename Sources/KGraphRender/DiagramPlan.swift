import KGraphGraphviz
import KGraphModel

/// A ``KGraph`` turned into a styled Graphviz graph description, with the decisions taken on the
/// way (engine, nodes left out, time nodes folded into their events).
struct DiagramPlan {
    /// The graph to build through cgraph.
    var description: GraphDescription
    /// The engine chosen.
    var engine: LayoutEngine
    /// Nodes drawn (legend excluded).
    var nodeCount = 0
    /// Edges drawn.
    var edgeCount = 0
    /// Nodes left out for size.
    var droppedNodeCount = 0
    /// What was decided, one sentence each.
    var notes: [String] = []

    /// The prefix of legend node ids ("kgraph legend:person"); the legend is the subgraph
    /// ``legendCluster``.
    static let legendPrefix = "kgraph legend:"
    /// The prefix of the names of the legend's subgraphs, one per column (not clusters: Graphviz
    /// 2.43 leaks about 0.8 kB per layout of a cluster).
    static let legendSubgraph = "kgraph_legend"

    /// Plans a diagram.
    /// - Complexity: O((nodes + edges) log nodes) (degree ordering when nodes are dropped).
    init(_ graph: KGraph, renderer: DiagramRenderer, engine requested: LayoutEngine?, highlight: Set<String>, title: String?) {
        var index = [String: Int](minimumCapacity: graph.nodes.count)
        for (i, n) in graph.nodes.enumerated() where index[n.id] == nil { index[n.id] = i }
        let documents = Dictionary(graph.documents.map { ($0.sha256, $0) }, uniquingKeysWith: { a, _ in a })

        // Time nodes reached only by `time` edges are shown on their events instead.
        var timeOfEvent = [String: String]()
        var nonTimeDegree = [String: Int]()
        for e in graph.edges where e.kind != .time {
            nonTimeDegree[e.source, default: 0] += 1
            nonTimeDegree[e.target, default: 0] += 1
        }
        var folded = Set<String>()
        for e in graph.edges where e.kind == .time {
            guard let t = index[e.target].map({ graph.nodes[$0] }), t.kind == .time else { continue }
            if timeOfEvent[e.source] == nil { timeOfEvent[e.source] = t.name }
            if nonTimeDegree[t.id, default: 0] == 0 { folded.insert(t.id) }
        }
        // Statement agents drawn once, as "said" (speaker → statement).
        var saidPairs = Set<String>()
        for e in graph.edges where e.kind == .said { saidPairs.insert(e.target + "\u{1F}" + e.source) }

        var candidates: [Node] = graph.nodes.enumerated().compactMap { i, n in
            index[n.id] == i && !folded.contains(n.id) ? n : nil
        }
        if !folded.isEmpty {
            notes.append("\(folded.count) time node\(folded.count == 1 ? "" : "s") shown on their events instead of as nodes")
        }
        let total = candidates.count
        // The engine first: each has its own node limit.
        let chosen = requested ?? (min(total, renderer.maximumNodeCount) > renderer.largeGraphNodeCount ? .sfdp : .dot)
        engine = chosen
        let limit = min(renderer.maximumNodeCount, chosen.nodeLimit)
        if total > limit {
            candidates = Self.mostConnected(candidates, of: graph, highlight: highlight, keeping: limit)
            droppedNodeCount = total - candidates.count
            let whose = limit < renderer.maximumNodeCount ? "limit \(limit) for \(chosen.rawValue)" : "limit \(limit)"
            notes.append("drew the \(candidates.count) most connected of \(total) nodes (\(whose)); \(droppedNodeCount) left out")
        }
        let drawn = Set(candidates.map(\.id))
        nodeCount = candidates.count

        if requested != nil {
            notes.append("engine \(chosen.rawValue) as asked, for \(nodeCount) nodes")
        } else if chosen == .sfdp {
            notes.append("engine sfdp with overlap removal for \(nodeCount) nodes (dot above \(renderer.largeGraphNodeCount) nodes is slow and unreadable)")
        } else {
            notes.append("engine dot for \(nodeCount) nodes")
        }
        let edgeLabels = nodeCount <= renderer.edgeLabelNodeLimit
        if !edgeLabels {
            notes.append("edge labels left out above \(renderer.edgeLabelNodeLimit) nodes (edge colours and tooltips still say the relation)")
        }
        let missing = highlight.subtracting(drawn)
        if !missing.isEmpty {
            notes.append("\(missing.count) highlighted id\(missing.count == 1 ? "" : "s") not in the diagram: \(missing.sorted().prefix(5).joined(separator: ", "))")
        }

        description = GraphDescription(name: "kgraph", graphAttributes: Self.graphAttributes(engine: engine, nodeCount: nodeCount, title: title),
                                       nodeDefaults: ["fontname": DiagramStyle.font, "fontsize": DiagramStyle.nodeFontSize,
                                                      "style": "filled", "margin": "0.12,0.06", "penwidth": "1.2"],
                                       edgeDefaults: ["fontname": DiagramStyle.font, "fontsize": DiagramStyle.edgeFontSize,
                                                      "arrowsize": "0.7", "penwidth": "1.1"])
        let evidence = Evidence(documents: documents, limit: renderer.tooltipEvidenceCount)
        var kinds = Set<NodeKind>(), events = Set<EventType>()
        for n in candidates {
            var look: DiagramStyle.NodeLook
            var attributes: [String: String] = [:]
            if n.kind == .event {
                let type = n.eventType ?? .other
                events.insert(type)
                look = DiagramStyle.look(event: type)
                attributes["penwidth"] = "2"
            } else {
                kinds.insert(n.kind)
                look = DiagramStyle.look(n.kind)
            }
            attributes["shape"] = look.shape
            attributes["fillcolor"] = look.fill
            attributes["color"] = look.line
            if !look.style.isEmpty { attributes["style"] = "filled," + look.style }
            attributes["label"] = GraphDescription.escapedText(Self.label(n, time: timeOfEvent[n.id]))
            attributes["tooltip"] = GraphDescription.escapedTooltip(evidence.tooltip(headline: Self.headline(n, time: timeOfEvent[n.id]), n.provenance))
            attributes["class"] = n.kind == .event ? "event \(n.eventType?.rawValue ?? "other")" : n.kind.rawValue
            if highlight.contains(n.id) {
                attributes["penwidth"] = "3.5"
                attributes["color"] = DiagramStyle.highlightColor
                attributes["fontcolor"] = DiagramStyle.highlightColor
                attributes["class", default: ""] += " answer"
            }
            description.nodes.append(.init(id: n.id, attributes: attributes))
        }
        let names = Dictionary(candidates.map { ($0.id, $0.kind == .event ? ($0.eventType ?? .other).rawValue : $0.name) },
                               uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for e in graph.edges where drawn.contains(e.source) && drawn.contains(e.target) {
            guard seen.insert(e.key).inserted else { continue }
            if e.kind == .agent, saidPairs.contains(e.source + "\u{1F}" + e.target) { continue }
            let look = DiagramStyle.look(e.kind)
            var attributes = ["color": look.color, "fontcolor": look.color]
            if look.style != "solid" { attributes["style"] = look.style }
            if edgeLabels { attributes["label"] = GraphDescription.escapedText(look.label) }
            let headline = "\(names[e.source] ?? e.source) — \(look.label) → \(names[e.target] ?? e.target)"
            attributes["tooltip"] = GraphDescription.escapedTooltip(evidence.tooltip(headline: headline, e.provenance))
            if highlight.contains(e.source) && highlight.contains(e.target) {
                attributes["penwidth"] = "2.5"
                attributes["color"] = DiagramStyle.highlightColor
            }
            if e.kind == .partOf, engine == .dot {
                // Drawn from the enclosing event so that a raid precedes its arrests.
                attributes["dir"] = "back"
                description.edges.append(.init(source: e.target, target: e.source, attributes: attributes))
            } else {
                description.edges.append(.init(source: e.source, target: e.target, attributes: attributes))
            }
        }
        edgeCount = description.edges.count
        if engine == .dot {
            // Before the legend, which stays a component of its own (dot puts it last).
            let chains = ComponentRows.chains(for: description, edgeLabels: edgeLabels)
            description.edges += chains
            if !chains.isEmpty { notes.append("\(chains.count + 1) unconnected parts set side by side in rows") }
        }
        if nodeCount > 0 {
            addLegend(kinds: NodeKind.allCases.filter { kinds.contains($0) }, events: EventType.allCases.filter { events.contains($0) },
                      highlighted: !highlight.isDisjoint(with: drawn), engine: engine)
        }

    }

    /// Adds the legend: a "legend" heading and one sample node per kind and event type drawn (in
    /// its shape and colours, named by its kind), laid out as a grid of rows of at most
    /// ``legendRows`` (a `rank=same` subgraph per column in dot, held together by invisible edges).
    /// Sample nodes in plain subgraphs rather than an HTML table or a cluster, because Graphviz 2.43
    /// leaks memory on every layout of those (about 3 kB and 0.8 kB).
    mutating func addLegend(kinds: [NodeKind], events: [EventType], highlighted: Bool, engine: LayoutEngine) {
        var samples: [(word: String, look: DiagramStyle.NodeLook, penwidth: String)] = kinds.map {
            ($0 == .thing ? "other participant" : $0.rawValue, DiagramStyle.look($0), "1.2")
        }
        samples += events.map { ($0.rawValue, DiagramStyle.look(event: $0), "2") }
        if highlighted {
            samples.append(("answer", DiagramStyle.NodeLook(shape: "ellipse", fill: "#ffffff", line: DiagramStyle.highlightColor), "3.5"))
        }
        var ids = [Self.legendPrefix + "legend"]
        description.nodes.append(.init(id: ids[0], attributes: ["shape": "plaintext", "style": "", "label": "legend", "class": "legend",
                                                                 "fontsize": "11", "fontcolor": "#555555", "tooltip": "legend",
                                                                 "height": "0.25"]))
        for s in samples {
            let id = Self.legendPrefix + s.word
            ids.append(id)
            var attributes = ["shape": s.look.shape, "fillcolor": s.look.fill, "color": s.look.line, "fontcolor": s.look.line,
                              "label": s.word, "tooltip": "legend: \(s.word)", "class": "legend", "penwidth": s.penwidth,
                              "fontsize": "10", "height": "0.3", "margin": "0.08,0.03"]
            if !s.look.style.isEmpty { attributes["style"] = "filled," + s.look.style }
            description.nodes.append(.init(id: id, attributes: attributes))
        }
        let rows = Self.legendRows
        let columns = (ids.count + rows - 1) / rows
        func at(_ r: Int, _ c: Int) -> String? { c * rows + r < ids.count ? ids[c * rows + r] : nil }
        let invisible = ["style": "invis"]
        for c in 0..<columns {
            let members = (0..<rows).compactMap { at($0, c) }
            description.subgraphs.append(.init(name: "\(Self.legendSubgraph)_\(c)", attributes: engine == .dot ? ["rank": "same"] : [:],
                                               nodeIDs: members))
            for r in 0..<rows {
                if c > 0, let a = at(r, c - 1), let b = at(r, c) { description.edges.append(.init(source: a, target: b, attributes: invisible)) }
                // In dot these are flat edges within a column's rank, which fix the column's order.
                if r > 0, let a = at(r - 1, c), let b = at(r, c) {
                    description.edges.append(.init(source: a, target: b, attributes: invisible))
                }
            }
        }
    }

    /// Rows of the legend grid.
    static let legendRows = 4

    /// The `limit` nodes to keep: highlighted ones first, then by degree, in graph order.
    /// - Complexity: O(edges + nodes log nodes).
    static func mostConnected(_ candidates: [Node], of graph: KGraph, highlight: Set<String>, keeping limit: Int) -> [Node] {
        var degree = [String: Int]()
        for e in graph.edges {
            degree[e.source, default: 0] += 1
            degree[e.target, default: 0] += 1
        }
        let order = candidates.indices.sorted { a, b in
            let ha = highlight.contains(candidates[a].id), hb = highlight.contains(candidates[b].id)
            if ha != hb { return ha }
            let da = degree[candidates[a].id, default: 0], db = degree[candidates[b].id, default: 0]
            return da != db ? da > db : a < b
        }
        let kept = Set(order.prefix(limit))
        return candidates.indices.filter { kept.contains($0) }.map { candidates[$0] }
    }

    /// Graph attributes for an engine: readable spacing, no overlaps, bounded size.
    static func graphAttributes(engine: LayoutEngine, nodeCount: Int, title: String?) -> [String: String] {
        var a: [String: String] = [
            "layout": engine.rawValue,
            "fontname": DiagramStyle.font,
            "bgcolor": "white",
            "pad": "0.3",
            "outputorder": "edgesfirst",
        ]
        switch engine {
        case .dot:
            a["rankdir"] = "LR"
            a["nodesep"] = "0.3"
            a["ranksep"] = "0.5"
        case .neato, .fdp, .sfdp:
            a["overlap"] = "prism"
            a["overlap_scaling"] = nodeCount > 300 ? "-4" : "-2"
            a["sep"] = "+8"
            a["splines"] = nodeCount > 300 ? "false" : "true"
        case .circo, .twopi:
            a["overlap"] = "prism"
            a["sep"] = "+8"
            a["splines"] = "true"
        }
        if nodeCount > 300 {
            a["size"] = "60,60"  // inches; keeps PNGs within cairo's limits
            a["ratio"] = "compress"
        }
        if let title, !title.isEmpty {
            a["label"] = GraphDescription.escapedText(title)
            a["labelloc"] = "t"
            a["fontsize"] = DiagramStyle.titleFontSize
        }
        return a
    }

    /// The text of a node: its name, wrapped; an event shows its type, time and (for a
    /// statement) the start of what was said.
    static func label(_ n: Node, time: String?) -> String {
        guard n.kind == .event else { return wrap(n.name, width: 22, lines: 3) }
        let type = n.eventType ?? .other
        var lines = [type == .other ? wrap(n.name, width: 22, lines: 1) : type.rawValue]
        if let t = n.attributes["time"] ?? time { lines.append(wrap(t, width: 22, lines: 1)) }
        if type == .statement, let said = n.attributes["content"], !said.isEmpty {
            lines.append(wrap("“" + said + "”", width: 28, lines: 2))
        }
        return lines.joined(separator: "\n")
    }

    /// The first line of a tooltip: what the node is.
    static func headline(_ n: Node, time: String?) -> String {
        switch n.kind {
        case .event:
            var s = "\(n.eventType?.rawValue ?? "event") (“\(n.attributes["trigger"] ?? n.name)”)"
            if let t = n.attributes["time"] ?? time { s += ", \(t)" }
            if let c = n.attributes["content"] { s += ": “\(clip(c, 300))”" }
            return s
        case .thing: return "\(n.name) (participant)"
        default:
            let aliases = n.aliases.isEmpty ? "" : ", also \(n.aliases.prefix(4).joined(separator: ", "))"
            return "\(n.name) (\(n.kind.rawValue)\(aliases))"
        }
    }

    /// Wraps text at spaces into lines of about `width` characters, at most `lines` lines, the
    /// last ending in "…" when text was cut. Line breaks in the text count as spaces.
    static func wrap(_ text: String, width: Int, lines maximum: Int) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        var lines: [String] = []
        var current = ""
        var cut = false
        for w in words {
            var word = String(w)
            if word.count > width { word = String(word.prefix(width - 1)) + "…" }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
                if lines.count == maximum { cut = true; current = ""; break }
            }
        }
        if !current.isEmpty { lines.append(current) }
        if cut, var last = lines.popLast() {
            if last.count >= width {
                if let space = last.lastIndex(of: " ") { last = String(last[..<space]) } else { last = String(last.prefix(width - 1)) }
            }
            lines.append(last + "…")
        }
        return lines.joined(separator: "\n")
    }

    /// Text cut to at most `count` characters, with "…" when cut.
    static func clip(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }
}

/// Evidence sentences for tooltips, looked up in the graph's documents. Each sentence is cut
/// out, trimmed and clipped once, however many nodes and edges quote it.
final class Evidence {
    /// Documents by SHA-256.
    let documents: [String: Document]
    /// Sentences quoted per tooltip.
    let limit: Int
    /// Quoted lines already made, by document SHA-256 and sentence index.
    private var quotes: [SentenceKey: String] = [:]

    /// A sentence of a document.
    private struct SentenceKey: Hashable {
        let document: String
        let sentence: Int
    }

    /// Creates the lookup.
    init(documents: [String: Document], limit: Int) {
        self.documents = documents
        self.limit = limit
    }

    /// A tooltip: the headline, then up to ``limit`` evidence sentences with their article.
    func tooltip(headline: String, _ provenance: [Provenance]) -> String {
        var lines = [headline]
        var seen = Set<SentenceKey>()
        var quoted = 0
        for p in provenance {
            let key = SentenceKey(document: p.documentSHA256, sentence: p.sentenceIndex)
            guard seen.insert(key).inserted else { continue }
            if quoted < limit {
                quoted += 1
                lines.append(quote(key))
            }
        }
        if seen.count > quoted { lines.append("(+\(seen.count - quoted) more)") }
        return lines.joined(separator: "\n")
    }

    /// "“sentence” — article", made once per sentence.
    private func quote(_ key: SentenceKey) -> String {
        if let made = quotes[key] { return made }
        let doc = documents[key.document]
        let sentence = doc?.sentenceText(key.sentence).map { DiagramPlan.clip($0, 280) } ?? "(sentence \(key.sentence + 1))"
        let article = doc.map { $0.title.isEmpty ? $0.path : $0.title } ?? String(key.document.prefix(12))
        let line = "“\(sentence)” — \(DiagramPlan.clip(article, 80))"
        quotes[key] = line
        return line
    }
}
