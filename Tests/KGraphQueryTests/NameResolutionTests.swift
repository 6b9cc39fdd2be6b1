import Foundation
import KGraphModel
import Testing
@testable import KGraphQuery

@Suite struct NameResolutionTests {
    let engine = Fixtures.engine

    /// Any case, any alias, with or without diacritics, a surname alone, a small typo.
    @Test(arguments: ["who is Lina Vey", "who is LINA VEY", "who is lina vey", "who is Vey", "who is Lina Vay", "who is Lnia Vey", "who is Ms. Lina Vey"])
    func forgivingNames(_ question: String) throws {
        #expect(try engine.answer(question).texts == ["spokesperson for Velo Municipal Court"])
    }

    /// A name typed more fully than the article gives it.
    @Test func fullerNameThanKnown() throws {
        var a = ArticleBuilder(path: "i.txt")
        a.add("Brandt, a retired pilot, said nothing.")
        let e = Extraction(document: a.document,
                           entities: [Entity(id: "e1", name: "Brandt", type: .person, mentions: [a.mention("Brandt", in: 0)])],
                           roles: [RoleAssertion(personID: "e1", title: "retired pilot", provenance: a.provenance("retired pilot", in: 0))])
        let r = try QueryEngine(reader: InMemoryGraph(e.graph())).answer("who is Ivo Brandt")
        #expect(r.texts == ["retired pilot"])
        #expect(r.notes == ["read “Ivo Brandt” as “Brandt”"])
    }

    @Test func typoIsNoted() throws {
        let r = try engine.answer("who is Lina Vay")
        #expect(r.notes == ["read “Lina Vay” as “Lina Vey”"])
        #expect(r.readableText().contains("read “Lina Vay” as “Lina Vey”"))
    }

    @Test(arguments: ["who arrested Renee Okafor", "who arrested RENÉE OKAFOR", "who arrested Okafor", "who arrested Renée Okafr"])
    func diacriticsAndSurnames(_ question: String) throws {
        #expect(try engine.answer(question).texts == ["Police (Kessa National Police)"])
    }

    /// "Sok" is an alias of two people: who-is lists both; an event question keeps the one it fits.
    @Test func ambiguousNameListsCandidates() throws {
        #expect(throws: QueryError.ambiguous("Sok", candidates: ["Dara Sok (person)", "Nora Sok (person)"])) {
            try engine.answer("who is Sok")
        }
        let error = QueryError.ambiguous("Sok", candidates: ["Dara Sok (person)", "Nora Sok (person)"])
        #expect(error.description == "'Sok' could be 'Dara Sok (person)', 'Nora Sok (person)'; give the full name")
        let r = try engine.answer("who arrested Sok")
        #expect(r.texts == ["Harbour Police"])
        #expect(r.notes.contains { $0.contains("Dara Sok") && $0.contains("Nora Sok") })
    }

    @Test func editDistance() {
        #expect(NameResolver.editDistance("kitten", "sitting", limit: 5) == 3)
        #expect(NameResolver.editDistance("abc", "abc", limit: 0) == 0)
        #expect(NameResolver.editDistance("abcdef", "a", limit: 2) == 3)
        #expect(NameResolver.editDistance("", "ab", limit: 2) == 2)
    }
}

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

    @Test func unparseableListsExamples() {
        #expect(throws: QueryError.unparseable("why is the sky blue")) { try engine.answer("why is the sky blue") }
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

/// The engine reads only what a question needs: named questions never read every node.
@Suite struct LookupTests {
    @Test(arguments: ["who arrested Dara Sok", "who is Lina Vey", "who works for Clearwater", "what did Bram Tal say",
                      "where was Dara Sok arrested", "who leads the Harbour Police", "tell me about Dara Sok",
                      "how is Dara Sok connected to Renée Okafor", "who detained Renée Okafor"])
    func namedQuestionsUseIndexesOnly(_ question: String) throws {
        let reader = CountingReader(Fixtures.graph)
        let r = try QueryEngine(reader: reader).answer(question)
        #expect(!r.answers.isEmpty)
        #expect(reader.kindScans.isEmpty)
        #expect(reader.nameIndexReads == 0)
    }

    @Test func whoWasArrestedReadsArrestsOnly() throws {
        let reader = CountingReader(Fixtures.graph)
        _ = try QueryEngine(reader: reader).answer("who was arrested")
        #expect(reader.kindScans == ["event/arrest"])
        #expect(reader.nameIndexReads == 0)
    }

    @Test func typosReadTheNameIndexOnce() throws {
        let reader = CountingReader(Fixtures.graph)
        _ = try QueryEngine(reader: reader).answer("who is Lina Vay")
        #expect(reader.nameIndexReads == 1)
        #expect(reader.kindScans.isEmpty)
    }

    /// The look-ups a named question makes do not grow with the knowledge base.
    @Test func lookUpsDoNotGrowWithTheKnowledgeBase() throws {
        var counts = [Int]()
        for size in [10, 1000] {
            let reader = CountingReader(SyntheticGraph.make(articles: size))
            let r = try QueryEngine(reader: reader).answer("who arrested Suspect7 Lastname7")
            #expect(r.texts == ["Police (Town7 Police)"])
            #expect(reader.kindScans.isEmpty && reader.nameIndexReads == 0)
            counts.append(reader.calls)
        }
        #expect(counts[0] == counts[1])
        #expect(counts[1] < 60, "\(counts)")
    }

    /// A question with no named participant stops reading once it has enough answers.
    @Test func largeScansStopAtTheAnswerLimit() throws {
        let reader = CountingReader(SyntheticGraph.make(articles: 1000))
        let r = try QueryEngine(reader: reader).answer("who was arrested")
        #expect(r.answers.count == GraphWalk.answerLimit)
        #expect(r.notes.contains { $0.contains("there are more") })
        #expect(reader.calls < 10 * GraphWalk.answerLimit, "\(reader.calls)")
    }
}
