/// The tokenized article that every stage reads: its bytes, tokens and sentences, and the
/// lower-case words it uses (to tell a capitalised common word at a sentence start from a name).
final class Analysis: Sendable {
    /// The article's UTF-8 bytes.
    let bytes: [UInt8]
    /// Every token, in order.
    let tokens: [Token]
    /// Every sentence, in order.
    let sentences: [Sentence]
    /// Lower-cased words that occur somewhere in the article without a capital letter (only those
    /// that also start a sentence capitalised, or their singulars: the only ones ever asked about).
    let lowercaseWords: Set<String>
    /// Lower-cased forms of the sentence-initial words that the article also writes capitalised
    /// inside a sentence: names ("Smith said…" after "John Smith").
    let capitalizedWords: Set<String>

    /// Tokenizes a text.
    /// - Parameters:
    ///   - text: the article.
    ///   - lexicon: the word lists whose word classes are attached to each token (none in
    ///     tokenizer-only uses).
    ///   - tokenizer: the tokenizer.
    /// - Complexity: O(n) in the text's UTF-8 length.
    init(text: String, lexicon: Lexicon? = nil, tokenizer: Tokenizer = Tokenizer()) {
        bytes = Array(text.utf8)
        // each distinct word is looked up once per article, in the lexicon's cache
        let lookUp = lexicon.map { lexicon in
            { (word: String, hash: UInt64) in lexicon.wordInfo.record(word, hash: hash) { Analysis.record($0, hash: $1, lexicon: lexicon) } }
        }
        var (t, s, forms) = tokenizer.tokenize(bytes, lookUp: lookUp)
        if let lexicon { Analysis.markCapitalizedDemonyms(&t, forms: forms.count, lexicon: lexicon) }
        for i in s.indices {
            s[i].body = Dateline.bodyStart(s[i].tokens.lowerBound, end: s[i].tokens.upperBound, tokens: t)
        }
        tokens = t
        sentences = s
        // Only the first words of sentences are ever asked about: collect their lower-case forms
        // (and singulars), then look up only lower-case words of the same lengths.
        var candidates = Set<String>()
        var bloom = [UInt64](repeating: 0, count: 16)  // 1024 bits of candidate hashes
        func addCandidate(_ c: String) {
            candidates.insert(c)
            let h = Tokenizer.fnv(c) & 1023
            bloom[Int(h >> 6)] |= 1 << (h & 63)
        }
        func addFirstWord(from start: Int, to end: Int) {
            var first = start
            while first < end, t[first].kind == .punct { first += 1 }
            guard first < end, t[first].kind == .word, t[first].isCapitalized else { return }
            let w = t[first].lower
            addCandidate(w)
            addCandidate(String(w.dropLast()))
        }
        for sentence in s {
            addFirstWord(from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound)
            if sentence.body != sentence.tokens.lowerBound { addFirstWord(from: sentence.body, to: sentence.tokens.upperBound) }
        }
        var lower = Set<String>()
        var capitalized = Set<String>()
        if !candidates.isEmpty {
            t.withUnsafeBufferPointer { buf in
                for i in buf.indices where buf[i].kind == .word {
                    let h = buf[i].lowerHash & 1023
                    guard bloom[Int(h >> 6)] & (1 << (h & 63)) != 0 else { continue }
                    guard candidates.contains(buf[i].lower) else { continue }
                    if !buf[i].isCapitalized {
                        lower.insert(buf[i].lower)
                    } else if i > 0, buf[i - 1].sentence == buf[i].sentence, !s[buf[i].sentence].isHeadline,
                              buf[i - 1].kind != .punct || buf[i - 1].lower == "," {
                        capitalized.insert(buf[i].lower)
                    }
                }
            }
        }
        lowercaseWords = lower
        capitalizedWords = capitalized
    }

    /// Gives capitalised word tokens the record of their form as written so ("Thai", "French": a
    /// capitalised demonym is also an adjective), made once per form.
    static func markCapitalizedDemonyms(_ tokens: inout [Token], forms: Int, lexicon: Lexicon) {
        var capitalized = [WordRecord?](repeating: nil, count: forms)
        tokens.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices where buf[i].kind == .word && buf[i].isCapitalized {
                let f = Int(buf[i].form)
                let record = capitalized[f] ?? capitalizedRecord(buf[i].record, lexicon: lexicon)
                capitalized[f] = record
                if record !== buf[i].record { buf[i].record = record }
            }
        }
    }

    /// The record of a word written capitalised: "Thai", "French": a capitalised demonym is also an
    /// adjective.
    static func capitalizedRecord(_ r: WordRecord, lexicon: Lexicon) -> WordRecord {
        guard !r.info.isDemonym, lexicon.demonyms[r.lower] != nil else { return r }
        var info = r.info
        info.classes.insert(.demonym)
        info.readings = TagContext.readings(r.lower, info: info)
        return r.with(info)
    }

    /// The singular of a regular plural ("attorneys" → "attorney", "spokesmen" → "spokesman").
    static func singular(_ w: String) -> String? {
        if w.hasSuffix("men") { return String(w.dropLast(3)) + "man" }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s"), !w.hasSuffix("ss") { return String(w.dropLast()) }
        return nil
    }

    /// The text of a UTF-8 byte range.
    func text(_ utf8Range: Range<Int>) -> String {
        let lo = max(0, utf8Range.lowerBound), hi = max(lo, min(bytes.count, utf8Range.upperBound))
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
        // Invisible format characters (a zero-width space, a soft hyphen) are no part of a name.
        guard Analysis.hasFormatCharacter(bytes, lo..<hi) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .format }))
    }

    /// Whether UTF-8 bytes hold an invisible format character the tokenizer reads through (a soft
    /// hyphen, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, a BOM): one pass over
    /// the bytes, no decoding.
    static func hasFormatCharacter(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            let b = bytes[k]
            k += 1
            guard b >= 0xC2, k < range.upperBound else { continue }
            let c = bytes[k]
            if b == 0xC2, c == 0xAD { return true }
            guard k + 1 < range.upperBound else { continue }
            let d = bytes[k + 1]
            if b == 0xE2, c == 0x80, (0x8B...0x8F).contains(d) || (0xAA...0xAE).contains(d) { return true }
            if b == 0xE2, c == 0x81, (0xA0...0xA4).contains(d) || (0xA6...0xA9).contains(d) { return true }
            if b == 0xEF, c == 0xBB, d == 0xBF { return true }
        }
        return false
    }

    /// The record of a word form: what the lexicon says of it, and its lemmas.
    static func record(_ lower: String, hash: UInt64, lexicon: Lexicon) -> WordRecord {
        let v = lexicon.vocabulary
        return WordRecord(lower: lower, hash: hash, info: info(lower, lexicon: lexicon),
                          verbLemma: v.inflection(of: lower).verbLemma, triggerLemma: v.entry(lower)?.trigger?.lemma)
    }

    /// What the lexicon says of a word form: its entry, the parts of speech and counts of the lemmas
    /// it is a form of, its verb form, and whether it is the plural of a title.
    static func info(_ lower: String, lexicon: Lexicon) -> TokenInfo {
        let vocabulary = lexicon.vocabulary
        var info = TokenInfo(vocabulary.entry(lower))
        let inflection = vocabulary.inflection(of: lower)
        // an inflected form WordNet lists under its lemma: "officers", "netted"
        if lower.utf8.count > 3 { info.partsOfSpeech.formUnion(inflection.partsOfSpeech) }
        // an inflected form counts as often as its lemma: "officers" as "officer", "fights" as "fight"
        if info.nounCount == 0, info.verbCount == 0 {
            info.nounCount = inflection.nounCount
            info.verbCount = inflection.verbCount
        }
        info.verbForm = TokenInfo.verbForm(lower, trigger: info.trigger, inflection: inflection)
        info.startsPhrasalTrigger = !vocabulary.phrasalTriggers(of: lower).isEmpty
        for (i, start) in TimePattern.starts.enumerated() where start.words.contains(lower) { info.timePatterns |= 1 << UInt32(i) }
        info.endsTime = TimePattern.anyEnd.words.contains(lower)
        info.isGivenName = lexicon.givenNames.contains(lower)
        info.isSurname = lexicon.surnames.contains(lower)
        info.isPeopleWord = lexicon.isPeopleWord(lower)
        info.readings = TagContext.readings(lower, info: info)
        // "attorneys", "spokesmen": the plural of a title is a title
        if !info.isTitleHead, lower.utf8.count > 4, lower.hasSuffix("s") || lower.hasSuffix("men"),
           let singular = Analysis.singular(lower), vocabulary.word(singular, is: .titleHead) { info.classes.insert(.titleHead) }
        return info
    }

    /// The text of a token range, from the first token's start to the last one's end.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].utf8Start..<tokens[range.upperBound - 1].utf8End)
    }

    /// The UTF-8 byte range of a non-empty token range.
    func utf8Range(tokens range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].utf8Start..<tokens[range.upperBound - 1].utf8End
    }
}
