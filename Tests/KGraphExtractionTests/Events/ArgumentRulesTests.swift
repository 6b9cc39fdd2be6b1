import Testing
@testable import KGraphExtraction

extension ArgumentRule: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Every rule of ``ArgumentRule/rules`` yields its `expected` event on its own example, and it is
/// this rule that gave that event its arguments (``EventDraft/rule``).
@Suite("Argument rules")
struct ArgumentRulesTests {
    @Test("every argument rule yields its expected event on its own example", arguments: ArgumentRule.rules)
    func ownExample(_ rule: ArgumentRule) throws {
        let run = Run(rule.example, lexicon: try lexicon(for: rule.example))
        let lines = run.eventLines, drafts = run.draftLines
        #expect(lines.contains(rule.expected), "events: \(drafts)")
    }

    @Test("it is the rule itself that gives its example's expected event", arguments: ArgumentRule.rules)
    func givenByTheRule(_ rule: ArgumentRule) throws {
        let run = Run(rule.example, lexicon: try lexicon(for: rule.example))
        let rules = run.keptDrafts.filter { EventStages.describe($0) == rule.expected }.map(\.rule)
        let drafts = run.draftLines
        try #require(!rules.isEmpty, "no such event: \(drafts)")
        #expect(rules.contains(rule.name), "given by \(rules.map { $0.isEmpty ? "no rule" : "'\($0)'" })")
    }

    @Test("the extraction's events describe as the kept drafts do", arguments: ArgumentRule.rules)
    func eventsMatchDrafts(_ rule: ArgumentRule) throws {
        let run = Run(rule.example, lexicon: try lexicon(for: rule.example))
        let lines = run.eventLines, drafts = run.keptDrafts.map(EventStages.describe)
        #expect(lines == drafts)
    }

    @Test("argument rules have names of their own")
    func uniqueNames() {
        let names = ArgumentRule.rules.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
