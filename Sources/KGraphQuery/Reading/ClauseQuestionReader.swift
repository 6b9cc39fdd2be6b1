import KGraphExtraction
import KGraphModel
import KGraphVocabulary

/// Reads an event question with the extractor's own grammar: the question becomes the statement
/// it asks about (``DeclarativeBuilder``), the extractor reads that statement as it reads an
/// article sentence, and the event it finds, with the stand-in where the answer goes, is the
/// question: "by whom was Dara Sok detained" → "Dara Sok was detained by ⟨gap⟩" →
/// `arrest(agent: ?, patient: Dara Sok)`. Any wording the extractor reads in an article (passive
/// and active voice, phrasal triggers, "took into custody", places, times, raids an arrest was
/// part of) is then read in a question too.
struct ClauseQuestionReader {
    /// The words questions are read with.
    let vocab: QueryVocabulary
    /// The extractor statements are read with.
    let extractor: Extractor

    /// Creates a reader over a vocabulary. Its extractor has the vocabulary and no name tables:
    /// the names of a question are looked up in the knowledge base, not in the gazetteer.
    /// - Throws: ``KGraphExtraction/LexiconError`` (not expected: the tables are empty).
    init(vocab: QueryVocabulary) throws {
        self.vocab = vocab
        let empty = Dictionary(uniqueKeysWithValues: Lexicon.tableNames.map { ($0, "") })
        self.extractor = Extractor(lexicon: try Lexicon(vocabulary: vocab.vocabulary, tables: empty))
    }

    /// The event question a question is, or `nil` when it is none the extractor reads.
    /// - Parameter question: the question as typed.
    func read(_ question: String) -> ReadQuestion? {
        let words = QuestionParser.Words(question)
        guard let decl = DeclarativeBuilder(vocab: vocab).build(words) else { return nil }
        return read(decl)
    }

    /// The event question a statement with a gap is.
    func read(_ decl: Declarative) -> ReadQuestion? {
        let text = "Question\n\n" + decl.text + "."
        let extraction = extractor.extract(text: text, path: "question")
        let events = extraction.events.filter { $0.provenance.sentenceIndex == 1 }
        if decl.asked.fact {
            // "how long was X sentenced for": a fact of the event, which the graph does not hold.
            let containers = Set(events.flatMap(\.partOf))
            guard let event = events.first(where: { !containers.contains($0.id) }) ?? events.first else { return nil }
            var r = read(event, in: events, extraction: extraction, decl: decl, wanted: .patient)
            r.unplaced = true
            return r
        }
        guard let (event, gapRole) = chosen(events, decl: decl) else {
            // "what was Dara Sok charged with": the event is read, and what is asked, after its
            // last preposition, is no participant of it (the charge itself): the graph does not
            // hold the answer.
            guard decl.asked.gap != .none, let event = events.first(where: { !Self.isGap($0.agents + $0.patients + $0.places) }),
                  decl.text.hasSuffix(Declarative.gap) else { return nil }
            var r = read(event, in: events, extraction: extraction, decl: decl, wanted: .patient)
            r.unplaced = true
            return r
        }
        let wanted: Wanted
        switch (decl.asked.wanted, gapRole) {
        case (.some(let w), _): wanted = w
        case (nil, .some(.agent)): wanted = .agent
        case (nil, .some(.place)): wanted = .place
        case (nil, _): wanted = .patient
        }
        return read(event, in: events, extraction: extraction, decl: decl, wanted: wanted)
    }

    /// The question an event of the statement makes.
    private func read(_ event: Event, in events: [Event], extraction: Extraction, decl: Declarative, wanted: Wanted) -> ReadQuestion {
        var constraints = [ParticipantConstraint]()
        func add(_ role: EdgeKind, _ ps: [Participant]) {
            for p in ps where !Self.isGap(p) && !constraints.contains(where: { $0.role == role && $0.phrase == p.text }) {
                constraints.append(ParticipantConstraint(role: role, phrase: written(p, in: extraction) ?? p.text))
            }
        }
        add(.agent, event.agents)
        add(.patient, event.patients)
        add(.place, event.places)
        if let time = event.time { constraints.append(ParticipantConstraint(role: .time, phrase: time)) }
        // "what was seized in the FBI raid": the raid's agent is the seizure's.
        for raid in events where event.partOf.contains(raid.id) {
            if event.agents.isEmpty { add(.agent, raid.agents) }
            if event.places.isEmpty { add(.place, raid.places) }
            if event.time == nil, let time = raid.time { constraints.append(ParticipantConstraint(role: .time, phrase: time)) }
        }
        let withWhom = coParticipants(extraction, event: event, decl: decl)
        return ReadQuestion(statement: decl.text, type: event.type, typeWord: event.trigger, wanted: wanted,
                            constraints: constraints.filter { !$0.phrase.isEmpty }, head: decl.asked.head,
                            counts: decl.asked.counts, with: withWhom)
    }

    /// The event the question asks about: the one with the gap, else the first one of the
    /// statement that is no raid another one was part of.
    private func chosen(_ events: [Event], decl: Declarative) -> (Event, EdgeKind?)? {
        for e in events {
            if e.agents.contains(where: Self.isGap) { return (e, .agent) }
            if e.patients.contains(where: Self.isGap) { return (e, .patient) }
            if e.places.contains(where: Self.isGap) { return (e, .place) }
        }
        guard decl.asked.gap == .none || decl.asked.wanted != nil else { return nil }
        let containers = Set(events.flatMap(\.partOf))
        guard let e = events.first(where: { !containers.contains($0.id) }) ?? events.first else { return nil }
        return (e, nil)
    }

    /// Names after "with" that are no participant of the event: "who was arrested with Dara Sok".
    private func coParticipants(_ extraction: Extraction, event: Event, decl: Declarative) -> [String] {
        let taken = Set((event.agents + event.patients + event.places).compactMap(\.entityID))
        var out = [String]()
        for entity in extraction.entities where !taken.contains(entity.id) && !entity.name.contains(Self.gapWord) {
            guard let m = entity.mentions.first(where: { $0.sentenceIndex == 1 }) else { continue }
            let before = extraction.document.text.utf8.prefix(m.utf8Start)
            let words = String(decoding: before, as: UTF8.self).split(separator: " ").suffix(2).map { $0.lowercased() }
            if words.last == "with" || words == ["along", "with"] || words == ["together", "with"] { out.append(entity.name) }
        }
        return out
    }

    /// The participant as the question wrote it ("the police"), from its mention.
    private func written(_ p: Participant, in extraction: Extraction) -> String? {
        guard let m = p.mention else { return nil }
        let utf8 = extraction.document.text.utf8
        guard m.utf8Start >= 0, m.utf8End <= utf8.count, m.utf8Start < m.utf8End else { return nil }
        let lo = utf8.index(utf8.startIndex, offsetBy: m.utf8Start), hi = utf8.index(utf8.startIndex, offsetBy: m.utf8End)
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }

    /// A word of the stand-in name.
    static let gapWord = "Zell"
    /// Whether a participant is the stand-in for the answer.
    static func isGap(_ p: Participant) -> Bool { p.text.contains(gapWord) }
    /// Whether one of some participants is the stand-in.
    static func isGap(_ ps: [Participant]) -> Bool { ps.contains(where: isGap) }
}

/// An event question as the clause reader reads it.
struct ReadQuestion: Sendable, Equatable {
    /// The statement the question was turned into.
    var statement: String
    /// The event type asked about.
    var type: EventType
    /// The word that named the event.
    var typeWord: String
    /// What is asked.
    var wanted: Wanted
    /// The participants, place and time the question names.
    var constraints: [ParticipantConstraint]
    /// A noun answers must fit.
    var head: String?
    /// Whether the answers are counted.
    var counts: Bool
    /// Names that took part with the answer ("who was arrested with Dara Sok").
    var with: [String]
    /// Whether what is asked is no participant of the event ("what was Dara Sok charged with"):
    /// the graph records who took part, not this.
    var unplaced = false
}
