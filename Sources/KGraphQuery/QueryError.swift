/// Why a question or pattern could not be answered at all (as opposed to having no answer).
public enum QueryError: Error, CustomStringConvertible, Equatable {
    /// The question is not in a form the engine reads; the description lists forms it does read,
    /// and `eventVerbs`, a verb of each kind of event the vocabulary knows (none: not listed).
    case unparseable(String, eventVerbs: [String] = [])
    /// A structured pattern is malformed; `reason` says where.
    case badPattern(String, reason: String)
    /// A name denotes several entities and the question does not tell them apart.
    case ambiguous(String, candidates: [String])
    /// No entity has the name; `suggestions` are close names.
    case unknownName(String, suggestions: [String])

    /// Questions shown when a question cannot be read.
    static let exampleQuestions = [
        "who arrested Dara Sok", "who was arrested", "where was Dara Sok detained", "when was the raid",
        "who is Dara Sok", "who works for the Harbour Authority", "what did Dara Sok say",
        "what was seized", "how is Dara Sok connected to Lina Vey", "tell me about Dara Sok",
    ]

    /// One lowercase line naming the question, pattern or name.
    public var description: String {
        switch self {
        case .unparseable(let question, let verbs):
            "cannot read the question '\(question)'; ask e.g. "
                + Self.exampleQuestions.map { "'\($0)'" }.joined(separator: ", ")
                + (verbs.isEmpty ? "" : ", or who/what/where/when with an event verb: " + verbs.joined(separator: ", "))
                + " (see kgraph query --help)"
        case .badPattern(let pattern, let reason):
            "cannot read the pattern '\(pattern)': \(reason) (see kgraph query --help)"
        case .ambiguous(let name, let candidates):
            "'\(name)' could be " + candidates.map { "'\($0)'" }.joined(separator: ", ") + "; give the full name"
        case .unknownName(let name, let suggestions):
            "no entity named '\(name)' in the knowledge base"
                + (suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?")
        }
    }
}
