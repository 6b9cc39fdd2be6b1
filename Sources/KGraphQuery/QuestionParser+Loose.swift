import Foundation
import KGraphModel
import KGraphVocabulary

/// The loose reading of a question in no known form: its question word, names and content words.
extension QuestionParser {
    // MARK: - Loose reading

    /// The loose reading of a question (see ``Question/loose(_:)``), whatever form it is in: for
    /// answering it again when its strict reading has no answer.
    /// - Parameter question: the question as typed.
    /// - Returns: the loose reading, or `nil` when it has no question word, name or content word.
    func looseReading(_ question: String) -> LooseQuestion? {
        var w = Words(question)
        w.rewritePhrasalVerbs(vocab)
        w.rewriteQuestionPhrases(vocab)
        guard w.count > 0, case .loose(let q)? = loose(w, question: question) else { return nil }
        return q
    }

    /// Question words a loose reading starts from, and the answer each expects.
    static let looseQuestionWords: [String: LooseExpectation] = [
        "who": .agent, "whom": .agent, "whose": .agent, "where": .place, "when": .time, "what": .thing, "which": .thing,
    ]
    /// Nouns after "which"/"what" that ask for a time or a place.
    static let looseTimeNouns = WordLists.timeNouns
    static let loosePlaceNouns = WordLists.placeNouns
    /// The stems of those nouns.
    static let looseTimeStems = Set(looseTimeNouns.map(WordStemmer.stem))
    static let loosePlaceStems = Set(loosePlaceNouns.map(WordStemmer.stem))
    /// Lowercase words inside a name ("Bank of Velo", "Ali al Tan").
    static let nameJoiners = WordLists.nameJoiners
    /// Words of a question that say nothing about what it asks ("exactly", "currently").
    static let fillerWords: Set<String> = ["exactly", "currently", "now", "ever", "originally", "actually", "reportedly", "allegedly"]

    /// A wh-question in no known form, read loosely: the question word (after an optional
    /// preposition: "to which court", "from where"), the answer it expects, the names (capitalised
    /// or quoted spans) and the remaining content words.
    /// - Returns: `nil` when the question has no such question word, or neither a name nor a
    ///   content word ("where is it").
    /// - Complexity: O(n) in the number of words.
    func loose(_ w: Words, question: String) -> Question? {
        let l = w.lower
        // The question word: first, after a preposition ("to which court"), or after a noun and a
        // preposition ("members of which group").
        var q = 0
        if w.count > 1, Self.boundaries.contains(l[0]) || ["to", "of"].contains(l[0]), Self.looseQuestionWords[l[1]] != nil { q = 1 }
        if Self.looseQuestionWords[l[0]] == nil, w.count > 3, ["which", "what", "whose"].contains(l[2]),
           Self.boundaries.contains(l[1]) || ["of", "to"].contains(l[1]), w.isKeyword(0) { q = 2 }
        // "Dara Sok was the deputy of whom": the question word last.
        if Self.looseQuestionWords[l[q]] == nil, w.count > 2, let last = l.last, ["who", "whom", "what", "where", "when"].contains(last) {
            q = w.count - 1
        }
        guard let expectation = Self.looseQuestionWords[l[q]] else { return nil }
        var expected = expectation
        var questionWord = w.typed[q]
        var start = q + 1
        var headIndex: Int? = nil
        let auxiliary = { (i: Int) in vocab.isBe(l[i]) || vocab.isDoSupport(l[i]) }
        if ["which", "what"].contains(l[q]), start < w.count, !auxiliary(start), w.isKeyword(start),
           !vocab.opensNoun(l[start]), !Self.isPastForm(l[start]) {
            // "which court were …", "which armed group is …": the noun is the last word before an
            // auxiliary, or the word after the question word.
            var end = start + 1
            if end + 1 < w.count, !auxiliary(end), w.isKeyword(end), auxiliary(end + 1) { end += 1 }
            // "which youth group's members were arrested": the possessor is what is asked.
            if let k = Self.span(start, min(w.count, start + 3)).first(where: { l[$0].hasSuffix("'s") && w.isKeyword($0) }) { end = k + 1 }
            let noun = Self.stripPossessive(l[end - 1])
            questionWord = w.text(q..<end)
            if Self.looseTimeStems.contains(WordStemmer.stem(noun)) { expected = .time }
            else if Self.loosePlaceStems.contains(WordStemmer.stem(noun)) { expected = .place }
            else { expected = .head(noun) }
            start = end - 1  // modifiers of the noun ("youth") are content words; the noun is dropped below
            headIndex = end - 1
        }
        // Names: quoted spans, then runs of capitalised words (small joiners inside).
        var names = [String]()
        var nameWords = Set<String>()
        for quoted in Self.quotedSpans(question) {
            names.append(quoted)
            for word in NameKey.normalize(quoted).split(separator: " ") { nameWords.insert(String(word)) }
        }
        var i = q == w.count - 1 ? 0 : start
        while i < w.count {
            guard i > 0 || q > 0, w.typed[i].first?.isUppercase ?? false, Self.looseQuestionWords[l[i]] == nil else { i += 1; continue }
            var j = i + 1
            while j < w.count {
                if w.typed[j].first?.isUppercase ?? false || w.typed[j].first?.isNumber ?? false { j += 1; continue }
                if Self.nameJoiners.contains(l[j]), j + 1 < w.count, w.typed[j + 1].first?.isUppercase ?? false { j += 2; continue }
                break
            }
            let name = Self.stripPossessive(w.text(i..<j))
            if !names.contains(where: { NameKey.normalize($0) == NameKey.normalize(name) }) { names.append(name) }
            for word in NameKey.normalize(name).split(separator: " ") { nameWords.insert(String(word)) }
            i = j
        }
        var words = [String]()
        let first = q == 2 || q == w.count - 1 ? 0 : q + 1
        for k in Self.span(first, w.count) where k != headIndex && k != q && (k >= start || headIndex != nil || k < q) {
            let word = Self.stripPossessive(l[k])
            guard !word.isEmpty, word.contains(where: \.isLetter), !nameWords.contains(NameKey.normalize(word)),
                  !vocab.isLooseStopWord(word),
                  !vocab.isBe(word), !vocab.isDoSupport(word),
                  !Self.fillerWords.contains(word), Self.looseQuestionWords[word] == nil else { continue }
            words.append(word)
        }
        guard !names.isEmpty || !words.isEmpty else { return nil }
        let stranded = ["from", "to", "into", "in", "at", "by", "with", "for", "of", "on"]
        var preposition = l.last.flatMap { stranded.contains($0) && w.count > 2 ? $0 : nil }
        if q > 0, stranded.contains(l[q - 1]) { preposition = l[q - 1] }  // "flown from where", "from where was …"
        return .loose(LooseQuestion(questionWord: questionWord, expected: expected, names: names, words: words, preposition: preposition))
    }

    /// Whether a word is a past verb form ("happened", "flew"): no noun after "what".
    static func isPastForm(_ word: String) -> Bool {
        if let base = WordStemmer.irregular[word], base != word, !word.hasSuffix("s") { return true }
        return word.hasSuffix("ed") && word.count > 4
    }

    /// The spans of a question inside straight or curly double quotes.
    static func quotedSpans(_ question: String) -> [String] {
        var out = [String]()
        var current: String? = nil
        for c in question {
            if c == "\"" || c == "“" || c == "”" {
                if let span = current {
                    let t = span.trimmingCharacters(in: .whitespaces)
                    if !t.isEmpty { out.append(t) }
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current!.append(c)
            }
        }
        return out
    }
}
