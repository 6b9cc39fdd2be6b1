import KGraphModel
import KGraphVocabulary

extension QueryEngine {
    /// The question forms and the structured syntax, with examples, for `kgraph query --help`,
    /// with the event words of the shipped vocabulary; when it cannot be read, its error stands
    /// where they would be listed.
    public static var helpText: String {
        do {
            return helpText(vocabulary: try Vocabulary.standard())
        } catch {
            return helpText(eventWords: "(The event words cannot be listed: \(error).)")
        }
    }

    /// The question forms and the structured syntax, with examples, for `kgraph query --help`:
    /// the kinds of event and a few of their verbs come from the vocabulary's trigger table, so
    /// that a new trigger or event type is listed without editing the help. Lines stay under 80
    /// columns so that the help keeps its columns in a terminal.
    /// - Parameter vocabulary: the vocabulary questions are read with.
    /// - Returns: the help text.
    public static func helpText(vocabulary: Vocabulary) -> String {
        helpText(eventWords: eventWordsText(QueryVocabulary(vocabulary)))
    }

    /// The sentences of the help that list the kinds of event with their first trigger verbs, and
    /// the phrasal triggers.
    static func eventWordsText(_ vocab: QueryVocabulary) -> String {
        let kinds = vocab.eventExamples(limit: 3).map { "\($0.type.rawValue) (\($0.words.joined(separator: ", ")))" }
        return "Event verbs in any tense, active or passive, and their nouns; the kinds "
            + "of event, each with its first verbs: " + kinds.joined(separator: "; ") + ". Phrasal verbs too: "
            + vocab.phrasalExamples.joined(separator: ", ") + "."
    }

    /// The help around a text listing the event words.
    static func helpText(eventWords: String) -> String {
        let intro = "Questions: any case; names by any alias, with or without accents, a surname alone "
            + "or with a small typo. " + eventWords + " Examples:"
        let types = EventType.allCases.map(\.rawValue).joined(separator: ", ")
        let subject = wrap("SUBJECT := an event type (\(types)) or event (any):", width: 78, indent: 2, hanging: 13)
        return wrap(intro, width: 78, indent: 0, hanging: 0) + "\n" + columns(QuestionForm.allExamples) + "\n" + examples + "\n" + subject
            + "\n" + structuredForm
    }

    /// Example questions in two columns, a long one on a line of its own.
    static func columns(_ questions: [String]) -> String {
        var lines = [String]()
        var pending: String? = nil
        for q in questions {
            if q.count > 34 {
                lines.append("  " + q)
            } else if let left = pending {
                lines.append("  " + left.padding(toLength: 35, withPad: " ", startingAt: 0) + q)
                pending = nil
            } else {
                pending = q
            }
        }
        if let left = pending { lines.append("  " + left) }
        return lines.joined(separator: "\n")
    }

    /// Words wrapped into lines of at most `width` columns.
    /// - Parameters:
    ///   - text: the words.
    ///   - width: the widest line.
    ///   - indent: spaces before the first line.
    ///   - hanging: spaces before the other lines.
    /// - Returns: the lines joined by newlines.
    static func wrap(_ text: String, width: Int, indent: Int, hanging: Int) -> String {
        var lines = [String]()
        var line = String(repeating: " ", count: indent)
        var empty = true
        for word in text.split(separator: " ") {
            if !empty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: hanging)
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The example questions and the other paragraphs before the structured form's subject.
    private static let examples = """
    A name alone, like the last example, gives what is known about it.

    An event question is read as the statement it asks about ("who was Dara Sok
    arrested by" is "Dara Sok was arrested by ?"), with the extractor's own
    grammar. Every place, time, "with X" and event ("in the raid") it names is
    applied to the answers, or the answer says which could not be. "how many"
    counts. --article PATH keeps answers to one article.

    Other who/whom/whose/what/which/where/when questions (and those above that
    find no answer) are read loosely: the kind of answer the question word asks
    for (which court: a court), its names and its other words. The answers are
    at most three people, places, times or things named in the sentences that
    best match those words; the headline and each answer say they are a
    best-effort reading, not a stated fact.

    An arrest (or seizure) with no stated agent, place or time takes them from
    the raid it was part of (or, failing that, from the article's raids and its
    other arrests when they agree), and "police" is taken as the police
    organisation the same article names; such answers say how they were
    inferred. Every answer comes with the sentence(s) that state it and the
    article's path.

    Structured form, for scripts (--match PATTERN):
      PATTERN := SUBJECT FIELD* [-> TARGET FIELD*]
      FIELD   := key=VALUE, VALUE a word or "quoted text"
    """

    /// The rest of the structured form, after its subject line.
    private static let structuredForm = """
                   fields agent, patient, place, time (statement: content=)
                   targets agent, patient, place, time, content (required)
               | person | organization | place | entity, with name=NAME:
                   targets roles, members, leaders, holders title=TITLE,
                   statements [about=NAME], summary (the default), name
               | path from=NAME to=NAME: a shortest chain of facts
      Examples:
        kgraph query --match 'arrest patient="Dara Sok" -> agent'
        kgraph query --match 'arrest -> patient'
        kgraph query --match 'raid agent=police -> time'
        kgraph query --match 'statement agent="Lina Vey" -> content'
        kgraph query --match 'statement content="port was closed" -> agent'
        kgraph query --match 'organization name="Harbour Court" -> holders title=spokesperson'
        kgraph query --match 'path from="Dara Sok" to="Lina Vey"'
    """
}
