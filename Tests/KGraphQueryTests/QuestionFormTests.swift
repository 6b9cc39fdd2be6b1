import KGraphModel
import Testing
@testable import KGraphQuery

/// Every example question of the form tables is read by its own form.
@Suite struct QuestionFormTests {
    static let parser: QuestionParser = { do { return try QuestionParser() } catch { fatalError("\(error)") } }()

    /// A special form's examples are read by that form, and the parser reads them the same way.
    @Test(arguments: QuestionForm.special + QuestionForm.afterEvents)
    func specialFormsReadTheirExamples(_ form: QuestionForm) throws {
        for example in form.examples {
            let w = QuestionParser.Words(example)
            let own = try form.read(Self.parser, w)
            #expect(own != nil, "\(form.name): \(example)")
            #expect(try Self.parser.parse(example) == own, "\(form.name): \(example)")
        }
    }

    /// The examples of each way of asking an event question are read as event clauses, with the
    /// wanted part the form fixes.
    @Test(arguments: AskedForm.all)
    func askedFormsReadTheirExamples(_ form: AskedForm) throws {
        for example in form.examples {
            // read as an event clause (a case fact's question is read so when no fact answers it)
            guard case .read(let r) = try Self.parser.parse(example, facts: false) else {
                Issue.record("\(form.words): “\(example)” is not read as an event clause")
                continue
            }
            if let wanted = form.wanted, !form.fact { #expect(r.wanted == wanted, "\(example)") }
            #expect(r.counts == form.counts, "\(example)")
            #expect(r.unplaced == form.fact || r.unplaced, "\(example)")
        }
    }

    /// Scope and list examples are event clauses too.
    @Test(arguments: AskedForm.scopeExamples)
    func scopeExamplesAreEventClauses(_ example: String) throws {
        guard case .read = try Self.parser.parse(example) else {
            Issue.record("“\(example)” is not read as an event clause")
            return
        }
    }

    /// A question about an event named by a noun alone ("when was the raid") states no participant
    /// for the extractor to read: the event reader takes it, with the part the question word asks.
    @Test(arguments: [("when was the raid", Wanted.time), ("where did the raid take place", .place), ("who carried out the raid", .agent)])
    func nominalEventQuestions(_ question: String, _ wanted: Wanted) throws {
        switch try Self.parser.parse(question) {
        case .event(let types, _, let w, _, _): #expect(types == [.raid] && w == wanted)
        case .read(let r): #expect(r.type == .raid && r.wanted == wanted)
        default: Issue.record("“\(question)” is not read as an event question")
        }
    }

    /// The help lists every example of the special forms.
    @Test func theHelpListsTheForms() {
        let help = QueryEngine.helpText
        for example in QuestionForm.allExamples { #expect(help.contains(example), "\(example)") }
    }
}

extension QuestionForm: CustomTestStringConvertible {
    public var testDescription: String { name }
}

extension AskedForm: CustomTestStringConvertible {
    public var testDescription: String { words.joined(separator: " ") }
}

/// Wordings that were refused or misread.
@Suite struct QuestionWordingTests {
    @Test(arguments: ["how is Dara Sok described", "how was Dara Sok described", "what is Dara Sok described as"])
    func describedAsksWhoSomeoneIs(_ question: String) throws {
        #expect(try QuestionFormTests.parser.parse(question) == .whoIs("Dara Sok"))
    }

    @Test func aLeadingSourceIsSetAside() throws {
        #expect(QuestionParser.withoutSource("according to police, who arrested Dara Sok") == "who arrested Dara Sok")
        #expect(try QuestionFormTests.parser.parse("according to police, who arrested Dara Sok").comparable
                == QuestionFormTests.parser.parse("who arrested Dara Sok").comparable)
    }
}
