/// A graph as plain Swift values, ready to be built through cgraph: nodes, edges, clusters and
/// attributes. Also what ``Graphviz/parse(dot:)`` returns when DOT text is read back.
///
/// Attribute values are Graphviz attribute values as `agsafeset` receives them: no DOT quoting is
/// needed, but escString attributes (`label`, `tooltip`, `xlabel`…) still interpret backslash
/// sequences (`\n`, `\l`, `\N`…); use ``GraphDescription/escapedText(_:)`` for literal text.
package struct GraphDescription: Hashable, Sendable {
    /// A node: its unique name and attributes.
    package struct Node: Hashable, Sendable {
        /// The node's name (its identity in the graph; any Unicode text).
        package var id: String
        /// Attributes, name → value.
        package var attributes: [String: String]
        /// An HTML-like label (`<TABLE>…</TABLE>`, without the outer `<>`), set through
        /// `agstrdup_html`; it replaces `label`. The caller is responsible for its markup.
        package var htmlLabel: String?
        /// Creates a node.
        package init(id: String, attributes: [String: String] = [:], htmlLabel: String? = nil) {
            self.id = id
            self.attributes = attributes
            self.htmlLabel = htmlLabel
        }
    }

    /// A directed (or undirected) edge between two nodes named by id.
    package struct Edge: Hashable, Sendable {
        /// The tail node's id.
        package var source: String
        /// The head node's id.
        package var target: String
        /// Attributes, name → value.
        package var attributes: [String: String]
        /// Creates an edge.
        package init(source: String, target: String, attributes: [String: String] = [:]) {
            self.source = source
            self.target = target
            self.attributes = attributes
        }
    }

    /// A subgraph; when its name starts with `cluster`, engines that support clusters (dot, fdp)
    /// draw a box around its nodes.
    package struct Subgraph: Hashable, Sendable {
        /// The subgraph's name (`cluster_…` for a drawn cluster).
        package var name: String
        /// Graph attributes of the subgraph (`label`, `style`, `color`…).
        package var attributes: [String: String]
        /// Ids of member nodes; they must be nodes of the graph.
        package var nodeIDs: [String]
        /// Creates a subgraph.
        package init(name: String, attributes: [String: String] = [:], nodeIDs: [String] = []) {
            self.name = name
            self.attributes = attributes
            self.nodeIDs = nodeIDs
        }
    }

    /// The graph's name.
    package var name: String
    /// Whether edges are directed (`digraph`).
    package var isDirected: Bool
    /// Whether the graph is strict (no multi-edges).
    package var isStrict: Bool
    /// Graph attributes (`rankdir`, `label`, `overlap`…).
    package var graphAttributes: [String: String]
    /// Default attributes for every node (`node [...]`).
    package var nodeDefaults: [String: String]
    /// Default attributes for every edge (`edge [...]`).
    package var edgeDefaults: [String: String]
    /// Nodes, in order; ids unique.
    package var nodes: [Node]
    /// Edges, in order; endpoints must be node ids.
    package var edges: [Edge]
    /// Subgraphs and clusters, one level deep.
    package var subgraphs: [Subgraph]

    /// Creates a graph description.
    package init(name: String = "G", isDirected: Bool = true, isStrict: Bool = false,
                 graphAttributes: [String: String] = [:], nodeDefaults: [String: String] = [:],
                 edgeDefaults: [String: String] = [:], nodes: [Node] = [], edges: [Edge] = [],
                 subgraphs: [Subgraph] = []) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// Literal text as a Graphviz escString value (for `label`, `tooltip`, `xlabel`): backslashes
    /// are doubled so `\N`, `\G`, `\l` in the text stay literal, `&` becomes `&amp;` so that
    /// Graphviz's entity decoding keeps text like `&lt;` as written, and line breaks (LF, CR,
    /// CRLF, U+2028/9, NEL) become centred line breaks (`\n`). Other control characters become
    /// spaces. DOT quoting is Graphviz's job (attributes are set with `agsafeset`).
    /// - Parameter text: any Unicode text.
    /// - Returns: the escString value that displays exactly `text`.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package static func escapedText(_ text: String) -> String {
        if !needsEscaping(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var lastWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x26: out += "&amp;"
            case 0x0A: if !lastWasCR { out += "\\n" }
            case 0x0D, 0x2028, 0x2029, 0x85: out += "\\n"
            case 0..<0x20, 0x7F, 0x80..<0xA0: out += " "
            default: out.unicodeScalars.append(scalar)
            }
            lastWasCR = scalar.value == 0x0D
        }
        return out
    }

    /// Whether ``escapedText(_:)`` would change `text`: a backslash, `&`, a control character
    /// (C0, DEL, C1 including NEL) or U+2028/U+2029.
    /// - Complexity: O(n) over UTF-8 bytes.
    static func needsEscaping(_ text: String) -> Bool {
        var it = text.utf8.makeIterator()
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        while let b = it.next() {
            switch b {
            case 0..<0x20, 0x5C, 0x26, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true  // U+0080–U+009F
            case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2: return true  // U+2028/9
            default: break
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// Literal text as a `tooltip` value. Graphviz 2.43 undoes backslash escapes in tooltips twice
    /// and substitutes `\N` & co. in between, so each backslash is written four times and a word
    /// joiner (U+2060, invisible) separates a backslash from a following `G`, `N`, `E`, `H`, `T`
    /// or `L`; otherwise as ``escapedText(_:)``.
    /// - Parameter text: any Unicode text.
    /// - Returns: the value whose tooltip reads as `text` (with invisible word joiners).
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package static func escapedTooltip(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return escapedText(text) }
        var guarded = ""
        var afterBackslash = false
        for scalar in text.unicodeScalars {
            if afterBackslash, "GNETHL".unicodeScalars.contains(scalar) { guarded.unicodeScalars.append("\u{2060}") }
            if scalar == "\\" { guarded += "\\" }  // doubled here, doubled again by escapedText
            guarded.unicodeScalars.append(scalar)
            afterBackslash = scalar == "\\"
        }
        return escapedText(guarded)
    }
}
