import Foundation
import KGraphModel

/// What loose questions match against: the entities and times a sentence mentions, whether a
/// node fits what the question expects, and how the question was read.
extension GraphWalk {
    /// The entities of the kinds a loose question expects whose name or alias a sentence holds,
    /// in sentence order, each with whether "by" comes just before it, whether `preposition`
    /// is among the four words before it (after any name before), and whether a word of stem `headStem` is in it or
    /// around it (two words before, four after).
    /// - Complexity: a name look-up per run of up to ten words of the sentence (each run once
    ///   per question).
    func mentionedEntities(in sentence: String, _ expected: LooseExpectation,
                                   preposition: String?, headStem: String? = nil)
        throws -> [(node: Node, afterBy: Bool, afterPreposition: Bool, described: Bool)] {
        let kinds: Set<NodeKind>
        switch expected {
        case .agent: kinds = [.person, .organization]
        case .place: kinds = [.place, .organization]
        case .time: return []
        case .thing, .head: kinds = [.person, .organization, .place]
        }
        // The longest known name at each place of the sentence, of any kind: "Estrela" inside
        // "Estrela National Union Party" is not a mention of the country.
        let words = NameKey.normalize(sentence).split(separator: " ").map(String.init)
        var seen = Set<String>()
        var out = [(node: Node, afterBy: Bool, afterPreposition: Bool, described: Bool)]()
        var lastFitting: (end: Int, introduced: Bool)? = nil
        var lastEnd = 0  // where the last name found ends: a preposition before it is not this one's
        // Every run of up to ten words that may be a name, looked up at once.
        var runs = Set<String>()
        for i in words.indices {
            for n in 1...min(10, words.count - i) {
                let key = words[i..<(i + n)].joined(separator: " ")
                if key.count > 2 { runs.insert(key) }
            }
        }
        let entities = try entities(withNameKeys: runs)
        var i = 0
        while i < words.count {
            var length = 1
            for n in stride(from: min(10, words.count - i), through: 1, by: -1) {
                let key = words[i..<(i + n)].joined(separator: " ")
                guard key.count > 2, let named = entities[key], !named.isEmpty else { continue }
                for node in named where seen.insert(node.id).inserted {
                    if kinds.contains(node.kind) {
                        let before = i > 0 && ["the", "a", "an"].contains(words[i - 1]) ? i - 2 : i - 1
                        // "from A, B and C": a name listed right after one the preposition
                        // introduces is introduced by it too.
                        let window = words[max(0, i - 4, lastEnd)..<i]
                        var introduced = preposition.map { window.contains($0) } ?? false
                        if !introduced, let (end, previous) = lastFitting, previous, i - end <= 2,
                           words[end..<i].allSatisfy({ $0 == "and" || $0 == "or" }) { introduced = true }
                        // Described with the noun asked for: in its name, or just around it.
                        var described = false
                        if let headStem {
                            let around = words[max(0, i - 2)..<min(words.count, i + n + 4)]
                            described = around.contains { WordStemmer.stem($0) == headStem }
                        }
                        out.append((node, before >= 0 && words[before] == "by", introduced, described))
                        lastFitting = (i + n, introduced)
                    }
                }
                length = n
                lastEnd = i + n
                break
            }
            i += length
        }
        return out
    }

    /// Month and weekday names, for ``timeExpressions(in:)``.
    private static let monthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                                  "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                                  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    private static let dayNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                "yesterday", "today"]

    /// The dates a sentence gives, in order: a month with its day and year ("March 15",
    /// "August 2015", "Oct. 2, 2006"), a weekday, "yesterday"/"today", or a year alone.
    /// - Complexity: O(n) in the sentence's words.
    static func timeExpressions(in sentence: String) -> [String] {
        let words = sentence.split(whereSeparator: { $0.isWhitespace }).map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy(\.isNumber) }
        var out = [String]()
        var i = 0
        while i < words.count {
            let lower = words[i].lowercased()
            // "May" is a month only before a number.
            if monthNames.contains(lower), words[i].first?.isUppercase ?? false,
               lower != "may" || (i + 1 < words.count && isNumber(words[i + 1])) {
                var j = i + 1
                while j < words.count, j < i + 3, isNumber(words[j]) { j += 1 }
                let raw = sentence.split(whereSeparator: { $0.isWhitespace })[i..<j].joined(separator: " ")
                out.append(raw.trimmingCharacters(in: CharacterSet(charactersIn: ",;:.)”\"").union(.whitespaces)))
                i = j
                continue
            }
            if dayNames.contains(lower) { out.append(words[i]) }
            else if words[i].count == 4, isNumber(words[i]), let y = Int(words[i]), (1900...2100).contains(y) { out.append(words[i]) }
            i += 1
        }
        return out
    }

    /// Whether a node is what a loose question expects.
    func looseFits(_ n: Node, _ expected: LooseExpectation, headStem: String?) throws -> Bool {
        switch expected {
        case .agent: return n.kind == .person || n.kind == .organization || Self.isGenericPolice(n)
        case .place:
            // "where were they sent": a court or a prison is where, in court news.
            return n.kind == .place || (n.kind == .organization && !vocab.looseStems(n.name).isDisjoint(with: Self.placeLikeOrganizations))
        case .time: return n.kind == .time
        case .thing: return n.kind == .thing && !isJunk(n)
        case .head:
            guard let headStem, n.kind != .event, !isJunk(n) else { return false }
            // "which court": an organisation, not the phrase "court officials".
            if Self.organizationHeads.contains(headStem), n.kind != .organization { return false }
            if vocab.looseStems(n.name).contains(headStem) { return true }
            if n.kind == .person {
                if Self.personHeads.contains(headStem) { return true }
                for (role, _) in try targets(of: n.id, .holdsRole) where vocab.looseStems(role.name).contains(headStem) { return true }
            }
            if n.kind == .organization, Self.organizationHeads.contains(headStem) {
                // "which court": an organisation whose name says what it is is better; any
                // organisation fits "which group".
                return !["court", "tribunal", "ministry", "department", "bank", "police"].contains(headStem)
            }
            if n.kind == .place, Self.placeHeads.contains(headStem) { return true }
            return false
        }
    }

    /// The words of the knowledge base's sentences whose stem is one of some stems (stop words
    /// aside): what a sentence must hold to match them. A regular word's stem starts it (less a
    /// final "y": "carry" for "carried"), so the reader's words with that prefix are read; an
    /// irregular form ("flown" for "fly") is added by name.
    /// - Parameter stems: ``WordStemmer`` stems.
    /// - Returns: the words, as the reader's word look-ups hold them.
    /// - Throws: what the reader throws.
    /// - Complexity: one prefix look-up per stem.
    func sentenceWords(stemmedTo stems: Set<String>) throws -> Set<String> {
        var out = Set<String>()
        for stem in stems where !stem.isEmpty {
            let prefix = stem.count > 1 && stem.hasSuffix("y") ? String(stem.dropLast()) : stem
            let candidates = try reader.sentenceWords(withPrefix: prefix) + (WordStemmer.irregularForms[stem] ?? [])
            for word in candidates where !vocab.isLooseStopWord(word) && WordStemmer.stem(word) == stem { out.insert(word) }
        }
        return out
    }

    /// What a loose question expects, in words.
    static func expectedText(_ expected: LooseExpectation) -> String {
        switch expected {
        case .agent: "person or organisation"
        case .place: "place"
        case .time: "time"
        case .thing: "participant"
        case .head(let noun): noun
        }
    }

    /// How a loose question was read: "read loosely as: place of events matching ‘flown’
    /// involving Dara Sok".
    func looseInterpretation(_ q: LooseQuestion, named: [Node]) -> String {
        var text = "read loosely as: \(Self.expectedText(q.expected)) (“\(q.questionWord)”) in sentences"
        if !q.words.isEmpty { text += " matching " + q.words.map { "‘\($0)’" }.joined(separator: ", ") }
        if !named.isEmpty { text += (q.words.isEmpty ? "" : ",") + " involving " + named.map(\.name).joined(separator: ", ") }
        return text + " (a best-effort reading)"
    }
}
