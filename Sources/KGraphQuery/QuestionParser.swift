import Foundation
import KGraphModel

/// Reads a question in plain English into a ``Question``: who/whom/what/where/when/which with an
/// event verb (active or passive, any tense, synonyms) or an event noun; who-is, role, membership,
/// leadership, statements, connections, summaries.
///
/// The parser works on the question's words: keywords are matched on lowercase words, names are
/// kept as typed. Capitalised words after the first are never taken as keywords, so names such as
/// "Free Port Authority" stay names.
struct QuestionParser {
    /// The event words and word classes questions are read with.
    let vocab: QueryVocabulary

    /// Creates a parser.
    /// - Parameter vocab: the words questions are read with.
    init(vocab: QueryVocabulary) {
        self.vocab = vocab
    }

    /// Creates a parser over the shipped vocabulary.
    /// - Throws: ``KGraphVocabulary/VocabularyError`` when its data cannot be read.
    init() throws {
        self.init(vocab: try .standard())
    }

    /// The words of a question: as typed (edge punctuation removed) and lowercase.
    private struct Words {
        var typed: [String] = []
        var lower: [String] = []

        init(_ question: String) {
            let edge = CharacterSet(charactersIn: "?!.,;:\"“”‘()[]{}").union(.whitespaces)
            for raw in question.split(whereSeparator: { $0.isWhitespace }) {
                var word = String(raw).trimmingCharacters(in: edge)
                if word.hasSuffix("’") || word.hasSuffix("'") { word.removeLast() }
                guard !word.isEmpty else { continue }
                typed.append(word)
                lower.append(word.lowercased().replacingOccurrences(of: "’", with: "'"))
            }
        }

        var count: Int { typed.count }

        /// Rewrites question phrases to one question word: "on what date" → "when", "in which city"
        /// → "where", "how many N" → "which N", "which people" → "who".
        mutating func rewriteQuestionPhrases(_ vocab: QueryVocabulary) {
            let timeNouns: Set<String> = ["date", "day", "time", "year", "month", "week"]
            let placeNouns: Set<String> = ["city", "town", "province", "country", "district", "place", "location", "village",
                                           "area", "region", "state", "neighborhood", "neighbourhood", "building", "prison", "site"]
            let whichWords: Set<String> = ["what", "which"]
            func replace(_ n: Int, with word: String) {
                typed.replaceSubrange(0..<n, with: [word])
                lower.replaceSubrange(0..<n, with: [word])
            }
            // "what's" → "what is"; "list everyone who …", "name the people who …" → "who …";
            // "what is the name of the spokesperson …" → "who is the spokesperson …";
            // "tell me who X is" → "who is X".
            if let first = lower.first, ["what's", "where's", "when's", "who're"].contains(first) {
                let parts = first == "who're" ? ["who", "are"] : [String(first.dropLast(2)), "is"]
                typed.replaceSubrange(0..<1, with: parts)
                lower.replaceSubrange(0..<1, with: parts)
            }
            let openers: Set<String> = ["list", "name", "show", "find", "give", "tell", "identify"]
            if let first = lower.first, openers.contains(first),
               let w = (1..<min(count, 6)).first(where: { ["who", "whom", "that"].contains(lower[$0]) }),
               (1..<w).allSatisfy({ ["me", "us", "all", "the", "people", "persons", "everyone", "anyone", "those", "everybody", "suspects"].contains(lower[$0]) }) {
                if lower[w] == "who", w + 1 < count, lower.last == "is" || lower.last == "was", first == "tell",
                   !vocab.isBe(lower[w + 1]) {
                    // "tell me who X is"
                    let last = lower.last!, n = count
                    typed = ["who", last] + Array(typed[(w + 1)..<(n - 1)])
                    lower = ["who", last] + Array(lower[(w + 1)..<(n - 1)])
                } else {
                    typed.replaceSubrange(0...w, with: ["who"])
                    lower.replaceSubrange(0...w, with: ["who"])
                }
            }
            if has(["what", "is", "the", "name", "of"], at: 0) || has(["what", "was", "the", "name", "of"], at: 0) {
                typed.replaceSubrange(0..<5, with: ["who", lower[1]])
                lower.replaceSubrange(0..<5, with: ["who", lower[1]])
            }
            // "X was arrested by whom" → "by whom was X arrested"
            if count > 4, lower[count - 2] == "by", ["whom", "who"].contains(lower[count - 1]),
               let b = (1..<(count - 2)).first(where: { vocab.isBe(lower[$0]) }), b > 0,
               !["who", "whom", "what", "where", "when", "which"].contains(lower[0]) {
                let n = count
                typed = ["by", "whom", typed[b]] + Array(typed[0..<b]) + Array(typed[(b + 1)..<(n - 2)])
                lower = ["by", "whom", lower[b]] + Array(lower[0..<b]) + Array(lower[(b + 1)..<(n - 2)])
            }
            // "what was the location of X's arrest" → "where was X's arrest"; "the date of" → "when"
            if count > 5, ["what", "which"].contains(lower[0]), vocab.isBe(lower[1]), lower[2] == "the", lower[4] == "of" {
                if ["location", "place", "site", "scene"].contains(lower[3]) {
                    typed.replaceSubrange(0..<5, with: ["where", typed[1]]); lower.replaceSubrange(0..<5, with: ["where", lower[1]])
                } else if ["date", "time", "day", "year", "month"].contains(lower[3]) {
                    typed.replaceSubrange(0..<5, with: ["when", typed[1]]); lower.replaceSubrange(0..<5, with: ["when", lower[1]])
                }
            }
            // "what statement did X make", "what statements did X give" → "what did X say"
            if count > 4, lower[0] == "what", ["statement", "statements", "comment", "comments", "remarks"].contains(lower[1]),
               vocab.isDoSupport(lower[2]),
               let last = lower.last, ["make", "give", "issue", "offer", "provide", "release"].contains(last) {
                let n = count
                typed = ["what", typed[2]] + Array(typed[3..<(n - 1)]) + ["say"]
                lower = ["what", lower[2]] + Array(lower[3..<(n - 1)]) + ["say"]
            }
            // "who was responsible for arresting X" → "who arresting X"
            if count > 4, lower[0] == "who", vocab.isBe(lower[1]), lower[2] == "responsible", lower[3] == "for",
               lower[4].hasSuffix("ing"), vocab.eventVerb(lower[4]) != nil {
                typed.removeSubrange(1..<4); lower.removeSubrange(1..<4)
            }
            // "who faces charges", "who is facing trial", "who faces extradition" → "who was charged"
            if count >= 3, lower[0] == "who", let f = (1..<min(count, 4)).first(where: { ["faces", "face", "facing", "faced"].contains(lower[$0]) }),
               f + 1 < count, let word = vocab.participle(ofEventNoun: lower[f + 1]) {
                typed.replaceSubrange(1...(f + 1), with: ["was", word]); lower.replaceSubrange(1...(f + 1), with: ["was", word])
            }
            // "list those arrested", "name the people detained" → "who was arrested"
            if count >= 2, ["list", "name", "show", "give"].contains(lower[0]), let last = lower.last, last.hasSuffix("ed"),
               vocab.eventVerb(last) != nil,
               (1..<(count - 1)).allSatisfy({ ["me", "us", "all", "the", "people", "persons", "those", "everyone", "suspects", "who", "were", "was", "individuals"].contains(lower[$0]) }) {
                typed = ["who", "was", typed[count - 1]]; lower = ["who", "was", last]
            }
            // "list the members of Y", "name the staff of Y" → "members of Y"
            if count > 3, ["list", "name", "show", "give"].contains(lower[0]),
               let m = (1..<min(count, 4)).first(where: { ["members", "member", "staff", "employees", "officials"].contains(lower[$0]) }),
               m + 1 < count, lower[m + 1] == "of" {
                typed.replaceSubrange(0..<m, with: []); lower.replaceSubrange(0..<m, with: [])
                typed[0] = "members"; lower[0] = "members"
            }
            guard count > 2 else { return }
            // "who exactly is X", "who really was X": the adverb adds nothing
            if lower[0] == "who", ["exactly", "really", "actually"].contains(lower[1]) {
                typed.remove(at: 1); lower.remove(at: 1)
            }
            // "according to whom were prisons full" → "who said prisons were full"
            if count > 3, lower[0] == "according", lower[1] == "to", lower[2] == "whom" || lower[2] == "who" {
                let n = count
                var rest = Array(typed[3..<n]), restLower = Array(lower[3..<n])
                // "were prisons full" → "prisons were full": the verb after its subject
                if let be = restLower.first, vocab.isBe(be), restLower.count > 2 {
                    rest.remove(at: 0); restLower.remove(at: 0)
                    let at = min(["the", "a", "an", "his", "her", "their", "these", "those", "its"].contains(restLower[0]) ? 2 : 1, rest.count)
                    rest.insert(be, at: at); restLower.insert(be, at: at)
                }
                typed = ["who", "said"] + rest; lower = ["who", "said"] + restLower
            }
            // "is X linked to Y", "are X and Y connected" → "how is X linked to Y"
            if count > 3, ["is", "are", "was", "were"].contains(lower[0]),
               lower.contains(where: { ["linked", "connected", "related", "tied", "associated"].contains($0) }) {
                typed.insert("how", at: 0); lower.insert("how", at: 0)
            }
            // "who are Y members", "who is a Y member" → "members of Y"
            if count > 3, lower[0] == "who", ["is", "are", "were", "was"].contains(lower[1]), let last = lower.last,
               ["members", "member"].contains(last) {
                var a = 2
                if ["a", "an", "the"].contains(lower[a]) { a += 1 }
                if a < count - 1 {
                    let name = Array(typed[a..<(count - 1)])
                    typed = ["members", "of"] + name; lower = ["members", "of"] + name.map { $0.lowercased() }
                }
            }
            // "who was targeted in the raid", "who were the targets of the raid" → the raid's patients
            if count > 4, lower[0] == "who", ["was", "were", "is", "are"].contains(lower[1]),
               let t = (2..<min(count, 5)).first(where: { ["targeted", "target", "targets", "victims", "victim", "subject", "subjects"].contains(lower[$0]) }),
               t + 2 < count, ["in", "of", "by", "during"].contains(lower[t + 1]),
               let noun = (t + 2..<count).first(where: { vocab.eventNoun(lower[$0]) != nil }),
               let verb = vocab.participle(ofEventNoun: lower[noun]) {
                typed = ["who", "was", verb] + Array(typed[(noun + 1)...]); lower = ["who", "was", verb] + Array(lower[(noun + 1)...])
            }
            // "who were the police officers arrested" → "which police officers were arrested":
            // a common noun phrase between "who were the" and a final event participle.
            if count > 4, lower[0] == "who", ["were", "was"].contains(lower[1]), ["the", "those"].contains(lower[2]),
               let last = lower.last, last.hasSuffix("ed"), vocab.eventVerb(last) != nil,
               (3..<(count - 1)).allSatisfy({ !(typed[$0].first?.isUppercase ?? false) && vocab.eventVerb(lower[$0]) == nil }) {
                let n = count
                let noun = Array(typed[3..<(n - 1)]), nounLower = Array(lower[3..<(n - 1)])
                typed = ["which"] + noun + [typed[1], typed[n - 1]]
                lower = ["which"] + nounLower + [lower[1], lower[n - 1]]
            }
            if ["on", "in", "at", "during"].contains(lower[0]), whichWords.contains(lower[1]) {
                if timeNouns.contains(lower[2]) { replace(3, with: "when") } else if placeNouns.contains(lower[2]) { replace(3, with: "where") }
            } else if whichWords.contains(lower[0]), count > 3, vocab.isBe(lower[2]) || vocab.isDoSupport(lower[2]) {
                if timeNouns.contains(lower[1]) { replace(2, with: "when") } else if placeNouns.contains(lower[1]), lower[0] == "what" { replace(2, with: "where") }
            } else if lower[0] == "how", ["many", "much"].contains(lower[1]) {
                typed[0] = "which"; lower[0] = "which"
                typed.remove(at: 1); lower.remove(at: 1)
            }
            if count > 2, whichWords.contains(lower[0]), ["people", "persons", "individuals", "person"].contains(lower[1]) {
                replace(2, with: "who")
            } else if lower[0] == "who", lower[1] == "all" {
                typed.remove(at: 1); lower.remove(at: 1)
            }
        }

        /// Rewrites the vocabulary's phrasal triggers to one trigger verb: "took X into custody"
        /// → "arrested X", "put X on trial" → "tried X", "found X guilty" → "convicted X", "was
        /// set free" → "was freed".
        mutating func rewritePhrasalVerbs(_ vocab: QueryVocabulary) {
            for i in lower.indices where i < count && isKeyword(i) {
                guard let found = vocab.phrasalTrigger(in: lower, at: i),
                      let verb = vocab.phrasalVerb(lower[i], tail: Array(lower[found.tail]), type: found.type) else { continue }
                typed.removeSubrange(found.tail)
                lower.removeSubrange(found.tail)
                typed[i] = verb
                lower[i] = verb
            }
        }

        /// The typed words in a range, joined by spaces.
        func text(_ range: Range<Int>) -> String {
            let r = max(0, range.lowerBound)..<min(count, range.upperBound)
            return r.isEmpty ? "" : typed[r].joined(separator: " ")
        }

        /// Whether the word at `i` may be a keyword: lowercase as typed, or the first word.
        func isKeyword(_ i: Int) -> Bool {
            i == 0 || !(typed[i].first?.isUppercase ?? false)
        }

        /// Whether the words from `i` are `prefix`.
        func has(_ prefix: [String], at i: Int = 0) -> Bool {
            guard i + prefix.count <= count else { return false }
            return Array(lower[i..<(i + prefix.count)]) == prefix
        }
    }

    /// Prepositions that end an object phrase after a verb.
    private static let boundaries: Set<String> = ["by", "in", "at", "on", "during", "near", "from", "inside", "outside", "for",
                                                 "with", "after", "before", "over", "since", "about", "as", "into", "when", "while", "because"]
    /// Reads a question.
    /// - Parameter question: the question as typed.
    /// - Returns: the question read.
    /// - Throws: ``QueryError/unparseable(_:eventVerbs:)`` when the question is in no form the parser knows.
    /// - Complexity: O(n) in the number of words.
    func parse(_ question: String) throws -> Question {
        var w = Words(question)
        w.rewritePhrasalVerbs(vocab)
        w.rewriteQuestionPhrases(vocab)
        guard w.count > 0, question.contains(where: { $0.isLetter }) else { throw vocab.unreadable(question) }
        let l = w.lower
        let whWords: Set<String> = ["who", "whom", "what", "where", "when", "which", "how", "why", "whose"]

        // "tell me about X", "what do you know about X", "describe X".
        for prefix in [["tell", "me", "about"], ["what", "do", "you", "know", "about"], ["what", "do", "we", "know", "about"],
                       ["what", "is", "known", "about"], ["describe"], ["summarize"], ["summarise"], ["about"], ["show", "me"]]
        where w.has(prefix) && w.count > prefix.count {
            return .summary(w.text(prefix.count..<w.count))
        }
        if w.has(["what", "happened", "to"]) && w.count > 3 { return .summary(w.text(Self.span(3, w.count))) }
        if let q = connection(w) { return q }
        if let q = organizations(w) { return q }
        if let q = coAgents(w) { return q }
        if let q = role(w) { return q }
        if let q = statements(w) { return q }
        if let q = members(w) { return q }
        if let q = leaders(w) { return q }
        // "who spoke", "who said", "who commented": the speakers of every statement (after
        // leaders(): "who speaks for Y" asks for a spokesperson).
        if l[0] == "who", w.count == 2, vocab.isStatementVerb(l[1]) {
            return .event(types: [.statement], constraints: [], wanted: .agent, head: nil, typeWord: w.typed[1])
        }
        if l[0] == "who", w.count > 2, vocab.isStatementVerb(l[1]) {
            let start = l[2] == "that" ? 3 : 2
            guard start < w.count else { throw vocab.unreadable(question) }
            return .whoSaid(w.text(Self.span(1, w.count)))
        }
        if let q = try event(w, question: question) { return q }
        if let q = whoIs(w) { return q }
        if let q = loose(w, question: question) { return q }
        if whWords.contains(l[0]) || vocab.isBe(l[0]) || vocab.isDoSupport(l[0]) {
            throw vocab.unreadable(question)
        }
        // A name alone.
        return .summary(w.text(Self.span(0, w.count)))
    }

    // MARK: - Forms

    /// "how is X connected to Y", "how are X and Y related", "what links X and Y",
    /// "connection between X and Y".
    private func connection(_ w: Words) -> Question? {
        let l = w.lower
        let verbs: Set<String> = ["connected", "related", "linked", "tied", "associated"]
        if l[0] == "how", w.count >= 5, vocab.isBe(l[1]),
           let c = Self.span(2, w.count).first(where: { verbs.contains(l[$0]) }) {
            if c + 1 < w.count, ["to", "with"].contains(l[c + 1]) {
                let x = w.text(2..<c), y = w.text(Self.span(c + 2, w.count))
                if !x.isEmpty, !y.isEmpty { return .connection(x, y) }
            }
            if let a = (2..<c).first(where: { l[$0] == "and" }) {
                let x = w.text(2..<a), y = w.text((a + 1)..<c)
                if !x.isEmpty, !y.isEmpty { return .connection(x, y) }
            }
        }
        if l[0] == "what", w.count >= 4, ["connects", "links", "ties", "relates", "connected", "linked"].contains(l[1]),
           let a = Self.span(3, w.count).first(where: { ["and", "to", "with"].contains(l[$0]) }) {
            return .connection(w.text(2..<a), w.text(Self.span(a + 1, w.count)))
        }
        if let b = Self.span(0, w.count).first(where: { l[$0] == "between" && $0 > 0 && ["connection", "link", "relationship", "relation", "path"].contains(l[$0 - 1]) }),
           let a = ((b + 2)..<max(b + 2, w.count)).first(where: { l[$0] == "and" }) {
            return .connection(w.text((b + 1)..<a), w.text(Self.span(a + 1, w.count)))
        }
        return nil
    }

    /// "what is X's role", "what is the role of X", "what does X do", "what position does X hold".
    private func role(_ w: Words) -> Question? {
        let l = w.lower
        let roleWords: Set<String> = ["role", "job", "title", "position", "occupation", "function", "post", "roles", "titles", "positions"]
        guard l[0] == "what", w.count >= 3 else { return nil }
        if vocab.isBe(l[1]), let last = l.last, roleWords.contains(last) {
            let name = w.text(2..<(w.count - 1))
            let stripped = Self.stripPossessive(name)
            if stripped != name { return .role(stripped) }
        }
        if vocab.isBe(l[1]), w.has(["the"], at: 2), w.count > 5, roleWords.contains(l[3]), l[4] == "of" {
            return .role(w.text(Self.span(5, w.count)))
        }
        if ["does", "did"].contains(l[1]), l.last == "do", w.count > 3 { return .role(w.text(2..<(w.count - 1))) }
        if roleWords.contains(l[1]), w.count > 4, ["does", "did"].contains(l[2]),
           let last = l.last, ["hold", "have", "play", "occupy"].contains(last) {
            return .role(w.text(3..<(w.count - 1)))
        }
        return nil
    }

    /// "what did X say [about Y]", "what has X told reporters", "what was said by X".
    private func statements(_ w: Words) -> Question? {
        let l = w.lower
        guard l[0] == "what", w.count >= 4 else { return nil }
        let statementNouns: Set<String> = ["statement", "statements", "comment", "comments", "remarks", "words", "message", "quote", "quotes", "response", "reaction"]
        if vocab.isBe(l[1]), let last = l.last, statementNouns.contains(last) {
            let name = w.text(2..<(w.count - 1))
            let stripped = Self.stripPossessive(name)
            if stripped != name { return .statements(speaker: stripped, about: nil) }
        }
        // "what was X's comment on Y", "what were X's remarks about Y"
        if vocab.isBe(l[1]),
           let n = Self.span(3, w.count).first(where: { statementNouns.contains(l[$0]) && w.isKeyword($0) }),
           n + 2 < w.count, Self.aboutWords.contains(l[n + 1]), l[n - 1].hasSuffix("'s") {
            return .statements(speaker: Self.stripPossessive(w.text(2..<n)), about: w.text(Self.span(n + 2, w.count)))
        }
        if w.has(["what", "was", "said", "by"]) || w.has(["what", "has", "been", "said", "by"]) {
            let start = l[1] == "was" ? 4 : 5
            guard start < w.count else { return nil }
            return .statements(speaker: w.text(Self.span(start, w.count)), about: nil)
        }
        guard vocab.isDoSupport(l[1]),
              let k = Self.span(3, w.count).first(where: { vocab.isStatementVerb(l[$0]) && w.isKeyword($0) })
        else { return nil }
        let speaker = w.text(2..<k)
        var i = k + 1
        let audience: Set<String> = ["reporters", "journalists", "the", "press", "media", "us", "them", "police", "investigators", "court"]
        while i < w.count, audience.contains(l[i]) { i += 1 }
        if i < w.count, Self.aboutWords.contains(l[i]), i + 1 < w.count {
            return .statements(speaker: speaker, about: w.text(Self.span(i + 1, w.count)))
        }
        return .statements(speaker: speaker, about: nil)
    }

    private static let aboutWords: Set<String> = ["about", "on", "regarding", "concerning", "of"]

    /// "who works for Y", "who is a member of Y", "who is employed by Y", "who belongs to Y",
    /// "members of Y".
    private func members(_ w: Words) -> Question? {
        let l = w.lower
        let patterns: [[String]] = [
            ["who", "works", "for"], ["who", "work", "for"], ["who", "worked", "for"], ["who", "works", "at"],
            ["who", "worked", "at"], ["who", "work", "at"], ["who", "work", "in"], ["who", "works", "in"], ["who", "is", "working", "for"], ["who", "was", "working", "for"],
            ["who", "are", "working", "for"], ["who", "belongs", "to"], ["who", "belonged", "to"], ["who", "belong", "to"],
            ["who", "is", "employed", "by"], ["who", "was", "employed", "by"], ["who", "are", "employed", "by"],
            ["who", "is", "a", "member", "of"], ["who", "was", "a", "member", "of"], ["who", "are", "members", "of"],
            ["who", "were", "members", "of"], ["who", "are", "the", "members", "of"], ["who", "is", "in"], ["who", "are", "in"],
            ["who", "is", "part", "of"], ["who", "are", "part", "of"], ["who", "is", "with"],
            ["members", "of"], ["list", "members", "of"], ["who", "serves", "in"], ["who", "served", "in"],
            ["who", "is", "an", "official", "of"], ["who", "are", "the", "officials", "of"], ["who", "represents"],
        ]
        if w.has(["in", "charge", "of"], at: 2) { return nil }
        // "members of which group were arrested" asks for the group.
        if l.contains(where: { ["which", "what", "whose"].contains($0) }) { return nil }
        for p in patterns where w.has(p) && w.count > p.count {
            return .members(w.text(p.count..<w.count))
        }
        _ = l
        return nil
    }

    /// "who leads Y", "who headed Y", "who is the spokesperson for Y", "who is the head of Y",
    /// "who is Y's spokesman".
    private func leaders(_ w: Words) -> Question? {
        let l = w.lower
        guard l[0] == "who", w.count >= 3 else { return nil }
        // "who led the raid" is an event question, not one about leading an organisation.
        if (2..<w.count).contains(where: { vocab.eventNoun(l[$0]) != nil && !(l[$0] == "charge" && l[$0 - 1] == "in") }) { return nil }
        if vocab.isLeadVerb(l[1]) {
            return .roleHolder(titles: [], leader: true, organization: w.text(Self.span(2, w.count)))
        }
        if ["speaks", "spoke", "speak"].contains(l[1]), w.count > 3, l[2] == "for" {
            return .roleHolder(titles: QueryVocabulary.titleSynonyms["spokesperson"]!, leader: false, organization: w.text(Self.span(3, w.count)))
        }
        guard vocab.isBe(l[1]) else { return nil }
        if w.has(["in", "charge", "of"], at: 2), w.count > 5 {
            return .roleHolder(titles: [], leader: true, organization: w.text(Self.span(5, w.count)))
        }
        // "who is the Harbour Court's spokesperson".
        if let k = Self.span(2, w.count).first(where: { l[$0].hasSuffix("'s") }), k + 1 < w.count,
           Self.span(k + 1, w.count).allSatisfy({ w.isKeyword($0) }) {
            let title = Array(l[(k + 1)..<w.count])
            if !title.contains(where: { vocab.eventVerb($0) != nil || vocab.eventNoun($0) != nil }) {
                let org = Self.stripPossessive(w.text(2..<(k + 1)))
                let head = title.last!
                let leader = ["head", "leader", "boss"].contains(head)
                return .roleHolder(titles: leader ? [] : (QueryVocabulary.titleSynonyms[head] ?? [head]), leader: leader, organization: org)
            }
        }
        var i = 2
        if i < w.count, ["the", "a", "an"].contains(l[i]) { i += 1 }
        // "who is the T of|for|at Y": T is one to four lowercase words, none an event word.
        if let p = (i..<min(w.count, i + 5)).first(where: { ["of", "for", "at", "in"].contains(l[$0]) }), p > i, p + 1 < w.count {
            let title = Array(l[i..<p])
            let lowercase = (i..<p).allSatisfy { w.isKeyword($0) } && !(title.first?.hasSuffix("ing") ?? false)
            let eventy = title.contains { vocab.eventVerb($0) != nil || vocab.eventNoun($0) != nil }
            if lowercase, !eventy {
                let head = title.last!
                let leader = ["head", "leader", "boss"].contains(head)
                let words = QueryVocabulary.titleSynonyms[head] ?? [head]
                return .roleHolder(titles: leader ? [] : words, leader: leader, organization: w.text(Self.span(p + 1, w.count)))
            }
        }
        return nil
    }

    /// Nouns for organisations in "which group does X lead".
    private static let organizationNouns: Set<String> = ["group", "groups", "organization", "organisation", "organizations", "organisations",
                                                       "agency", "party", "company", "unit", "body", "union", "court", "ministry",
                                                       "department", "force", "office", "network", "movement", "gang", "cartel", "firm"]

    /// "which group does X lead", "what organisation does X work for", "who does X work for",
    /// "which group is X said to lead", "where does X work".
    private func organizations(_ w: Words) -> Question? {
        let l = w.lower
        let memberWords: Set<String> = ["work", "works", "worked", "belong", "belongs", "belonged", "represent", "represents", "serve", "serves", "member", "members", "part", "join", "joined"]
        // "who employs X", "who hired X": the organisations X works for.
        if l[0] == "who", w.count > 2, ["employs", "employ", "employed", "hired", "hires", "hire", "pays", "paid"].contains(l[1]) {
            return .organizations(w.text(Self.span(2, w.count)), leader: false)
        }
        var start: Int
        if ["which", "what"].contains(l[0]), w.count > 4, Self.organizationNouns.contains(l[1]),
           vocab.isBe(l[2]) || vocab.isDoSupport(l[2]) {
            start = 3
        } else if (l[0] == "who" && w.count > 3 && vocab.isDoSupport(l[1])) || (l[0] == "where" && w.count > 3 && vocab.isDoSupport(l[1])) {
            start = 2
        } else {
            return nil
        }
        guard let k = Self.span(start, w.count).first(where: { w.isKeyword($0) && !["the", "a", "an"].contains(l[$0]) }), k > start else { return nil }
        let rest = Set(l[k...])
        let leader = rest.contains(where: vocab.isLeadVerb)
        guard leader || !rest.isDisjoint(with: memberWords) else { return nil }
        if l[0] == "where", leader { return nil }
        return .organizations(w.text(start..<k), leader: leader)
    }

    /// "who worked with X", "who helped X", "who cooperated with X".
    private func coAgents(_ w: Words) -> Question? {
        let l = w.lower
        guard l[0] == "who", w.count > 2 else { return nil }
        let withVerbs: Set<String> = ["worked", "works", "work", "cooperated", "collaborated", "partnered", "teamed", "joined", "acted", "operated"]
        let directVerbs: Set<String> = ["helped", "helps", "assisted", "assists", "aided", "supported", "supports", "joined"]
        if withVerbs.contains(l[1]), l[2] == "with" || (l[2] == "up" && w.has(["with"], at: 3)), w.count > 3 {
            let s = l[2] == "with" ? 3 : 4
            guard s < w.count else { return nil }
            return .coAgents(w.text(Self.span(s, w.count)))
        }
        if directVerbs.contains(l[1]) { return .coAgents(w.text(Self.span(2, w.count))) }
        return nil
    }

    /// "who is X", "who's X", "who was X": the roles of a person.
    private func whoIs(_ w: Words) -> Question? {
        let l = w.lower
        if l[0] == "who", w.count > 3, vocab.isBe(l[1]),
           ["known", "called", "nicknamed", "dubbed", "named"].contains(l[2]) {
            let start = l[3] == "as" ? 4 : 3
            if start < w.count { return .identify(w.text(Self.span(start, w.count))) }
        }
        if l[0] == "who's", w.count > 1 { return .whoIs(w.text(Self.span(1, w.count))) }
        // "who was Dara Sok the deputy of", "what is Dara Sok accused of": a name followed by
        // lowercase words is no name; the loose reading takes it.
        if ["who", "what"].contains(l[0]), w.count > 3, ["is", "was", "are", "were"].contains(l[1]), !w.isKeyword(2),
           Self.span(3, w.count).contains(where: { w.isKeyword($0) && !Self.nameJoiners.contains(l[$0]) }) {
            return nil
        }
        // "who is defending X" is not "who is X": a lowercase "-ing" verb goes to the loose reading.
        if l[0] == "who", w.count > 3, w.isKeyword(2), l[2].hasSuffix("ing"), l[2].count > 5 { return nil }
        if l[0] == "who", w.count > 2, ["is", "was", "are", "were"].contains(l[1]) { return .whoIs(w.text(Self.span(2, w.count))) }
        if l[0] == "what", w.count > 2, ["is", "was", "are"].contains(l[1]) { return .summary(w.text(Self.span(2, w.count))) }
        return nil
    }

    // MARK: - Event questions

    /// Event types whose active subject undergoes the event, as extraction records them ("Dara Sok
    /// pleaded guilty to fraud": Dara Sok is the plea's patient); the words after the verb are the
    /// plea, no participant.
    private static let subjectUndergoes: Set<EventType> = [.plea]

    /// An event word found in the question: where, what it denotes, and whether it is a noun.
    private struct EventWord {
        var index: Int
        var length: Int
        var types: [EventType]
        var isNoun: Bool
        var typed: String
    }

    /// The first event verb or noun at or after `start`: a word of the vocabulary, or the phrases
    /// "taken into custody", "put on trial", "found guilty".
    private func eventWord(_ w: Words, from start: Int, preferVerb: Bool) -> EventWord? {
        let l = w.lower
        var i = start
        while i < w.count {
            defer { i += 1 }
            guard w.isKeyword(i) else { continue }
            let previous = i > 0 ? l[i - 1] : ""
            if l[i] == "charge", previous == "in" { continue }  // "in charge of"
            // "the raid", "his arrest", "the police raid", "the arrest of", but not "did the police arrest".
            let modifierBefore = i > 1 && vocab.opensNoun(l[i - 2]) && w.isKeyword(i - 1)
                && !vocab.isBe(previous) && !vocab.isDoSupport(previous)
            let nounContext = w.has(["of"], at: i + 1) || vocab.opensNoun(previous) || previous.hasSuffix("'s")
                || (!preferVerb && modifierBefore)
            if nounContext, let types = vocab.eventNoun(l[i], gerunds: true) {
                return EventWord(index: i, length: 1, types: types, isNoun: true, typed: w.typed[i])
            }
            if let types = vocab.eventVerb(l[i]) {
                return EventWord(index: i, length: 1, types: types, isNoun: false, typed: w.typed[i])
            }
            if let types = vocab.eventNoun(l[i]) {
                return EventWord(index: i, length: 1, types: types, isNoun: true, typed: w.typed[i])
            }
        }
        return nil
    }

    /// Splits the words after an event word into an object phrase and constraints from
    /// prepositional phrases: "by Y" (agent), "in/at/near P" (place), "on/during T" (time).
    private func tail(_ w: Words, from start: Int) -> (object: String, constraints: [ParticipantConstraint], endsWithBy: Bool) {
        let l = w.lower
        var object = ""
        var constraints = [ParticipantConstraint]()
        var i = start
        var objectEnd = w.count
        if let b = Self.span(start, w.count).first(where: { Self.boundaries.contains(l[$0]) && w.isKeyword($0) }) { objectEnd = b }
        object = w.text(start..<objectEnd)
        i = objectEnd
        var endsWithBy = false
        while i < w.count {
            let prep = l[i]
            var j = i + 1
            while j < w.count, !(Self.boundaries.contains(l[j]) && w.isKeyword(j) && l[j] != "of") { j += 1 }
            let phrase = w.text((i + 1)..<j)
            let aboutAnEvent = l[(i + 1)..<j].contains { vocab.eventNoun($0) != nil }
            if aboutAnEvent {
                // "during the raid": the event itself, not a time or place.
            } else if phrase.isEmpty {
                if prep == "by" { endsWithBy = true }
            } else if prep == "by" {
                constraints.append(ParticipantConstraint(role: .agent, phrase: phrase))
            } else if ["in", "at", "near", "inside", "outside", "from", "on", "during", "since", "after", "before"].contains(prep) {
                let words = Set(l[(i + 1)..<j])
                let timeLike = words.contains(where: vocab.isTimeWord) || words.contains { $0.first?.isNumber ?? false }
                if timeLike || ["during", "since", "after", "before"].contains(prep) {
                    constraints.append(ParticipantConstraint(role: .time, phrase: phrase))
                } else if prep != "on" {
                    constraints.append(ParticipantConstraint(role: .place, phrase: phrase))
                }
            }
            i = j
        }
        return (object, constraints, endsWithBy)
    }

    /// The event questions: "who arrested X", "who was arrested", "who was X arrested by",
    /// "who did the police arrest", "which officials were detained", "where/when was X arrested",
    /// "when was the raid", "what was seized", "who carried out the raid".
    private func event(_ w: Words, question: String) throws -> Question? {
        let l = w.lower
        var wh = l[0]
        var p = 1
        var forcedWanted: Wanted? = nil
        var head: String? = nil
        if w.has(["by", "whom"]) { wh = "who"; p = 2; forcedWanted = .agent }
        if ["in", "at", "by", "before"].contains(wh), w.count > 3, ["which", "what"].contains(l[1]) {
            // "in which court was X tried": the place (or the agent) that is a court.
            guard let b = Self.span(2, w.count).first(where: { vocab.isBe(l[$0]) || vocab.isDoSupport(l[$0]) }),
                  b > 2 else { return nil }
            head = w.text(2..<b)
            wh = l[0] == "by" ? "who" : "where"
            p = b
        } else if wh == "which" || (wh == "what" && w.count > 2 && !vocab.isBe(l[1]) && !vocab.isDoSupport(l[1])
                              && vocab.eventVerb(l[1]) == nil) {
            // "which officials were detained", "what drugs were seized": a head noun, then the verb;
            // "which court tried X": a head noun, then an active verb.
            if let v = Self.span(2, w.count).first(where: { vocab.eventVerb(l[$0]) != nil && w.isKeyword($0) }),
               !(1..<v).contains(where: { vocab.isBe(l[$0]) || vocab.isDoSupport(l[$0]) }) {
                head = w.text(1..<v)
                wh = "who"
                p = v
            } else {
                guard let b = Self.span(1, w.count).first(where: { vocab.isBe(l[$0]) || vocab.isDoSupport(l[$0]) }),
                      b > 1 else { return nil }
                head = w.text(1..<b)
                p = b
                if wh == "which" { wh = "who" }
            }
        }
        guard ["who", "whom", "what", "where", "when"].contains(wh), p < w.count else { return nil }
        // "which group's members were arrested" asks for the group: the loose reading takes it.
        if let head, head.contains("'s") || head.contains("’s") { return nil }
        let preferVerb = vocab.isDoSupport(l[p]) && !["has", "have", "had"].contains(l[p])
        guard let ev = eventWord(w, from: p, preferVerb: preferVerb) else { return nil }
        let after = ev.index + ev.length
        func wantedFor(_ role: Wanted) -> Wanted {
            if let forcedWanted { return forcedWanted }
            switch wh {
            case "where": return .place
            case "when": return .time
            default: return role
            }
        }
        func result(_ constraints: [ParticipantConstraint], _ wanted: Wanted) -> Question {
            .event(types: ev.types, constraints: constraints.filter { !$0.phrase.isEmpty }, wanted: wanted, head: head, typeWord: ev.typed)
        }

        if ev.isNoun {
            // "when was the raid", "where was the arrest of X", "who carried out the raid on X",
            // "when did the raid take place", "when was the indictment returned".
            var constraints = [ParticipantConstraint]()
            var k = after
            if k < w.count, ["of", "on", "against"].contains(l[k]) {
                var t = tail(w, from: k + 1)
                // "where did the abduction of X happen": the verb is not part of X.
                var objectWords = t.object.split(separator: " ").map(String.init)
                while let last = objectWords.last?.lowercased(), vocab.isHappenVerb(last) { objectWords.removeLast() }
                t.object = objectWords.joined(separator: " ")
                constraints.append(ParticipantConstraint(role: .patient, phrase: t.object))
                constraints += t.constraints
                k = w.count
            } else {
                constraints += tail(w, from: k).constraints
            }
            // "when was Dara Sok's arrest", "where did Dara Sok's trial take place": the possessor
            if ev.index > p, l[ev.index - 1].hasSuffix("'s") {
                var a = ev.index - 1
                while a > p, !w.isKeyword(a - 1) { a -= 1 }
                var words = Array(w.typed[a..<ev.index])
                words[words.count - 1] = String(words[words.count - 1].dropLast(2))
                let name = words.joined(separator: " ")
                if !name.isEmpty, !vocab.opensNoun(name.lowercased()) {
                    let agentive: Set<EventType> = [.raid, .statement, .seizure, .attack, .investigation]
                    let role: EdgeKind = ev.types.allSatisfy { agentive.contains($0) } ? .agent : .patient
                    constraints.append(ParticipantConstraint(role: role, phrase: name))
                }
            }
            if wh == "who" || wh == "whom" {
                let verbBefore = (p..<ev.index).contains { vocab.isLightVerb(l[$0]) }
                if !verbBefore && !(vocab.isBe(l[p])) { return nil }
                return result(constraints, forcedWanted ?? .agent)
            }
            if wh == "what" { return nil }
            return result(constraints, wantedFor(.agent))
        }

        // A verb.
        let subjectUndergoes = ev.types.allSatisfy(Self.subjectUndergoes.contains)
        if ev.index == p {
            // Active: "who arrested X …"; "what killed X"; "who pleaded guilty" (the pleader).
            let t = tail(w, from: after)
            if subjectUndergoes { return result(t.constraints, forcedWanted ?? .patient) }
            var constraints = t.constraints
            constraints.append(ParticipantConstraint(role: .patient, phrase: t.object))
            if wh == "what" && t.object.isEmpty { return nil }
            return result(constraints, forcedWanted ?? .agent)
        }
        let aux = l[p]
        if vocab.isBe(aux) {
            var s = p + 1
            if s < ev.index, ["been", "being"].contains(l[s]) { s += 1 }
            if s == ev.index {
                // Passive: "who was arrested [by Y] [in P]", "what was seized".
                let t = tail(w, from: after)
                var constraints = t.constraints
                if !t.object.isEmpty, wh == "who" || wh == "what" {
                    // "who was arrested Dara Sok"? Not English; keep the object as a patient.
                    constraints.append(ParticipantConstraint(role: .patient, phrase: t.object))
                }
                if wh == "who", t.endsWithBy { return result(constraints, .agent) }
                return result(constraints, wantedFor(.patient))
            }
            // "who was X arrested by", "where was X arrested", "when were the defendants detained".
            var subjectEnd = ev.index
            if subjectEnd > s, ["been", "being"].contains(l[subjectEnd - 1]) { subjectEnd -= 1 }
            let subject = w.text(s..<subjectEnd)
            let t = tail(w, from: after)
            var constraints = t.constraints
            constraints.append(ParticipantConstraint(role: .patient, phrase: subject))
            if !t.object.isEmpty, wh == "who", !t.endsWithBy { return nil }
            return result(constraints, wantedFor(.agent))
        }
        if vocab.isDoSupport(aux), ev.index > p + 2, ["get", "got", "be", "been"].contains(l[ev.index - 1]) {
            // "when did Dara Sok get arrested": a passive.
            let t = tail(w, from: after)
            var constraints = t.constraints
            constraints.append(ParticipantConstraint(role: .patient, phrase: w.text((p + 1)..<(ev.index - 1))))
            return result(constraints, wantedFor(.agent))
        }
        if vocab.isDoSupport(aux) {
            // "who did the police arrest", "where did police arrest X", "what did police seize".
            let agent = w.text((p + 1)..<ev.index)
            let t = tail(w, from: after)
            var constraints = t.constraints
            if subjectUndergoes {
                // "when did Dara Sok plead guilty": the pleader is the plea's patient.
                return result(constraints + [ParticipantConstraint(role: .patient, phrase: agent)], wantedFor(.agent))
            }
            constraints.append(ParticipantConstraint(role: .agent, phrase: agent))
            if !t.object.isEmpty { constraints.append(ParticipantConstraint(role: .patient, phrase: t.object)) }
            return result(constraints, wantedFor(.patient))
        }
        _ = question
        return nil
    }

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
    private static let looseQuestionWords: [String: LooseExpectation] = [
        "who": .agent, "whom": .agent, "whose": .agent, "where": .place, "when": .time, "what": .thing, "which": .thing,
    ]
    /// Nouns after "which"/"what" that ask for a time or a place.
    private static let looseTimeNouns: Set<String> = ["date", "day", "time", "year", "month", "week", "hour"]
    private static let loosePlaceNouns: Set<String> = ["city", "town", "province", "country", "district", "place", "location",
                                                       "village", "area", "region", "state", "countries", "cities", "places"]
    private static let looseTimeStems = Set(looseTimeNouns.map(WordStemmer.stem))
    private static let loosePlaceStems = Set(loosePlaceNouns.map(WordStemmer.stem))
    /// Lowercase words inside a name ("Bank of Velo", "Ali al Tan").
    private static let nameJoiners: Set<String> = ["of", "for", "de", "la", "el", "al", "bin", "van", "von", "der", "du", "da", "and"]
    /// Words of a question that say nothing about what it asks ("exactly", "currently").
    private static let fillerWords: Set<String> = ["exactly", "currently", "now", "ever", "originally", "actually", "reportedly", "allegedly"]

    /// A wh-question in no known form, read loosely: the question word (after an optional
    /// preposition: "to which court", "from where"), the answer it expects, the names (capitalised
    /// or quoted spans) and the remaining content words.
    /// - Returns: `nil` when the question has no such question word, or neither a name nor a
    ///   content word ("where is it").
    /// - Complexity: O(n) in the number of words.
    private func loose(_ w: Words, question: String) -> Question? {
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

    // MARK: - Helpers

    /// `lower..<upper`, empty when `upper` is below `lower`: ranges over a question's words never trap.
    static func span(_ lower: Int, _ upper: Int) -> Range<Int> { lower..<max(lower, upper) }

    /// A name without a possessive ending: "Dara Sok's" → "Dara Sok".
    static func stripPossessive(_ name: String) -> String {
        for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }
}
