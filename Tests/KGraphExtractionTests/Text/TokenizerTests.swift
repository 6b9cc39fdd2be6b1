import Testing
@testable import KGraphExtraction

@Suite("Tokenizer")
struct TokenizerTests {
    func sentences(_ text: String) -> [String] {
        let a = Analysis(text: text)
        return a.sentences.map { a.text($0.utf8Start..<$0.utf8End) }
    }

    @Test("abbreviations, initials and acronyms do not end sentences")
    func abbreviations() {
        let s = sentences("Mr. Dara Sok met Lt. Col. Rin Vath in the U.S. on Oct. 2 with Lina P. Ortega. They left at noon.")
        #expect(s == ["Mr. Dara Sok met Lt. Col. Rin Vath in the U.S. on Oct. 2 with Lina P. Ortega.", "They left at noon."])
    }

    @Test("an invisible format character (zero-width space, soft hyphen, joiner) inside a word is part of it; offsets keep it",
          arguments: ["\u{200B}", "\u{00AD}", "\u{200D}", "\u{2060}"])
    func invisibleFormatCharacters(_ mark: String) {
        let text = "Police in Ve\(mark)lo held Lina Vey."
        let a = Analysis(text: text)
        let words = a.tokens.filter { $0.kind == .word }
        #expect(words.map(\.lower) == ["police", "in", "velo", "held", "lina", "vey"])
        let velo = words[2]
        #expect(velo.utf8End - velo.utf8Start == 4 + mark.utf8.count)
        #expect(a.text(velo.utf8Range) == "Velo")
    }

    @Test("a name written once with a zero-width space inside is one entity with the name written without")
    func invisibleCharacterInAName() {
        let e = Extractor(lexicon: testLexicon).extract(text: "Strike Called\n\nThe Port Ve\u{200B}lo Dockers Union said the Port Velo Dockers Union would strike.\n", path: "a.txt")
        #expect(e.entities.filter { $0.type == .organization }.map(\.name) == ["Port Velo Dockers Union"])
    }

    @Test("the headline and paragraphs are sentences of their own")
    func headline() {
        let a = Analysis(text: "Port Velo Raid Nets Three\n\nPolice raided a house. Three men were held.\n")
        #expect(a.sentences.count == 3)
        #expect(a.sentences[0].isHeadline)
        #expect(!a.sentences[1].isHeadline)
    }

    @Test("closing quotes stay with their sentence; a quote ending in a comma does not end it")
    func quotes() {
        let s = sentences("“We sent them to court,” Dara Sok said. “They will be tried.” The court agreed.")
        #expect(s == ["“We sent them to court,” Dara Sok said.", "“They will be tried.”", "The court agreed."])
    }

    @Test("numbers, possessives and hyphenated words are single tokens")
    func tokens() {
        let a = Analysis(text: "Officers seized 1.7 kilograms and 21,566 pills in Marnak’s al-Noor district.")
        let words = a.tokens.map { a.text($0.utf8Range) }
        #expect(words == ["Officers", "seized", "1.7", "kilograms", "and", "21,566", "pills", "in", "Marnak", "’s", "al-Noor", "district", "."])
        #expect(a.tokens[9].kind == .possessive)
        #expect(a.tokens[10].isCapitalized)
    }

    @Test("byte offsets are UTF-8 offsets into the text")
    func offsets() {
        let text = "Ángel Ruiz – a judge – spoke."
        let a = Analysis(text: text)
        #expect(a.tokens[0].utf8Range == 0..<6)
        #expect(a.text(a.tokens[1].utf8Range) == "Ruiz")
        #expect(a.tokens[0].isCapitalized)
        #expect(a.tokens[2].lower == "-")
    }
}
