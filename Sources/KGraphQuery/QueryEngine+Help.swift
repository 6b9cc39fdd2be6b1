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
        return wrap(intro, width: 78, indent: 0, hanging: 0) + "\n" + examples + "\n" + subject + "\n" + structuredForm
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
      who arrested Dara Sok              who was Dara Sok arrested by
      by whom was Dara Sok detained      who took Dara Sok into custody
      who was arrested                   which officials were detained
      who did the police arrest          who was charged in Port Velo
      who raided the Harbour Hotel       who released Dara Sok
      where was Dara Sok arrested        when was Dara Sok charged
      when was the raid                  on what date was Dara Sok freed
      in which city was Dara Sok arrested
      when did Dara Sok get arrested     which court tried Dara Sok
      in which court was Dara Sok charged
      who carried out the raid           what was seized
      what did police confiscate         who is Dara Sok
      what is Dara Sok's role            who is known as Big Sok
      who works for the Harbour Court    who leads the Harbour Court
      who is a member of the Port Velo Union
      who is the spokesperson for the Harbour Court
      who does Dara Sok work for         which group does Dara Sok lead
      who worked with the Harbour Police
      what did Dara Sok say              what did Dara Sok say about the raid
      who said that the port was closed
      how is Dara Sok connected to Lina Vey
      tell me about Dara Sok             Dara Sok
      where was Dara Sok flown from      which court was Dara Sok sent to
      whose relatives were detained      which groups is the Ring linked to
      who was killed                     who pleaded guilty
    A name alone, like the last example, gives what is known about it.

    Other who/whom/whose/what/which/where/when questions (and those above that
    find no answer) are read loosely: the kind of answer the question word asks
    for (which court: a court), its names and its other words. The answers are
    at most three people, places, times or things named in the sentences that
    best match those words; they say they are a best-effort reading.

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
