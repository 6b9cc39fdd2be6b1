import Foundation
import KGraphModel
import KGraphVocabulary

/// The entities of an article with the token positions that mention them.
struct EntityTable: Sendable {
    /// The entities, ids "e1", "e2"… in order of first mention.
    var entities: [Entity]
    /// For each token index, the index of the entity it names, or -1.
    var tokenEntity: [Int]
    /// For each entity, the token ranges of its mentions (name tokens), in text order.
    var mentionTokens: [[Range<Int>]]

    /// The index of the article's only organisation whose name holds `noun` as a word (or its
    /// plural): "the ministry" → "Justice Ministry", "police" → "National Police"; `nil` when
    /// none or several do.
    /// - Complexity: O(entities).
    func onlyOrganization(named noun: String) -> Int? {
        var found: Int?
        for (i, e) in entities.enumerated() where e.type == .organization {
            let words = e.name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            guard words.contains(where: { $0 == noun || $0 == noun + "s" }) else { continue }
            if found != nil { return nil }
            found = i
        }
        return found
    }

    /// The entity at a token, if any.
    func entity(at token: Int) -> Int? {
        guard token >= 0, token < tokenEntity.count else { return nil }
        let e = tokenEntity[token]
        return e >= 0 ? e : nil
    }
}

/// Groups name mentions into entities: the same name, a surname or given name of a full name
/// ("Sok" → "Dara Sok"), a shorter organisation name ending in the same head ("Union Party"),
/// an acronym of a name or in brackets after it, a city before its state ("Washington" →
/// "Washington, D.C."). Types come from the summed evidence of all mentions.
struct EntityResolver: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Working state of one entity.
    private struct Group {
        var mentions: [Int] = []
        var person = 0, org = 0, place = 0
        var acronym = false
        var afterThe = false
        var multiWord = false
        var nameTokens: [String] = []
        var keys: Set<String> = []
        var type: EntityType = .organization
        /// The first tokens of its mentions, sorted: the nearest is found by a binary search.
        var starts: [Int] = []

        /// Adds mention `mi`, which starts at token `start`.
        mutating func add(_ mi: Int, start: Int) {
            mentions.append(mi)
            starts.insert(start, at: starts.partitionPoint { $0 >= start })
        }

        /// The distance from token `k` to the nearest of its mentions' first tokens.
        func distance(to k: Int) -> Int {
            let i = starts.partitionPoint { $0 >= k }
            var d = Int.max
            if i < starts.count { d = starts[i] - k }
            if i > 0 { d = min(d, k - starts[i - 1]) }
            return d
        }
    }

    /// Where to look groups up without reading them all: by a word of their name, and by the
    /// initials an acronym of theirs would spell ("fbi"; "ice" for "U.S. Immigration and Customs
    /// Enforcement", whose initials are "usice"). Up to ``scanLimit`` groups a look-up reads them
    /// all, which costs less than keeping the index; past it the index is built and kept.
    private struct GroupIndex {
        static let scanLimit = 24
        private var built = false
        /// Word → the groups whose name holds it, in order.
        private var byWord: [String: [Int]] = [:]
        /// Initials → the first group they stand for.
        private var byInitials: [String: Int] = [:]

        /// Takes in the group just appended.
        mutating func added(_ groups: [Group]) {
            if built, let last = groups.last {
                index(groups.count - 1, last)
            } else if groups.count > GroupIndex.scanLimit {
                built = true
                for gi in groups.indices { index(gi, groups[gi]) }
            }
        }

        private mutating func index(_ gi: Int, _ g: Group) {
            for w in g.nameTokens where byWord[w]?.last != gi { byWord[w, default: []].append(gi) }
            for key in GroupIndex.acronyms(of: g.nameTokens) where byInitials[key] == nil { byInitials[key] = gi }
        }

        /// The groups whose name holds a word, in order.
        func groups(withWord w: String, in groups: [Group]) -> [Int] {
            built ? byWord[w] ?? [] : groups.indices.filter { groups[$0].nameTokens.contains(w) }
        }

        /// The first group an acronym (lower case, no spaces) stands for.
        func group(withAcronym key: String, in groups: [Group]) -> Int? {
            built ? byInitials[key] : groups.firstIndex { GroupIndex.acronyms(of: $0.nameTokens).contains(key) }
        }

        /// The acronyms a name's initials spell: the initials, and without a leading "us".
        static func acronyms(of name: [String]) -> [String] {
            let ini = EntityResolver.initials(name)
            guard ini.count >= 2 else { return [] }
            return ini.hasPrefix("us") ? [ini, String(ini.dropFirst(2))] : [ini]
        }
    }

    /// Resolves mentions into entities.
    /// - Parameters:
    ///   - mentions: the mentions from ``MentionFinder``.
    ///   - analysis: the tokenized article.
    /// - Returns: the entity table.
    /// - Complexity: O(m · e) in mentions and entities.
    func resolve(_ mentions: [NameMention], in analysis: Analysis) -> EntityTable {
        let tokens = analysis.tokens
        var all = mentions
        let order = mentions.indices.sorted { x, y in
            let mx = all[x], my = all[y]
            if mx.inHeadline != my.inHeadline { return !mx.inHeadline }
            let cx = mx.tokens.count, cy = my.tokens.count
            if cx != cy { return cx > cy }
            return x < y
        }
        var groups = [Group]()
        var index = GroupIndex()
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var groupOfKey = [String: Int]()
        func lowers(_ m: NameMention) -> [String] { tokens[m.tokens].filter { $0.kind == .word || $0.lower == "," }.map(\.lower) }

        for mi in order {
            let m = all[mi]
            let words = lowers(m)
            var target = -1
            // same name
            if let g = groupOfKey[m.key] { target = g }
            // bracketed acronym
            if target < 0, let j = m.abbreviates, groupOf[j] >= 0 { target = groupOf[j] }
            // acronym of a name
            if target < 0, m.isAcronym {
                let key = String(decoding: m.key.utf8.filter { $0 != 0x20 }, as: UTF8.self)
                target = index.group(withAcronym: key, in: groups) ?? -1
            }
            var isPart = false
            // part of a longer name
            if target < 0 {
                var best = -1
                var bestDistance = Int.max
                for gi in words.first.map({ index.groups(withWord: $0, in: groups) }) ?? [] where groups[gi].nameTokens.count > words.count {
                    guard compatible(part: words, mention: m, whole: groups[gi].nameTokens, type: decideType(groups[gi])) else { continue }
                    let d = groups[gi].distance(to: m.tokens.lowerBound)
                    if d < bestDistance { bestDistance = d; best = gi }
                }
                target = best
                // a part of a person's name ("Valencia" of "Hernan Dario Valencia Ortiz") says nothing
                // against the person, even where it is also a place's name
                if best >= 0, decideType(groups[best]) == .person { isPart = true }
            }
            // "X, known as “Flaco”", "nicknamed “El Toro”": a quoted name after a naming word is the
            // alias of the person named just before
            var isNickname = false
            if target < 0, let owner = nicknameOwner(m, all: all, groupOf: groupOf, groups: groups, tokens: tokens) {
                target = owner
                isNickname = true
            }
            if target < 0, m.inHeadline {
                // title case: a part of the headline may name an entity of the body
                let first = m.tokens.lowerBound, count = m.tokens.count
                var i = 0
                while i < count {
                    var len = count - i
                    while len > 0 {
                        let r = (first + i)..<(first + i + len)
                        let key = NameMention.key(analysis.text(tokens: r))
                        if let g = groupOfKey[key] {
                            var sub = m
                            sub.tokens = r
                            sub.text = analysis.text(tokens: r)
                            sub.key = key
                            sub.extended = nil
                            sub.titleTokens = nil
                            sub.abbreviates = nil
                            all.append(sub)
                            groupOf.append(g)
                            groups[g].add(all.count - 1, start: r.lowerBound)
                            break
                        }
                        len -= 1
                    }
                    i += max(len, 1)
                }
                continue
            }
            if target < 0 {
                groups.append(Group(nameTokens: words))
                target = groups.count - 1
                index.added(groups)
            }
            groupOf[mi] = target
            groups[target].add(mi, start: m.tokens.lowerBound)
            groups[target].keys.insert(m.key)
            if groupOfKey[m.key] == nil { groupOfKey[m.key] = target }
            if !isNickname && !isPart {
                groups[target].person += m.personScore
                groups[target].org += m.orgScore
                groups[target].place += m.placeScore
            }
            if m.isAcronym { groups[target].acronym = true }
            if m.afterThe { groups[target].afterThe = true }
            if m.tokens.count >= 2, m.tokens.count <= 4, !m.text.utf8.contains(0x2C),
               !tokens[m.tokens].contains(where: { $0.isAllCaps || $0.info.isDemonym }) { groups[target].multiWord = true }
        }
        for gi in groups.indices {
            groups[gi].mentions.sort { all[$0].tokens.lowerBound < all[$1].tokens.lowerBound }
            groups[gi].type = decideType(groups[gi])
        }
        // Entities in order of first mention.
        let ordered = groups.indices.sorted { all[groups[$0].mentions[0]].tokens.lowerBound < all[groups[$1].mentions[0]].tokens.lowerBound }
        var entities = [Entity]()
        var tokenEntity = [Int](repeating: -1, count: tokens.count)
        var mentionTokens = [[Range<Int>]]()
        for (n, gi) in ordered.enumerated() {
            let g = groups[gi]
            var name = ""
            var nameCount = -1
            for mi in g.mentions where !all[mi].inHeadline {
                let c = all[mi].tokens.count
                if c > nameCount { nameCount = c; name = all[mi].text }
            }
            var aliases = [String]()
            // Ricardo “El Toro” Manzano: the name without the nickname, the nickname an alias
            if let (plain, nickname) = EntityResolver.splitNickname(name) {
                aliases = [name, nickname]
                name = plain
            }
            var ranges = [Range<Int>]()
            var ms = [Mention]()
            for mi in g.mentions {
                let m = all[mi]
                if m.text != name, !aliases.contains(m.text) { aliases.append(m.text) }
                if let ext = m.extended {
                    let t = analysis.text(tokens: ext)
                    if t != name, !aliases.contains(t) { aliases.append(t) }
                }
                ranges.append(m.tokens)
                ms.append(Mention(sentenceIndex: m.sentence, utf8Range: analysis.utf8Range(tokens: m.tokens)))
                for k in m.tokens { tokenEntity[k] = n }
                if let ext = m.extended { for k in ext { tokenEntity[k] = n } }
            }
            entities.append(Entity(id: "e\(n + 1)", name: name, type: g.type, aliases: aliases, mentions: ms))
            mentionTokens.append(ranges)
        }
        return EntityTable(entities: entities, tokenEntity: tokenEntity, mentionTokens: mentionTokens)
    }

    /// A name with a nickname in quotes split into the plain name and the nickname, or `nil`.
    static func splitNickname(_ name: String) -> (String, String)? {
        // most names have no quotes: one pass over the bytes says so
        guard name.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 }) else { return nil }
        let opens: [Character] = ["\u{201C}", "\""], closes: [Character] = ["\u{201D}", "\""]
        guard let o = name.firstIndex(where: { opens.contains($0) }),
              let c = name[name.index(after: o)...].firstIndex(where: { closes.contains($0) }) else { return nil }
        let nickname = name[name.index(after: o)..<c].trimmingCharacters(in: .whitespaces)
        let plain = (name[..<o] + name[name.index(after: c)...]).split(separator: " ").joined(separator: " ")
        guard !nickname.isEmpty, plain.contains(" ") else { return nil }
        return (plain, nickname)
    }

    /// Words before a quoted nickname: "known as", "nicknamed", "alias", "nom de guerre".
    static let nicknameCues = WordLists.namingParticiples.union(["alias", "aka", "a.k.a.", "guerre", "moniker"])

    /// The group of the person a quoted nickname belongs to: the mention opens a quote that follows
    /// a naming word within six tokens, and a person's mention comes earlier in the sentence.
    private func nicknameOwner(_ m: NameMention, all: [NameMention], groupOf: [Int], groups: [Group], tokens: [Token]) -> Int? {
        let a = m.tokens.lowerBound
        guard a > 1, ["\u{201C}", "\""].contains(tokens[a - 1].lower) else { return nil }
        let sentence = tokens[a].sentence
        var k = a - 2
        var cued = false
        while k >= 0, a - k <= 7, tokens[k].sentence == sentence {
            if EntityResolver.nicknameCues.contains(tokens[k].lower) { cued = true; break }
            k -= 1
        }
        guard cued else { return nil }
        var best: (end: Int, group: Int)?
        for (i, other) in all.enumerated() where groupOf[i] >= 0 && other.sentence == m.sentence && other.tokens.upperBound <= k {
            let g = groups[groupOf[i]]
            guard g.person > max(g.org, g.place) || g.multiWord && !g.afterThe && !g.acronym && g.org == 0 && g.place == 0 else { continue }
            if other.tokens.upperBound > (best?.end ?? Int.min) { best = (other.tokens.upperBound, groupOf[i]) }
        }
        return best?.group
    }

    /// The type an entity's evidence supports; without evidence, acronyms and unknown single words
    /// are organisations and unknown word runs are organisations too (people carry name-list or
    /// context evidence).
    private func decideType(_ g: Group) -> EntityType {
        let m = max(g.person, g.org, g.place)
        if m > 0 {
            if g.org == m { return .organization }
            if g.place == m { return .place }
            return .person
        }
        // an unknown run of two to four capitalised words that never follows "the" is most often
        // a person's name from a culture the name lists miss
        if g.multiWord, !g.afterThe, !g.acronym { return .person }
        return .organization
    }

    /// Whether `part` (lower-cased words of a mention) names the same entity as the longer `whole`.
    private func compatible(part: [String], mention m: NameMention, whole: [String], type: EntityType) -> Bool {
        guard !part.isEmpty, part.count < whole.count else { return false }
        // whole ends (or starts) with part, compared in place without building arrays
        func endsWith(_ w: ArraySlice<String>) -> Bool {
            guard w.count >= part.count else { return false }
            var i = w.endIndex - part.count
            for p in part { if w[i] != p { return false }; i += 1 }
            return true
        }
        func startsWith(_ w: ArraySlice<String>) -> Bool {
            guard w.count >= part.count else { return false }
            var i = w.startIndex
            for p in part { if w[i] != p { return false }; i += 1 }
            return true
        }
        switch type {
        case .person:
            if m.placeScore >= 15 || m.orgScore >= 12 { return false }
            // people's names carry no commas; a name with one is no person's
            if whole.contains(",") { return false }
            // "Rivas" for "Mateo Andres Rivas Colon": two given names and two surnames, the first of
            // which stands for the person
            if part.count == 1, whole.count >= 4, part[0] == whole[whole.count - 2] { return true }
            if part.count == 1 { return part[0] == whole.first || part[0] == whole.last }
            return endsWith(whole[...]) || startsWith(whole[...])
        case .organization:
            guard m.placeScore < 15, m.personScore < 10 else { return false }
            guard endsWith(whole[...]) else { return false }
            return part.count >= 2 || lexicon.word(part[0], is: .orgHead)
        case .place:
            guard m.orgScore < 12, m.personScore < 10 else { return false }
            return startsWith(whole[...]) && whole[part.count] == ","
        }
    }

    /// Initials of a name's capitalised content words ("federal bureau of investigation" → "fbi").
    static func initials(_ words: [String]) -> String {
        var s = ""
        for w in words where w != "," {
            if ["of", "for", "the", "and", "de", "del", "la", "on", "in"].contains(w) { continue }
            if let c = w.first { s.append(c) }
        }
        return s
    }
}
