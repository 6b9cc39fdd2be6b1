import Foundation
import KGraphModel

/// The object of an RDF triple.
enum RDFObject {
    /// An absolute IRI.
    case iri(String)
    /// A vocabulary term as a prefixed name (`kg:agent`), one of ``RDFVocabulary/prefixes``.
    case term(String)
    /// A plain string literal (`xsd:string`).
    case string(String)
    /// An `xsd:integer` literal.
    case integer(Int)
    /// An `xsd:dateTime` literal in ISO 8601.
    case dateTime(String)
}

/// Receives an RDF graph subject by subject; Turtle and JSON-LD implement it, so that both
/// serialisations of a graph are made from the same calls and carry the same triples.
protocol RDFSink {
    /// Starts the description of a subject.
    /// - Parameters:
    ///   - iri: the subject's absolute IRI, or a prefixed vocabulary term when `isTerm`.
    ///   - types: prefixed names of its classes (`rdf:type`).
    mutating func beginSubject(_ iri: String, isTerm: Bool, types: [String])
    /// One property of the current subject with all of its objects (none is ignored).
    mutating func property(_ predicate: String, _ objects: [RDFObject])
    /// Ends the current subject.
    mutating func endSubject()
}

/// Describes an ``ExportGraph`` in RDF to a sink: the vocabulary, the documents, every node with
/// its names, attributes and mentions, every edge as a triple plus its reification with
/// evidence, and the sentences and spans of text that the evidence points to.
///
/// Provenance: every node has `kg:mention` links to the spans of text that name it; every edge
/// `s p o` is asserted and also described by an `rdf:Statement` (`rdf:subject s`,
/// `rdf:predicate p`, `rdf:object o`) with `kg:evidence` links to its spans. A span
/// (`kg:Span`) has `kg:sentence`, `kg:start` and `kg:end` (code points of the document's text);
/// a sentence (`kg:Sentence`) has `kg:document`, `kg:index` and `schema:text`; a document is a
/// `schema:NewsArticle` with `schema:name` (the title), `kg:sha256`, `kg:path` and
/// `kg:ingestedAt`. When the graph does not hold a document's text, evidence points to the
/// sentence itself.
struct RDFDescriber {
    /// The graph.
    let graph: ExportGraph

    /// Sends the whole graph to a sink.
    /// - Complexity: O(nodes + edges + provenance).
    func describe<S: RDFSink>(to sink: inout S) {
        describeVocabulary(to: &sink)
        var spans = [ExportGraph.Place]()
        var seenSpans = Set<ExportGraph.Place>()
        var documentIRIs = [String: String]()
        func documentIRI(_ sha256: String) -> String {
            if let iri = documentIRIs[sha256] { return iri }
            let iri = RDFVocabulary.documentIRI(sha256)
            documentIRIs[sha256] = iri
            return iri
        }
        func evidence(_ provenance: [Provenance]) -> [RDFObject] {
            var objects = [RDFObject]()
            objects.reserveCapacity(provenance.count)
            for p in provenance {
                let place = graph.place(p)
                if seenSpans.insert(place).inserted { spans.append(place) }
                objects.append(.iri(RDFVocabulary.evidenceIRI(place, documentIRI: documentIRI(place.document))))
            }
            return objects
        }
        var outgoing = [[Int]](repeating: [], count: graph.nodes.count)
        for (i, e) in graph.edges.enumerated() { outgoing[graph.nodeIndex[e.source]!].append(i) }
        let iris = graph.nodes.map { RDFVocabulary.nodeIRI(id: $0.id, kind: $0.kind) }

        for (i, n) in graph.nodes.enumerated() {
            var types = [RDFVocabulary.kindClass(n.kind)]
            if n.kind == .event, let t = n.eventType { types.append(RDFVocabulary.eventClass(t)) }
            sink.beginSubject(iris[i], isTerm: false, types: types)
            sink.property("kg:nodeID", [.string(n.id)])
            sink.property("schema:name", [.string(n.name)])
            sink.property("schema:alternateName", n.aliases.map { .string($0) })
            if let t = n.eventType { sink.property("kg:eventType", [.string(t.rawValue)]) }
            if let v = n.attributes["trigger"] { sink.property("kg:trigger", [.string(v)]) }
            if let v = n.attributes["time"] { sink.property("kg:timeExpression", [.string(v)]) }
            if let v = n.attributes["content"] { sink.property("kg:content", [.string(v)]) }
            sink.property("kg:mention", evidence(n.provenance))
            // Asserted edges, grouped by property so that JSON-LD keys stay unique.
            var byKind = [(EdgeKind, [RDFObject])]()
            for ei in outgoing[i] {
                let e = graph.edges[ei]
                let object = RDFObject.iri(iris[graph.nodeIndex[e.target]!])
                if let k = byKind.firstIndex(where: { $0.0 == e.kind }) { byKind[k].1.append(object) } else { byKind.append((e.kind, [object])) }
            }
            for (kind, objects) in byKind { sink.property(RDFVocabulary.edgeProperty(kind), objects) }
            sink.endSubject()
        }
        for e in graph.edges {
            let s = graph.nodeIndex[e.source]!, t = graph.nodeIndex[e.target]!
            let fact = RDFVocabulary.factIRI(sourceIRI: iris[s], kind: e.kind, targetIRI: iris[t])
            sink.beginSubject(fact, isTerm: false, types: ["rdf:Statement"])
            sink.property("rdf:subject", [.iri(iris[s])])
            sink.property("rdf:predicate", [.term(RDFVocabulary.edgeProperty(e.kind))])
            sink.property("rdf:object", [.iri(iris[t])])
            sink.property("kg:evidence", evidence(e.provenance))
            sink.endSubject()
        }
        var sentences = [(String, Int)]()
        var seenSentences = Set<String>()
        for span in spans {
            let sentence = documentIRI(span.document) + "/sentence/\(span.sentence)"
            if seenSentences.insert(sentence).inserted { sentences.append((span.document, span.sentence)) }
            guard let start = span.start, let end = span.end else { continue }
            sink.beginSubject(sentence + "#char=\(start),\(end)", isTerm: false, types: ["kg:Span"])
            sink.property("kg:sentence", [.iri(sentence)])
            sink.property("kg:start", [.integer(start)])
            sink.property("kg:end", [.integer(end)])
            sink.endSubject()
        }
        for (doc, index) in sentences {
            sink.beginSubject(documentIRI(doc) + "/sentence/\(index)", isTerm: false, types: ["kg:Sentence"])
            sink.property("kg:document", [.iri(documentIRI(doc))])
            sink.property("kg:index", [.integer(index)])
            if let text = graph.sentenceText(document: doc, index: index) { sink.property("schema:text", [.string(text)]) }
            sink.endSubject()
        }
        let iso = ISO8601DateFormatter()
        for d in graph.documents {
            sink.beginSubject(RDFVocabulary.documentIRI(d.sha256), isTerm: false, types: ["schema:NewsArticle"])
            sink.property("schema:name", [.string(d.title)])
            sink.property("kg:sha256", [.string(d.sha256)])
            sink.property("kg:path", [.string(d.path)])
            if let date = d.ingestedAt { sink.property("kg:ingestedAt", [.dateTime(iso.string(from: date))]) }
            sink.endSubject()
        }
    }

    /// The kgraph vocabulary: node classes, event classes (subclasses of `schema:Event`) and edge
    /// properties, each with an `rdfs:label`.
    private func describeVocabulary<S: RDFSink>(to sink: inout S) {
        func term(_ name: String, _ type: String, _ label: String, subClassOf: String? = nil) {
            sink.beginSubject(name, isTerm: true, types: [type])
            sink.property("rdfs:label", [.string(label)])
            if let subClassOf { sink.property("rdfs:subClassOf", [.term(subClassOf)]) }
            sink.endSubject()
        }
        term("kg:Role", "rdfs:Class", "role: a title or position held by a person")
        term("kg:Time", "rdfs:Class", "time: a time expression as written")
        term("kg:Thing", "rdfs:Class", "thing: a participant named by a phrase")
        term("kg:Sentence", "rdfs:Class", "sentence of an article")
        term("kg:Span", "rdfs:Class", "span of text in a sentence, in code points of the article")
        for t in EventType.allCases {
            term(RDFVocabulary.eventClass(t), "rdfs:Class", "\(t == .sentence ? "sentencing" : t.rawValue) event", subClassOf: "schema:Event")
        }
        for k in EdgeKind.allCases {
            term(RDFVocabulary.edgeProperty(k), "rdf:Property", RDFVocabulary.edgeLabel(k))
        }
        for (name, label) in [
            ("kg:nodeID", "kgraph node id"), ("kg:eventType", "event type, as kgraph names it"),
            ("kg:trigger", "the word that states an event"), ("kg:timeExpression", "when an event happened, as written"),
            ("kg:content", "what a statement said"), ("kg:mention", "a span of text that names a node"),
            ("kg:evidence", "a span of text (or sentence) that states a fact"), ("kg:sentence", "the sentence of a span"),
            ("kg:start", "start of a span, in code points of the article, inclusive"),
            ("kg:end", "end of a span, in code points of the article, exclusive"),
            ("kg:document", "the article of a sentence"), ("kg:index", "index of a sentence in its article, from 0"),
            ("kg:sha256", "SHA-256 of the article's text"), ("kg:path", "the path the article was read from"),
            ("kg:ingestedAt", "when the article was read into the knowledge base"),
        ] {
            term(name, "rdf:Property", label)
        }
    }
}

/// Writes RDF 1.1 Turtle: prefixes, then one block per subject.
struct TurtleSink: RDFSink {
    /// The output.
    var out = ByteWriter()

    /// Starts the document with its prefixes.
    init(capacity: Int) {
        out = ByteWriter(capacity: capacity)
        out.write("# kgraph export (Turtle). Vocabulary: https://kgraph.example/ns# — see RDFVocabulary.\n")
        for (p, iri) in RDFVocabulary.prefixes { out.write("@prefix \(p): <\(iri)> .\n") }
    }

    /// Starts `<iri> a types`.
    mutating func beginSubject(_ iri: String, isTerm: Bool, types: [String]) {
        out.write("\n")
        if isTerm { out.write(iri) } else { out.byte(UInt8(ascii: "<")); out.write(iri); out.byte(UInt8(ascii: ">")) }
        out.write(" a ")
        out.write(types.joined(separator: ", "))
    }

    /// Writes ` ;\n    predicate o1, o2`.
    mutating func property(_ predicate: String, _ objects: [RDFObject]) {
        guard !objects.isEmpty else { return }
        out.write(" ;\n    ")
        out.write(predicate)
        for (i, o) in objects.enumerated() {
            out.write(i == 0 ? " " : ", ")
            switch o {
            case .iri(let iri): out.byte(UInt8(ascii: "<")); out.write(iri); out.byte(UInt8(ascii: ">"))
            case .term(let t): out.write(t)
            case .string(let s): out.turtleString(s)
            case .integer(let n): out.write(n)
            case .dateTime(let s): out.turtleString(s); out.write("^^xsd:dateTime")
            }
        }
    }

    /// Ends the subject's block with ` .`.
    mutating func endSubject() { out.write(" .\n") }
}

/// Writes JSON-LD 1.1: an inline `@context` with the prefixes and an `@graph` of node objects,
/// one per line.
struct JSONLDSink: RDFSink {
    /// The output.
    var out = ByteWriter()
    private var firstSubject = true

    /// Starts the document with its context.
    init(capacity: Int) {
        out = ByteWriter(capacity: capacity)
        out.write("{\"@context\": {")
        for (i, (p, iri)) in RDFVocabulary.prefixes.enumerated() {
            if i > 0 { out.write(", ") }
            out.jsonString(p)
            out.write(": ")
            out.jsonString(iri)
        }
        out.write("},\n\"@graph\": [")
    }

    /// Starts a node object `{"@id": …, "@type": […]`.
    mutating func beginSubject(_ iri: String, isTerm: Bool, types: [String]) {
        out.write(firstSubject ? "\n{\"@id\": " : ",\n{\"@id\": ")
        firstSubject = false
        out.jsonString(iri)
        out.write(", \"@type\": [")
        for (i, t) in types.enumerated() {
            if i > 0 { out.write(", ") }
            out.jsonString(t)
        }
        out.write("]")
    }

    /// Writes `, "predicate": [values]`: `{"@id"}` for IRIs, strings and numbers as JSON,
    /// `{"@value", "@type"}` for dates.
    mutating func property(_ predicate: String, _ objects: [RDFObject]) {
        guard !objects.isEmpty else { return }
        out.write(", ")
        out.jsonString(predicate)
        out.write(": [")
        for (i, o) in objects.enumerated() {
            if i > 0 { out.write(", ") }
            switch o {
            case .iri(let iri), .term(let iri): out.write("{\"@id\": "); out.jsonString(iri); out.write("}")
            case .string(let s): out.jsonString(s)
            case .integer(let n): out.write(n)
            case .dateTime(let s): out.write("{\"@value\": "); out.jsonString(s); out.write(", \"@type\": \"xsd:dateTime\"}")
            }
        }
        out.write("]")
    }

    /// Closes the node object.
    mutating func endSubject() { out.write("}") }

    /// Closes the document.
    mutating func finish() { out.write("\n]}\n") }
}
