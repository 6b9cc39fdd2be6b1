import KGraphModel

/// A case fact read from the tokens, before it is tied to an event.
struct FactReading: Sendable, Hashable {
    /// What kind of fact.
    var kind: CaseFactKind
    /// Its tokens.
    var tokens: Range<Int>
    /// A term's length in months.
    var months: Double?
    /// An amount.
    var amount: Double?
    /// The amount's unit (ISO 4217 code or unit symbol).
    var unit: String?
    /// What a quantity is of.
    var item: String?
    /// Words that change its meaning ("life", "suspended", "more than").
    var qualifiers: [String] = []
}

/// Reads the values of case facts at a token: terms ("21 years and 10 months in prison"),
/// amounts of money ("US$1.2 million"), quantities ("more than 450 kilograms of cocaine") and
/// offences ("conspiracy to import cocaine and money laundering"), with the tables of ``FactWords``.
struct FactReader {
    /// The clause layer.
    let parse: Parse
    /// The article's tokens.
    var tokens: [Token] { parse.tokens }

    /// Whether the tokens from `k` are the words of `words` (lower case); the first token past them.
    func match(_ words: [String], at k: Int, end: Int) -> Int? {
        guard k + words.count <= end else { return nil }
        for (i, w) in words.enumerated() where tokens[k + i].lower != w { return nil }
        return k + words.count
    }

    /// The first of several word sequences found at `k`, and the first token past it.
    func longest(_ options: [[String]], at k: Int, end: Int) -> (words: [String], next: Int)? {
        var best: (words: [String], next: Int)?
        for o in options { if let n = match(o, at: k, end: end), n > (best?.next ?? k) { best = (o, n) } }
        return best
    }

    /// A word of approximation at `k` ("more than", "about"): its words and the token after it.
    func approximation(at k: Int, end: Int) -> (String, Int)? {
        longest(FactWords.approximations, at: k, end: end).map { ($0.words.joined(separator: " "), $0.next) }
    }

    // MARK: terms

    /// A prison term at `k`: "12 years", "21 years and 10 months in federal prison", "20-year prison
    /// sentence", "two years of hard labour", "life in prison", "death".
    /// - Parameter open: whether "life" or "death" alone counts (after "sentenced to").
    func term(at k: Int, end: Int, open: Bool) -> FactReading? {
        var qualifiers = [String]()
        var i = k
        if let (q, next) = approximation(at: i, end: end) { qualifiers.append(q); i = next }
        guard i < end else { return nil }
        if let kind = FactWords.openTerms[tokens[i].lower] {
            let tail = longest(FactWords.openTermTails, at: i + 1, end: end)
            guard tail != nil || open else { return nil }
            return FactReading(kind: .term, tokens: k..<(tail?.next ?? i + 1), qualifiers: qualifiers + [kind])
        }
        guard var (months, next) = length(at: i, end: end) else { return nil }
        // "a seven-day trial": a length written as one hyphenated word is a term only before a
        // word of prison or sentence ("a 20-year prison sentence")
        let hyphenated = tokens[i].lower.contains("-")
        // "21 years and 10 months"
        if next < end, tokens[next].lower == "and", let (more, after) = length(at: next + 1, end: end), more < months {
            months += more
            next = after
        }
        if hyphenated, longest(FactWords.prisonTails, at: next, end: end) == nil,
           !(next < end && tokens[next].lower == "suspended") { return nil }
        if let tail = longest(FactWords.prisonTails, at: next, end: end) {
            if tail.words.contains(where: { $0 == "labor" || $0 == "labour" }) { qualifiers.append("hard labour") }
            next = tail.next
        } else if next < end, tokens[next].lower == "suspended", let tail = longest([["sentence"], ["prison", "sentence"], ["jail", "term"], ["term"]], at: next + 1, end: end) {
            next = tail.next
        }
        let around = max(k - 3, parse.sentence(of: k).tokens.lowerBound)..<min(next + 2, end)
        if around.contains(where: { tokens[$0].lower == "suspended" }) { qualifiers.append("suspended") }
        return FactReading(kind: .term, tokens: k..<next, months: (months * 100).rounded() / 100, qualifiers: qualifiers)
    }

    /// A length of time at `k` in months: "12 years", "a year", "18 months", "20-year", "two-year".
    func length(at k: Int, end: Int) -> (Double, Int)? {
        let word = tokens[k].lower
        // "20-year", "two-year", "18-month"
        let parts = word.split(separator: "-")
        if parts.count == 2, let n = FactWords.number(String(parts[0])), let unit = FactWords.termUnits[String(parts[1])] {
            return (n * unit, k + 1)
        }
        guard let n = FactWords.number(word), k + 1 < end else { return nil }
        var i = k + 1
        var value = n
        // "two and a half years"
        if let after = match(["and", "a", "half"], at: i, end: end) { value += 0.5; i = after }
        guard i < end, let unit = FactWords.termUnits[tokens[i].lower] else { return nil }
        if word == "a" || word == "an", tokens[i].lower.hasSuffix("s") { return nil }
        return (value * unit, i + 1)
    }

    // MARK: money and quantities

    /// An amount of money at `k`: "$5,000", "US$1.2 million", "5 million riel", "200 euros".
    func money(at k: Int, end: Int) -> (tokens: Range<Int>, amount: Double, unit: String)? {
        var i = k
        var unit: String?
        if i + 1 < end, tokens[i].isWord, let code = FactWords.dollarCountries[tokens[i].lower], tokens[i + 1].lower == "$" {
            unit = code
            i += 1
        }
        if i < end, let code = FactWords.currencySymbols[tokens[i].lower] {
            unit = unit ?? code
            i += 1
        }
        guard i < end, let (n, afterNumber) = amount(at: i, end: end) else { return nil }
        if let unit { return (k..<afterNumber, n, unit) }
        guard afterNumber < end, let code = FactWords.currencyNames[tokens[afterNumber].lower],
              !(afterNumber + 1 < end && tokens[afterNumber + 1].lower == "of") else { return nil }
        return (k..<afterNumber + 1, n, code)
    }

    /// A number at `k` with its scale word ("1.2 million"): its value and the token after it.
    func amount(at k: Int, end: Int) -> (Double, Int)? {
        guard tokens[k].kind == .number || FactWords.numbers[tokens[k].lower] != nil, tokens[k].lower != "a",
              tokens[k].lower != "an", tokens[k].lower != "half", var n = FactWords.number(tokens[k].lower) else { return nil }
        var i = k + 1
        while i < end, let scale = FactWords.scales[tokens[i].lower] { n *= scale; i += 1 }
        return (n, i)
    }

    /// The quantity a phrase states: "more than 450 kilograms of cocaine" (450 kg, cocaine),
    /// "$490,000 in drug proceeds" (490,000 USD, drug proceeds), "seven firearms" (7, firearms),
    /// "3.5kg of heroin".
    func quantity(in range: Range<Int>) -> FactReading? {
        let end = range.upperBound
        var i = range.lowerBound
        var qualifiers = [String]()
        if i < end, ["the", "a", "an"].contains(tokens[i].lower) { i += 1 }
        if let (q, next) = approximation(at: i, end: end) { qualifiers.append(q); i = next }
        guard i < end else { return nil }
        if let m = money(at: i, end: end) {
            let rest = m.tokens.upperBound < end && ["in", "of"].contains(tokens[m.tokens.upperBound].lower) ? m.tokens.upperBound + 1 : end
            let item = rest < end ? parse.text(rest..<end) : "money"
            return FactReading(kind: .quantity, tokens: range, amount: m.amount, unit: m.unit, item: item, qualifiers: qualifiers)
        }
        var (n, next): (Double, Int)
        var unit: String?
        if let split = numberWithUnit(tokens[i].lower) {
            (n, next) = (split.0, i + 1)
            unit = split.1
        } else if let a = amount(at: i, end: end) {
            (n, next) = a
        } else { return nil }
        if unit == nil, next < end, let u = FactWords.measureUnits[tokens[next].lower] { unit = u; next += 1 }
        if unit != nil, next < end, tokens[next].lower == "of" { next += 1 }
        guard next < end else { return nil }
        return FactReading(kind: .quantity, tokens: range, amount: n, unit: unit, item: parse.text(next..<end), qualifiers: qualifiers)
    }

    /// "3.5kg" → (3.5, "kg"): a number written with its unit.
    func numberWithUnit(_ word: String) -> (Double, String)? {
        guard let cut = word.firstIndex(where: { $0.isLetter }), cut > word.startIndex,
              let n = FactWords.number(String(word[..<cut])), let unit = FactWords.measureUnits[String(word[cut...])] else { return nil }
        return (n, unit)
    }
}
