import Foundation
import KGraphModel
import Testing
@testable import KGraphExport

/// Whole outputs for a two-node graph: the documented shapes, pinned so that every change to a
/// format shows in a diff.
@Suite struct GoldenTests {
    static var graph: KGraph {
        let doc = Document(path: "raid.txt", title: "Raid", sha256: "ab12", ingestedAt: Date(timeIntervalSince1970: 1_790_000_000),
                           text: "Raid\n\nAna Ruiz led the raid.\n", sentences: [SentenceSpan(index: 0, utf8Range: 6..<29)])
        let p0 = Provenance(documentSHA256: "ab12", sentenceIndex: 0, utf8Range: 6..<14)
        let p1 = Provenance(documentSHA256: "ab12", sentenceIndex: 0, utf8Range: 23..<27)
        return KGraph(documents: [doc], nodes: [
            Node(id: "person:ana ruiz", kind: .person, name: "Ana Ruiz", aliases: ["Ruiz"], provenance: [p0]),
            Node(id: "event:ab12:v1", kind: .event, name: "raid", eventType: .raid, attributes: ["trigger": "raid"], provenance: [p1]),
        ], edges: [Edge(source: "event:ab12:v1", target: "person:ana ruiz", kind: .agent, provenance: [p1])])
    }

    func export(_ format: ExportFormat) throws -> String {
        String(decoding: try GraphExporter().export(Self.graph, format: format), as: UTF8.self)
    }

    @Test func json() throws {
        #expect(try export(.json) == #"""
        {"kgraph": 1,
        "documents": [
        {"sha256": "ab12", "path": "raid.txt", "title": "Raid", "ingestedAt": "2026-09-21T14:13:20Z", "text": "Raid\n\nAna Ruiz led the raid.\n", "sentences": [[6, 29]]}],
        "nodes": [
        {"id": "person:ana ruiz", "kind": "person", "name": "Ana Ruiz", "aliases": ["Ruiz"], "attributes": {}, "provenance": [{"document": "ab12", "sentence": 0, "start": 6, "end": 14}]},
        {"id": "event:ab12:v1", "kind": "event", "name": "raid", "aliases": [], "eventType": "raid", "attributes": {"trigger": "raid"}, "provenance": [{"document": "ab12", "sentence": 0, "start": 23, "end": 27}]}],
        "edges": [
        {"source": "event:ab12:v1", "target": "person:ana ruiz", "kind": "agent", "provenance": [{"document": "ab12", "sentence": 0, "start": 23, "end": 27}]}]}

        """#)
    }

    @Test func cypher() throws {
        #expect(try export(.cypher) == #"""
        // kgraph export: 2 nodes, 1 relationships. openCypher, one statement per line.
        CREATE INDEX FOR (n:Person) ON (n.id);
        CREATE INDEX FOR (n:Event) ON (n.id);
        MERGE (n:Person {id: 'person:ana ruiz'}) SET n.name = 'Ana Ruiz', n.aliases = ['Ruiz'], n.documents = ['ab12'], n.evidence = 'Ana Ruiz led the raid.', n.provenance = ['ab12:0:6-14'];
        MERGE (n:Event {id: 'event:ab12:v1'}) SET n.name = 'raid', n.eventType = 'raid', n.trigger = 'raid', n.documents = ['ab12'], n.evidence = 'Ana Ruiz led the raid.', n.provenance = ['ab12:0:23-27'];
        MATCH (a:Event {id: 'event:ab12:v1'}) MATCH (b:Person {id: 'person:ana ruiz'}) MERGE (a)-[r:AGENT]->(b) SET r.documents = ['ab12'], r.evidence = 'Ana Ruiz led the raid.', r.provenance = ['ab12:0:23-27'];

        """#)
    }

    @Test func neo4jCSV() {
        let g = ExportGraph(Self.graph)
        #expect(String(decoding: Neo4jCSV.nodes(g).bytes, as: UTF8.self) == #"""
        id:ID,:LABEL,name,aliases:string[],eventType,trigger,time,content,documents:string[],evidence,provenance:string[]
        "person:ana ruiz",Person,"Ana Ruiz","Ruiz",,,,,"ab12","Ana Ruiz led the raid.","ab12:0:6-14"
        "event:ab12:v1",Event,"raid",,"raid","raid",,,"ab12","Ana Ruiz led the raid.","ab12:0:23-27"

        """#)
        #expect(String(decoding: Neo4jCSV.relationships(g).bytes, as: UTF8.self) == #"""
        :START_ID,:END_ID,:TYPE,documents:string[],evidence,provenance:string[]
        "event:ab12:v1","person:ana ruiz",AGENT,"ab12","Ana Ruiz led the raid.","ab12:0:23-27"

        """#)
    }

    @Test func turtleData() throws {
        let turtle = try export(.turtle)
        let data = try #require(turtle.range(of: "\n<https://kgraph.example/id/"))
        #expect(String(turtle[data.lowerBound...]) == #"""

        <https://kgraph.example/id/person/ana-ruiz> a schema:Person ;
            kg:nodeID "person:ana ruiz" ;
            schema:name "Ana Ruiz" ;
            schema:alternateName "Ruiz" ;
            kg:mention <https://kgraph.example/doc/ab12/sentence/0#char=6,14> .

        <https://kgraph.example/id/event/ab12:v1> a schema:Event, kg:Raid ;
            kg:nodeID "event:ab12:v1" ;
            schema:name "raid" ;
            kg:eventType "raid" ;
            kg:trigger "raid" ;
            kg:mention <https://kgraph.example/doc/ab12/sentence/0#char=23,27> ;
            kg:agent <https://kgraph.example/id/person/ana-ruiz> .

        <https://kgraph.example/id/event/ab12:v1#agent/person/ana-ruiz> a rdf:Statement ;
            rdf:subject <https://kgraph.example/id/event/ab12:v1> ;
            rdf:predicate kg:agent ;
            rdf:object <https://kgraph.example/id/person/ana-ruiz> ;
            kg:evidence <https://kgraph.example/doc/ab12/sentence/0#char=23,27> .

        <https://kgraph.example/doc/ab12/sentence/0#char=6,14> a kg:Span ;
            kg:sentence <https://kgraph.example/doc/ab12/sentence/0> ;
            kg:start 6 ;
            kg:end 14 .

        <https://kgraph.example/doc/ab12/sentence/0#char=23,27> a kg:Span ;
            kg:sentence <https://kgraph.example/doc/ab12/sentence/0> ;
            kg:start 23 ;
            kg:end 27 .

        <https://kgraph.example/doc/ab12/sentence/0> a kg:Sentence ;
            kg:document <https://kgraph.example/doc/ab12> ;
            kg:index 0 ;
            schema:text "Ana Ruiz led the raid." .

        <https://kgraph.example/doc/ab12> a schema:NewsArticle ;
            schema:name "Raid" ;
            kg:sha256 "ab12" ;
            kg:path "raid.txt" ;
            kg:ingestedAt "2026-09-21T14:13:20Z"^^xsd:dateTime .

        """#)
    }
}
