import Foundation

/// One place an answer is stated: an article and one of its sentences.
public struct Evidence: Hashable, Codable, Sendable {
    /// The article's path, as it was given when the knowledge base was built.
    public var document: String
    /// The sentence's text.
    public var sentence: String
    /// The sentence's index in the article, from 0.
    public var sentenceIndex: Int
    /// Other articles that state the same sentence word for word (reprints, copies): the
    /// evidence is shown once.
    public var alsoIn: [String] = []
    /// The article's date ("2021-04-09", "2021-04"), when known (`document_date` in JSON).
    public var documentDate: String?

    /// Creates an evidence record.
    /// - Parameters:
    ///   - document: the article's path.
    ///   - sentence: the sentence text.
    ///   - sentenceIndex: the sentence's index in the article.
    ///   - documentDate: the article's date, when known.
    public init(document: String, sentence: String, sentenceIndex: Int, documentDate: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.sentenceIndex = sentenceIndex
        self.documentDate = documentDate
    }

    /// Where the evidence is, for people: "a.txt (2021-04-09), sentence 3".
    public var place: String {
        "\(document)\(documentDate.map { " (\($0))" } ?? ""), sentence \(sentenceIndex + 1)"
    }
}

extension Evidence {
    /// Evidence with sentences stated word for word in several articles shown once: the first
    /// article's, with the others in ``alsoIn``.
    /// - Parameter evidence: evidence in article order.
    /// - Returns: one entry per distinct sentence text.
    public static func merged(_ evidence: [Evidence]) -> [Evidence] {
        var out = [Evidence]()
        var at = [String: Int]()
        for e in evidence {
            let key = e.sentence.trimmingCharacters(in: .whitespaces)
            guard let i = at[key] else {
                at[key] = out.count
                out.append(e)
                continue
            }
            if out[i].document == e.document {
                out.append(e)  // the same words twice in one article: two sentences
            } else if !out[i].alsoIn.contains(e.document) {
                out[i].alsoIn.append(e.document)
            }
        }
        return out
    }
}

/// One answer to a question, with the sentences that state it.
public struct Answer: Hashable, Codable, Sendable {
    /// The answer as a reader wants it: a name, a role naming its organisation, a time, a quote.
    public var text: String
    /// What the answer is: a node kind (`person`, `organization`, `place`, `thing`), or `role`,
    /// `time`, `quote`, `path`, `fact`.
    public var type: String
    /// The sentences that state it, in article order.
    public var evidence: [Evidence]
    /// How the answer was inferred, when the text does not state it directly (`nil` when stated).
    public var inferred: String?
    /// Ids of the graph nodes the answer is about (the answer node first), for drawing it.
    public var nodes: [String]
    /// A case fact's normalised value ("240 months", "50000 USD"), or for a person a fact concerns,
    /// the fact as written; `nil` otherwise.
    public var value: String?

    /// Creates an answer.
    /// - Parameters:
    ///   - text: the answer text.
    ///   - type: the answer's type.
    ///   - evidence: the supporting sentences.
    ///   - inferred: how it was inferred, or `nil`.
    ///   - nodes: ids of the nodes involved.
    public init(text: String, type: String, evidence: [Evidence], inferred: String? = nil, nodes: [String] = []) {
        self.text = text
        self.type = type
        self.evidence = evidence
        self.inferred = inferred
        self.nodes = nodes
    }
}

/// The outcome of a question: how it was read, the answers, and, when there are none, what was
/// understood and what is known instead.
public struct QueryResult: Codable, Sendable {
    /// The question as asked.
    public var question: String
    /// How the question was read, in words ("the agent of arrests whose patient is Dara Sok").
    public var interpretation: String
    /// The answers; empty when the knowledge base does not answer the question.
    public var answers: [Answer]
    /// How names in the question were read, when not exactly ("'Dara Sock' read as 'Dara Sok'").
    public var notes: [String]
    /// When there is no answer: why, in one or two sentences.
    public var explanation: String?
    /// When there is no answer: facts the knowledge base holds about what was asked instead.
    public var knownInstead: [String]
    /// Names the question may have meant.
    public var suggestions: [String]
    /// The constraints of the question its answers meet ("patient “Dara Sok”", "with Lina Vey").
    public var applied: [String] = []
    /// The constraints the answers do not meet, each with why ("time “May”: no such event states it").
    public var notApplied: [String] = []
    /// For "how many" questions: the number of answers counted.
    public var count: Int?
    /// Facts near the question that do not answer it: shown apart, never as the answer.
    public var related: [Answer] = []
    /// Whether the answers come from a best-effort reading (sentences that match the question's
    /// words), not from a fact the graph states or infers: each answer then says so too.
    public var bestEffort = false

    /// The result marked as a best-effort reading: every answer's `inferred` says so.
    func markedBestEffort() -> QueryResult {
        var out = self
        out.bestEffort = !out.answers.isEmpty
        for i in out.answers.indices where !(out.answers[i].inferred ?? "").contains("best-effort") {
            out.answers[i].inferred = "best-effort reading: named in a sentence that matches the question’s words"
                + (out.answers[i].inferred.map { "; \($0)" } ?? "")
        }
        return out
    }

    /// Creates a result.
    public init(question: String, interpretation: String, answers: [Answer] = [], notes: [String] = [],
                explanation: String? = nil, knownInstead: [String] = [], suggestions: [String] = []) {
        self.question = question
        self.interpretation = interpretation
        self.answers = answers
        self.notes = notes
        self.explanation = explanation
        self.knownInstead = knownInstead
        self.suggestions = suggestions
    }

    /// The related facts, under a heading that cannot be taken for the answer.
    private func relatedText() -> String {
        guard !related.isEmpty else { return "" }
        var out = "\nRelated facts (not an answer to the question):\n"
        for r in related.prefix(10) {
            out += "  - \(r.text)"
            if let e = r.evidence.first { out += ": “\(e.sentence)” — \(e.place)" }
            out += "\n"
        }
        return out
    }

    /// The result as the `kgraph query --json` contract gives it:
    /// `{"question", "interpretation", "answers": [{"text", "type", "evidence": [{"document", "sentence"}]}]}`,
    /// with the extra keys `inferred`, `nodes`, `value`, `sentence_index`, `document_date`, `notes`, `explanation`,
    /// `known_instead` and `suggestions`.
    /// - Returns: UTF-8 JSON, keys sorted, without a trailing newline.
    /// - Throws: an `EncodingError` (not expected for these values).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self)
    }

    /// The result for a terminal: each answer, then under it the evidence sentence(s) and the
    /// article they come from; an inferred answer says how. With no answer: what was understood,
    /// why there is no answer, and what is known instead.
    /// - Returns: text ending with a newline.
    public func readableText() -> String {
        var out = ""
        for note in notes { out += "(\(note))\n" }
        if answers.isEmpty {
            out += "No answer. Understood: \(interpretation).\n"
            if let explanation { out += explanation + "\n" }
            if !suggestions.isEmpty {
                out += "Did you mean " + suggestions.map { "“\($0)”" }.joined(separator: ", ") + "?\n"
            }
            if !knownInstead.isEmpty {
                out += "Known instead:\n"
                for fact in knownInstead { out += "  - \(fact)\n" }
            }
            return out + relatedText()
        }
        if bestEffort {
            out += "No stated answer. A best-effort reading (\(interpretation)) finds these in the sentences that match the question best; check the evidence:\n"
        } else {
            out += "\(interpretation.prefix(1).uppercased())\(interpretation.dropFirst()):\n"
        }
        if let count { out += "\(count) found.\n" }
        for c in notApplied { out += "(not applied: \(c))\n" }
        for answer in answers {
            out += "\n• \(answer.text)"
            out += answer.type == "quote" || answer.type == "path" || answer.type == "fact" ? "" : "  [\(answer.type)]"
            out += answer.value.map { answer.type == "fact" ? "  (\($0))\n" : "  — \($0)\n" } ?? "\n"
            if let how = answer.inferred { out += "  (\(how))\n" }
            for e in answer.evidence {
                out += "    “\(e.sentence)”\n"
                out += "      — \(e.place)"
                if !e.alsoIn.isEmpty { out += " (and \(e.alsoIn.count) other article\(e.alsoIn.count == 1 ? "" : "s"))" }
                out += "\n"
            }
        }
        return out
    }
}
