import KGraphModel
import Testing
@testable import KGraphExtraction

/// Old behaviour tests of the trigger stage: which words tell an event (``TriggerFinder``).
@Suite("TriggerFinder")
struct TriggerFinderTests {
    @Test("no event from 'without charge', 'no arrests', or a mention with nothing attached")
    func negatedAndEmptyMentions() {
        let text = "Lina Ortega was released without charge on Monday. No arrests were made. The group called for the release of all those detained."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        #expect(e.events.map(\.type) == [.release])
        #expect(e.events.first?.id == "v1")
    }

    @Test("a search of premises is a raid, and a verb joined to it shares its subject; searching for someone is not")
    func searchIsARaid() {
        let text = "Investigators searched the offices of Marnak Trading and seized documents. Police searched for the driver."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let raids = e.events.filter { $0.type == .raid }
        #expect(raids.count == 1)
        #expect(raids.first.map { e.names($0.agents) } == ["Investigators"])
        let seizure = e.events.first { $0.type == .seizure }
        #expect(seizure.map { e.names($0.agents) } == ["Investigators"])
        #expect(seizure.map { e.names($0.patients) } == ["documents"])
    }

    @Test("a find of drugs is a seizure; 'found guilty' and 'found that' are not")
    func findingContraband() {
        let text = "Customs officers at the port of Tiraz found 1.2 tonnes of cocaine hidden in bananas on Sunday. The court found Dara Sok guilty. The judge found that the police had lied."
        let e = Extractor(lexicon: testLexicon).extract(text: text, path: "t.txt")
        let seizures = e.events.filter { $0.type == .seizure }
        #expect(seizures.count == 1)
        #expect(seizures.first.map { e.names($0.patients) } == ["1.2 tonnes of cocaine"])
        #expect(seizures.first.map { e.names($0.agents) } == ["Customs officers"])
    }
}

extension TriggerVeto: CustomTestStringConvertible {
    public var testDescription: String { name }
}

/// Every veto of ``TriggerFinder/vetoes`` rules out the trigger its example marks, and the same
/// word tells an event in a sentence of our own without the vetoed context (the control).
@Suite("Trigger vetoes")
struct TriggerVetoTests {
    /// One control sentence per veto, by the veto's name: the word the veto's example marks, marked
    /// again, in a context the veto does not rule out.
    static let controls: [String: String] = [
        "negated or unreal: not, never, will, to": "Police ⟦arrest⟧ the smugglers at the port every week.",
        "a noun after 'no' or 'without'": "The ⟦charge⟧ against Dara Sok was read in court.",
        "an event asked for, not yet real: calling for the release of X": "The court ordered the ⟦release⟧ of the two men.",
        "a trigger noun that only modifies another noun": "The ⟦arrest⟧ of Dara Sok surprised many.",
        "finding without contraband is no seizure": "Customs officers ⟦found⟧ 40 kilograms of heroin in a truck.",
        "searching for someone, a search warrant": "Police ⟦searched⟧ the house of Dara Sok on Monday.",
        "'in charge', 'take charge'": "The ⟦charge⟧ against Dara Sok was read in court.",
        "releasing a document is no release": "The ministry ⟦released⟧ two journalists on Monday.",
        "a press release": "The agency welcomed the ⟦release⟧ of the two men.",
        "trying to do something": "A court in Tiraz ⟦tried⟧ Dara Sok for fraud.",
        "questioning a decision": "Police ⟦questioned⟧ Dara Sok for six hours.",
        "appealing to the public or for help": "Dara Sok ⟦appealed⟧ the verdict on Monday.",
        "no one as the subject: 'no suspects were arrested'": "Two suspects were ⟦arrested⟧ in Tiraz.",
        "fleeing is an escape only from custody": "Dara Sok ⟦fled⟧ from the prison in Tiraz on Sunday.",
        "removing or expelling is a removal from a country only to or from a place": "Officials ⟦removed⟧ Dara Sok to Tiraz on Monday.",
        "a noun after a negated or unreal verb: 'has not seen the arrest of'": "The crackdown has brought the ⟦arrest⟧ of two major dealers.",
        "rarely, seldom: no one event": "Two smugglers in the province were ⟦arrested⟧ on Monday.",
        "an event sought, not done: wanted for questioning, a warrant for the arrest of": "Police announced the ⟦arrest⟧ of the two brothers in Tiraz.",
    ]

    /// A marked text run through the pipeline, with the token and span it marks.
    /// - Throws: when the text does not mark exactly one token.
    func run(_ markedText: String) throws -> (run: Run, k: Int, span: Range<Int>) {
        let (text, spans) = marked(markedText)
        try #require(spans.count == 1, "the text marks one word")
        let run = Run(text, lexicon: try lexicon(for: text))
        let token = run.token(at: spans[0])
        let k = try #require(token, "the marked span is one token")
        return (run, k, spans[0])
    }

    /// The trigger context of token `k` as ``TriggerFinder/sites(in:)`` builds it before asking the
    /// vetoes (a phrasal verb, a trigger verb heading its group, or a trigger noun in a phrase), or
    /// nil when the word is no trigger site there.
    func context(at k: Int, parse: Parse) -> TriggerContext? {
        let end = parse.sentence(of: k).tokens.upperBound
        if let v = parse.verb(at: k), parse.verbs[v].main == k, k + 1 < end,
           let type = parse.lexicon.vocabulary.phrasalTrigger(parse.tokens[k].lower, TriggerFinder().following(k, verb: v, parse: parse, end: end)) {
            return TriggerContext(parse: parse, k: k, site: .verb(v), type: type)
        }
        guard let trigger = parse.tokens[k].info.trigger, parse.table.entity(at: k) == nil else { return nil }
        if let v = parse.verb(at: k), parse.verbs[v].main == k, trigger.verbForm != nil {
            return TriggerContext(parse: parse, k: k, site: .verb(v), type: trigger.type)
        }
        if let p = parse.phrase(at: k), trigger.isNoun, parse.tag(k) == .noun || parse.tag(k) == .adjective {
            return TriggerContext(parse: parse, k: k, site: .noun(p), type: trigger.type)
        }
        return nil
    }

    @Test("on its own example, a veto's trigger yields no event", arguments: TriggerFinder.vetoes)
    func noEvent(_ veto: TriggerVeto) throws {
        let (run, k, span) = try run(veto.example)
        let isSite = TriggerFinder().sites(in: run.parse).contains { $0.k == k }
        let tags = run.tagged(sentenceOf: k)
        #expect(!isSite, "still a trigger site: \(tags)")
        let told = run.extraction.events.filter { $0.provenance.utf8Range.overlaps(span) }.map(describe)
        #expect(told.isEmpty, "events: \(told)")
    }

    @Test("a veto applies to the trigger its own example marks", arguments: TriggerFinder.vetoes)
    func applies(_ veto: TriggerVeto) throws {
        let (run, k, _) = try run(veto.example)
        let tags = run.tagged(sentenceOf: k)
        guard let c = context(at: k, parse: run.parse) else {
            Issue.record("the marked word is no trigger site, so no veto is asked: \(tags)")
            return
        }
        let applies = veto.applies(c)
        let site = "\(c.site)"
        #expect(applies, "\(site): \(tags)")
    }

    @Test("without the vetoed context, the same word yields an event", arguments: TriggerFinder.vetoes)
    func control(_ veto: TriggerVeto) throws {
        let control = try #require(Self.controls[veto.name], "a control sentence for the veto")
        let (vetoed, vk, _) = try run(veto.example)
        let (run, k, span) = try run(control)
        let word = run.parse.tokens[k].lower, vetoedWord = vetoed.parse.tokens[vk].lower
        #expect(word == vetoedWord, "the control marks the same word")
        let told = run.extraction.events.filter { $0.provenance.utf8Range.overlaps(span) }.map(describe)
        let lines = run.eventLines, tags = run.tagged(sentenceOf: k)
        #expect(!told.isEmpty, "events: \(lines); tags: \(tags)")
    }

    @Test("every veto has one control sentence, and vetoes have names of their own")
    func controlsCoverTheVetoes() {
        let names = TriggerFinder.vetoes.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(Self.controls.keys) == Set(names))
    }
}
