import KGraphModel

/// Writes GraphML 1.0 (`http://graphml.graphdrawing.org/xmlns`), a directed graph whose nodes
/// keep their kgraph ids and whose attributes are declared `<key>`s of type string:
///
/// - nodes: `kind` (person, organization, role, place, event, time, thing), `label` (the name,
///   which Gephi and yEd show), `aliases` (joined by `"; "`), `eventType`, `trigger`, `time`,
///   `content`, `start` and `end` (for an event with a time value: the first and last day it
///   covers, ISO 8601, as Gephi's timeline reads them; a day gives the same day twice, an open
///   interval only one), `documents` (SHA-256s joined by spaces), `evidence` (the text of the first
///   sentence that states it), `provenance` (`sha256:sentence:start-end` records in code points,
///   joined by spaces), and any other attribute a producer kept, under its own name
///   (`attribute:NAME` when the name is one of the above);
/// - edges (ids `e0`, `e1`, …): `kind` and `label` (the edge kind), `documents`, `evidence`,
///   `provenance`.
///
/// An attribute without a value is left out of that node or edge. All text is escaped
/// (``ByteWriter/xmlText(_:)``); characters XML 1.0 cannot carry become U+FFFD.
struct GraphMLWriter {
    /// The graph.
    let graph: ExportGraph

    /// Node attributes with a fixed key, in order: GraphML key id, attribute name.
    private static let nodeKeys: [(String, String)] = [
        ("kind", "kind"), ("label", "label"), ("aliases", "aliases"), ("eventType", "eventType"),
        ("trigger", "trigger"), ("time", "time"), ("content", "content"), ("start", "start"), ("end", "end"), ("documents", "documents"),
        ("evidence", "evidence"), ("provenance", "provenance"),
    ]

    /// Edge attributes, in order.
    private static let edgeKeys: [String] = ["kind", "label", "documents", "evidence", "provenance"]

    /// The GraphML document.
    /// - Complexity: O(nodes + edges + provenance + length of the text written).
    func write() -> ByteWriter {
        var out = ByteWriter(capacity: graph.nodes.count * 400 + graph.edges.count * 300)
        out.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """)
        for (id, name) in Self.nodeKeys {
            out.write("  <key id=\"n_\(id)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"string\"/>\n")
        }
        // Other attributes, under their own names, with numbered key ids.
        let known: Set<String> = ["trigger", "time", "content"]
        var extraKeys = [String]()
        var seenExtra = Set<String>()
        for n in graph.nodes {
            for k in n.attributes.keys where !known.contains(k) && seenExtra.insert(k).inserted { extraKeys.append(k) }
        }
        extraKeys.sort()
        let fixedNames = Set(Self.nodeKeys.map(\.1))
        for (i, k) in extraKeys.enumerated() {
            out.write("  <key id=\"n_attr\(i)\" for=\"node\" attr.name=\"")
            out.xmlText(fixedNames.contains(k) ? "attribute:" + k : k)
            out.write("\" attr.type=\"string\"/>\n")
        }
        for id in Self.edgeKeys {
            out.write("  <key id=\"e_\(id)\" for=\"edge\" attr.name=\"\(id)\" attr.type=\"string\"/>\n")
        }
        out.write("  <graph id=\"kgraph\" edgedefault=\"directed\">\n")

        func data(_ key: String, _ value: String?) {
            guard let value else { return }
            out.write("      <data key=\"")
            out.write(key)
            out.write("\">")
            out.xmlText(value)
            out.write("</data>\n")
        }
        func provenance(_ p: [Provenance]) -> String? {
            p.isEmpty ? nil : p.map { graph.place($0).compact }.joined(separator: " ")
        }
        func documents(_ p: [Provenance]) -> String? {
            p.isEmpty ? nil : ExportGraph.documentSHA256s(p).joined(separator: " ")
        }

        for n in graph.nodes {
            out.write("    <node id=\"")
            out.xmlText(n.id)
            out.write("\">\n")
            data("n_kind", n.kind.rawValue)
            data("n_label", n.name)
            data("n_aliases", n.aliases.isEmpty ? nil : n.aliases.joined(separator: "; "))
            data("n_eventType", n.eventType?.rawValue)
            data("n_trigger", n.attributes["trigger"])
            data("n_time", n.attributes["time"])
            data("n_content", n.attributes["content"])
            let span = n.kind == .event ? n.attributes["time_value"].flatMap(TimeValue.span(of:)) : nil
            data("n_start", span?.start?.iso)
            data("n_end", span?.end?.iso)
            data("n_documents", documents(n.provenance))
            data("n_evidence", graph.evidence(n.provenance))
            data("n_provenance", provenance(n.provenance))
            if !extraKeys.isEmpty {
                for (i, k) in extraKeys.enumerated() { data("n_attr\(i)", n.attributes[k]) }
            }
            out.write("    </node>\n")
        }
        for (i, e) in graph.edges.enumerated() {
            out.write("    <edge id=\"e\(i)\" source=\"")
            out.xmlText(e.source)
            out.write("\" target=\"")
            out.xmlText(e.target)
            out.write("\">\n")
            data("e_kind", e.kind.rawValue)
            data("e_label", e.kind.rawValue)
            data("e_documents", documents(e.provenance))
            data("e_evidence", graph.evidence(e.provenance))
            data("e_provenance", provenance(e.provenance))
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
        return out
    }
}
