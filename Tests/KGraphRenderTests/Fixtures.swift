import KGraphModel

/// Hand-made graphs with invented names for the render tests.
enum Fixtures {
    /// An invented article: a port raid, an arrest, a seizure, a statement and a charge.
    static let article = """
    Harbour police arrest two in Port Velo raid
    Velo Harbour Police raided a warehouse in Port Velo on April 6. \
    Officers arrested Lina Moor and Arvo Tesk during the raid. \
    Police seized 3 kilograms of heroin. \
    "The suspects were planning a shipment to Corlan," said Tomas Reyd, a spokesperson for Velo Harbour Police. \
    The Corlan Provincial Court charged Lina Moor with trafficking on April 9.
    """

    /// The article as a document, split into sentences by hand.
    static var document: Document {
        let text = article
        let cuts = ["Velo Harbour Police raided", "Officers arrested", "Police seized", "\"The suspects", "The Corlan Provincial"]
        var starts = [0] + cuts.map { utf8Offset(of: $0, in: text) }
        starts.append(text.utf8.count)
        let spans = (0..<(starts.count - 1)).map { SentenceSpan(index: $0, utf8Range: starts[$0]..<starts[$0 + 1]) }
        return Document(path: "examples/port-velo.txt", title: "Harbour police arrest two in Port Velo raid",
                        sha256: String(repeating: "ab", count: 32), text: text, sentences: spans)
    }

    /// The UTF-8 offset of the first occurrence of `needle`.
    static func utf8Offset(of needle: String, in text: String) -> Int {
        let r = text.range(of: needle)!
        return text.utf8.distance(from: text.startIndex, to: r.lowerBound)
    }

    /// A mention of the first occurrence of `name` after `from`, in sentence `sentence`.
    static func mention(_ name: String, _ sentence: Int) -> Mention {
        let doc = document
        let span = doc.sentences[sentence]
        let inSentence = TextOffsets.slice(doc.text, utf8Range: span.utf8Range)
        let start = span.utf8Start + utf8Offset(of: name, in: inSentence)
        return Mention(sentenceIndex: sentence, utf8Range: start..<(start + name.utf8.count))
    }

    /// Provenance of a phrase in a sentence.
    static func prov(_ phrase: String, _ sentence: Int) -> Provenance {
        let m = mention(phrase, sentence)
        return Provenance(documentSHA256: document.sha256, sentenceIndex: sentence, utf8Range: m.utf8Range)
    }

    /// The extraction of the article, made by hand.
    static var extraction: Extraction {
        let police = Participant(entityID: "e1", text: "Velo Harbour Police", mention: mention("Velo Harbour Police", 1))
        let lina = Participant(entityID: "e2", text: "Lina Moor", mention: mention("Lina Moor", 2))
        let arvo = Participant(entityID: "e3", text: "Arvo Tesk", mention: mention("Arvo Tesk", 2))
        let port = Participant(entityID: "e4", text: "Port Velo", mention: mention("Port Velo", 1))
        let tomas = Participant(entityID: "e5", text: "Tomas Reyd", mention: mention("Tomas Reyd", 4))
        let court = Participant(entityID: "e6", text: "Corlan Provincial Court", mention: mention("Corlan Provincial Court", 5))
        return Extraction(
            document: document,
            entities: [
                Entity(id: "e1", name: "Velo Harbour Police", type: .organization, mentions: [mention("Velo Harbour Police", 1), mention("Velo Harbour Police", 4)]),
                Entity(id: "e2", name: "Lina Moor", type: .person, mentions: [mention("Lina Moor", 2), mention("Lina Moor", 5)]),
                Entity(id: "e3", name: "Arvo Tesk", type: .person, mentions: [mention("Arvo Tesk", 2)]),
                Entity(id: "e4", name: "Port Velo", type: .place, mentions: [mention("Port Velo", 1)]),
                Entity(id: "e5", name: "Tomas Reyd", type: .person, mentions: [mention("Tomas Reyd", 4)]),
                Entity(id: "e6", name: "Corlan Provincial Court", type: .organization, mentions: [mention("Corlan Provincial Court", 5)]),
                Entity(id: "e7", name: "Corlan", type: .place, mentions: [mention("Corlan", 4)]),
            ],
            roles: [RoleAssertion(personID: "e5", title: "spokesperson", organizationID: "e1", provenance: prov("spokesperson", 4))],
            events: [
                Event(id: "v1", type: .raid, trigger: "raided", agents: [police], places: [port], time: "April 6", provenance: prov("raided", 1)),
                Event(id: "v2", type: .arrest, trigger: "arrested", agents: [Participant(text: "Officers", mention: mention("Officers", 2))],
                      patients: [lina, arvo], time: "April 6", partOf: ["v1"], provenance: prov("arrested", 2)),
                Event(id: "v3", type: .seizure, trigger: "seized", agents: [Participant(text: "Police", mention: mention("Police", 3))],
                      patients: [Participant(text: "3 kilograms of heroin", mention: mention("3 kilograms of heroin", 3))],
                      partOf: ["v1"], provenance: prov("seized", 3)),
                Event(id: "v4", type: .statement, trigger: "said", agents: [tomas],
                      content: "The suspects were planning a shipment to Corlan", provenance: prov("said", 4)),
                Event(id: "v5", type: .charge, trigger: "charged", agents: [court], patients: [lina], time: "April 9", provenance: prov("charged", 5)),
            ],
            relations: [
                Relation(subjectID: "e5", predicate: .memberOf, objectID: "e1", provenance: prov("Tomas Reyd", 4)),
                Relation(subjectID: "e4", predicate: .locatedIn, objectID: "e7", provenance: prov("Port Velo", 1)),
            ]
        )
    }

    /// The article's graph.
    static var graph: KGraph { extraction.graph() }

    /// A graph of `nodes` people and organisations with `edges` member-of and located-in edges,
    /// deterministic (a linear congruential generator).
    static func generated(nodes: Int, edges: Int) -> KGraph {
        var g = KGraph()
        for i in 0..<nodes {
            let kind: NodeKind = [.person, .organization, .place][i % 3]
            g.nodes.append(Node(id: "\(kind.rawValue):n\(i)", kind: kind, name: "Name \(i)"))
        }
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % nodes
        }
        var keys = Set<String>()
        while g.edges.count < edges {
            let a = next(), b = next()
            if a == b { continue }
            let e = Edge(source: g.nodes[a].id, target: g.nodes[b].id, kind: a % 2 == 0 ? .memberOf : .locatedIn)
            if keys.insert(e.key).inserted { g.edges.append(e) }
        }
        return g
    }
}
