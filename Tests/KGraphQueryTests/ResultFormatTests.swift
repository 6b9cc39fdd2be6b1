import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

@Suite struct ResultFormatTests {
    let engine = Fixtures.engine

    /// The `--json` contract: question, interpretation, answers of text, type and evidence.
    @Test func jsonShape() throws {
        let r = try engine.answer("who arrested Dara Sok")
        let object = try #require(try JSONSerialization.jsonObject(with: r.jsonData()) as? [String: Any])
        #expect(object["question"] as? String == "who arrested Dara Sok")
        #expect((object["interpretation"] as? String)?.contains("arrest") == true)
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(answers.count == 1)
        #expect(answers[0]["text"] as? String == "Harbour Police")
        #expect(answers[0]["type"] as? String == "organization")
        #expect((answers[0]["inferred"] as? String)?.isEmpty == false)
        let evidence = try #require(answers[0]["evidence"] as? [[String: Any]])
        #expect(evidence.allSatisfy { $0["document"] as? String == "articles/harbour-raid.txt" && $0["sentence"] is String })
    }

    @Test func jsonOfNoAnswer() throws {
        let r = try engine.answer("who arrested Zed Quillon")
        let object = try #require(try JSONSerialization.jsonObject(with: r.jsonData()) as? [String: Any])
        #expect((object["answers"] as? [Any])?.isEmpty == true)
        #expect(object["explanation"] is String)
    }

    @Test func readableText() throws {
        let text = try engine.answer("who arrested Dara Sok").readableText()
        #expect(text.contains("• Harbour Police"))
        #expect(text.contains("  (inferred from the raid it was part of:"))
        #expect(text.contains("“Harbour Police raided a warehouse in Port Velo on Monday.”"))
        #expect(text.contains("— articles/harbour-raid.txt, sentence 1"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func unparseableListsExamples() throws {
        #expect(throws: try QueryVocabulary.standard().unreadable("why is the sky blue")) { try engine.answer("why is the sky blue") }
        let text = QueryError.unparseable("?!?").description
        #expect(text.hasPrefix("cannot read the question '?!?'"))
        #expect(text.contains("'who arrested Dara Sok'"))
    }

    /// Every example question of the help parses, and every example pattern too.
    @Test func helpExamplesParse() throws {
        let lines = QueryEngine.helpText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasSuffix("Examples:") })
        var questions = [String]()
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("  ") else { break }
            questions += line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(questions.count > 35)
        for q in questions { #expect(throws: Never.self, "\(q)") { try QuestionParser().parse(q) } }
        let patterns = lines.filter { $0.contains("kgraph query --match '") }.map { line -> String in
            let open = line.range(of: "'")!.upperBound
            return String(line[open...].dropLast())
        }
        #expect(patterns.count == 7)
        for p in patterns { #expect(throws: Never.self, "\(p)") { try PatternParser().parse(p) } }
    }

    @Test func helpTextDocumentsBothForms() {
        #expect(QueryEngine.helpText.contains("who arrested Dara Sok"))
        #expect(QueryEngine.helpText.contains("PATTERN := SUBJECT"))
        #expect(QueryEngine.helpText.contains("arrest patient=\"Dara Sok\" -> agent"))
    }
}
