import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

@Suite struct PatternTests {
    let engine = Fixtures.engine

    @Test(arguments: [
        ("arrest patient=\"Dara Sok\" -> agent", ["Harbour Police"]),
        ("arrest -> patient", ["Dara Sok", "Mina Roth", "Renée Okafor"]),
        ("raid agent=\"Harbour Police\" -> time", ["Monday"]),
        ("event patient=\"Renée Okafor\" -> time", ["Friday", "Saturday"]),
        ("statement agent=\"Bram Tal\" -> content", ["We will not tolerate smuggling in our port"]),
        ("statement content=\"politically motivated arrests\" -> agent", ["Theo Marsh"]),
        ("person name=\"Lina Vey\" -> roles", ["spokesperson for Velo Municipal Court"]),
        ("organization name=Clearwater -> members", ["Theo Marsh"]),
        ("organization name=\"Harbour Police\" -> leaders", ["Bram Tal"]),
        ("organization name=\"Velo Municipal Court\" -> holders title=spokesperson", ["Lina Vey"]),
        ("person name=\"Bram Tal\" -> statements", ["We will not tolerate smuggling in our port"]),
        ("entity name=Roth -> name", ["Mina Roth"]),
    ])
    func patterns(_ pattern: String, _ expected: [String]) throws {
        let r = try engine.match(pattern)
        #expect(r.texts.sorted() == expected.sorted())
        #expect(r.question == pattern)
    }

    @Test func pathPattern() throws {
        let r = try engine.match("path from=\"Dara Sok\" to=\"Renée Okafor\"")
        #expect(r.answers.first?.type == "path")
    }

    @Test(arguments: [
        ("", "it must start"), ("arrest patient=", "expected patient=VALUE"), ("arrest patient=\"Dara Sok\"", "missing '->"),
        ("arrest -> who", "unknown target 'who'"), ("robbery -> agent", "unknown subject 'robbery'"),
        ("arrest victim=x -> agent", "unknown field 'victim'"), ("person -> roles", "needs name=NAME"),
        ("path from=a", "needs from=NAME and to=NAME"), ("arrest patient=\"Dara -> agent", "unclosed quote"),
        ("arrest -> agent extra", "expected extra=VALUE"),
    ])
    func badPatterns(_ pattern: String, _ reason: String) {
        do {
            _ = try engine.match(pattern)
            Issue.record("no error for \(pattern)")
        } catch let error as QueryError {
            #expect(error.description.contains(reason), "\(error.description)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
