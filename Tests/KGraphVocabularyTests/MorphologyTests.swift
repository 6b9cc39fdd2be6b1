import KGraphModel
import Testing
@testable import KGraphVocabulary

@Suite("Morphology")
struct MorphologyTests {
    let vocabulary = try! Vocabulary.standard()

    @Test("verb forms: regular, doubled and irregular", arguments: [
        ("arrest", ["arrest", "arrests", "arresting", "arrested"]),
        ("seize", ["seize", "seizes", "seizing", "seized"]),
        ("nab", ["nab", "nabs", "nabbing", "nabbed"]),
        ("flee", ["flee", "flees", "fleeing", "fled"]),
        ("try", ["try", "tries", "trying", "tried"]),
    ])
    func verbForms(_ lemma: String, _ expected: [String]) {
        #expect(Set(vocabulary.morphology.verbForms(of: lemma).map(\.word)) == Set(expected))
    }

    @Test("an irregular verb has a past and a participle")
    func irregularPastAndParticiple() {
        let forms = vocabulary.morphology.verbForms(of: "take")
        #expect(forms.contains { $0.form == .past && $0.word == "took" })
        #expect(forms.contains { $0.form == .participle && $0.word == "taken" })
    }

    @Test("every form of a trigger verb and noun is a trigger of its type")
    func triggerForms() {
        #expect(vocabulary.trigger("detained")?.type == .arrest)
        #expect(vocabulary.trigger("detained")?.verbForm == .pastOrParticiple)
        #expect(vocabulary.trigger("abducting")?.type == .kidnapping)
        #expect(vocabulary.trigger("detentions")?.isNoun == true)
        #expect(vocabulary.trigger("jailed")?.type == .sentence)
        #expect(vocabulary.trigger("fled")?.type == .escape)
        #expect(vocabulary.trigger("murdered")?.type == .killing)
        #expect(vocabulary.trigger("pleaded")?.type == .plea)
    }

    @Test("ordinary English words, inflected or not, and names that are not", arguments: [
        ("meanwhile", true), ("notably", true), ("separately", true), ("witnesses", true), ("diplomats", true),
        ("netted", true), ("sources", true), ("sokha", false), ("cambodia", false),
    ])
    func englishWords(_ word: String, _ expected: Bool) {
        #expect(vocabulary.isEnglishWord(word) == expected)
    }

    @Test("a missing table is an error that names it")
    func missingTable() {
        #expect(throws: VocabularyError.missingTable("english-words.tsv")) {
            var tables = try Vocabulary.sourceTables()
            tables["english-words.tsv"] = nil
            _ = try Vocabulary(tables: tables)
        }
    }
}
