import Testing
@testable import KGraphExtraction

extension RoleRule: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Every rule of ``RoleFinder/rules`` yields the roles its example promises. An expected line is
/// "Person: title", or "Person: title of Organisation" when it names the role's organisation (the
/// "person: title [of organisation]" of ``RoleRule``'s documentation).
@Suite("Role rules")
struct RoleRulesTests {
    @Test("every role rule yields its expected roles on its own example", arguments: RoleFinder.rules)
    func ownExample(_ rule: RoleRule) throws {
        let run = Run(rule.example, lexicon: try lexicon(for: rule.example))
        let (plain, withOrganization) = run.roleLines
        for line in rule.expected {
            #expect(plain.contains(line) || withOrganization.contains(line), "roles: \(withOrganization)")
        }
    }

    @Test("the rule itself finds its example's roles", arguments: RoleFinder.rules)
    func foundByTheRule(_ rule: RoleRule) throws {
        let run = Run(rule.example, lexicon: try lexicon(for: rule.example))
        let finder = RoleFinder(lexicon: run.lexicon)
        let parse = run.parse
        let found = rule.find(finder, parse).map { d in
            let person = parse.table.entities[d.person].name
            let title = d.written ?? parse.text(d.title)
            return (plain: "\(person): \(title)", withOrganization: "\(person): \(title)" + (d.org.map { " of \(parse.table.entities[$0].name)" } ?? ""))
        }
        for line in rule.expected {
            #expect(found.contains { $0.plain == line || $0.withOrganization == line }, "the rule found: \(found.map(\.withOrganization))")
        }
    }

    @Test("role rules have names of their own")
    func uniqueNames() {
        let names = RoleFinder.rules.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
