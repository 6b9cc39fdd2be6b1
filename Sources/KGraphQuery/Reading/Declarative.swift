import Foundation
import KGraphModel

/// A question turned into the statement it asks about, with a stand-in name where the answer
/// goes: "who was Dara Sok arrested by" → "Dara Sok was arrested by ⟨gap⟩". The extractor then
/// reads the statement as it reads any article sentence.
struct Declarative: Sendable, Equatable {
    /// The statement.
    var text: String
    /// What the question word asks for.
    var asked: AskedPhrase

    /// The stand-in for the answer: a name no vocabulary holds, read as a name in any position.
    static let gap = "Qorvath Zell"
}

/// Turns questions into statements. The rules are data: each clause shape has its examples
/// (see ``ClauseShape/all``).
struct DeclarativeBuilder {
    /// The words questions are read with.
    let vocab: QueryVocabulary

    /// The statement a question asks about, or `nil` when it is in no shape read here.
    /// - Parameter w: the question's words.
    func build(_ w: QuestionParser.Words) -> Declarative? {
        guard w.count >= 2 else { return nil }
        if let list = listRequest(w) { return list }
        if let (asked, start) = askedPhrase(w, from: 0) {
            let rest = Array(0..<w.count)[start...]
            guard var decl = clause(w, rest: Array(rest), asked: asked) else { return nil }

            // "what sentence did X get": the gap is the event itself ("X did get a sentence"),
            // and what is asked is a fact of it.
            if let head = asked.head, let noun = head.split(separator: " ").last, vocab.eventNoun(noun.lowercased()) != nil,
               decl.text.contains(Declarative.gap) {
                decl.text = decl.text.replacingOccurrences(of: Declarative.gap, with: "a " + head)
                decl.asked.fact = true
            }
            return decl
        }
        return inSitu(w)
    }

    /// The asked phrase at `start`: the longest form of ``AskedForm/all`` that matches.
    func askedPhrase(_ w: QuestionParser.Words, from start: Int) -> (AskedPhrase, Int)? {
        for form in AskedForm.all {
            var i = start
            var head: [String] = []
            var matched = true
            for word in form.words {
                if word == "N" {
                    // One to four words up to the verb or auxiliary.
                    // The first word is a noun when an auxiliary follows it ("what charges do …").
                    var j = i + 1 < w.count && vocab.isAuxiliary(w.lower[i + 1]) ? i + 1 : i
                    while j < w.count, j - i < 4, !isVerbOrAuxiliary(w, j) { j += 1 }
                    guard j > i, j < w.count else { matched = false; break }
                    head = Array(w.typed[i..<j])
                    // "which group's members were arrested" asks for the group, not the members.
                    guard !head.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }) else { return nil }
                    i = j
                } else {
                    guard i < w.count, w.lower[i] == word else { matched = false; break }
                    i += 1
                }
            }
            guard matched, i < w.count else { continue }
            let headText = head.isEmpty ? nil : head.joined(separator: " ")
            let everyone = head.allSatisfy { AskedForm.everyoneWords.contains($0.lowercased()) }
            return (AskedPhrase(length: i - start, gap: form.gap, wanted: form.wanted, head: everyone ? nil : headText,
                                counts: form.counts, fact: form.fact), i)
        }
        return nil
    }

    /// "list everyone arrested in October", "name the people who were detained by police".
    private func listRequest(_ w: QuestionParser.Words) -> Declarative? {
        guard AskedForm.listOpeners.contains(w.lower[0]), !(w.lower[0] == "tell" && w.has(["tell", "me", "about"])) else { return nil }
        // "name everyone whose charges were dropped" asks for owners, which a clause does not give.
        if w.lower.contains("whose") { return nil }
        var i = 1
        var head: [String] = []
        while i < w.count, !isVerbOrAuxiliary(w, i) || AskedForm.everyoneWords.contains(w.lower[i]) {
            if !AskedForm.everyoneWords.contains(w.lower[i]) { head.append(w.typed[i]) }
            i += 1
        }
        guard i < w.count, i > 1, head.count <= 3 else { return nil }
        var words = Array(w.typed[i...])
        if !vocab.isAuxiliary(w.lower[i]) { words.insert("were", at: 0) }
        let asked = AskedPhrase(length: i, gap: .inPlace, wanted: nil, head: head.isEmpty ? nil : head.joined(separator: " "))
        return Declarative(text: ([Declarative.gap] + words).joined(separator: " "), asked: asked)
    }

    /// "Dara Sok was arrested by whom", "police arrested who": the question word where the answer goes.
    private func inSitu(_ w: QuestionParser.Words) -> Declarative? {
        guard let k = (1..<w.count).first(where: { ["who", "whom", "what", "where", "when"].contains(w.lower[$0]) }) else { return nil }
        var words = w.typed
        let wanted: Wanted? = w.lower[k] == "where" ? .place : w.lower[k] == "when" ? .time : nil
        if wanted == nil { words[k] = Declarative.gap } else { words.remove(at: k) }
        return Declarative(text: words.joined(separator: " "), asked: AskedPhrase(length: 0, gap: wanted == nil ? .inPlace : .none, wanted: wanted))
    }

    /// The clause after the asked phrase, turned into a statement.
    private func clause(_ w: QuestionParser.Words, rest: [Int], asked: AskedPhrase) -> Declarative? {
        guard let first = rest.first else { return nil }
        let l = w.lower
        let needsGap = asked.gap == .inPlace
        func text(_ idx: some Sequence<Int>) -> [String] { idx.map { w.typed[$0] } }
        func finish(_ words: [String]) -> Declarative {
            var words = words
            if case .after(let prep) = asked.gap { words += [prep, Declarative.gap] }
            return Declarative(text: words.joined(separator: " "), asked: asked)
        }
        // "who arrested X", "which agency took X into custody": the asked phrase is the subject.
        if !vocab.isAuxiliary(l[first]), isVerb(w, first) {
            return needsGap ? finish([Declarative.gap] + text(rest)) : nil
        }
        guard vocab.isAuxiliary(l[first]), rest.count >= 2 else { return nil }
        var s = rest[1]
        while s < w.count, ["been", "being", "be"].contains(l[s]) { s += 1 }
        // "who was arrested", "what has been seized": a subject question with an auxiliary.
        if s < w.count, isVerb(w, s), !(vocab.isDoSupport(l[first]) && !vocab.isBe(l[first])) {
            return needsGap ? finish([Declarative.gap] + text(rest)) : finish(text(rest.dropFirst()))
        }
        // An inverted clause: auxiliary, subject, verb ("who did police arrest", "where was X
        // arrested", "what was X accused of").
        // A word after a possessive or a determiner is a noun: "when was Dara Sok's arrest".
        let nounOpeners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "this", "that"]
        let verbAt = rest.dropFirst(2).first(where: { isVerb(w, $0) && w.isKeyword($0) && !l[$0 - 1].hasSuffix("'s")
                                                     && !nounOpeners.contains(l[$0 - 1]) })
        // After "do", a clause has a verb: the last word that can be one ("what charges do
        // they face", "who did she work with").
        let lastVerb = vocab.isDoSupport(l[first]) && !vocab.isBe(l[first])
            ? rest.dropFirst(2).last(where: { w.isKeyword($0) && !Self.strandable.contains(l[$0]) && vocab.vocabulary.partsOfSpeech(of: l[$0]).contains(.verb) })
            : nil
        guard let v = verbAt ?? lastVerb else {
            return nominal(w, rest: rest, asked: asked)
        }
        var subjectEnd = v
        while subjectEnd > rest[1], ["been", "being", "be", "get", "got"].contains(l[subjectEnd - 1]) { subjectEnd -= 1 }
        let subject = text(rest[1]..<subjectEnd)
        guard !subject.isEmpty else { return nil }
        let auxiliaries = text(subjectEnd..<v)
        let aux = l[first] == "do" || l[first] == "does" ? "did" : w.typed[first]
        var verbEnd = v + 1
        while verbEnd < w.count, Self.particles.contains(l[verbEnd]) { verbEnd += 1 }
        let tail = text(verbEnd..<w.count)
        var words = subject + [aux] + auxiliaries + text(v..<verbEnd)
        guard needsGap else { return finish(words + tail) }
        if let last = w.lower.last, Self.strandable.contains(last), verbEnd < w.count {
            words += tail + [Declarative.gap]  // "who was X arrested by", "what was X accused of"
        } else if vocab.isBe(l[first]) {
            return nil  // "who was X arrested": no place for the gap in a passive
        } else {
            words += [Declarative.gap] + tail  // "who did police arrest in the raid"
        }
        return finish(words)
    }

    /// "when was the raid", "where was the arrest of X": a clause without a verb, about an event noun.
    private func nominal(_ w: QuestionParser.Words, rest: [Int], asked: AskedPhrase) -> Declarative? {
        guard asked.gap == .none, vocab.isBe(w.lower[rest[0]]),
              rest.dropFirst().contains(where: { vocab.eventNoun(w.lower[$0], gerunds: true) != nil }) else { return nil }
        return Declarative(text: (rest.dropFirst().map { w.typed[$0] } + ["happened"]).joined(separator: " "), asked: asked)
    }

    /// Particles that belong to the verb before the gap: "who did police round up".
    static let particles: Set<String> = ["up", "down", "out", "off", "away", "over"]
    /// Prepositions a question may leave at its end: "who was X arrested by".
    static let strandable: Set<String> = ["by", "with", "of", "to", "from", "for", "about", "against", "at", "in", "on", "into"]

    /// Whether the word at `i` reads as a verb: an event, light, statement or happen verb, a past
    /// form, a word WordNet's tagged corpus uses most often as a verb, or one it has only as a verb.
    func isVerb(_ w: QuestionParser.Words, _ i: Int) -> Bool {
        let word = w.lower[i]
        guard w.isKeyword(i) || i == 0 else { return false }
        if vocab.eventVerb(word) != nil || vocab.isLightVerb(word) || vocab.isHappenVerb(word) || vocab.isStatementVerb(word) { return true }
        if vocab.isVerbLike(word) { return true }
        let pos = vocab.vocabulary.partsOfSpeech(of: word)
        if pos.contains(.verb), vocab.vocabulary.entry(word)?.commonest.contains(.verb) == true { return true }
        return pos.contains(.verb) && !pos.contains(.noun) && !pos.contains(.adjective)
    }

    /// Whether the word at `i` is a verb or an auxiliary: where a question's head noun ends.
    private func isVerbOrAuxiliary(_ w: QuestionParser.Words, _ i: Int) -> Bool {
        vocab.isAuxiliary(w.lower[i]) || (isVerb(w, i) && vocab.eventNoun(w.lower[i]) == nil)
    }
}
