import Foundation
import KGraphModel
import KGraphVocabulary

/// Loosely read questions: a wh-question in no known form is answered from the sentences that
/// best match its words, with participants of the kind its question word expects.
extension GraphWalk {
    /// The most answers a loose reading gives: a best effort answers briefly.
    static let looseAnswerLimit = 3
    /// The most sentences a loose reading answers from.
    static let looseSentenceLimit = 3
    /// The most sentences holding its words that a loose question naming no one reads (those
    /// holding the most of them first), with the events they state.
    static let looseSentenceScanLimit = 120
    /// The most articles whose every sentence a loose reading reads.
    static let looseDocumentLimit = 30
    /// The most sentences a loose reading looks at for answers, best first.
    static let looseUnitLimit = 8
    /// Words that open a sentence continuing the one before ("They include …").
    private static let pronouns: Set<String> = ["they", "he", "she", "it", "this", "these", "those", "his", "her", "their", "its"]

    /// One sentence the loose walk reached, with the nodes it offers as answers.
    private struct LooseUnit {
        /// Where the sentence is.
        var provenance: Provenance
        /// The event stated in it, if the unit comes from an event.
        var event: Node?
        /// The nodes it offers, with the provenance of their link and how they were inferred.
        var candidates: [(node: Node, provenance: [Provenance], inferred: String?)]
        /// Whether it was reached from a name of the question.
        var viaName: Bool
        /// How well its sentence matches the question's words.
        var score = 0
    }

    /// Organisation nouns, person nouns and place nouns a "which N" question may ask for.
    static let organizationHeads = WordLists.organizationNouns
    static let personHeads: Set<String> = ["person", "people", "suspect", "official", "officer", "leader", "man", "woman",
                                                   "member", "defendant", "individual", "victim", "journalist", "activist",
                                                   "lawyer", "judge", "prosecutor", "hostage", "worker", "militant", "child"]
    static let placeLikeOrganizations: Set<String> = Set(["court", "tribunal", "prison", "jail", "embassy"].map(WordStemmer.stem))
    static let placeHeads: Set<String> = ["prison", "jail", "building", "site", "port", "island", "neighborhood",
                                                  "neighbourhood", "compound", "camp", "street", "road", "border"]

    /// Answers a loosely read question (see ``LooseQuestion``).
    ///
    /// Reads the names; walks from them to their events (with the events' participants), roles,
    /// organisations and places, and the other sentences of their articles; with no name, reads
    /// the sentences holding the question's words through the reader's word look-ups (at most
    /// ``looseSentenceScanLimit``, those holding the most words first), the events they and the
    /// sentences after them state, and the articles of those that match;
    /// scores each sentence reached by the question's content words it holds (stemmed through
    /// ``WordStemmer``); answers with participants of the expected kind from the best sentences,
    /// at most ``looseAnswerLimit``. A sentence that holds neither a name of the question nor one
    /// of its words gives nothing.
    /// - Parameters:
    ///   - q: the question read loosely.
    ///   - question: the question, for the result.
    /// - Returns: the answers, each marked as a best-effort reading, or an honest "no answer".
    /// - Throws: what the reader throws.
    /// - Complexity: the neighbourhood of the names and up to ``looseDocumentLimit`` of their
    ///   articles; without a name, the reader's word look-ups, then up to
    ///   ``looseSentenceScanLimit`` sentences, their events and ``looseDocumentLimit`` articles.
    func answerLoose(_ q: LooseQuestion, question: String) throws -> QueryResult {
        // "say" and "tell" match every statement: they tell no sentence from another.
        let generic: Set<String> = ["say", "tell"]
        var stems = Set(q.words.map(WordStemmer.stem)).subtracting(generic)
        let verbStems = Set(q.words.filter(vocab.isVerbLike).map(WordStemmer.stem)).subtracting(generic)
        var headStem: String? = nil
        if case .head(let noun) = q.expected { headStem = WordStemmer.stem(noun); stems.remove(headStem!) }

        // The names.
        var named = [Node]()
        var namedIDs = Set<String>()
        var unknown = [(String, [String])]()
        for name in q.names {
            let res = try resolver.resolve(name, kinds: [.person, .organization, .place])
            if let note = res.note { notes.append(note) }
            guard !res.nodes.isEmpty else { unknown.append((name, res.suggestions)); continue }
            for n in res.nodes.prefix(4) where namedIDs.insert(n.id).inserted { named.append(n) }
        }
        let interp = looseInterpretation(q, named: named)
        if q.retried, !unknown.isEmpty {
            // The strict reading has already said the name is unknown.
            return QueryResult(question: question, interpretation: interp, notes: notes)
        }
        var unknownStems = Set<String>()
        for (name, _) in unknown {
            // A name not in the knowledge base may still be in its sentences ("known as …"); with
            // no known name, a sentence must then hold one of its words.
            notes.append("“\(name)” is not a known name; its words are looked for instead")
            unknownStems.formUnion(vocab.looseStems(name))
        }
        stems.formUnion(unknownStems)
        if !named.isEmpty { unknownStems = [] }
        let namedKeys = Set(named.flatMap { $0.allNames.map(NameKey.normalize) })

        // The sentences reached.
        var units = [LooseUnit]()
        var seenEvents = Set<String>()
        func addEvent(_ event: Node, viaName: Bool) throws {
            guard event.kind == .event, seenEvents.insert(event.id).inserted, let p = event.provenance.first else { return }
            // The participants are read only for the sentences answers are taken from.
            units.append(LooseUnit(provenance: p, event: event, candidates: [], viaName: viaName))
        }
        func addLink(_ n: Node, _ e: Edge, offering: [Node]) {
            guard let p = e.provenance.first ?? n.provenance.first else { return }
            units.append(LooseUnit(provenance: p, event: nil, candidates: offering.map { ($0, e.provenance, nil) }, viaName: true))
        }
        for n in named {
            for e in try edges(to: n.id) {
                guard let source = try node(e.source) else { continue }
                if source.kind == .event { try addEvent(source, viaName: true); continue }
                switch e.kind {
                case .memberOf, .locatedIn: addLink(source, e, offering: [source])
                case .roleIn, .roleAt:
                    for (holder, he) in try sources(of: source.id, .holdsRole) { addLink(holder, he, offering: [holder, source]) }
                default: break
                }
            }
            for e in try edges(from: n.id) {
                guard let target = try node(e.target) else { continue }
                if target.kind == .event { try addEvent(target, viaName: true); continue }
                switch e.kind {
                case .memberOf, .locatedIn: addLink(n, e, offering: [target])
                case .holdsRole:
                    var offering = [target]
                    offering += try targets(of: target.id, .roleIn).map(\.0) + targets(of: target.id, .roleAt).map(\.0)
                    addLink(n, e, offering: offering)
                default: break
                }
            }
        }
        // Score each sentence by the question's words it holds (and those of the sentence before,
        // when it opens with a pronoun), and the question's names.
        let nameKeys = named.flatMap { $0.allNames.map { " \(NameKey.normalize($0)) " } }.filter { $0.count > 3 }
        // Each sentence's stems and first word (after a leading "the", as names are normalised),
        // read once: one sentence often states several events.
        var sentenceStems = [String: (stems: Set<String>, first: String?)]()
        func stemsOf(_ p: Provenance) throws -> (stems: Set<String>, first: String?) {
            let key = "\(p.documentSHA256)#\(p.sentenceIndex)"
            if let cached = sentenceStems[key] { return cached }
            let words = WordStemmer.words(try sentenceText(p))
            let first = words.count > 1 && words[0] == "the" ? words[1] : words.first
            let read = (stems: Set(words.filter { !vocab.isLooseStopWord($0) }.map(WordStemmer.stem)), first: first)
            sentenceStems[key] = read
            return read
        }
        func score(from start: Int) throws {
            for k in units.indices.dropFirst(start) {
                let p = units[k].provenance
                let (sentence, first) = try stemsOf(p)
                var score = stems.intersection(sentence).count * 2 + verbStems.intersection(sentence).count * 2
                if score == 0, p.sentenceIndex > 0, let first, Self.pronouns.contains(first) {
                    let previous = try stemsOf(Provenance(documentSHA256: p.documentSHA256, sentenceIndex: p.sentenceIndex - 1, utf8Range: 0..<0))
                    score = stems.intersection(previous.stems).count
                }
                guard score > 0 || stems.isEmpty, unknownStems.isEmpty || !unknownStems.isDisjoint(with: sentence) else {
                    units[k].score = 0
                    continue
                }
                if let headStem, sentence.contains(headStem) { score += 1 }
                if let trigger = units[k].event?.attributes["trigger"], !vocab.looseStems(trigger).isDisjoint(with: stems) { score += 1 }
                if units[k].viaName {
                    score += 2
                } else if !nameKeys.isEmpty {
                    let key = " \(NameKey.normalize(try sentenceText(p))) "
                    if nameKeys.contains(where: { key.contains($0) }) { score += 2; units[k].viaName = true }
                }
                units[k].score = score
            }
        }
        // The other sentences of the articles reached: what is stated without an event ("the group
        // has links to …") counts too.
        var covered = Set(units.map { "\($0.provenance.documentSHA256)#\($0.provenance.sentenceIndex)" })
        func addSentences(ofDocuments shas: [String]) throws {
            var seen = Set<String>()
            for sha in shas where seen.insert(sha).inserted && seen.count <= Self.looseDocumentLimit {
                guard let doc = try reader.document(sha256: sha) else { continue }
                for span in doc.sentences where covered.insert("\(sha)#\(span.index)").inserted {
                    let p = Provenance(documentSHA256: sha, sentenceIndex: span.index, utf8Range: span.utf8Start..<span.utf8End)
                    units.append(LooseUnit(provenance: p, event: nil, candidates: [], viaName: false))
                }
            }
        }
        try addSentences(ofDocuments: named.flatMap { $0.provenance.map(\.documentSHA256) })
        try score(from: 0)
        if named.isEmpty {
            // No name: the events whose sentence holds the question's words, and the other
            // sentences of their articles.
            guard !stems.isEmpty else {
                return QueryResult(question: question, interpretation: interp, notes: notes,
                                   explanation: "The question names no one and no word of it could be looked for.")
            }
            var start = units.count
            // Only a sentence holding a word of the question, or opening with a pronoun after
            // one, can match: those sentences and the events they state are read, not all events.
            let hits = try reader.sentences(holdingAnyOf: try sentenceWords(stemmedTo: stems.union(verbStems)),
                                            limit: Self.looseSentenceScanLimit)
            var stated = [Provenance]()
            let hitKeys = Set(hits.map { "\($0.documentSHA256)#\($0.sentenceIndex)" })
            for h in hits {
                stated.append(h)
                // The sentence after, when it opens with a pronoun: it may continue this one.
                let next = Provenance(documentSHA256: h.documentSHA256, sentenceIndex: h.sentenceIndex + 1, utf8Range: 0..<0)
                if !hitKeys.contains("\(next.documentSHA256)#\(next.sentenceIndex)"), let first = try stemsOf(next).first,
                   Self.pronouns.contains(first) {
                    stated.append(next)
                }
            }
            for event in try reader.events(statedIn: stated) { try addEvent(event, viaName: false) }
            try score(from: start)
            for unit in units[start...] { covered.insert("\(unit.provenance.documentSHA256)#\(unit.provenance.sentenceIndex)") }
            // The articles of the matching events, or, when none matches, of the sentences holding its words.
            var matched = units[start...].filter { $0.score > 0 }.map(\.provenance.documentSHA256)
            if matched.isEmpty { matched = hits.map(\.documentSHA256) }
            if hits.count >= Self.looseSentenceScanLimit {
                notes.append("only the \(Self.looseSentenceScanLimit) sentences holding the most of its words were read")
            }
            start = units.count
            try addSentences(ofDocuments: matched)
            try score(from: start)
        }
        units = units.filter { $0.score > 0 }
        units.sort { a, b in
            (b.score, a.event == nil ? 1 : 0, a.provenance.documentSHA256, a.provenance.sentenceIndex)
                < (a.score, b.event == nil ? 1 : 0, b.provenance.documentSHA256, b.provenance.sentenceIndex)
        }

        // Answers from the best sentences: the participants that fit, or else the known names the
        // sentence holds; a lower-scoring sentence only while the better give none.
        var answers = AnswerSet()
        var sentencesUsed = 0
        var level: Int? = nil
        let questionKeys = namedKeys.union(q.names.map { NameKey.normalize(QuestionParser.stripPossessive($0)) })
        if let headStem {
            // "which youth group": a name the sentence describes with the noun ("Velo Front, an outlawed
            // youth group", "the Harbour Court") answers first, from the best such sentence.
            for unit in units.prefix(Self.looseUnitLimit) where answers.isEmpty {
                for m in try mentionedEntities(in: try sentenceText(unit.provenance), q.expected, preposition: nil, headStem: headStem)
                where m.described && !namedIDs.contains(m.node.id) && !questionKeys.contains(NameKey.normalize(m.node.name))
                    && answers.count < Self.looseAnswerLimit {
                    guard try looseFits(m.node, q.expected, headStem: headStem) else { continue }
                    answers.add(Answer(text: try label(m.node), type: m.node.kind.rawValue, evidence: [],
                                       inferred: "a best-effort reading: named as a \(headStem) in a sentence that matches the question’s words",
                                       nodes: [m.node.id] + (unit.event.map { [$0.id] } ?? [])), provenance: [unit.provenance])
                }
            }
        }
        for unit in units.prefix(Self.looseUnitLimit) where answers.isEmpty || level != nil {
            if let level, unit.score < level { break }
            guard sentencesUsed < Self.looseSentenceLimit, answers.count < Self.looseAnswerLimit else { break }
            let before = answers.count
            let how = "a best-effort reading: stated in a sentence that matches the question’s words"
            var candidates = unit.candidates
            if let event = unit.event {
                for role in [EdgeKind.agent, .patient, .place, .time] {
                    // Stated ones only: an inferred one is not in the sentence that matched.
                    for part in try participants(of: event, role, statedOnly: true) {
                        candidates.append((part.node, part.provenance, part.inferred))
                    }
                }
            }
            for c in candidates where !namedIDs.contains(c.node.id) && !questionKeys.contains(NameKey.normalize(c.node.name)) {
                guard answers.count < Self.looseAnswerLimit, try looseFits(c.node, q.expected, headStem: headStem) else { continue }
                if c.node.kind == .time, let event = unit.event, let t = event.attributes["time"] {
                    answers.add(Answer(text: t, type: "time", evidence: [], inferred: c.inferred ?? how, nodes: [c.node.id, event.id]),
                                provenance: [unit.provenance] + c.provenance)
                    continue
                }
                let nodes = [c.node.id] + (unit.event.map { [$0.id] } ?? [])
                answers.add(Answer(text: try label(c.node), type: c.node.kind.rawValue, evidence: [], inferred: c.inferred ?? how, nodes: nodes),
                            provenance: [unit.provenance] + c.provenance)
            }
            if q.expected == .place, q.preposition != nil, answers.count > before + 1 {
                // "flown from": of several places, those the question's preposition introduces.
                let introduced = Set(try mentionedEntities(in: try sentenceText(unit.provenance), .place, preposition: q.preposition)
                    .filter(\.afterPreposition).map(\.node.id))
                if !introduced.isEmpty {
                    let kept = Array(answers.answers.prefix(before)).map(\.text)
                    answers = answers.filter { a in kept.contains(a.text) || a.nodes.contains(where: introduced.contains) }
                }
            }
            if q.expected == .time, let event = unit.event, let t = event.attributes["time"],
               try targets(of: event.id, .time).isEmpty, answers.count < Self.looseAnswerLimit {
                answers.add(Answer(text: t, type: "time", evidence: [], inferred: how, nodes: [event.id]), provenance: [unit.provenance])
            }
            if q.expected == .thing, answers.count == before, let event = unit.event, let trigger = event.attributes["trigger"],
               vocab.looseStems(trigger).isDisjoint(with: stems), event.eventType != .statement {
                // "what is X suspected of": the event the sentence reports, not the one asked with.
                let patients = try targets(of: event.id, .patient).map(\.0).filter { !namedIDs.contains($0.id) && !isJunk($0) }
                guard !patients.isEmpty else { continue }
                let text = trigger + " of " + patients.map(\.name).joined(separator: ", ")
                answers.add(Answer(text: text, type: "fact", evidence: [], inferred: how, nodes: [event.id] + patients.map(\.id)),
                            provenance: [unit.provenance])
            }
            if answers.count == before, q.expected == .time {
                // "when is the verdict expected": a date the sentence gives.
                for t in Self.timeExpressions(in: try sentenceText(unit.provenance)).prefix(1) {
                    answers.add(Answer(text: t, type: "time", evidence: [],
                                       inferred: "a best-effort reading: a date given in a sentence that matches the question’s words",
                                       nodes: unit.event.map { [$0.id] } ?? []), provenance: [unit.provenance])
                }
            }
            if answers.count == before, q.expected != .thing, q.expected != .time {
                // When the strict reading found the event without its agent, only a passive agent
                // ("… by the harbour police") answers "who": a name elsewhere in the sentence is
                // more often the speaker than the doer.
                var mentions = try mentionedEntities(in: try sentenceText(unit.provenance), q.expected, preposition: q.preposition)
                    .filter { try looseFits($0.node, q.expected, headStem: headStem) }
                // "who": people before organisations, which a sentence often names beside them.
                if q.expected == .agent { mentions = mentions.filter { $0.node.kind == .person } + mentions.filter { $0.node.kind != .person } }
                // "flown from": the places the same preposition introduces, when some are.
                if q.expected == .place, mentions.contains(where: \.afterPreposition) { mentions = mentions.filter(\.afterPreposition) }
                for (n, afterBy, _, _) in mentions
                where (afterBy || !(q.eventFound && q.expected == .agent)) && !namedIDs.contains(n.id) && !questionKeys.contains(NameKey.normalize(n.name)) && answers.count < Self.looseAnswerLimit {
                    guard try looseFits(n, q.expected, headStem: headStem) else { continue }
                    answers.add(Answer(text: try label(n), type: n.kind.rawValue, evidence: [],
                                       inferred: "a best-effort reading: named in a sentence that matches the question’s words",
                                       nodes: [n.id] + (unit.event.map { [$0.id] } ?? [])), provenance: [unit.provenance])
                }
            }
            if answers.count > before { sentencesUsed += 1; level = level ?? unit.score }
        }
        var result = QueryResult(question: question, interpretation: interp,
                                 answers: try answers.materialized(by: self, limit: Self.looseAnswerLimit), notes: notes)
        if result.answers.isEmpty, named.isEmpty, let (name, suggestions) = unknown.first {
            result.explanation = "No person, organisation or place named “\(name)” is in the knowledge base."
            result.suggestions = suggestions
        } else if result.answers.isEmpty {
            let about: String = named.isEmpty ? "" : " about " + named.map(\.name).joined(separator: ", ")
            let words: String = q.words.isEmpty ? "the question" : q.words.map { "“\($0)”" }.joined(separator: ", ")
            let expected: String = Self.expectedText(q.expected)
            result.explanation = units.isEmpty
                ? "No sentence of the knowledge base\(about) matches \(words)."
                : "The sentences that match the question name no \(expected)."
            for n in named.prefix(2) { result.knownInstead += try facts(about: n.id, limit: 6).map(\.text) }
        }
        return result
    }
}
