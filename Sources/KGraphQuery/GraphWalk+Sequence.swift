import KGraphModel

/// "What happened after X's arrest": someone's events ordered by their normalised times.
extension GraphWalk {
    /// Answers a sequence question: the events of whom it is about dated after (or before) the
    /// first of their events of the type asked, each with its evidence; with no type asked, every
    /// dated event of theirs in date order.
    /// - Returns: `nil` when the question names no one the graph knows.
    func answerSequence(_ q: SequenceQuestion, question: String) throws -> QueryResult? {
        let subject = try firstKnown(q.subjects)
        guard let who = subject.first else { return nil }
        // each dated event with its first and last day (an open end stands at the other end)
        let dated = try events(of: subject).compactMap { e -> (event: Node, start: CalendarDay, end: CalendarDay, value: String)? in
            guard let v = e.attributes["time_value"], let span = TimeValue.span(of: v), let start = span.start ?? span.end else { return nil }
            return (e, start, span.end ?? start, v)
        }.sorted { ($0.start, $0.value) < ($1.start, $1.value) }
        let word = q.eventWord ?? "events"
        var result = QueryResult(question: question, interpretation: "what \(who.name) took part in \(q.after ? "after" : "before") the \(word), in date order")
        guard let anchor = dated.first(where: { q.types.isEmpty || $0.event.eventType.map(q.types.contains) == true }) else {
            result.explanation = "No \(word) of \(who.name) with a date the articles allow is recorded; events are ordered by their normalised dates."
            return result
        }
        let chosen = dated.filter { d in d.event.id != anchor.event.id && (q.after ? d.start > anchor.end : d.end < anchor.start) }
        result.answers = try chosen.map { d in
            Answer(text: "\(d.value) \(d.event.eventType?.rawValue ?? "event"): " + (try describe(d.event)), type: "event",
                   evidence: try evidence(d.event.provenance), nodes: [d.event.id])
        }
        if result.answers.isEmpty {
            result.explanation = "Nothing dated \(q.after ? "after" : "before") the \(word) of \(who.name) (\(anchor.value)) is recorded."
        }
        return result
    }
}
