import KGraphModel
import KGraphVocabulary

/// Answers questions about a knowledge graph by walking it, with the evidence sentence of every
/// answer.
///
/// ```swift
/// let engine = QueryEngine(reader: InMemoryGraph(graph))
/// let result = try engine.answer("who arrested Dara Sok")
/// print(result.readableText())
/// ```
///
/// Every question does indexed look-ups (name key → nodes → edges). A question without a named
/// participant ("who was arrested") reads the events of its type a page at a time, only until it
/// has enough answers, and says when its list was cut; a loose question naming no one, and "who
/// said that …" over many statements, read the sentences holding their words through the
/// reader's word look-ups; a name that is not found exactly reads only the names near it (for
/// surnames and typos). A reader without indexes (``InMemoryGraph``) answers these look-ups by
/// reading everything, with the same answers.
public struct QueryEngine {
    /// The graph questions are answered from.
    public let reader: any GraphReader
    /// The vocabulary questions are read with, when one was given (else the shipped one).
    private let givenVocabulary: Vocabulary?
    /// When set, the paths of the only articles answers may come from (`query --article`).
    public var articles: Set<String>?

    /// Creates an engine.
    /// - Parameters:
    ///   - reader: the knowledge graph (the SQLite store or an ``InMemoryGraph``).
    ///   - vocabulary: the vocabulary questions are read with, the one extraction reads; `nil` for
    ///     the shipped one (``KGraphVocabulary/Vocabulary/standard()``), read when the first
    ///     question is answered, which then throws if its data cannot be read.
    public init(reader: any GraphReader, vocabulary: Vocabulary? = nil) {
        self.reader = reader
        self.givenVocabulary = vocabulary
    }

    /// An engine with the shipped vocabulary, read now: for a caller that reports a missing
    /// vocabulary before reading any question (the command line).
    /// - Parameter reader: the knowledge graph.
    /// - Returns: the engine.
    /// - Throws: ``KGraphVocabulary/VocabularyError`` when the vocabulary's data cannot be read.
    public static func standard(reader: any GraphReader) throws -> QueryEngine {
        QueryEngine(reader: reader, vocabulary: try Vocabulary.standard())
    }

    /// The words questions are read with.
    /// - Throws: ``KGraphVocabulary/VocabularyError`` when the shipped vocabulary cannot be read.
    func questionWords() throws -> QueryVocabulary {
        QueryVocabulary(try givenVocabulary ?? Vocabulary.standard())
    }

    /// Answers a question in plain English.
    /// - Parameter question: e.g. "who arrested Dara Sok", "where was she detained", "who is Lina Vey".
    /// - Returns: the answers with evidence; empty answers with an explanation when the knowledge
    ///   base does not answer it.
    /// - Throws: ``QueryError/unparseable(_:eventVerbs:)`` for a question in no known form (no
    ///   question word, and no name the knowledge base knows or nearly knows),
    ///   ``QueryError/ambiguous(_:candidates:)`` for a name that fits several entities equally,
    ///   ``KGraphVocabulary/VocabularyError`` when the shipped vocabulary cannot be read, and what
    ///   the reader throws.
    public func answer(_ question: String) throws -> QueryResult {
        let vocab = try questionWords()
        let parser = QuestionParser(vocab: vocab)
        var parsed = try parser.parse(question)
        if case .fact(let f) = parsed {
            // the facts of a case; a question they do not answer is read the other ways
            if var result = try GraphWalk(reader: reader, vocab: vocab).answerFacts(f, question: question) {
                result = try filtered(result)
                if !result.answers.isEmpty { return result }
            }
            parsed = try parser.parse(question, facts: false)
        }
        if case .summary(let name) = parsed, NameKey.normalize(name) == NameKey.normalize(question) {
            // A bare word that is no known name, nor close to one ("blah"), is not a question.
            let res = try NameResolver(reader: reader).resolve(name, kinds: [.person, .organization, .place, .thing])
            if res.nodes.isEmpty, res.suggestions.isEmpty { throw vocab.unreadable(question) }
        }
        let walk = GraphWalk(reader: reader, vocab: vocab)
        var result = try run(parsed, question: question, walk: walk)
        if QuestionParser.withoutSource(question) != question {
            result.notApplied.append("“\(question.prefix { $0 != "," })”: the source of a claim is not kept apart from the claim")
        }
        guard result.answers.isEmpty || walk.headUnmet, try retriesLoosely(parsed), var loose = parser.looseReading(question) else {
            return result
        }
        // Read strictly, the question has no answer: a best-effort reading may still find one.
        loose.retried = true
        loose.eventFound = walk.eventsFound > 0
        if case .identify = parsed { loose.retried = false }  // the name is what is looked for
        var second = try run(.loose(loose), question: question, walk: GraphWalk(reader: reader, vocab: vocab))
        guard !second.answers.isEmpty else { return result }
        // What a looser reading finds is marked as such, answer by answer and in the headline.
        second.notes.insert("read strictly as \(result.interpretation), it has no answer"
                            + (result.answers.isEmpty ? "" : " that fits the question’s noun"), at: 0)
        return second.markedBestEffort()
    }

    /// Whether a question with no answer is read again loosely: event, organisation, alias and
    /// "who said …" questions, whose words may say more than their strict reading used. Membership and role
    /// questions only when the "organisation" is a person ("who is Dara Sok's lawyer"):
    /// sentences about members or spokespeople of an organisation name others of other
    /// organisations more often than the ones asked for.
    private func retriesLoosely(_ q: Question) throws -> Bool {
        switch q {
        case .event, .read, .organizations, .coAgents, .identify, .whoSaid: return true
        case .roleHolder(_, _, let name), .members(let name):
            let res = try NameResolver(reader: reader).resolve(name, kinds: [.person, .organization], forgiving: false)
            return res.nodes.first?.kind == .person
        default: return false
        }
    }

    /// Answers a structured pattern (see ``helpText``), e.g. `arrest patient="Dara Sok" -> agent`.
    /// - Parameter pattern: the pattern.
    /// - Returns: the answers with evidence, as for ``answer(_:)``.
    /// - Throws: ``QueryError/badPattern(_:reason:)`` for a malformed pattern, otherwise as ``answer(_:)``.
    public func match(_ pattern: String) throws -> QueryResult {
        let parsed = try PatternParser().parse(pattern)
        return try run(parsed, question: pattern, walk: GraphWalk(reader: reader, vocab: try questionWords()))
    }

    /// Runs a read question on a walk; evidence that reprints state word for word is shown once.
    func run(_ q: Question, question: String, walk: GraphWalk) throws -> QueryResult {
        try filtered(try answers(q, question: question, walk: walk))
    }

    /// A result kept to the chosen articles (`--article`), its reprinted evidence shown once.
    func filtered(_ result: QueryResult) throws -> QueryResult {
        var result = result
        if let articles {
            // Answers stated in the chosen articles only, with their evidence from those.
            for i in result.answers.indices { result.answers[i].evidence.removeAll { !articles.contains($0.document) } }
            result.answers.removeAll { $0.evidence.isEmpty }
            result.applied.append("article " + articles.sorted().joined(separator: ", "))
        }
        for i in result.answers.indices { result.answers[i].evidence = Evidence.merged(result.answers[i].evidence) }
        return result
    }

    /// The answers to a read question.
    private func answers(_ q: Question, question: String, walk: GraphWalk) throws -> QueryResult {
        switch q {
        case let .event(types, constraints, wanted, head, typeWord):
            return try walk.answerEvent(types: types, constraints: constraints, wanted: wanted, head: head, typeWord: typeWord, question: question)
        case .read(let r):
            return try walk.answerRead(r, question: question)
        case .sequence(let q):
            return try walk.answerSequence(q, question: question) ?? QueryResult(question: question, interpretation: "what happened \(q.after ? "after" : "before") an event")
        case .fact(let f):
            return try walk.answerFacts(f, question: question) ?? QueryResult(question: question, interpretation: "the \(f.kinds[0].label) (“\(f.cue)”)")
        case .whoIs(let name): return try walk.answerWhoIs(name, question: question, rolesOnly: false)
        case .role(let name): return try walk.answerWhoIs(name, question: question, rolesOnly: true)
        case .identify(let name): return try walk.answerIdentify(name, question: question)
        case .members(let org): return try walk.answerMembers(org, question: question)
        case let .organizations(name, leader): return try walk.answerOrganizations(of: name, leader: leader, question: question)
        case .coAgents(let name): return try walk.answerCoAgents(name, question: question)
        case let .roleHolder(titles, leader, org):
            return try walk.answerRoleHolder(titles: titles, leader: leader, organization: org, question: question)
        case let .statements(speaker, about): return try walk.answerStatements(speaker: speaker, about: about, question: question)
        case .whoSaid(let phrase): return try walk.answerWhoSaid(phrase, question: question)
        case let .connection(a, b): return try walk.answerConnection(a, b, question: question)
        case .summary(let name): return try walk.answerSummary(name, question: question)
        case .loose(let loose): return try walk.answerLoose(loose, question: question).markedBestEffort()
        }
    }

    /// The entity (person, organisation or place) a name typed by a user denotes, resolved as
    /// names in questions are: any name or alias in any case, with or without diacritics, then a
    /// surname or given name alone, or a small typo.
    /// - Parameter name: the name as typed.
    /// - Returns: the one entity it denotes.
    /// - Throws: ``QueryError/ambiguous(_:candidates:)`` or ``QueryError/unknownName(_:suggestions:)``,
    ///   and what the reader throws.
    public func entity(named name: String) throws -> Node {
        let resolution = try NameResolver(reader: reader).resolve(name, kinds: [.person, .organization, .place])
        if resolution.nodes.count == 1 { return resolution.nodes[0] }
        if resolution.nodes.isEmpty { throw QueryError.unknownName(name, suggestions: resolution.suggestions) }
        throw QueryError.ambiguous(name, candidates: resolution.nodes.map { "\($0.name) (\($0.kind.rawValue))" })
    }
}
