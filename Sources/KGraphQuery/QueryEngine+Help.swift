extension QueryEngine {
    /// The question forms and the structured syntax, with examples, for `kgraph query --help`.
    /// Lines stay under 80 columns so that the help keeps its columns in a terminal.
    public static let helpText = """
    Questions: any case; names by any alias, with or without accents, a surname
    alone or with a small typo. Event verbs in any tense, active or passive:
    arrest, detain, apprehend, nab, take into custody; raid, search; charge,
    indict, accuse; sentence, jail, convict; release, free; seize, confiscate;
    try; kidnap; kill; extradite. Examples:
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
      SUBJECT := an event type (arrest, raid, statement, charge, seizure,
                 sentence, release, trial, conviction, extradition, attack,
                 kidnapping, investigation, escape, other) or event (any):
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
