import CGraphviz

/// The single owner of one cgraph graph: `agclose` runs when it goes out of scope.
///
/// Only created and used inside ``Graphviz``'s lock; never escapes it (it is not copyable and
/// not `Sendable`).
struct CGraph: ~Copyable {
    /// The root graph.
    let raw: UnsafeMutablePointer<Agraph_t>

    /// Builds a graph through cgraph: `agopen`, `agattr` for defaults, `agnode`/`agedge`/`agsubg`
    /// and `agsafeset` for every attribute.
    /// - Parameters:
    ///   - d: the graph.
    ///   - io: the io discipline `agwrite` writes through.
    /// - Throws: ``GraphvizError/buildFailed(message:)`` when an edge or subgraph names an unknown
    ///   node or cgraph refuses an object.
    /// - Complexity: O(nodes + edges + attributes).
    init(_ d: GraphDescription, io: UnsafeMutablePointer<Agiodisc_t>) throws(GraphvizError) {
        self = try Self.build(d, io: io)
    }

    /// Takes ownership of a graph.
    private init(owning g: UnsafeMutablePointer<Agraph_t>) { raw = g }

    /// Builds the graph; the owner exists from `agopen` on, so a failure closes it.
    private static func build(_ d: GraphDescription, io: UnsafeMutablePointer<Agiodisc_t>) throws(GraphvizError) -> CGraph {
        var kind = Agdesc_t()  // what cgraph's Agdirected & co. hold, built without touching C globals
        kind.directed = d.isDirected ? 1 : 0
        kind.strict = d.isStrict ? 1 : 0
        kind.maingraph = 1
        guard let g = withC(d.name, { agopen($0, kind, nil) }) else {
            throw .buildFailed(message: "agopen refused graph '\(d.name)'")
        }
        g.pointee.clos.pointee.disc.io = io  // agwrite writes through our putstr
        let owner = CGraph(owning: g)
        for (k, v) in d.graphAttributes.sorted(by: { $0.key < $1.key }) {
            Self.set(UnsafeMutableRawPointer(g), k, v)
        }
        // A node without its own label shows its name (`\N`), as in DOT; edges show nothing.
        var nodeDefaults = d.nodeDefaults
        if nodeDefaults["label"] == nil { nodeDefaults["label"] = "\\N" }
        for (k, v) in nodeDefaults.sorted(by: { $0.key < $1.key }) {
            _ = withC(k, v) { agattr(g, AGNODE, $0, $1) }
        }
        for (k, v) in d.edgeDefaults.sorted(by: { $0.key < $1.key }) {
            _ = withC(k, v) { agattr(g, AGEDGE, $0, $1) }
        }
        var nodes = [String: UnsafeMutablePointer<Agnode_t>](minimumCapacity: d.nodes.count)
        for node in d.nodes {
            guard let n = withC(node.id, { agnode(g, $0, 1) }) else {
                throw .buildFailed(message: "agnode refused node '\(node.id)'")
            }
            nodes[node.id] = n
            for (k, v) in node.attributes.sorted(by: { $0.key < $1.key }) {
                Self.set(UnsafeMutableRawPointer(n), k, v)
            }
            if let html = node.htmlLabel {
                // An HTML string is a refstr flagged as HTML; agxset shares it by reference.
                guard let sym = withC("label", { agattr(g, AGNODE, $0, nil) }),
                      let h = withC(html, { agstrdup_html(g, $0) }) else {
                    throw .buildFailed(message: "cannot set the html label of node '\(node.id)'")
                }
                _ = agxset(UnsafeMutableRawPointer(n), sym, h)
                _ = agstrfree(g, h)
            }
        }
        for edge in d.edges {
            guard let t = nodes[edge.source] else { throw .buildFailed(message: "edge from unknown node '\(edge.source)'") }
            guard let h = nodes[edge.target] else { throw .buildFailed(message: "edge to unknown node '\(edge.target)'") }
            guard let e = agedge(g, t, h, nil, 1) else {
                throw .buildFailed(message: "agedge refused edge '\(edge.source)' -> '\(edge.target)'")
            }
            for (k, v) in edge.attributes.sorted(by: { $0.key < $1.key }) {
                Self.set(UnsafeMutableRawPointer(e), k, v)
            }
        }
        for sub in d.subgraphs {
            guard let s = withC(sub.name, { agsubg(g, $0, 1) }) else {
                throw .buildFailed(message: "agsubg refused subgraph '\(sub.name)'")
            }
            for (k, v) in sub.attributes.sorted(by: { $0.key < $1.key }) {
                Self.set(UnsafeMutableRawPointer(s), k, v)
            }
            for id in sub.nodeIDs {
                guard let n = nodes[id] else { throw .buildFailed(message: "subgraph '\(sub.name)' names unknown node '\(id)'") }
                _ = agsubnode(s, n, 1)
            }
        }
        return owner
    }

    /// Parses DOT text with `agmemread`.
    /// - Throws: ``GraphvizError/parseFailed(message:)`` with Graphviz's text.
    init(parsing dot: String) throws(GraphvizError) {
        let parsed = dot.withCString { agmemread($0) }
        guard agerrors() == 0, let g = parsed else {
            if let parsed { agclose(parsed) }
            throw .parseFailed(message: Graphviz.messages().errors)
        }
        self.init(owning: g)
    }

    deinit { agclose(raw) }

    /// The value of a root graph attribute, or `nil` when it is not declared.
    func graphAttribute(_ name: String) -> String? {
        guard let sym = withC(name, { agattr(raw, AGRAPH, $0, nil) }) else { return nil }
        return agxget(UnsafeMutableRawPointer(raw), sym).map { String(cString: $0) }
    }

    /// The graph read back into plain values: attributes are kept when they differ from their
    /// declared default; declared defaults become the description's defaults.
    /// - Complexity: O(nodes × attributes + edges × attributes).
    func description() -> GraphDescription {
        let g = raw
        var d = GraphDescription(name: agnameof(UnsafeMutableRawPointer(g)).map { String(cString: $0) } ?? "",
                                 isDirected: agisdirected(g) != 0, isStrict: agisstrict(g) != 0)
        let graphSyms = Self.symbols(g, AGRAPH), nodeSyms = Self.symbols(g, AGNODE), edgeSyms = Self.symbols(g, AGEDGE)
        // The root graph's values are its declared defaults (agxset on the root updates them).
        for s in graphSyms where !s.defval.isEmpty { d.graphAttributes[s.name] = s.defval }
        for s in nodeSyms where !s.defval.isEmpty { d.nodeDefaults[s.name] = s.defval }
        for s in edgeSyms where !s.defval.isEmpty { d.edgeDefaults[s.name] = s.defval }
        let nodeLabel = nodeSyms.first { $0.name == "label" }?.sym
        var n = agfstnode(g)
        while let node = n {
            let name = Self.name(UnsafeMutableRawPointer(node))
            var attributes = Self.attributes(UnsafeMutableRawPointer(node), nodeSyms)
            var html: String?
            if let label = nodeLabel, let v = agxget(UnsafeMutableRawPointer(node), label), aghtmlstr(v) != 0 {
                html = String(cString: v)
                attributes["label"] = nil
            }
            d.nodes.append(.init(id: name, attributes: attributes, htmlLabel: html))
            var e = agfstout(g, node)
            while let edge = e {
                d.edges.append(.init(source: name, target: Self.name(UnsafeMutableRawPointer(edge.pointee.node)),
                                     attributes: Self.attributes(UnsafeMutableRawPointer(edge), edgeSyms)))
                e = agnxtout(g, edge)
            }
            n = agnxtnode(g, node)
        }
        var s = agfstsubg(g)
        while let sub = s {
            var members: [String] = []
            var m = agfstnode(sub)
            while let node = m {
                members.append(Self.name(UnsafeMutableRawPointer(node)))
                m = agnxtnode(sub, node)
            }
            d.subgraphs.append(.init(name: Self.name(UnsafeMutableRawPointer(sub)),
                                     attributes: Self.attributes(UnsafeMutableRawPointer(sub), graphSyms), nodeIDs: members))
            s = agnxtsubg(sub)
        }
        return d
    }

    // MARK: - Helpers

    /// A declared attribute: its symbol, name and default.
    private struct Symbol {
        let sym: UnsafeMutablePointer<Agsym_t>
        let name: String
        let defval: String
    }

    /// Every attribute declared for a kind of object.
    private static func symbols(_ g: UnsafeMutablePointer<Agraph_t>, _ kind: Int32) -> [Symbol] {
        var result: [Symbol] = []
        var s = agnxtattr(g, kind, nil)
        while let sym = s {
            result.append(Symbol(sym: sym, name: String(cString: sym.pointee.name),
                                 defval: sym.pointee.defval.map { String(cString: $0) } ?? ""))
            s = agnxtattr(g, kind, sym)
        }
        return result
    }

    /// An object's attribute values that differ from their defaults.
    private static func attributes(_ obj: UnsafeMutableRawPointer, _ syms: [Symbol]) -> [String: String] {
        var result: [String: String] = [:]
        for s in syms {
            guard let v = agxget(obj, s.sym) else { continue }
            let value = String(cString: v)
            if value != s.defval { result[s.name] = value }
        }
        return result
    }

    /// An object's name.
    private static func name(_ obj: UnsafeMutableRawPointer) -> String {
        agnameof(obj).map { String(cString: $0) } ?? ""
    }

    /// Sets an attribute with `agsafeset` (declared with an empty default when new).
    private static func set(_ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        _ = withC(name, value) { n, v in "".withCString { agsafeset(obj, n, v, UnsafeMutablePointer(mutating: $0)) } }
    }
}

/// Calls `body` with a mutable C string copy of `s` (cgraph's `char *` parameters; cgraph copies).
func withC<R>(_ s: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
    s.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}

/// Calls `body` with mutable C string copies of `a` and `b`.
func withC<R>(_ a: String, _ b: String, _ body: (UnsafeMutablePointer<CChar>, UnsafeMutablePointer<CChar>) -> R) -> R {
    a.withCString { pa in b.withCString { pb in body(UnsafeMutablePointer(mutating: pa), UnsafeMutablePointer(mutating: pb)) } }
}
