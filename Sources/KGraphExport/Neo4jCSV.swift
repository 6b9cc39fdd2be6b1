import Foundation
import KGraphModel

/// Writes the CSV files of `neo4j-admin database import full` (Neo4j 5):
///
/// - `nodes.csv`: `id:ID,:LABEL,name,aliases:string[],eventType,trigger,time,content,documents:string[],evidence,provenance:string[]`
///   — one row per node; `id` is the kgraph node id (kept as a property), `:LABEL` one of
///   `Person`, `Organization`, `Role`, `Place`, `Event`, `Time`, `Thing`;
/// - `relationships.csv`: `:START_ID,:END_ID,:TYPE,documents:string[],evidence,provenance:string[]`
///   with the upper snake case types of the Cypher export;
/// - `neo4j-admin-import.sh`: the import command with the options these files need.
///
/// Every string is double-quoted (RFC 4180, `"` doubled), so leading spaces, commas and line
/// breaks survive (`--multiline-fields=true`); an absent value is an empty unquoted field, which
/// sets no property. Array elements are joined by U+001F (`--array-delimiter=U+001F`), a
/// control character that names and sentences do not contain (one inside an element becomes a
/// space). Properties have the meanings of ``CypherWriter``.
enum Neo4jCSV {
    /// The array delimiter, U+001F (unit separator).
    static let arrayDelimiter: UInt8 = 0x1F

    /// The header of `nodes.csv`.
    static let nodeHeader = "id:ID,:LABEL,name,aliases:string[],eventType,trigger,time,content,documents:string[],evidence,provenance:string[]"
    /// The header of `relationships.csv`.
    static let relationshipHeader = ":START_ID,:END_ID,:TYPE,documents:string[],evidence,provenance:string[]"

    /// The import command.
    static let importScript = """
    #!/bin/sh
    # Imports kgraph's nodes.csv and relationships.csv into a new Neo4j 5 database
    # (default name: neo4j). Stop the database first; the import replaces it.
    # Usage: sh neo4j-admin-import.sh [DATABASE]
    cd "$(dirname "$0")" || exit 1
    exec neo4j-admin database import full "${1:-neo4j}" --overwrite-destination=true \\
      --array-delimiter=U+001F --multiline-fields=true --legacy-style-quoting=false \\
      --nodes=nodes.csv --relationships=relationships.csv

    """

    /// `nodes.csv`.
    /// - Complexity: O(nodes + provenance + length of the text written).
    static func nodes(_ graph: ExportGraph) -> ByteWriter {
        var out = ByteWriter(capacity: graph.nodes.count * 300)
        out.write(nodeHeader + "\n")
        for n in graph.nodes {
            out.csvQuoted(n.id)
            out.byte(UInt8(ascii: ","))
            out.write(CypherWriter.label(n.kind))
            field(&out, n.name)
            arrayField(&out, n.aliases)
            field(&out, n.eventType?.rawValue)
            field(&out, n.attributes["trigger"])
            field(&out, n.attributes["time"])
            field(&out, n.attributes["content"])
            provenanceFields(&out, graph, n.provenance)
            out.byte(UInt8(ascii: "\n"))
        }
        return out
    }

    /// `relationships.csv`.
    /// - Complexity: O(edges + provenance + length of the text written).
    static func relationships(_ graph: ExportGraph) -> ByteWriter {
        var out = ByteWriter(capacity: graph.edges.count * 300)
        out.write(relationshipHeader + "\n")
        for e in graph.edges {
            out.csvQuoted(e.source)
            out.byte(UInt8(ascii: ","))
            out.csvQuoted(e.target)
            out.byte(UInt8(ascii: ","))
            out.write(CypherWriter.relationshipType(e.kind))
            provenanceFields(&out, graph, e.provenance)
            out.byte(UInt8(ascii: "\n"))
        }
        return out
    }

    /// `,value` quoted, or `,` alone when absent.
    private static func field(_ out: inout ByteWriter, _ value: String?) {
        out.byte(UInt8(ascii: ","))
        if let value { out.csvQuoted(value) }
    }

    /// `,array` quoted, or `,` alone when empty.
    private static func arrayField(_ out: inout ByteWriter, _ values: [String]) {
        out.byte(UInt8(ascii: ","))
        if !values.isEmpty { out.csvArray(values) }
    }

    /// The `documents`, `evidence` and `provenance` fields.
    private static func provenanceFields(_ out: inout ByteWriter, _ graph: ExportGraph, _ p: [Provenance]) {
        arrayField(&out, ExportGraph.documentSHA256s(p))
        field(&out, graph.evidence(p))
        arrayField(&out, p.map { graph.place($0).compact })
    }
}
