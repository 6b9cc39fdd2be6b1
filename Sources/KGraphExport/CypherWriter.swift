import KGraphModel

/// Writes an openCypher script that recreates the graph with `MERGE`, one statement per line,
/// each ending in `;` (what `cypher-shell -f` reads; other clients can split on line ends).
///
/// - First, `CREATE INDEX FOR (n:Label) ON (n.id)` for each label used, so that the statements
///   after it find nodes by id quickly. Run the script on an empty database: on a database that
///   has these indexes, Neo4j and FalkorDB reject the `CREATE INDEX` lines (drop them to re-run).
/// - Then `MERGE (n:Person {id: '…'}) SET n.name = …` per node: labels `Person`,
///   `Organization`, `Role`, `Place`, `Event`, `Time`, `Thing`; properties `id` (the kgraph id),
///   `name`, `aliases`, `eventType`, `trigger`, `time`, `content`, `documents` (SHA-256s),
///   `evidence` (the first sentence that states it), `provenance` (`sha256:sentence:start-end`
///   in code points). Absent values and empty lists are left out.
/// - Then `MATCH (a:Label {id: …}) MATCH (b:Label {id: …}) MERGE (a)-[r:TYPE]->(b) SET …` per
///   edge, with types `AGENT`, `PATIENT`, `PLACE`, `TIME`, `HOLDS_ROLE`, `ROLE_IN`, `ROLE_AT`,
///   `MEMBER_OF`, `LOCATED_IN`, `SAID`, `PART_OF` and properties `documents`, `evidence`,
///   `provenance`.
///
/// Strings are single-quoted with ``ByteWriter/cypherString(_:)``; labels, types and property
/// names are fixed identifiers. `MERGE` makes the script idempotent apart from the indexes.
struct CypherWriter {
    /// The graph.
    let graph: ExportGraph

    /// The label of a node kind.
    static func label(_ kind: NodeKind) -> String {
        switch kind {
        case .person: "Person"
        case .organization: "Organization"
        case .role: "Role"
        case .place: "Place"
        case .event: "Event"
        case .time: "Time"
        case .thing: "Thing"
        }
    }

    /// The relationship type of an edge kind: its raw value in upper snake case.
    static func relationshipType(_ kind: EdgeKind) -> String { kind.rawValue.uppercased() }

    /// The script.
    /// - Complexity: O(nodes + edges + provenance + length of the text written).
    func write() -> ByteWriter {
        var out = ByteWriter(capacity: graph.nodes.count * 400 + graph.edges.count * 400)
        out.write("// kgraph export: \(graph.nodes.count) nodes, \(graph.edges.count) relationships. openCypher, one statement per line.\n")
        let kinds = Set(graph.nodes.map(\.kind)).sorted()
        for k in kinds { out.write("CREATE INDEX FOR (n:\(Self.label(k))) ON (n.id);\n") }

        func list(_ values: [String]) {
            out.byte(UInt8(ascii: "["))
            for (i, v) in values.enumerated() {
                if i > 0 { out.write(", ") }
                out.cypherString(v)
            }
            out.byte(UInt8(ascii: "]"))
        }
        func set(_ variable: String, _ property: String, _ value: String?, first: inout Bool) {
            guard let value else { return }
            out.write(first ? " SET " : ", ")
            first = false
            out.write(variable); out.byte(UInt8(ascii: ".")); out.write(property); out.write(" = ")
            out.cypherString(value)
        }
        func setList(_ variable: String, _ property: String, _ values: [String], first: inout Bool) {
            guard !values.isEmpty else { return }
            out.write(first ? " SET " : ", ")
            first = false
            out.write(variable); out.byte(UInt8(ascii: ".")); out.write(property); out.write(" = ")
            list(values)
        }
        func provenance(_ variable: String, _ p: [Provenance], first: inout Bool) {
            setList(variable, "documents", ExportGraph.documentSHA256s(p), first: &first)
            set(variable, "evidence", graph.evidence(p), first: &first)
            setList(variable, "provenance", p.map { graph.place($0).compact }, first: &first)
        }

        for n in graph.nodes {
            out.write("MERGE (n:\(Self.label(n.kind)) {id: ")
            out.cypherString(n.id)
            out.write("})")
            var first = true
            set("n", "name", n.name, first: &first)
            setList("n", "aliases", n.aliases, first: &first)
            set("n", "eventType", n.eventType?.rawValue, first: &first)
            set("n", "trigger", n.attributes["trigger"], first: &first)
            set("n", "time", n.attributes["time"], first: &first)
            set("n", "content", n.attributes["content"], first: &first)
            provenance("n", n.provenance, first: &first)
            out.write(";\n")
        }
        for e in graph.edges {
            let source = graph.nodes[graph.nodeIndex[e.source]!], target = graph.nodes[graph.nodeIndex[e.target]!]
            out.write("MATCH (a:\(Self.label(source.kind)) {id: ")
            out.cypherString(e.source)
            out.write("}) MATCH (b:\(Self.label(target.kind)) {id: ")
            out.cypherString(e.target)
            out.write("}) MERGE (a)-[r:\(Self.relationshipType(e.kind))]->(b)")
            var first = true
            provenance("r", e.provenance, first: &first)
            out.write(";\n")
        }
        return out
    }
}
