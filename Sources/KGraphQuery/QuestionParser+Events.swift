import Foundation
import KGraphModel

/// Event questions: an event verb (active or passive, any tense) or an event noun, with its
/// participants, place and time.
extension QuestionParser {
    // MARK: - Event questions

    /// Event types whose active subject undergoes the event, as extraction records them ("Dara Sok
    /// pleaded guilty to fraud": Dara Sok is the plea's patient); the words after the verb are the
    /// plea, no participant.
    static let subjectUndergoes: Set<EventType> = [.plea]

    /// An event word found in the question: where, what it denotes, and whether it is a noun.
    struct EventWord {
        /// The word's position in the question.
        var index: Int
        /// How many words it spans.
        var length: Int
        /// The event types it denotes.
        var types: [EventType]
        /// Whether it is read as a noun ("the raid") rather than a verb.
        var isNoun: Bool
        /// The word as typed.
        var typed: String
    }

    /// The first event verb or noun at or after `start`: a word of the vocabulary, or the phrases
    /// "taken into custody", "put on trial", "found guilty".
    func eventWord(_ w: Words, from start: Int, preferVerb: Bool) -> EventWord? {
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
    func tail(_ w: Words, from start: Int) -> (object: String, constraints: [ParticipantConstraint], endsWithBy: Bool) {
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
    func event(_ w: Words, question: String) throws -> Question? {
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
}
