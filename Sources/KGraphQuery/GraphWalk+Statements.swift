import KGraphModel

/// Statements: what someone said, who said something.
extension GraphWalk {
    /// Quote answers longer than this many words are split: a reader (and the scorer) takes an
    /// answer as one statement group, not a whole article.
    static let maxQuoteWords = 80
    /// The most sentences whose statements "who said that …" reads over a large knowledge base.
    static let statementSentenceLimit = 200

    /// The statement events of a speaker: said edges, and statements whose agent it is.
    func statementEvents(of speaker: Node) throws -> [Node] {
        var seen = Set<String>()
        var out = [Node]()
        for (event, _) in try targets(of: speaker.id, .said) where seen.insert(event.id).inserted { out.append(event) }
        for (event, _) in try sources(of: speaker.id, .agent) where event.eventType == .statement && seen.insert(event.id).inserted {
            out.append(event)
        }
        return out.sorted { ($0.provenance.first?.documentSHA256 ?? "", $0.provenance.first?.sentenceIndex ?? 0)
            < ($1.provenance.first?.documentSHA256 ?? "", $1.provenance.first?.sentenceIndex ?? 0) }
    }

    /// What a statement says, as the article words it: its content when the sentence holds it
    /// verbatim (a quote), otherwise the sentence itself (the content is then a paraphrase).
    /// A quote may run over the sentences before and after the one that states it.
    func quote(of statement: Node) throws -> String {
        guard let p = statement.provenance.first else { return statement.attributes["content"] ?? statement.name }
        let sentence = try sentenceText(p)
        guard let content = statement.attributes["content"] else { return sentence }
        let c = WordStemmer.plainWords(content)
        var window = WordStemmer.plainWords(sentence)
        if c.isEmpty || window.isEmpty || " \(window) ".contains(" \(c) ") { return content }
        for index in [p.sentenceIndex - 1, p.sentenceIndex + 1] where index >= 0 {
            let neighbour = Provenance(documentSHA256: p.documentSHA256, sentenceIndex: index, utf8Range: 0..<0)
            let text = WordStemmer.plainWords(try sentenceText(neighbour))
            window = index < p.sentenceIndex ? "\(text) \(window)" : "\(window) \(text)"
        }
        return " \(window) ".contains(" \(c) ") ? content : sentence
    }

    /// "what did X say [about Y]": what X said, one answer per article (split when long), each
    /// quote's sentence as evidence.
    func answerStatements(speaker name: String, about: String?, question: String) throws -> QueryResult {
        var interp = "what “\(name)” said"
        if let about { interp += " about “\(about)”" }
        let res = try resolver.resolve(name, kinds: [.person, .organization, .thing, .place])
        if let note = res.note { notes.append(note) }
        if res.nodes.count > 1, res.nodes[0].kind != .thing {
            throw QueryError.ambiguous(name, candidates: res.nodes.map { "\($0.name) (\($0.kind.rawValue))" })
        }
        guard let first = res.nodes.first else { return unknown(name, question: question, interpretation: interp, suggestions: res.suggestions) }
        var events = [Node]()
        for speaker in res.nodes { events += try statementEvents(of: speaker) }
        interp = "what \(first.name) said" + (about.map { " about “\($0)”" } ?? "") + " (content of statement events)"

        if let about {
            var keys = [NameKey.normalize(about)]
            var aboutIDs = Set<String>()
            // An entity by its exact name; else the phrase ("the raid") as a node of the articles
            // of these statements (a phrase is a node of each article stating it, and only there
            // can a statement link to it); else an entity by a surname or typo.
            var aboutNodes = try resolver.resolve(about, kinds: [.person, .organization, .place], forgiving: false).nodes
            if aboutNodes.isEmpty {
                let key = NameKey.normalize(QuestionParser.stripPossessive(about))
                let articles = Set(events.flatMap { $0.provenance.map(\.documentSHA256) }).sorted()
                aboutNodes = try reader.nodes(ids: articles.map { NodeID.thing(documentSHA256: $0, text: key) })
            }
            if aboutNodes.isEmpty { aboutNodes = try resolver.resolve(about, kinds: [.person, .organization, .place]).nodes }
            for n in aboutNodes {
                aboutIDs.insert(n.id)
                keys += n.allNames.map(NameKey.normalize)
            }
            let stems = vocab.contentStems(about)
            events = try events.filter { e in
                let text = NameKey.normalize((e.attributes["content"] ?? "") + " " + (try e.provenance.first.map(sentenceText) ?? ""))
                if keys.contains(where: { !$0.isEmpty && " \(text) ".contains(" \($0) ") }) { return true }
                if try edges(from: e.id).contains(where: { aboutIDs.contains($0.target) }) { return true }
                return !stems.isEmpty && stems.isSubset(of: vocab.contentStems(text))
            }
        }
        var answers = [Answer]()
        var group = [Node]()
        var groupWords = 0
        func flush() throws {
            guard !group.isEmpty else { return }
            var seen = Set<String>()
            var parts = [String]()
            for e in group {
                let text = try quote(of: e)
                if seen.insert(NameKey.normalize(text)).inserted { parts.append(text) }
            }
            answers.append(Answer(text: parts.joined(separator: " … "), type: "quote",
                                  evidence: try evidence(group.flatMap(\.provenance)), nodes: [first.id] + group.map(\.id)))
            group = []
            groupWords = 0
        }
        var currentDocument = ""
        for e in events {
            let doc = e.provenance.first?.documentSHA256 ?? ""
            let words = try quote(of: e).split(separator: " ").count
            if doc != currentDocument || groupWords + words > Self.maxQuoteWords { try flush() }
            currentDocument = doc
            group.append(e)
            groupWords += words
        }
        try flush()
        var result = QueryResult(question: question, interpretation: interp, answers: answers, notes: notes)
        if answers.isEmpty {
            if about != nil, !(try res.nodes.flatMap { try statementEvents(of: $0) }).isEmpty {
                result.explanation = "\(first.name) is recorded as saying nothing about “\(about!)”."
                result.knownInstead = try res.nodes.flatMap { try statementEvents(of: $0) }.prefix(8).map { try describe($0) }
            } else {
                result.explanation = "No statement by \(first.name) is recorded."
                result.knownInstead = try facts(about: first.id, limit: 8).map(\.text)
            }
        }
        return result
    }

    /// "who said that …": the speakers of the statements that share the most content words with
    /// the phrase.
    /// - Complexity: one read of every statement event (and, for up to 2,000 of them, their sentences).
    func answerWhoSaid(_ phrase: String, question: String) throws -> QueryResult {
        let query = vocab.contentStems(phrase)
        let interp = "who said something matching “\(phrase)” (statements sharing its words)"
        guard !query.isEmpty else { throw vocab.unreadable(question) }
        // Up to 2,000 statements, all are read with their sentences; beyond, the statements of the
        // sentences holding the most of the phrase's words (found through the reader's word look-ups).
        let readSentences = try eventCount([.statement]) <= 2000
        let statements: [Node]
        if readSentences {
            statements = try reader.nodes(kind: .event, eventType: .statement)
        } else {
            var words = Set<String>()
            for stem in query {
                for w in try reader.sentenceWords(withPrefix: stem) where !vocab.isStopWord(w) && WordStemmer.lightStem(w) == stem {
                    words.insert(w)
                }
            }
            let hits = try reader.sentences(holdingAnyOf: words, limit: Self.statementSentenceLimit)
            statements = try reader.events(statedIn: hits).filter { $0.eventType == .statement }
            if hits.count >= Self.statementSentenceLimit {
                notes.append("only the statements of the \(Self.statementSentenceLimit) sentences holding the most of its words were read")
            }
        }
        // The question's verb ("announced", "warned") counts for statements with that trigger.
        let verb = phrase.split(separator: " ").first.map { WordStemmer.lightStem(NameKey.normalize(String($0))) } ?? ""
        var scored = [(overlap: Int, rank: Int, node: Node)]()
        for s in statements {
            var text = (s.attributes["content"] ?? "") + " " + (s.attributes["trigger"] ?? s.name)
            if readSentences, let p = s.provenance.first { text += " " + (try sentenceText(p)) }
            let overlap = query.intersection(vocab.contentStems(text)).count
            let trigger = WordStemmer.lightStem(NameKey.normalize(s.attributes["trigger"] ?? s.name))
            if overlap > 0 { scored.append((overlap, overlap * 2 + (trigger == verb ? 1 : 0), s)) }
        }
        let bestOverlap = scored.map(\.overlap).max() ?? 0
        let bestRank = scored.map(\.rank).max() ?? 0
        let needed = max(min(2, query.count), (query.count + 1) / 2)
        var answers = AnswerSet()
        if bestOverlap >= needed {
            let kept = scored.filter { $0.overlap >= needed && $0.rank * 4 >= bestRank * 3 }
            try prefetch(kept.prefix(Self.answerLimit).map(\.node), targetsOf: [.agent])
            for s in kept {
                for (a, p) in try values(of: s.node, .agent) { answers.add(a, provenance: p) }
                if answers.count >= Self.answerLimit { break }
            }
        }
        let best = bestOverlap
        var result = QueryResult(question: question, interpretation: interp, answers: try answers.materialized(by: self, limit: Self.answerLimit), notes: notes)
        if answers.isEmpty {
            result.explanation = best == 0 ? "No recorded statement shares words with “\(phrase)”."
                : "No recorded statement shares enough words with “\(phrase)” (at best \(best) of \(query.count))."
            result.knownInstead = try scored.sorted { $0.rank > $1.rank }.prefix(5).map { try describe($0.node) }
        }
        return result
    }
}
