import KGraphVocabulary

extension MentionFinder {
    /// Builds the mention for a cleaned run of name tokens, scoring its type.
    func makeMentions(_ run: Range<Int>, sentence: Sentence, analysis: Analysis, personCue: Int, title: Range<Int>?) -> [NameMention] {
        let tokens = analysis.tokens
        var a = run.lowerBound
        var b = run.upperBound
        // strip trailing adjectives ("Velo Front Islamic militants")
        while b - a > 1, tokens[b - 1].info.isDemonym || tokens[b - 1].info.is(.groupAdjective),
              b < sentence.tokens.upperBound, tokens[b].kind == .word, !tokens[b].isCapitalized {
            b -= 1
        }
        while b > a, !tokens[b - 1].isCapitalized { b -= 1 }
        while a < b, !tokens[a].isCapitalized { a += 1 }
        guard a < b else { return [] }
        guard !isNoName(a..<b, sentence: sentence, analysis: analysis) else { return [] }
        var (m, orgHead) = scoredMention(a..<b, sentence: sentence, analysis: analysis, personCue: personCue, title: title)
        scoreContextBefore(&m, sentence: sentence, tokens: tokens)
        scoreContextAfter(&m, sentence: sentence, analysis: analysis, orgHead: orgHead)
        return [m]
    }

    /// Whether a trimmed run of capitalised words names nothing: title words only, a demonym, a
    /// grammar word, a law, a sentence's adjective-shaped first word…
    func isNoName(_ run: Range<Int>, sentence: Sentence, analysis: Analysis) -> Bool {
        let tokens = analysis.tokens
        let a = run.lowerBound, b = run.upperBound
        let first = tokens[a]
        let single = b - a == 1
        // a run of title words only ("Assistant Director in Charge")
        if tokens[a..<b].allSatisfy({ !$0.isCapitalized || $0.info.isTitleWord || $0.lower == "charge" }),
           tokens[a..<b].contains(where: { $0.info.isTitleHead }),
           !tokens[a..<b].contains(where: { $0.info.is(.orgHead) }) { return true }
        if single {
            let info = first.info
            if info.isDemonym || info.is(.groupAdjective) { return true }
            if info.isListedWord, !first.isAllCaps { return true }
            if info.isTitleWord || info.isAnyTitleClass { return true }
            if info.is(.orgHead), !first.isAllCaps { return true }
            if info.is(.placeHead) || info.is(.placeRegion) { return true }
            if info.triggerType != nil, !first.isAllCaps { return true }
            // "Hmong", "Urdu", "Kashmiri": WordNet knows the name only as a people or a language
            if lexicon.vocabulary.nameKinds(first.lower)?.isPeopleOrLanguageOnly == true, !lexicon.isPlace(first.lower) { return true }
        }
        // "Indian Muslims", "Tibetan Buddhists": nationalities and peoples only
        if tokens[a..<b].allSatisfy({ t in
            t.info.isDemonym || t.info.is(.groupAdjective) || t.info.isPeopleWord
        }) { return true }
        // "the Arms Export Control Act", "the Penal Code": a law, no entity; "21 U.S.C. § 841": a statute
        if tokens[b - 1].info.is(.lawHead) { return true }
        if single, first.isAllCaps, b < sentence.tokens.upperBound, tokens[b].lower == "§" || a > 0 && tokens[a - 1].kind == .number { return true }
        // "Operation Desert Sweep": the name of an operation, no entity
        if first.lower == "operation", !single { return true }
        if single {
            // "Peaceful protest is…", "Dangerous drugs…": a sentence's first word shaped like an adjective
            if isSentenceInitial(a, sentence: sentence, tokens: tokens), b < sentence.tokens.upperBound,
               tokens[b].kind == .word, !tokens[b].isCapitalized, !lexicon.isPlace(first.lower),
               ["ful", "ous", "ive", "able", "ible", "less", "ish"].contains(where: { first.lower.hasSuffix($0) && first.lower.count > $0.count + 3 }) {
                return true
            }
            // "Anti-corruption investigators…": a sentence's first word, hyphenated in lowercase
            if a == sentence.tokens.lowerBound, let hyphen = first.lower.firstIndex(of: "-"),
               let after = analysis.text(tokens: a..<(a + 1)).split(separator: "-", maxSplits: 1).dropFirst().first?.first,
               after.isLowercase, hyphen != first.lower.startIndex { return true }
        }
        return false
    }

    /// The mention of a trimmed run, scored on its own words: head words, the gazetteer, WordNet,
    /// the name lists. Also says whether a capitalised word of the run is an organisation head.
    func scoredMention(_ run: Range<Int>, sentence: Sentence, analysis: Analysis, personCue: Int,
                       title: Range<Int>?) -> (NameMention, orgHead: Bool) {
        let tokens = analysis.tokens
        let a = run.lowerBound, b = run.upperBound
        let first = tokens[a]
        let single = b - a == 1
        var m = NameMention(tokens: a..<b, sentence: sentence.index, text: analysis.text(tokens: a..<b),
                            key: "", inHeadline: sentence.isHeadline)
        m.key = NameMention.key(m.text)
        m.titleTokens = title
        m.personScore += personCue
        let lowers = tokens[a..<b].map(\.lower)
        var capsCount = 0
        for i in a..<b where tokens[i].isCapitalized { capsCount += 1 }
        m.isAcronym = single && first.isAllCaps
        // Head words.
        var orgHead = false
        for i in a..<b where tokens[i].isCapitalized && tokens[i].info.is(.orgHead) { orgHead = true }
        if orgHead { m.orgScore += 20 }
        let last = lowers[lowers.count - 1]
        let lastInfo = tokens[b - 1].info
        if !single, lastInfo.is(.placeBuilding) { m.placeScore += 25 }
        if !single, lastInfo.isAny([.placeRegion, .placeHead]), !orgHead {
            m.placeScore += 22
        }
        if lowers.count >= 3, first.info.is(.placeRegion) || first.info.is(.placeOf), lowers[1] == "of", !orgHead {
            m.placeScore += 22
        }
        // "the Southern District of Veloria": a place word before "of" and a known place after it
        if !orgHead, let of = lowers.firstIndex(of: "of"), of > 0, tokens[a + of - 1].info.isAny([.placeRegion, .placeOf, .placeHead]),
           lexicon.place(lowers[(of + 1)...].filter { $0 != "the" }.joined(separator: " ")) != nil {
            m.placeScore += 40
        }
        // "Golden Lotus Apparel", "Human Rights": ordinary English words only, and none a name, are no person
        if !single, tokens[a..<b].allSatisfy({ $0.info.isEnglishWord && !$0.info.isGivenName && !$0.info.isSurname || MentionFinder.nameConnectors.contains($0.lower) }) {
            m.personScore -= 15
        }
        // "Washington, D.C.": joined only after a gazetteer place
        if lowers.contains(",") { m.placeScore += 15 }
        // "Southeast Asia", "Central America": a compass word before a continent or country
        if lowers.count == 2, ["north", "south", "east", "west", "southeast", "southwest", "northeast", "northwest", "central"].contains(lowers[0]),
           let p = lexicon.place(lowers[1]), p.kind == "continent" || p.kind == "country" { m.placeScore += 15 }
        // Gazetteer.
        if let p = lexicon.place(m.key) ?? (m.key.utf8.contains(0x27) || m.text.utf8.contains(0x2E) ? lexicon.place(lowers.joined(separator: " ")) : nil) {
            m.placeScore += (p.kind == "country" || p.kind == "continent") ? 15 : 6
        }
        // What WordNet says the name names, when it names one kind: "NATO" an organisation, "Andes" a place.
        if let kinds = lexicon.vocabulary.nameKinds(lowers.filter { $0 != "," }.joined(separator: " ")),
           kinds.contains(.place) != kinds.contains(.organization) {
            if kinds.contains(.organization) { m.orgScore += 15 }
            if kinds.contains(.place) { m.placeScore += 8 }
        }
        // "Veloria Petroleum", "Tiraz Post": a place's name and an ordinary noun name a company
        if !single, lexicon.isPlace(lowers[0]), tokens[b - 1].info.partsOfSpeech.contains(.noun), tokens[b - 1].info.isEnglishWord,
           !tokens[b - 1].info.isAny([.placeHead, .placeRegion, .placeBuilding, .titleHead, .personNoun]), !lexicon.isPlace(last),
           !lastInfo.isGivenName, !lastInfo.isSurname {
            m.orgScore += 20
        }
        // "Mesa, Ariz.", "Tampa, Fla.": a region's abbreviation after a city and a comma
        if single, lexicon.placeAbbreviations[m.key] != nil, a >= 2, tokens[a - 1].isPunct(","), lexicon.isPlace(tokens[a - 2].lower),
           first.lower.hasSuffix(".") || b < sentence.tokens.upperBound && tokens[b].isPunct(".") && !tokens[b].spaceBefore {
            m.placeScore += 40
        }
        // Acronyms.
        if m.isAcronym, m.placeScore == 0 { m.orgScore += 5 }
        // Personal-name evidence.
        if !orgHead, m.placeScore < 20 {
            if capsCount >= 2 {
                if first.info.isGivenName { m.personScore += 3 }
                if lastInfo.isSurname { m.personScore += 2 }
                if tokens[a..<b].allSatisfy({ $0.info.isGivenName || $0.info.isSurname || MentionFinder.nameConnectors.contains($0.lower) }) {
                    m.personScore += 1
                }
            }
            for (idx, t) in tokens[a..<b].enumerated() where idx > 0 && idx < b - a - 1 {
                if t.kind == .word, t.lower.count == 2, t.lower.hasSuffix(".") { m.personScore += 10 }  // "Mary J. Holt"
                if t.lower == "bin" || t.lower == "ibn" { m.personScore += 10 }
            }
        }
        return (m, orgHead)
    }

    /// Adds the evidence of the words before a mention: "arrested in X", "spokesman X", "the
    /// capital, X".
    func scoreContextBefore(_ m: inout NameMention, sentence: Sentence, tokens: [Token]) {
        let a = m.tokens.lowerBound
        let s0 = sentence.tokens.lowerBound
        if a > s0 {
            let prev = tokens[a - 1]
            if prev.info.is(.orgCue), !prev.isCapitalized { m.orgScore += 12 }
            if prev.lower == "named" || prev.lower == "identified" { m.personScore += 10 }
            // "spokesman X", "activist X": a lower-case title right before a name is the strongest cue there is
            if prev.info.isTitleHead, !prev.isCapitalized, !prev.info.is(.orgHead) { m.personScore += 25 }
            else if prev.info.isTitleHead || prev.info.is(.personNoun), !prev.isCapitalized { m.personScore += 8 }
            if prev.lower == "the" { m.personScore -= 6 }
            // "a Congressional medal", "an Interpol notice" as a head: a kind of thing, rarely a person
            if prev.lower == "a" || prev.lower == "an" { m.personScore -= 12 }
            if ["in", "near", "across", "throughout", "outside", "inside"].contains(prev.lower) {
                m.placeScore += 6  // "arrested in X", "a court in X": rarely a person
            } else if ["from", "to", "into", "at"].contains(prev.lower) {
                m.placeScore += 2
            }
            if prev.lower == "of", a - 2 >= s0, tokens[a - 2].info.is(.placeOf) || MentionFinder.placeOfWords.contains(tokens[a - 2].lower) {
                m.placeScore += 20
            }
            // "the capital, X", "the port city, X": an apposition to a place noun
            if prev.isPunct(","), a - 2 >= s0, MentionFinder.placeAppositionHeads.contains(tokens[a - 2].lower) { m.placeScore += 20 }
            if prev.lower == ",", a - 2 >= s0, tokens[a - 2].kind == .word, tokens[a - 2].info.isTitleHead || tokens[a - 2].info.is(.personNoun) { m.personScore += 6 }
            if prev.lower == "the" { m.afterThe = true }
        }
    }

    /// Adds the evidence of a place beside a one-word name that nothing else types: "in Tiraz and
    /// Marnak" (a place's coordinate), "in Marnak, Velo Province" (a city before its region).
    func scorePlaceNeighbours(_ m: inout NameMention, sentence: Sentence, tokens: [Token]) {
        let a = m.tokens.lowerBound, b = m.tokens.upperBound
        let s0 = sentence.tokens.lowerBound, e = sentence.tokens.upperBound
        guard b - a == 1, m.personScore < 20, m.orgScore < 10 else { return }
        func placeRun(from k: Int) -> Lexicon.Place? {
            var end = k
            while end < e, end < k + 4, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
            guard end > k else { return nil }
            return lexicon.place(tokens[k..<end].map(\.lower).joined(separator: " "))
        }
        func placeBefore(_ k: Int) -> Bool {
            guard k >= s0, tokens[k].kind == .word, tokens[k].isCapitalized, lexicon.isPlace(tokens[k].lower) else { return false }
            return k == s0 || !tokens[k - 1].isCapitalized
        }
        // "Tiraz and Marnak", "Marnak and Tiraz"
        if a - 2 >= s0, ["and", "or"].contains(tokens[a - 1].lower), placeBefore(a - 2) { m.placeScore += 12 }
        if b + 1 < e, ["and", "or"].contains(tokens[b].lower), let p = placeRun(from: b + 1), p.kind != "country" || b + 2 >= e || !tokens[b + 2].isCapitalized {
            m.placeScore += 12
        }
        // "Marnak, Velo Province", "Edison, New Jersey": a city before its region or country
        if b + 1 < e, tokens[b].isPunct(","), let p = placeRun(from: b + 1), p.kind == "region" || p.kind == "country" { m.placeScore += 20 }
    }

    /// Adds the evidence of the words after a mention: "X prison", "X said", "X, 42,", "X, a
    /// lawyer".
    func scoreContextAfter(_ m: inout NameMention, sentence: Sentence, analysis: Analysis, orgHead: Bool) {
        let tokens = analysis.tokens
        let a = m.tokens.lowerBound, b = m.tokens.upperBound
        let first = tokens[a]
        let e = sentence.tokens.upperBound
        // a dateline: "PORTSIDE —", "TIRAZ, Velo —" opening a sentence names a place
        if a == sentence.tokens.lowerBound, first.isAllCaps, Dateline.bodyStart(a, end: e, tokens: tokens) > b {
            m.placeScore += 20
        }
        scorePlaceNeighbours(&m, sentence: sentence, tokens: tokens)
        if b < e {
            let next = tokens[b]
            if next.kind == .word, !next.isCapitalized {
                if next.info.is(.placeBuilding), !orgHead, next.lower != "port" { m.placeScore += 25 }  // "Korvash prison"
                if next.info.is(.placeHead) || next.info.is(.placeRegion) {
                    if !orgHead { m.placeScore += 25; m.extended = a..<(b + 1) }
                } else if next.info.is(.orgLowerHead), next.lower == "tribunal" {
                    m.orgScore += 25
                    m.tokens = a..<(b + 1)
                    m.text = analysis.text(tokens: m.tokens)
                    m.key = NameMention.key(m.text)
                }
                if next.info.is(.orgCue), !["party", "union", "bank"].contains(next.lower) { m.orgScore += 25 }
                if ["said", "says", "told", "added", "explained"].contains(next.lower) { m.personScore += 2 }
                if next.lower == "who" { m.personScore += 4 }
                if next.lower == "which" { m.orgScore += 3 }
                if ["was", "is"].contains(next.lower), b + 1 < e, ["arrested", "detained", "charged", "sentenced", "born", "a", "an"].contains(tokens[b + 1].lower) {
                    m.personScore += 3
                }
            }
            if next.isPunct(",") {
                var k = b + 1
                if k < e, tokens[k].kind == .number, k + 1 < e, tokens[k + 1].isPunct(",") { m.personScore += 10 }
                if k < e, ["a", "an", "the"].contains(tokens[k].lower) { k += 1 }
                var seen = 0
                var head: String?
                while k < e, seen < 9 {
                    let t = tokens[k]
                    if t.kind == .punct && t.lower != "'" { break }
                    if t.kind == .word, !t.isCapitalized || t.info.isTitleWord {
                        if ["of", "for", "at", "in", "with", "who", "which", "that", "and", "known", "based", "linked", "associated", "opposed"].contains(t.lower) { break }
                        if t.info.is(.orgCue) || t.info.isTitleHead || t.info.is(.personNoun) { head = t.lower }
                    }
                    seen += 1
                    k += 1
                }
                if let h = head {
                    if lexicon.word(h, is: .orgCue) { m.orgScore += 12 } else { m.personScore += 12 }
                }
            }
            if next.lower == "is" || next.lower == "was", b + 2 < e, ["a", "an"].contains(tokens[b + 1].lower) {
                var k = b + 2
                while k < e, k < b + 6, tokens[k].kind == .word {
                    if tokens[k].info.isTitleHead || tokens[k].info.is(.personNoun) { m.personScore += 8; break }
                    if tokens[k].info.is(.orgCue) { m.orgScore += 8; break }
                    k += 1
                }
            }
        }
    }
}
