import KGraphModel

/// Offences: the words after "charged with", "convicted of", "on charges of"…, up to where the
/// clause goes on to something else, split into one offence each.
extension FactReader {
    /// Words that end a list of offences: what follows them is another clause or a circumstance.
    static let offenceStops: Set<String> = [
        "after", "before", "because", "when", "while", "which", "who", "whom", "whose", "that", "following", "but",
        "although", "though", "since", "until", "as", "according", "if", "where", "by", "for", "than", "said", "says",
        "told", "under", "pursuant", "and/or", "whereas", "unless", "during", "last", "earlier", "yesterday", "today",
    ]

    /// Tags of the word after "and" that start another clause ("and was released", "and he said").
    static let clauseStarts: Set<Tag> = [.auxiliary, .modal, .pronoun, .negation, .adverb]

    /// Words that name no offence on their own: a list that holds only these is dropped.
    static let notOffences: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "role", "part", "involvement", "questioning", "investigation",
        "allegedly", "it", "this", "that", "them", "him", "her", "crimes", "crime", "charges", "offences", "offenses",
    ]

    /// The offences from token `k`, each as a token range: "conspiracy to import cocaine, money
    /// laundering and fraud" gives three; "storing and trafficking drugs" one (verbs joined by
    /// "and" share their object).
    func offences(at k: Int, end: Int) -> [Range<Int>] {
        let stop = offenceEnd(from: k, end: end)
        guard stop > k else { return [] }
        var items = [Range<Int>]()
        var start = k
        var i = k
        while i < stop {
            let w = tokens[i].lower
            if w == "," || ((w == "and" || w == "or") && !joinsVerbs(at: i)) {
                if let item = trimmed(start..<i) { items.append(item) }
                start = i + 1
            }
            i += 1
        }
        if let item = trimmed(start..<stop) { items.append(item) }
        return items
    }

    /// The token where a list of offences from `k` ends.
    func offenceEnd(from k: Int, end: Int) -> Int {
        let limit = min(end, k + 30)
        var i = k
        while i < limit {
            let t = tokens[i]
            if t.kind == .punct, t.lower != ",", t.lower != "&", t.lower != "'" { break }
            if t.isWord, FactReader.offenceStops.contains(t.lower), i > k { break }
            // "fraud, and prosecutors | sought": a finite verb starts another clause
            if i > k, isFiniteVerb(i), tokens[i - 1].lower != "to", !joinsVerbs(at: i - 1) { break }
            if i > k, parse.times[t.sentence].contains(where: { $0.tokens.lowerBound == i || $0.tokens.lowerBound == i + 1 && ["in", "on", "at", "since", "between"].contains(t.lower) }) { break }
            if ["in", "at", "on"].contains(t.lower), i + 1 < limit, let p = parse.phrase(startingAt: i + 1) ?? parse.phrase(startingAt: min(i + 2, limit - 1)),
               parse.entityType(of: p) == .place { break }
            if t.lower == "and" || t.lower == "or" || t.lower == "," {
                guard i + 1 < limit else { break }
                if FactReader.clauseStarts.contains(parse.tag(i + 1)) { break }
                // "guilty of fraud and | sentenced her": a verb after a noun starts another clause
                if t.lower != ",", isFiniteVerb(i + 1), i > k, !joinsVerbs(at: i) { break }
                if t.lower == ",", tokens[i + 1].isWord, FactReader.offenceStops.contains(tokens[i + 1].lower) { break }
            }
            i += 1
        }
        return i
    }

    /// Whether token `k` is an inflected verb that can start a clause ("sentenced", "faces",
    /// "sought"), not a base form a noun shares ("abuse of office").
    func isFiniteVerb(_ k: Int) -> Bool {
        guard parse.tag(k) == .verb, !tokens[k].lower.hasSuffix("ing") else { return false }
        return tokens[k].verbLemma.map { $0 != tokens[k].lower } ?? false
    }

    /// Whether the "and" at `i` joins two verbs that share what follows ("storing and trafficking
    /// drugs", "to import and distribute cocaine").
    func joinsVerbs(at i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count else { return false }
        let verbLike: (Int) -> Bool = { k in parse.tag(k) == .verb || tokens[k].lower.hasSuffix("ing") }
        // "drug trafficking and abuse of office": a noun before the -ing word makes it a noun
        let nominal = i >= 2 && [Tag.noun, .adjective].contains(parse.tag(i - 2)) && tokens[i - 1].lower.hasSuffix("ing")
        return verbLike(i - 1) && verbLike(i + 1) && !nominal
    }

    /// An offence's range without the words around it that belong to no offence ("and", a comma,
    /// a trailing preposition), or `nil` when nothing is left that names one.
    func trimmed(_ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        let edge: Set<String> = [",", "and", "or", "also", "both", "either", "of", "in", "on", "to", "with", "the"]
        while lo < hi, edge.contains(tokens[lo].lower) && tokens[lo].lower != "the" || tokens[lo].lower == "allegedly" { lo += 1 }
        while hi > lo, edge.contains(tokens[hi - 1].lower) || parse.tag(hi - 1) == .determiner { hi -= 1 }
        guard lo < hi, (lo..<hi).contains(where: { tokens[$0].isWord && !FactReader.notOffences.contains(tokens[$0].lower) }) else { return nil }
        return lo..<hi
    }

    /// The offence written before "charges" ("murder charges", "on drug trafficking charges"): the
    /// nouns and adjectives right before token `k`.
    func offenceBefore(_ k: Int) -> Range<Int>? {
        var lo = k
        let floor = max(parse.sentence(of: k).tokens.lowerBound, k - 5)
        while lo > floor, [Tag.noun, .adjective, .name].contains(parse.tag(lo - 1)) || tokens[lo - 1].lower.contains("-") && tokens[lo - 1].isWord {
            lo -= 1
        }
        guard lo < k else { return nil }
        return trimmed(lo..<k)
    }
}
