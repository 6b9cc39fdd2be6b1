extension QueryEngine {
    /// The question forms and the structured syntax, with examples, for `kgraph query --help`.
    public static let helpText = """
    Questions (any case; names by any alias, with or without accents, a surname alone or with a small typo):
      who arrested Dara Sok            who detained / apprehended / took into custody …; also raid, charge,
      who was Dara Sok arrested by     indict, accuse, sentence, jail, convict, release, free, seize,
      by whom was Dara Sok detained    confiscate, kidnap, kill, extradite, try
      who was arrested                 which officials were detained      who did the police arrest
      who was charged in Port Velo     who raided the Harbour Hotel       who released Dara Sok
      where was Dara Sok arrested      when was Dara Sok charged          when was the raid
      who carried out the raid         what was seized                    what did police confiscate
      who is Dara Sok                  what is Dara Sok's role            who is known as Big Sok
      who works for the Harbour Court  who is a member of the Port Velo Union
      who is the spokesperson for the Harbour Court                       who leads the Harbour Court
      what did Dara Sok say            what did Dara Sok say about the raid
      who said that the port was closed
      how is Dara Sok connected to Lina Vey                               tell me about Dara Sok
      Dara Sok                         (a name alone: what is known about it)
    An arrest (or seizure) with no stated agent is credited to the raid it was part of, and "police" to
    the police organisation the same article names; such answers say how they were inferred.

    Structured form, for scripts (--match PATTERN):
      PATTERN := SUBJECT FIELD* [-> TARGET FIELD*]      FIELD := key=VALUE, VALUE a word or "quoted text"
      SUBJECT  an event type (arrest, raid, statement, charge, seizure, sentence, release, trial,
               conviction, extradition, attack, kidnapping, investigation, escape, other) or event (any):
                 fields agent, patient, place, time (statement also content="words");
                 targets agent, patient, place, time, content (required)
               person | organization | place | entity, with name=NAME:
                 targets roles, members, leaders, holders title=TITLE, statements [about=NAME],
                 summary (the default), name
               path from=NAME to=NAME: a shortest chain of facts between two entities
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
