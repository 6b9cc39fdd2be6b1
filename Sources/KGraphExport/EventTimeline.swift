import KGraphModel

/// How an event of a timeline is dated.
public enum TimelineDating: String, Sendable, Encodable {
    /// By its own time, normalised ("on Tuesday" → 2021-04-06).
    case stated
    /// By its article's date, for want of its own ("reported" on that day, not known to have
    /// happened then).
    case reported
    /// Not at all: neither the event nor its article has a date.
    case undated
}

/// A fact of an event's case, as a timeline row shows it.
public struct TimelineFact: Sendable, Hashable, Encodable {
    /// Its kind: charge, term, fine, bail, penalty, quantity, statute, court, outcome.
    public var kind: String
    /// As written.
    public var text: String
    /// Its normalised values (`months`, `amount`, `unit`, `item`, `qualifiers`).
    public var values: [String: String]

    /// "term: 12 years in prison (months=144)".
    public var summary: String {
        let v = values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "\(kind): \(text)" + (v.isEmpty ? "" : " (\(v.joined(separator: ", ")))")
    }
}

/// One event of a timeline, with what its row shows.
public struct TimelineEntry: Sendable, Hashable, Encodable {
    /// The date it is placed at: its time value, or its article's date when ``dating`` is
    /// ``TimelineDating/reported``; `nil` when undated.
    public var date: String?
    /// How it is dated.
    public var dating: TimelineDating
    /// Its time as written ("on Tuesday").
    public var time: String?
    /// The event type ("arrest").
    public var type: String
    /// The words that name it ("arrested").
    public var trigger: String
    /// Who did it, who or what it was done to, where.
    public var agents: [String], patients: [String], places: [String]
    /// The facts of its case.
    public var facts: [TimelineFact]
    /// The sentence that states it.
    public var evidence: String
    /// The article's path.
    public var article: String
    /// The article's date, when known.
    public var articleDate: String?
    /// The sentence's index in the article, from 0.
    public var sentence: Int
    /// The event's node id.
    public var id: String
    /// The days ``date`` covers (for ordering and filtering).
    var span: TimeSpan?

    enum CodingKeys: String, CodingKey {
        case date, dating, time, type, trigger, agents, patients, places, facts, evidence, article, sentence, id
        case articleDate = "article_date"
    }
}

/// The events of a knowledge graph in date order: by their own time values, else (marked
/// ``TimelineDating/reported``) by their article's date, and the undated ones apart, in article
/// order. Partial dates order by their first day, then their last ("2021-04" before "2021-04-06"),
/// and filter as the days they cover.
///
/// ```swift
/// let rows = try EventTimeline(reader: kb).entries(involving: node.id, within: TimeSpan(start: april1, end: nil))
/// ```
public struct EventTimeline {
    /// Where the graph is read.
    let reader: any GraphReader

    /// Creates a timeline over a graph.
    public init(reader: any GraphReader) {
        self.reader = reader
    }

    /// The events in date order, the undated last.
    /// - Parameters:
    ///   - entityID: when given, only the events this node took part in (as agent, patient,
    ///     place, speaker, or by any other edge).
    ///   - window: when given, only dated events whose days overlap it.
    /// - Returns: the rows, dated ones first.
    /// - Throws: what the reader throws.
    /// - Complexity: O(e log e) in the events, with batched reads of their edges and neighbours.
    public func entries(involving entityID: String? = nil, within window: TimeSpan? = nil) throws -> [TimelineEntry] {
        let events: [Node]
        if let entityID {
            let ids = try (reader.edges(to: entityID).map(\.source) + reader.edges(from: entityID).map(\.target))
            var seen = Set<String>()
            events = try reader.nodes(ids: ids.filter { seen.insert($0).inserted }).filter { $0.kind == .event }
        } else {
            events = try reader.nodes(kind: .event, eventType: nil)
        }
        var rows = try entries(for: events)
        if let window { rows = rows.filter { $0.span?.overlaps(window) ?? false } }
        return rows.enumerated().sorted { Self.precedes($0, $1) }.map(\.element)
    }

    /// Rows for some events, in their order.
    func entries(for events: [Node]) throws -> [TimelineEntry] {
        let edges = try reader.edges(fromEach: events.map(\.id))
        let targets = Set(edges.values.flatMap { $0.map(\.target) })
        let neighbours = Dictionary(try reader.nodes(ids: targets.sorted()).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var documents: [String: Document?] = [:]
        var sentences: [String: String] = [:]
        return try events.map { event in
            let out = edges[event.id] ?? []
            func names(_ kind: EdgeKind) -> [String] { out.filter { $0.kind == kind }.compactMap { neighbours[$0.target]?.name } }
            let facts = out.filter { $0.kind == .fact }.compactMap { neighbours[$0.target] }.map(Self.fact)
            let p = event.provenance.first
            let sha = p?.documentSHA256 ?? ""
            if documents[sha] == nil { documents[sha] = .some(try reader.document(sha256: sha)) }
            let document = documents[sha] ?? nil
            let key = "\(sha)#\(p?.sentenceIndex ?? -1)"
            if sentences[key] == nil, let p { sentences[key] = try reader.sentence(documentSHA256: sha, index: p.sentenceIndex) ?? "" }
            var row = TimelineEntry(date: nil, dating: .undated, time: event.attributes["time"], type: event.eventType?.rawValue ?? "event",
                                    trigger: event.attributes["trigger"] ?? event.name, agents: names(.agent), patients: names(.patient),
                                    places: names(.place), facts: facts, evidence: sentences[key] ?? "", article: document?.path ?? sha,
                                    articleDate: document?.date, sentence: p?.sentenceIndex ?? 0, id: event.id, span: nil)
            Self.date(&row, value: event.attributes["time_value"])
            return row
        }
    }

    /// Dates a row by the event's value, else by its article's date.
    static func date(_ row: inout TimelineEntry, value: String?) {
        if let value, let span = TimeValue.span(of: value) {
            (row.date, row.dating, row.span) = (value, .stated, span)
        } else if let d = row.articleDate, let span = TimeValue.span(of: d) {
            (row.date, row.dating, row.span) = (d, .reported, span)
        }
    }

    /// A fact node as a row shows it.
    static func fact(_ node: Node) -> TimelineFact {
        var values = node.attributes
        let kind = values.removeValue(forKey: "fact") ?? "fact"
        return TimelineFact(kind: kind, text: node.name, values: values)
    }

    /// The order of rows: dated by first day, then last day (an open end last), undated after;
    /// then article, sentence and the order they came in.
    static func precedes(_ a: (offset: Int, element: TimelineEntry), _ b: (offset: Int, element: TimelineEntry)) -> Bool {
        func key(_ e: TimelineEntry) -> (Int, Int, Int) {
            guard let s = e.span else { return (1, 0, 0) }
            let first = (s.start ?? s.end)?.dayNumber ?? 0, last = s.end?.dayNumber ?? Int.max
            return (0, first, last)
        }
        let ka = key(a.element), kb = key(b.element)
        if ka != kb { return ka < kb }
        if a.element.article != b.element.article { return a.element.article < b.element.article }
        if a.element.sentence != b.element.sentence { return a.element.sentence < b.element.sentence }
        return a.offset < b.offset
    }
}
