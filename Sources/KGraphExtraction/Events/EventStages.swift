import KGraphModel
import KGraphVocabulary

/// Finds the events of an article, in declared stages over the clause layer:
/// 1. triggers: trigger verbs and nouns less the vetoed ones (``TriggerFinder``);
/// 2. arguments: agent and patient by the first matching ``ArgumentRule``, statements by
///    ``StatementFinder``, places and times by ``Circumstances``;
/// 3. references: pronouns and descriptions resolved to the people they stand for
///    (``ReferenceResolver``);
/// 4. repairs: the passes of ``RepairPass/passes``, in their declared order;
/// 5. the same event told twice merged (``EventMerger``);
/// 6. the facts of each case (charges, terms, fines, bail, quantities) tied to their events
///    (``CaseFactFinder``), then the events built (``EventBuilder``).
struct EventStages: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// The events of an article.
    /// - Parameters:
    ///   - parse: the clause layer.
    ///   - roles: the article's roles (for "the spokesman" → the person who holds that title).
    ///   - documentSHA256: the document's identity, for provenance.
    /// - Returns: events in text order, ids "v1", "v2"….
    /// - Complexity: O(n) in tokens, with bounded windows per trigger.
    func find(in parse: Parse, roles: [RoleAssertion], documentSHA256: String) -> [Event] {
        let drafts = self.drafts(in: parse, roles: roles)
        return EventBuilder().build(drafts, parse: parse, documentSHA256: documentSHA256)
    }

    /// The drafts of an article after every stage but the builder.
    func drafts(in parse: Parse, roles: [RoleAssertion]) -> [EventDraft] {
        var drafts = arguments(in: parse)
        ReferenceResolver(lexicon: lexicon).resolve(&drafts, parse: parse, roles: roles)
        for pass in RepairPass.passes { pass.run(&drafts, parse) }
        EventMerger().merge(&drafts, parse: parse)
        CaseFactFinder(parse: parse).fill(&drafts)
        return drafts
    }

    /// Stages 1 and 2: one draft per trigger site (and per "according to"), in text order.
    func arguments(in parse: Parse) -> [EventDraft] {
        let finder = ArgumentFinder()
        let statements = StatementFinder()
        let circumstances = Circumstances()
        var out = [EventDraft]()
        for (site, k, type) in TriggerFinder().sites(in: parse) {
            let c = TriggerContext(parse: parse, k: k, site: site, type: type)
            if type == .statement {
                if let d = statements.statement(c) { out.append(d) }
                continue
            }
            var d = finder.draft(c)
            circumstances.fill(&d, parse: parse, finder: finder)
            out.append(d)
        }
        for sentence in parse.analysis.sentences where !sentence.isHeadline {
            for k in sentence.tokens where parse.tokens[k].lower == "according" {
                if let d = statements.accordingTo(at: k, parse: parse) { out.append(d) }
            }
        }
        out.sort { $0.trigger.lowerBound < $1.trigger.lowerBound }
        return out
    }

    /// One line for a draft: "type agent=[…] patient=[…] place=[…] time=…", for tests and dumps.
    static func describe(_ d: EventDraft) -> String {
        func names(_ args: [Arg]) -> String { "[" + args.map(\.participant.text).joined(separator: ", ") + "]" }
        var s = "\(d.type.rawValue) agent=\(names(d.agents)) patient=\(names(d.patients))"
        if !d.places.isEmpty { s += " place=\(names(d.places))" }
        if let t = d.time { s += " time=\(t.text)" }
        return s
    }
}
