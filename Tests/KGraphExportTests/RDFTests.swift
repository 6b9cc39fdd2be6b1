import Foundation
import KGraphModel
import Testing
@testable import KGraphExport

@Suite struct RDFTests {
    @Test(arguments: [
        ("person:dara sok", NodeKind.person, "https://kgraph.example/id/person/dara-sok"),
        ("organization:port velo provincial police", .organization, "https://kgraph.example/id/organization/port-velo-provincial-police"),
        ("role:person:mira chan|spokesperson|organization:port velo provincial police", .role,
         "https://kgraph.example/id/role/person:mira-chan/spokesperson/organization:port-velo-provincial-police"),
        ("event:0123456789abcdef:v2", .event, "https://kgraph.example/id/event/0123456789abcdef:v2"),
        ("thing:0123456789abcdef:the café\nriverside", .thing, "https://kgraph.example/id/thing/0123456789abcdef:the-caf%C3%A9%0Ariverside"),
        ("person:a-b/c%d", .person, "https://kgraph.example/id/person/a%2Db%2Fc%25d"),
        ("odd id", .place, "https://kgraph.example/id/place/~odd-id"),
    ])
    func nodeIRIs(id: String, kind: NodeKind, iri: String) {
        #expect(RDFVocabulary.nodeIRI(id: id, kind: kind) == iri)
    }

    @Test func nodeIRIsAreDistinctAndSafeInTurtle() {
        let ids = ["person:a b", "person:a-b", "person:a|b", "person:a/b", "person:a%2Db", "person:a  b", "person:a b ", "a b"]
        let iris = ids.map { RDFVocabulary.nodeIRI(id: $0, kind: .person) }
        #expect(Set(iris).count == ids.count)
        let forbidden = Set("<>\"{}|^`\\ \n\t".unicodeScalars)
        for iri in iris { #expect(!iri.unicodeScalars.contains { forbidden.contains($0) || !$0.isASCII }, "\(iri)") }
    }

    @Test func turtleUsesSchemaOrgAndTheVocabularyAndEscapesLiterals() throws {
        let turtle = String(decoding: try GraphExporter().export(Fixtures.graph, format: .turtle), as: UTF8.self)
        #expect(turtle.contains("@prefix schema: <https://schema.org/> ."))
        #expect(turtle.contains("@prefix kg: <https://kgraph.example/ns#> ."))
        #expect(turtle.contains("\n<https://kgraph.example/id/person/dara-sok> a schema:Person ;\n    kg:nodeID \"person:dara sok\" ;\n    schema:name \"Dara Sok\""))
        #expect(turtle.contains("a schema:Organization"))
        #expect(turtle.contains("a schema:Place"))
        #expect(turtle.contains("a schema:Event, kg:Arrest"))
        #expect(turtle.contains("kg:Sentencing a rdfs:Class"))
        // The hostile name: quotes and the backslash escaped, the rest as UTF-8.
        #expect(turtle.contains(#"schema:name "Léa \"Lucky\" O'Brien <&> 🦊""#))
        #expect(turtle.contains(#"schema:alternateName "Lucky; the Fox, Jr. \\ ]]> \u001fx""#))
        #expect(turtle.contains(#"kg:content "she held 3 <bags> & a \\ backslash;\n\"quoted\"\ttab\r\nend \u0001"#))
        // No raw line break inside a literal: every line outside literals is a statement piece.
        for line in turtle.split(separator: "\n") where line.hasPrefix("    ") {
            #expect(line.hasPrefix("    kg:") || line.hasPrefix("    schema:") || line.hasPrefix("    rdf:") || line.hasPrefix("    rdfs:"), "\(line)")
        }
    }

    @Test func eachFactIsReifiedWithItsEvidence() throws {
        let graph = Fixtures.graph
        let turtle = String(decoding: try GraphExporter().export(graph, format: .turtle), as: UTF8.self)
        #expect(turtle.components(separatedBy: " a rdf:Statement ;").count - 1 == graph.edges.count)
        let agent = try #require(graph.edges.first { $0.kind == .agent && $0.target == "organization:port velo provincial police" })
        let arrest = try #require(graph.node(agent.source))
        let iri = RDFVocabulary.nodeIRI(id: arrest.id, kind: .event)
        let fact = "<\(iri)#agent/organization/port-velo-provincial-police> a rdf:Statement ;\n    rdf:subject <\(iri)> ;\n    rdf:predicate kg:agent ;\n    rdf:object <https://kgraph.example/id/organization/port-velo-provincial-police> ;\n    kg:evidence <https://kgraph.example/doc/"
        #expect(turtle.contains(fact))
        #expect(turtle.contains("/sentence/0#char=46,54> a kg:Span ;"))
        #expect(turtle.contains("a kg:Sentence ;"))
        #expect(turtle.contains("schema:text \"Port Velo Provincial Police arrested Dara Sok in Port Velo on Monday.\""))
        #expect(turtle.contains("a schema:NewsArticle ;"))
        #expect(turtle.contains("kg:ingestedAt \"2026-09-21T"))
    }

    @Test func jsonLDHasAnInlineContextAndTheSameSubjectsAsTurtle() throws {
        let graph = Fixtures.graph
        let data = try GraphExporter().export(graph, format: .jsonld)
        let root = try #require(try TestSupport.json(data) as? [String: Any])
        let context = try #require(root["@context"] as? [String: String])
        #expect(context["schema"] == "https://schema.org/")
        #expect(context["kg"] == "https://kgraph.example/ns#")
        let items = try #require(root["@graph"] as? [[String: Any]])
        let turtle = String(decoding: try GraphExporter().export(graph, format: .turtle), as: UTF8.self)
        let turtleSubjects = turtle.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("@") && !$0.hasPrefix("#") }
        #expect(items.count == turtleSubjects.count)
        let lea = try #require(items.first { ($0["schema:name"] as? [String])?.first == Fixtures.hostileName })
        #expect(lea["@type"] as? [String] == ["schema:Person"])
        #expect(lea["schema:alternateName"] as? [String] == [Fixtures.hostileAlias])
        #expect((lea["kg:mention"] as? [[String: String]])?.count == 3)
        let statement = try #require(items.first { ($0["kg:content"] as? [String])?.first == Fixtures.hostileContent })
        #expect(statement["@type"] as? [String] == ["schema:Event", "kg:Statement"])
        let span = try #require(items.first { ($0["@type"] as? [String]) == ["kg:Span"] })
        #expect(span["kg:start"] as? [Int] != nil)
        // Keys are unique per object: JSONSerialization would keep only one of two equal keys,
        // so compare with the number of properties written.
        for item in items {
            let id = try #require(item["@id"] as? String)
            #expect(!id.isEmpty)
        }
    }

    @Test func turtleEscapesEveryControlCharacter() {
        var w = ByteWriter()
        w.turtleString("a\"b\\c\nd\re\tf\u{0}\u{1F}\u{7F}é🦊")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0000\\u001f\u{7F}é🦊\"")
    }
}
