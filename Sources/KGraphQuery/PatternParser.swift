import KGraphModel

/// Reads the structured query form, for scripts:
///
/// ```
/// pattern := subject field* "->" target field*
/// field   := key "=" value              value: a bare word or a "double-quoted string" (\" and \\ escaped)
/// ```
///
/// | subject | fields | targets |
/// |---|---|---|
/// | an event type (`arrest`, `raid`, `statement`, `charge`, `seizure`, `sentence`, `release`, …) or `event` (any) | `agent`, `patient`, `place`, `time`; `content` for statements | `agent`, `patient`, `place`, `time`, `content` |
/// | `person`, `organization`, `place`, `entity` | `name` (required) | `roles`, `members`, `leaders`, `holders title=T`, `statements [about=Y]`, `summary`, `name` |
/// | `path` | `from`, `to` (required) | none |
struct PatternParser {
    /// A token of a pattern.
    private enum Token: Equatable {
        case word(String)
        case arrow
        case equals
    }

    /// Reads a pattern.
    /// - Parameter pattern: e.g. `arrest patient="Dara Sok" -> agent`.
    /// - Returns: the question it asks.
    /// - Throws: ``QueryError/badPattern(_:reason:)`` naming what is wrong.
    /// - Complexity: O(n) in the pattern's length.
    func parse(_ pattern: String) throws -> Question {
        func fail(_ reason: String) -> QueryError { .badPattern(pattern, reason: reason) }
        let tokens = try tokenize(pattern)
        guard case .word(let subject)? = tokens.first else { throw fail("it must start with an event type, an entity kind or 'path'") }
        var i = 1
        func fields() throws -> [(String, String)] {
            var out = [(String, String)]()
            while i < tokens.count, case .word(let key) = tokens[i] {
                guard i + 2 < tokens.count, tokens[i + 1] == .equals, case .word(let value) = tokens[i + 2] else {
                    throw fail("expected \(key)=VALUE")
                }
                out.append((key.lowercased(), value))
                i += 3
            }
            return out
        }
        let subjectFields = try fields()
        var target: String? = nil
        var targetFields = [(String, String)]()
        if i < tokens.count {
            guard tokens[i] == .arrow else { throw fail("expected '->' after the fields") }
            i += 1
            guard i < tokens.count, case .word(let t) = tokens[i] else { throw fail("expected a target after '->'") }
            target = t.lowercased()
            i += 1
            targetFields = try fields()
            if i < tokens.count { throw fail("unexpected text after the target") }
        }
        let s = subject.lowercased()
        func value(_ key: String, in list: [(String, String)]) -> String? { list.first { $0.0 == key }?.1 }

        if s == "path" {
            guard let from = value("from", in: subjectFields), let to = value("to", in: subjectFields) else {
                throw fail("path needs from=NAME and to=NAME")
            }
            if let bad = subjectFields.first(where: { !["from", "to"].contains($0.0) }) { throw fail("unknown field '\(bad.0)' for path") }
            if target != nil { throw fail("path takes no target") }
            return .connection(from, to)
        }
        if ["person", "organization", "organisation", "place", "entity"].contains(s) {
            guard let name = value("name", in: subjectFields) else { throw fail("\(s) needs name=NAME") }
            if let bad = subjectFields.first(where: { $0.0 != "name" }) { throw fail("unknown field '\(bad.0)' for \(s)") }
            switch target ?? "summary" {
            case "roles", "role": return .role(name)
            case "members", "people": return .members(name)
            case "leaders", "head": return .roleHolder(titles: [], leader: true, organization: name)
            case "holders":
                guard let title = value("title", in: targetFields) else { throw fail("holders needs title=TITLE") }
                let words = QueryVocabulary.titleSynonyms[NameKey.normalize(title)] ?? [title]
                return .roleHolder(titles: words, leader: false, organization: name)
            case "statements", "said": return .statements(speaker: name, about: value("about", in: targetFields))
            case "summary": return .summary(name)
            case "name": return .identify(name)
            default: throw fail("unknown target '\(target!)' for \(s): use roles, members, leaders, holders, statements, summary or name")
            }
        }
        let types: [EventType]
        if s == "event" { types = EventType.allCases } else if let t = EventType(rawValue: s) { types = [t] } else {
            throw fail("unknown subject '\(subject)': use an event type (\(EventType.allCases.map(\.rawValue).joined(separator: ", "))), event, person, organization, place, entity or path")
        }
        var constraints = [ParticipantConstraint]()
        for (key, v) in subjectFields {
            switch key {
            case "agent": constraints.append(ParticipantConstraint(role: .agent, phrase: v))
            case "patient": constraints.append(ParticipantConstraint(role: .patient, phrase: v))
            case "place": constraints.append(ParticipantConstraint(role: .place, phrase: v))
            case "time": constraints.append(ParticipantConstraint(role: .time, phrase: v))
            case "content":
                guard types == [.statement] else { throw fail("content= is for statement patterns") }
                if let t = target, !["agent", "speaker"].contains(t) { throw fail("statement content=… asks for -> agent") }
                return .whoSaid(v)
            default: throw fail("unknown field '\(key)' for \(s): use agent, patient, place or time")
            }
        }
        guard let target else { throw fail("missing '-> agent|patient|place|time|content'") }
        guard let wanted = Wanted(rawValue: target == "speaker" ? "agent" : target) else {
            throw fail("unknown target '\(target)' for \(s): use agent, patient, place, time or content")
        }
        if !targetFields.isEmpty { throw fail("the target \(target) takes no fields") }
        return .event(types: types, constraints: constraints, wanted: wanted, head: nil, typeWord: s)
    }

    /// Splits a pattern into words, quoted strings, `->` and `=`.
    private func tokenize(_ pattern: String) throws -> [Token] {
        var tokens = [Token]()
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c == "-", i + 1 < chars.count, chars[i + 1] == ">" { tokens.append(.arrow); i += 2; continue }
            if c == "=" { tokens.append(.equals); i += 1; continue }
            if c == "\"" || c == "“" {
                var value = ""
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == "\\", i + 1 < chars.count { value.append(chars[i + 1]); i += 2; continue }
                    if chars[i] == "\"" || chars[i] == "”" { closed = true; i += 1; break }
                    value.append(chars[i])
                    i += 1
                }
                guard closed else { throw QueryError.badPattern(pattern, reason: "unclosed quote") }
                tokens.append(.word(value))
                continue
            }
            var word = ""
            while i < chars.count, !chars[i].isWhitespace, chars[i] != "=", !(chars[i] == "-" && i + 1 < chars.count && chars[i + 1] == ">") {
                word.append(chars[i])
                i += 1
            }
            tokens.append(.word(word))
        }
        return tokens
    }
}
