import Foundation
import KGraphModel

/// Hand-written articles and their extractions (invented names), and a graph with hostile
/// labels: quotes, apostrophes, `<`, `&`, `]]>`, backslashes, commas, semicolons, line breaks,
/// tabs, control characters, accents and emoji.
enum Fixtures {
    /// A sentence-split document whose sentences are given as strings found in order in the text.
    static func document(path: String, text: String, sentences: [String]) -> Document {
        var spans = [SentenceSpan]()
        var from = 0
        for (i, s) in sentences.enumerated() {
            let r = utf8Range(of: s, in: text, from: from)
            spans.append(SentenceSpan(index: i, utf8Range: r))
            from = r.upperBound
        }
        let title = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        // A fake but stable SHA-256: 64 hex digits derived from the path.
        var sha = ""
        var h: UInt64 = 0xcbf29ce484222325
        for b in path.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        for k in 0..<4 {
            h = (h ^ UInt64(k + 1)) &* 0x100000001b3
            let part = String(h, radix: 16)
            sha += String(repeating: "0", count: 16 - part.count) + part
        }
        return Document(path: path, title: title, sha256: sha, ingestedAt: Date(timeIntervalSince1970: 1_790_000_000),
                        text: text, sentences: spans)
    }

    /// The UTF-8 byte range of the first occurrence of `needle` at or after byte `from`.
    static func utf8Range(of needle: String, in text: String, from: Int = 0) -> Range<Int> {
        let t = Array(text.utf8), n = Array(needle.utf8)
        var i = from
        while i + n.count <= t.count {
            if Array(t[i..<(i + n.count)]) == n { return i..<(i + n.count) }
            i += 1
        }
        preconditionFailure("fixture text does not contain \(needle)")
    }

    /// A mention of `needle` in sentence `sentence`, searched from that sentence's start.
    static func mention(_ doc: Document, _ needle: String, sentence: Int, skip: Int = 0) -> Mention {
        var from = doc.sentences[sentence].utf8Start
        var r = utf8Range(of: needle, in: doc.text, from: from)
        for _ in 0..<skip {
            from = r.upperBound
            r = utf8Range(of: needle, in: doc.text, from: from)
        }
        return Mention(sentenceIndex: sentence, utf8Range: r)
    }

    /// Provenance of `needle` in a sentence.
    static func provenance(_ doc: Document, _ needle: String, sentence: Int, skip: Int = 0) -> Provenance {
        let m = mention(doc, needle, sentence: sentence, skip: skip)
        return Provenance(documentSHA256: doc.sha256, sentenceIndex: sentence, utf8Range: m.utf8Range)
    }

    /// An arrest and a spokesperson's statement.
    static var arrest: Extraction {
        let s0 = "Port Velo Provincial Police arrested Dara Sok in Port Velo on Monday."
        let s1 = "Mira Chan, a spokesperson for Port Velo Provincial Police, said Sok was carrying two kilograms of methamphetamine."
        let doc = document(path: "articles/port-velo-arrest.txt", text: "Port Velo arrest\n\n\(s0) \(s1)\n", sentences: [s0, s1])
        let police = Entity(id: "e1", name: "Port Velo Provincial Police", type: .organization,
                            mentions: [mention(doc, "Port Velo Provincial Police", sentence: 0), mention(doc, "Port Velo Provincial Police", sentence: 1)])
        let dara = Entity(id: "e2", name: "Dara Sok", type: .person, aliases: ["Sok"],
                          mentions: [mention(doc, "Dara Sok", sentence: 0), mention(doc, "Sok", sentence: 1)])
        let place = Entity(id: "e3", name: "Port Velo", type: .place, mentions: [mention(doc, "Port Velo", sentence: 0, skip: 1)])
        let mira = Entity(id: "e4", name: "Mira Chan", type: .person, mentions: [mention(doc, "Mira Chan", sentence: 1)])
        let arrest = Event(id: "v1", type: .arrest, trigger: "arrested",
                           agents: [Participant(entityID: "e1", text: police.name)],
                           patients: [Participant(entityID: "e2", text: dara.name)],
                           places: [Participant(entityID: "e3", text: place.name)],
                           time: "Monday", provenance: provenance(doc, "arrested", sentence: 0))
        let statement = Event(id: "v2", type: .statement, trigger: "said",
                              agents: [Participant(entityID: "e4", text: mira.name)],
                              content: "Sok was carrying two kilograms of methamphetamine",
                              provenance: provenance(doc, "said", sentence: 1))
        return Extraction(document: doc, entities: [police, dara, place, mira],
                          roles: [RoleAssertion(personID: "e4", title: "spokesperson", organizationID: "e1",
                                                provenance: provenance(doc, "spokesperson", sentence: 1))],
                          events: [arrest, statement],
                          relations: [Relation(subjectID: "e1", predicate: .locatedIn, objectID: "e3",
                                               provenance: provenance(doc, "Port Velo Provincial Police", sentence: 0))])
    }

    /// A charge by a court and a judge's statement; Dara Sok again.
    static var charge: Extraction {
        let s0 = "The Velo Municipal Court charged Dara Sok with drug trafficking on Friday."
        let s1 = "Judge Tomas Rey said the trial would begin in May."
        let doc = document(path: "articles/velo-court-charge.txt", text: "Court charges Sok\n\n\(s0)\n\(s1)\n", sentences: [s0, s1])
        let court = Entity(id: "e1", name: "Velo Municipal Court", type: .organization, mentions: [mention(doc, "Velo Municipal Court", sentence: 0)])
        let dara = Entity(id: "e2", name: "Dara Sok", type: .person, mentions: [mention(doc, "Dara Sok", sentence: 0)])
        let judge = Entity(id: "e3", name: "Tomas Rey", type: .person, mentions: [mention(doc, "Tomas Rey", sentence: 1)])
        let charge = Event(id: "v1", type: .charge, trigger: "charged",
                           agents: [Participant(entityID: "e1", text: court.name)],
                           patients: [Participant(entityID: "e2", text: dara.name),
                                      Participant(text: "drug trafficking", mention: mention(doc, "drug trafficking", sentence: 0))],
                           time: "Friday", provenance: provenance(doc, "charged", sentence: 0))
        let statement = Event(id: "v2", type: .statement, trigger: "said",
                              agents: [Participant(entityID: "e3", text: judge.name)],
                              content: "the trial would begin in May", partOf: [],
                              provenance: provenance(doc, "said", sentence: 1))
        return Extraction(document: doc, entities: [court, dara, judge],
                          roles: [RoleAssertion(personID: "e3", title: "judge", organizationID: "e1",
                                                provenance: provenance(doc, "Judge", sentence: 1))],
                          events: [charge, statement],
                          relations: [Relation(subjectID: "e3", predicate: .memberOf, objectID: "e1",
                                               provenance: provenance(doc, "Tomas Rey", sentence: 1))])
    }

    /// The hostile person's name: quotes, apostrophe, markup characters, accents and an emoji.
    static let hostileName = "Léa \"Lucky\" O'Brien <&> 🦊"
    /// A hostile alias: commas, semicolons, a backslash, a CDATA end and the CSV array delimiter.
    static let hostileAlias = "Lucky; the Fox, Jr. \\ ]]> \u{1F}x"
    /// A hostile statement content: line breaks, tab, carriage return and control characters.
    static let hostileContent = "she held 3 <bags> & a \\ backslash;\n\"quoted\"\ttab\r\nend \u{01}\u{7F} \u{2028} ‘curly’ 😀"
    /// A place written across a line break.
    static let hostilePlace = "the Café\nRiverside"

    /// A raid with hostile names, an emoji and a line break inside a participant.
    static var hostile: Extraction {
        let s0 = "Officers of Port Velo Provincial Police detained \(hostileName) at \(hostilePlace) during a raid."
        let s1 = "🦊 \(hostileName) — also called \(hostileAlias) — was freed, the report said."
        let doc = document(path: "articles/hostile \"names\" & <tags>.txt", text: "Raid at the Café 🦊\n\n\(s0) \(s1)\n", sentences: [s0, s1])
        let police = Entity(id: "e1", name: "Port Velo Provincial Police", type: .organization,
                            mentions: [mention(doc, "Port Velo Provincial Police", sentence: 0)])
        let lea = Entity(id: "e2", name: hostileName, type: .person, aliases: [hostileAlias],
                         mentions: [mention(doc, hostileName, sentence: 0), mention(doc, hostileName, sentence: 1), mention(doc, hostileAlias, sentence: 1)])
        let raid = Event(id: "v1", type: .raid, trigger: "raid",
                         agents: [Participant(entityID: "e1", text: police.name)],
                         places: [Participant(text: hostilePlace, mention: mention(doc, hostilePlace, sentence: 0))],
                         provenance: provenance(doc, "raid", sentence: 0))
        let detention = Event(id: "v2", type: .arrest, trigger: "detained",
                              agents: [Participant(entityID: "e1", text: police.name)],
                              patients: [Participant(entityID: "e2", text: lea.name)],
                              places: [Participant(text: hostilePlace, mention: mention(doc, hostilePlace, sentence: 0))],
                              partOf: ["v1"], provenance: provenance(doc, "detained", sentence: 0))
        let release = Event(id: "v3", type: .release, trigger: "freed",
                            patients: [Participant(entityID: "e2", text: lea.name)],
                            provenance: provenance(doc, "freed", sentence: 1))
        let statement = Event(id: "v4", type: .statement, trigger: "said",
                              agents: [Participant(text: "the report", mention: mention(doc, "the report", sentence: 1))],
                              content: hostileContent, provenance: provenance(doc, "said", sentence: 1))
        return Extraction(document: doc, entities: [police, lea], events: [raid, detention, release, statement])
    }

    /// The three extractions merged: shared nodes for Dara Sok and the provincial police.
    static var graph: KGraph {
        [arrest, charge, hostile].map { $0.graph() }.reduce(KGraph()) { $0.merged(with: $1) }
    }
}
