import KGraphModel
import KGraphVocabulary

/// Finds proper-name mentions: runs of capitalised words (with "of", "for the", "de", "bin"… inside
/// organisation and foreign names), split from titles before them ("Interior Minister | Lina Vey"),
/// cleaned of sentence-initial common words, and scored for their type from their head words,
/// the gazetteer, name lists and context ("the rights group X", "X, a police officer", "X province").
struct MentionFinder: Sendable {
    /// The word lists.
    let lexicon: Lexicon

    /// Connectors that may stand inside a foreign personal or organisation name before a capitalised word.
    static let nameConnectors = WordLists.nameParticles

    /// Finds the name mentions of an article.
    /// - Parameter analysis: the tokenized article.
    /// - Returns: the mentions in text order.
    /// - Complexity: O(n) in the number of tokens.
    func find(in analysis: Analysis) -> [NameMention] {
        var out = [NameMention]()
        let tokens = analysis.tokens
        for sentence in analysis.sentences {
            var i = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while i < end {
                guard tokens[i].isCapitalized, tokens[i].kind == .word, isNameWord(tokens[i], headline: sentence.isHeadline) else { i += 1; continue }
                var j = i + 1
                while j < end {
                    if isNameWord(tokens[j], headline: sentence.isHeadline) { j += 1; continue }
                    // "the U.S. Attorney's Office", "the Prosecutor's Office": a possessive inside an organisation name
                    if tokens[j].kind == .possessive, j + 1 < end, isNameWord(tokens[j + 1], headline: sentence.isHeadline),
                       tokens[j + 1].info.is(.orgHead), j + 2 >= end || !isNameWord(tokens[j + 2], headline: sentence.isHeadline),
                       // "the Justice Department's Office of …": two organisations, the second of the first
                       !tokens[i..<j].contains(where: { $0.info.is(.orgHead) }) {
                        j += 2
                        continue
                    }
                    if let c = connectorLength(at: j, chunkStart: i, end: end, tokens: tokens, headline: sentence.isHeadline) {
                        j += c
                        continue
                    }
                    // a nickname in quotes inside a name: Ricardo “El Toro” Manzano
                    if tokens[j].lower == "\u{201C}", j > i, let close = (j + 1..<min(end, j + 5)).first(where: { tokens[$0].lower == "\u{201D}" }),
                       close > j + 1, (j + 1..<close).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
                       close + 1 < end, isNameWord(tokens[close + 1], headline: sentence.isHeadline),
                       tokens[j - 1].info.isGivenName || j - i >= 1 && !tokens[i].info.isAnyTitleClass {
                        j = close + 1
                        continue
                    }
                    break
                }
                // "Washington, D.C.": a place and its dotted state abbreviation
                if j + 1 < end, tokens[j].isPunct(","), tokens[j + 1].kind == .word, tokens[j + 1].isAllCaps,
                   tokens[j + 1].lower.hasSuffix("."), tokens[j + 1].lower.count <= 6, lexicon.isPlace(tokens[j - 1].lower),
                   j + 2 >= end || !tokens[j + 2].isCapitalized {
                    j += 2
                }
                // the commonest run: one capitalised function word ("The", "He", "In")
                if j == i + 1, tokens[i].info.isListedWord, !tokens[i].info.is(.groupAdjective), !tokens[i].isAllCaps { i = j; continue }
                for m in split(i..<j, sentence: sentence, analysis: analysis) { out.append(m) }
                i = j
            }
        }
        linkBracketAcronyms(&out, analysis: analysis)
        return out
    }

    /// Whether a token can be part of a capitalised name.
    func isNameWord(_ t: Token, headline: Bool) -> Bool {
        guard t.kind == .word, t.isCapitalized else { return false }
        if t.info.isTimeWord { return false }
        if t.lower == "i" || t.lower == "no." { return false }
        // "US-backed", "Port Velo-based": adjectives
        if t.lower.utf8.contains(0x2D), let dash = t.lower.lastIndex(of: "-") {
            let tail = t.lower[t.lower.index(after: dash)...]
            if tail.count >= 3, tail.hasSuffix("ed") || tail.hasSuffix("ing") || ["style", "born", "made", "owned", "run"].contains(String(tail)) { return false }
        }
        return true
    }

    /// The number of connector tokens at `j` that continue the name started at `chunkStart`, or nil.
    func connectorLength(at j: Int, chunkStart: Int, end: Int, tokens: [Token], headline: Bool) -> Int? {
        let t = tokens[j]
        if j > chunkStart, listConnector(at: j, chunkStart: chunkStart, end: end, tokens: tokens, headline: headline) { return 1 }
        guard t.kind == .word, !t.isCapitalized, j > chunkStart else { return nil }
        func capAt(_ k: Int) -> Bool { k < end && isNameWord(tokens[k], headline: headline) }
        if t.lower == "of" || t.lower == "for" {
            let prev = tokens[j - 1]
            let pi = prev.info
            // "Voice of America", "Reporters for Freedom": an ordinary word of a name before "of" — not a
            // title ("Governor of X") and no person's name ("Dara Sok of Tiraz")
            let commonBefore = prev.isCapitalized && pi.isEnglishWord && !pi.isTitleWord && !pi.isAny([.honorific, .rank]) && !pi.isListedWord && pi.trigger == nil
                && !prev.info.isSurname && !prev.info.isGivenName && j - 1 > chunkStart
            let prevOK = pi.isAny([.orgHead, .orgInner, .placeRegion, .placeOf]) || commonBefore
            guard prevOK, !pi.isTitleHead || pi.is(.orgHead) else { return nil }
            let next = tokens[j + 1].lower == "the" ? j + 2 : j + 1
            guard capAt(next) else { return nil }
            // "the Supreme Court Chamber of the UN", "… of the Velo war crimes tribunal": an organisation of its own after "of"
            // ("the Directorate of Criminal Investigations" without "the" after "of" is one name)
            if pi.is(.orgHead), next > j + 1, isOrganizationName(from: next, end: end, tokens: tokens, headline: headline) { return nil }
            return next - j
        }
        if MentionFinder.nameConnectors.contains(t.lower), capAt(j + 1) { return 1 }
        // "Cartel de la Sierra", "van der Berg": two connectors in a row
        if MentionFinder.nameConnectors.contains(t.lower), j + 1 < end, MentionFinder.nameConnectors.contains(tokens[j + 1].lower),
           !tokens[j + 1].isCapitalized, capAt(j + 2) { return 2 }
        if t.lower == "in", capAt(j + 1), tokens[j + 1].lower == "charge", tokens[j - 1].info.isTitleHead { return 1 }
        return nil
    }

    /// Whether the capitalised run from `k` is an organisation's name of its own: an acronym, or two
    /// or more words that end in an organisation word or are followed by one in lower case ("tribunal").
    func isOrganizationName(from k: Int, end: Int, tokens: [Token], headline: Bool) -> Bool {
        var e = k
        while e < end, isNameWord(tokens[e], headline: headline) { e += 1 }
        if e == k + 1, tokens[k].isAllCaps, tokens[k].lower.count >= 2, !lexicon.isPlace(tokens[k].lower) { return true }
        guard e - k >= 2 else { return false }
        if tokens[e - 1].info.is(.orgHead) { return true }
        return e < end && tokens[e].info.is(.orgLowerHead)
    }

    /// Whether an "and" or a comma at `j` stays inside an organisation's name: "U.S. Immigration and
    /// Customs Enforcement" (what follows ends in an organisation word and what comes before is no
    /// complete name), "the Bureau of Alcohol, Tobacco, Firearms and Explosives" (a list after "of").
    /// Lists of agencies ("the FBI and the DEA", "Justice, FBI and DEA") stay apart.
    func listConnector(at j: Int, chunkStart: Int, end: Int, tokens: [Token], headline: Bool) -> Bool {
        let t = tokens[j]
        guard t.lower == "and" || t.lower == "," else { return false }
        func capAt(_ k: Int) -> Bool { k < end && isNameWord(tokens[k], headline: headline) }
        guard capAt(j + 1), !tokens[j - 1].info.is(.orgHead), !tokens[j - 1].isAllCaps else { return false }
        var k = j + 1, lastCap = j, sawAnd = t.lower == "and"
        while k < end, k < j + 10 {
            if capAt(k) {
                if tokens[k].isAllCaps || lexicon.isPlace(tokens[k].lower) { return false }
                lastCap = k
                k += 1
                continue
            }
            if tokens[k].lower == "and" || tokens[k].lower == "," {
                if tokens[k].lower == "and" { sawAnd = true }
                k += 1
                continue
            }
            break
        }
        guard lastCap > j else { return false }
        let inOfName = tokens[chunkStart..<j].contains { $0.lower == "of" }
        if t.lower == "," { return inOfName && sawAnd }
        return tokens[lastCap].info.is(.orgHead) || inOfName && lastCap - j <= 3
    }

    /// Turns one run of capitalised tokens into zero or more mentions.
    func split(_ run: Range<Int>, sentence: Sentence, analysis: Analysis) -> [NameMention] {
        let tokens = analysis.tokens
        var a = run.lowerBound
        var b = run.upperBound
        var out = [NameMention]()
        var personCue = 0
        var titleRange: Range<Int>?

        // Sentence-initial common word ("Following Dara Sok…", "Court authorities…").
        func dropInitialCommon() {
            while a < b, isSentenceInitial(a, sentence: sentence, tokens: tokens), isCommonWord(a, analysis: analysis) {
                // "Lawyers Without Limits", "Nurses Without Walls": a capitalised grammar word inside a run makes it a name
                if a + 2 < b, tokens[a + 1].isCapitalized, tokens[a + 1].info.isListedWord, tokens[a + 2].isCapitalized { break }
                // "National Police Service spokesman…", "Border and Coast Operations officers…": an
                // ordinary word opening a run that ends in an organisation word is the name's first word
                if b - a >= 2, tokens[b - 1].info.is(.orgHead), !tokens[a].info.isListedWord, tokens[a].info.trigger == nil { break }
                a += 1
                while a < b, !tokens[a].isCapitalized { a += 1 }
            }
        }
        dropInitialCommon()
        // Honorifics and ranks.
        while a < b, tokens[a].info.isAny([.honorific, .rank]) {
            personCue += 10
            a += 1
        }
        // A title after a name with no name following: "Marnak County State Attorney", "FBI
        // Director": the title words are no part of the name.
        var trailingTitle = false
        if b - a >= 2, tokens[b - 1].info.isTitleHead, !tokens[b - 1].info.is(.orgHead) {
            var t0 = b - 1
            while t0 - 1 >= a, tokens[t0 - 1].info.isTitleWord, !tokens[t0 - 1].info.is(.orgHead) { t0 -= 1 }
            // not "Department of Justice", "Minister for Security": a title word after "of" or "for" names the office
            if t0 > a, !["of", "for", "de", "and", "the"].contains(tokens[t0 - 1].lower),
               !tokens[t0 - 1].info.isGivenName || t0 - a > 1 { b = t0; trailingTitle = true }
        }
        // A title before the name: the last title head that is followed by a name.
        var k = b - 2
        var split = -1
        while k >= a {
            let t = tokens[k]
            let head = t.info.isTitleHead || (t.lower == "charge" && k > a && tokens[k - 1].lower == "in")
            if head, !t.info.is(.orgHead) || t.lower == "chief" || t.lower == "guard" {
                // the rest must not be an organisation name ("Attorney General's Office")
                let rest = (k + 1)..<b
                if !rest.contains(where: { tokens[$0].info.is(.orgHead) }), tokens[k + 1].isCapitalized {
                    split = k
                    break
                }
            }
            k -= 1
        }
        if split >= a {
            titleRange = a..<(split + 1)
            // the leading part of the title that is a name of its own ("DEA", "Union Party", "U.S.")
            var p = a
            while p <= split, !tokens[p].info.isTitleWord || (p > a && tokens[p].info.is(.orgHead) && p < split) { p += 1 }
            if p > a {
                var pre = Array(makeMentions(a..<p, sentence: sentence, analysis: analysis, personCue: 0, title: nil))
                for i in pre.indices { pre[i].personScore = 0 }
                // "U.S. Attorney", "Velorian Prime Minister": a place before a title is an adjective
                pre.removeAll { $0.placeScore > $0.orgScore }
                out += pre
            }
            a = split + 1
            personCue += 25
            while a < b, tokens[a].info.isAny([.honorific, .rank]) { a += 1 }
        }
        if a < b {
            if titleRange == nil { dropInitialCommon() }
            var mentions = makeMentions(a..<b, sentence: sentence, analysis: analysis, personCue: personCue, title: titleRange)
            if trailingTitle { for i in mentions.indices { mentions[i].personScore = min(mentions[i].personScore, 0) } }
            out += mentions
        }
        return out
    }

    /// Whether token `k` starts its sentence (after any opening quotes or brackets).
    func isSentenceInitial(_ k: Int, sentence: Sentence, tokens: [Token]) -> Bool {
        // after a dateline ("WASHINGTON – Two men…") the sentence starts again
        let body = sentence.body
        let start = k >= body ? body : sentence.tokens.lowerBound
        var p = k - 1
        while p >= start, tokens[p].kind == .punct { p -= 1 }
        return p < start
    }

    /// Whether a capitalised word at a sentence's start is a common word rather than a name: a
    /// grammar or trigger word, a word the article also writes in lower case, or a word WordNet
    /// knows as ordinary English ("Meanwhile", "Witnesses", "Notably") — unless the article writes
    /// it capitalised inside a sentence too, or it is a given name or surname before another name
    /// ("Mark Holt said"). An auxiliary before a name is part of the name ("Am Dara Vath").
    func isCommonWord(_ k: Int, analysis: Analysis) -> Bool {
        let tokens = analysis.tokens
        let t = tokens[k]
        if t.isAllCaps, t.lower.count <= 5 { return false }
        let nextIsName = k + 1 < tokens.count && tokens[k + 1].sentence == t.sentence && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
        if t.info.isAny([.beForm, .haveForm, .doForm, .modal]), nextIsName { return false }
        if t.info.isListedWord || t.info.trigger != nil { return true }
        if lexicon.isPlace(t.lower) { return false }
        if analysis.lowercaseWords.contains(t.lower) { return true }
        if analysis.capitalizedWords.contains(t.lower) { return false }
        guard t.info.isEnglishWord else { return false }
        if nextIsName, t.info.isGivenName || t.info.isSurname { return false }
        // "Sum Varak": before a capitalised word that is no English word, it is a name's first word
        if nextIsName, !tokens[k + 1].info.isEnglishWord, !tokens[k + 1].info.isAnyTitleClass, !lexicon.isPlace(tokens[k + 1].lower) { return false }
        return true
    }

    /// Words before "of" whose object is a place though they are not place words: "the mayor of
    /// X", "the outskirts of X".
    static let placeOfWords: Set<String> = ["mayor", "mayors", "governor", "governors", "outskirts", "suburbs", "suburb",
                                            "residents", "streets", "centre", "center", "heart", "people", "citizen",
                                            "citizens", "national", "nationals", "native", "natives", "resident"]
    /// Place nouns an apposition names: "the capital, X", "the port city, X".
    static let placeAppositionHeads: Set<String> = ["capital", "city", "town", "village", "province", "district", "region",
                                                    "port", "state", "county", "island", "municipality", "hometown"]


    /// Links "NAME (ACRONYM)" and "NAME (the ACRONYM)": the acronym abbreviates the name before it.
    func linkBracketAcronyms(_ mentions: inout [NameMention], analysis: Analysis) {
        let tokens = analysis.tokens
        guard mentions.count > 1 else { return }
        var i = 1
        while i < mentions.count {
            defer { i += 1 }
            guard mentions[i].isAcronym else { continue }
            let start = mentions[i].tokens.lowerBound
            var p = start - 1
            if p >= 0, tokens[p].lower == "the" { p -= 1 }
            guard p >= 0, tokens[p].isPunct("("), p - 1 >= 0 else { continue }
            guard mentions[i - 1].tokens.upperBound == p || mentions[i - 1].extended?.upperBound == p else { continue }
            // the letters must be initials of the name, in order ("Veloria (AP)" is a credit)
            let letters = Array(mentions[i].key.utf8.filter { $0 != 0x20 })
            if initialsMatch(letters, tokens[mentions[i - 1].tokens]) { mentions[i].abbreviates = i - 1; continue }
            // "the Front for the Liberation of Velo and the Coast (FLVC)": the names before, joined by "and",
            // "of", "the" or a comma, are one name when their initials spell the acronym
            var first = i - 1
            while first > 0, i - first < 4 {
                let gap = mentions[first - 1].tokens.upperBound..<mentions[first].tokens.lowerBound
                guard gap.count <= 4, gap.allSatisfy({ ["and", "of", "the", "for", ","].contains(tokens[$0].lower) || tokens[$0].isCapitalized && tokens[$0].kind == .word }),
                      tokens[mentions[first - 1].tokens.lowerBound].sentence == tokens[start].sentence else { break }
                first -= 1
                let span = mentions[first].tokens.lowerBound..<mentions[i - 1].tokens.upperBound
                guard initialsMatch(letters, tokens[span]) else { continue }
                var merged = mentions[first]
                // "ICE Enforcement and Removal Operations (ERO)": the name starts at its acronym's first letter
                var lo = span.lowerBound
                while lo < span.upperBound - 1, tokens[lo].lower.utf8.first != letters[0] { lo += 1 }
                let trimmed = lo..<span.upperBound
                merged.tokens = trimmed
                merged.extended = nil
                merged.text = analysis.text(tokens: trimmed)
                merged.key = NameMention.key(merged.text)
                merged.orgScore = max(mentions[first...(i - 1)].map(\.orgScore).max() ?? 0, 1) + 10
                merged.personScore = 0
                merged.placeScore = 0
                mentions.replaceSubrange(first...(i - 1), with: [merged])
                i = first + 1
                mentions[i].abbreviates = first
                break
            }
        }
    }

    /// Whether acronym letters are the initials of a name's words, in order, every letter used
    /// and no capitalised content word skipped.
    func initialsMatch(_ letters: [UInt8], _ words: ArraySlice<Token>) -> Bool {
        var j = 0
        for t in words where t.kind == .word && j < letters.count {
            if t.lower.utf8.first == letters[j] { j += 1 }
        }
        return j == letters.count
    }
}
