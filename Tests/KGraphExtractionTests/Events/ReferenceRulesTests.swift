import Testing
@testable import KGraphExtraction

extension ReferenceRule: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Every rule of ``ReferenceResolver/rules`` resolves its own example: the `expected` event line
/// appears in the example's extraction.
@Suite("Reference rules")
struct ReferenceRulesTests {
    @Test("every reference rule yields its expected event on its own example", arguments: ReferenceResolver.rules)
    func ownExample(_ rule: ReferenceRule) throws {
        let run = Run(rule.example, lexicon: try lexicon(for: rule.example))
        let lines = run.eventLines, drafts = run.draftLines
        #expect(lines.contains(rule.expected), "events: \(drafts)")
    }

    @Test("reference rules have names of their own")
    func uniqueNames() {
        let names = ReferenceResolver.rules.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
