import KGraphModel

/// kgraph's visual language: one shape and colour per node kind and per event type, one label
/// and line style per edge kind. Entities are soft shapes, events are bold polygons.
enum DiagramStyle {
    /// How one kind of node looks.
    struct NodeLook: Equatable {
        /// Graphviz shape.
        var shape: String
        /// Fill colour.
        var fill: String
        /// Outline and legend text colour.
        var line: String
        /// Extra `style` words besides `filled`.
        var style: String = ""
    }

    /// How one kind of edge looks.
    struct EdgeLook: Equatable {
        /// The label drawn on the edge.
        var label: String
        /// Line colour.
        var color: String
        /// `solid`, `dashed` or `dotted`.
        var style: String
    }

    /// The font for every label: a family list that pango (PNG/PDF) and browsers (SVG) resolve.
    static let font = "Helvetica,Arial,DejaVu Sans,sans-serif"
    /// Node label size in points.
    static let nodeFontSize = "12"
    /// Edge label size in points.
    static let edgeFontSize = "9"
    /// Title size in points.
    static let titleFontSize = "16"
    /// Outline of highlighted nodes (query answers).
    static let highlightColor = "#d00000"

    /// The look of a node kind (events: see ``look(event:)``).
    static func look(_ kind: NodeKind) -> NodeLook {
        switch kind {
        case .person: NodeLook(shape: "ellipse", fill: "#dbe9ff", line: "#2b5ea7")
        case .organization: NodeLook(shape: "box", fill: "#dff3df", line: "#2e7d32", style: "rounded")
        case .role: NodeLook(shape: "tab", fill: "#fff1d6", line: "#b45f06")
        case .place: NodeLook(shape: "house", fill: "#efe3fa", line: "#7b52ab")
        case .time: NodeLook(shape: "box", fill: "#f2f2f2", line: "#666666", style: "rounded,dashed")
        case .thing: NodeLook(shape: "box", fill: "#ffffff", line: "#888888", style: "dotted")
        case .event: look(event: .other)
        }
    }

    /// The look of an event type: a distinct polygon and colour, drawn with a thicker outline.
    static func look(event type: EventType) -> NodeLook {
        switch type {
        case .arrest: NodeLook(shape: "octagon", fill: "#f9d0cc", line: "#b3261e")
        case .raid: NodeLook(shape: "hexagon", fill: "#ffe0b2", line: "#e65100")
        case .statement: NodeLook(shape: "note", fill: "#fff9c4", line: "#8d7600")
        case .charge: NodeLook(shape: "parallelogram", fill: "#f3d1e8", line: "#8e244d")
        case .seizure: NodeLook(shape: "box3d", fill: "#e8dccb", line: "#6d4c2f")
        case .sentence: NodeLook(shape: "doubleoctagon", fill: "#e1d5f0", line: "#4a2a7a")
        case .release: NodeLook(shape: "cds", fill: "#d5f2e3", line: "#1b7a4b")
        case .trial: NodeLook(shape: "trapezium", fill: "#dbe4f3", line: "#2f4f8f")
        case .conviction: NodeLook(shape: "tripleoctagon", fill: "#f6c9c9", line: "#7f1d1d")
        case .extradition: NodeLook(shape: "rarrow", fill: "#d7eef7", line: "#1f6f8b")
        case .attack: NodeLook(shape: "septagon", fill: "#ffcdd2", line: "#c62828")
        case .kidnapping: NodeLook(shape: "Msquare", fill: "#fce4ec", line: "#ad1457")
        case .investigation: NodeLook(shape: "folder", fill: "#e6eed8", line: "#556b2f")
        case .escape: NodeLook(shape: "larrow", fill: "#fff3e0", line: "#bf360c")
        case .killing: NodeLook(shape: "septagon", fill: "#ef9a9a", line: "#8e0000")
        case .appeal: NodeLook(shape: "invtrapezium", fill: "#dbe4f3", line: "#2f4f8f")
        case .plea: NodeLook(shape: "parallelogram", fill: "#e3e0f3", line: "#4a3f8f")
        case .questioning: NodeLook(shape: "ellipse", fill: "#e0f2f1", line: "#00695c")
        case .pardon: NodeLook(shape: "cds", fill: "#e8f5e9", line: "#2e7d32")
        case .other: NodeLook(shape: "pentagon", fill: "#eeeeee", line: "#555555")
        }
    }

    /// The look of an edge kind.
    static func look(_ kind: EdgeKind) -> EdgeLook {
        switch kind {
        case .agent: EdgeLook(label: "agent", color: "#37474f", style: "solid")
        case .patient: EdgeLook(label: "patient", color: "#b3261e", style: "solid")
        case .place: EdgeLook(label: "place", color: "#7b52ab", style: "solid")
        case .time: EdgeLook(label: "time", color: "#666666", style: "solid")
        case .holdsRole: EdgeLook(label: "holds role", color: "#b45f06", style: "solid")
        case .roleIn: EdgeLook(label: "role in", color: "#b45f06", style: "dashed")
        case .roleAt: EdgeLook(label: "role at", color: "#7b52ab", style: "dashed")
        case .memberOf: EdgeLook(label: "member of", color: "#2e7d32", style: "dashed")
        case .locatedIn: EdgeLook(label: "located in", color: "#7b52ab", style: "dashed")
        case .said: EdgeLook(label: "said", color: "#8d7600", style: "solid")
        case .partOf: EdgeLook(label: "part of", color: "#888888", style: "dotted")
        case .fact: EdgeLook(label: "fact", color: "#8e244d", style: "dashed")
        }
    }
}
