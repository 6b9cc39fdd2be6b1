import Foundation
import KGraphModel
import KGraphVocabulary

/// The words of a question, and the rewrites that bring paraphrases to the forms the parser reads.
extension QuestionParser {
    /// The words of a question: as typed (edge punctuation removed) and lowercase.
    struct Words {
        /// The words as typed, edge punctuation removed.
        var typed: [String] = []
        /// The words in lower case, curly apostrophes straightened.
        var lower: [String] = []

        /// Splits a question into its words.
        /// - Parameter question: the question as typed.
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

        /// The number of words.
        var count: Int { typed.count }

        /// The runs of words that may name whom a question is about, longest first, each without a
        /// final "'s": the words left once the question's own words are taken out.
        /// - Parameter isName: whether the word at an index may be part of a name.
        func nameRuns(_ isName: (Int) -> Bool) -> [String] {
            var runs = [Range<Int>]()
            var start: Int?
            for i in 0...count {
                let inName = i < count && isName(i)
                if inName, start == nil { start = i }
                if !inName, let s = start { runs.append(s..<i); start = nil }
            }
            return runs.sorted { $0.count > $1.count }.map { r in
                var text = self.text(r)
                if text.hasSuffix("'s") || text.hasSuffix("’s") { text.removeLast(2) }
                return text
            }
        }

        /// Words that ask for everyone an answer holds: "list ⟨me all the people⟩ who…", "name ⟨those⟩
        /// arrested".
        static let everyone: Set<String> = ["me", "us", "all", "the", "people", "persons", "everyone", "anyone", "those", "everybody",
                                            "suspects", "individuals"]

        /// Rewrites question phrases to one question word: "on what date" → "when", "in which city"
        /// → "where", "how many N" → "which N", "which people" → "who".
        mutating func rewriteQuestionPhrases(_ vocab: QueryVocabulary) {
            let timeNouns = WordLists.timeNouns, placeNouns = WordLists.placeNouns
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
               (1..<w).allSatisfy({ Words.everyone.contains(lower[$0]) }) {
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
               (1..<(count - 1)).allSatisfy({ Words.everyone.contains(lower[$0]) || ["who", "were", "was"].contains(lower[$0]) }) {
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
               let t = (2..<min(count, 5)).first(where: { lower[$0] == "targeted" || WordLists.targetNouns.contains(lower[$0]) }),
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
}
