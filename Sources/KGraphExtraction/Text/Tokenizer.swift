/// Splits an article's UTF-8 bytes into tokens and sentences.
///
/// Robust to real news text: abbreviations and initials ("Mr.", "Lt. Col.", "U.S.", "Mary J. Holt"),
/// straight and curly quotes, dashes, possessives ("Velo’s"), numbers ("1.7", "21,566"). Line
/// breaks always end a sentence (the headline is the first line).
struct Tokenizer: Sendable {
    /// Lower-cased abbreviations (without their dot) whose dot never ends a sentence by itself.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm", "brig",
        "cmdr", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "nos", "vs", "jr", "sr", "inc", "corp", "ltd",
        "co", "dept", "insp", "supt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "approx", "est", "fig", "pres", "atty", "messrs", "hon", "ave", "blvd", "etc", "al",
    ]

    /// Tokenizes a text.
    /// - Parameters:
    ///   - bytes: the article's UTF-8 bytes.
    ///   - lookUp: the record of a word form and its hash, asked once per distinct word (nil:
    ///     words are recorded bare, with no lexicon information).
    /// - Returns: the tokens (with their sentence index set), the sentences, in order, and the
    ///   records of the distinct forms the tokens share (each token's ``Token/form`` indexes them).
    /// - Complexity: O(n) in the number of bytes.
    func tokenize(_ bytes: [UInt8], lookUp: ((String, UInt64) -> WordRecord)? = nil) -> (tokens: [Token], sentences: [Sentence], forms: [WordRecord]) {
        var table = WordTable(lookUp: lookUp)
        var tokens = [Token]()
        tokens.reserveCapacity(bytes.count / 5)
        var newlineBefore = [Bool]()
        newlineBefore.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var sawNewline = true
        var sawSpace = true
        var inQuote = false
        var buffer = [UInt8]()
        buffer.reserveCapacity(64)

        @inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        /// Length of a whitespace character at `k`, or 0.
        func spaceLength(_ k: Int) -> Int {
            let b = bytes[k]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { return 1 }
            if b == 0xC2, k + 1 < n, bytes[k + 1] == 0xA0 { return 2 }
            if b == 0xE2, k + 2 < n, bytes[k + 1] == 0x80, (bytes[k + 2] <= 0x8B || bytes[k + 2] == 0xAF || bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9) { return 3 }
            if b == 0xE3, k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] == 0x80 { return 3 }
            if b == 0xEF, k + 2 < n, bytes[k + 1] == 0xBB, bytes[k + 2] == 0xBF { return 3 }  // BOM
            return 0
        }
        /// Length of an invisible format character (Unicode Cf) at `k`, or 0: a soft hyphen, a
        /// zero-width space or joiner, a direction mark or embedding, a word joiner, a BOM.
        func formatLength(_ k: Int) -> Int {
            let b = bytes[k]
            if b == 0xC2, k + 1 < n, bytes[k + 1] == 0xAD { return 2 }
            if b == 0xE2, k + 2 < n, bytes[k + 1] == 0x80, (0x8B...0x8F).contains(bytes[k + 2]) || (0xAA...0xAE).contains(bytes[k + 2]) { return 3 }
            if b == 0xE2, k + 2 < n, bytes[k + 1] == 0x81, (0xA0...0xA4).contains(bytes[k + 2]) || (0xA6...0xA9).contains(bytes[k + 2]) { return 3 }
            if b == 0xEF, k + 2 < n, bytes[k + 1] == 0xBB, bytes[k + 2] == 0xBF { return 3 }
            return 0
        }
        /// Length of a punctuation character at `k` that is not ASCII, or 0 when it is a letter.
        func wideLength(_ k: Int) -> Int {
            let b = bytes[k]
            if b < 0x80 { return 0 }
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            return len
        }
        func isWidePunct(_ k: Int) -> Bool {
            let b = bytes[k]
            if b == 0xE2, k + 1 < n, bytes[k + 1] == 0x80 || bytes[k + 1] == 0x81 || bytes[k + 1] == 0x82 || bytes[k + 1] == 0x84 || bytes[k + 1] == 0x86 { return true }
            if b == 0xC2, k + 1 < n, bytes[k + 1] >= 0xA1, bytes[k + 1] <= 0xBF, bytes[k + 1] != 0xAA, bytes[k + 1] != 0xBA, bytes[k + 1] != 0xB5 { return true }
            if b == 0xC3, k + 1 < n, bytes[k + 1] == 0x97 || bytes[k + 1] == 0xB7 { return true }
            if b == 0xE3, k + 1 < n, bytes[k + 1] == 0x80 { return true }  // CJK punctuation
            if b == 0xEF, k + 1 < n, bytes[k + 1] == 0xBC || bytes[k + 1] == 0xBD { return true } // full-width forms
            if b >= 0x80 && b < 0xC0 { return true }  // stray continuation byte
            return false
        }
        @inline(__always) func isLetterAt(_ k: Int) -> Bool {
            guard k < n else { return false }
            let b = bytes[k]
            if isASCIILetter(b) { return true }
            return b >= 0xC0 && !isWidePunct(k) && spaceLength(k) == 0
        }
        func isApostrophe(_ k: Int) -> Int {
            guard k < n else { return 0 }
            if bytes[k] == 0x27 { return 1 }
            if bytes[k] == 0xE2, k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 { return 3 }
            return 0
        }
        func upperAt(_ k: Int) -> Bool {
            let b = bytes[k]
            if b >= 0x41 && b <= 0x5A { return true }
            if b == 0xC3, k + 1 < n { let c = bytes[k + 1]; return c >= 0x80 && c <= 0x9E && c != 0x97 }
            if b == 0xC4 || b == 0xC5, k + 1 < n { return bytes[k + 1] & 1 == 0 }
            if b == 0xCE, k + 1 < n { let c = bytes[k + 1]; return c >= 0x91 && c <= 0xA9 }  // Greek capitals
            if b == 0xD0, k + 1 < n { let c = bytes[k + 1]; return c >= 0x80 && c <= 0xAF }  // Cyrillic capitals
            return false
        }
        /// The index of the lower-cased form of bytes `s..<e` in the text's table of forms.
        func form(_ s: Int, _ e: Int, isWord: Bool = true) -> Int32 {
            // fast path: lower-case ASCII letters only
            var plain = true
            for k in s..<e where !(bytes[k] >= 0x61 && bytes[k] <= 0x7A) { plain = false; break }
            if plain { return bytes.withUnsafeBufferPointer { table.index(of: UnsafeBufferPointer(rebasing: $0[s..<e]), isWord: isWord) } }
            lowerInBuffer(s, e)
            return buffer.withUnsafeBufferPointer { table.index(of: $0, isWord: isWord) }
        }
        /// The index of a punctuation mark's form.
        func markForm(_ m: String) -> Int32 {
            var m = m
            return m.withUTF8 { table.index(of: $0, isWord: false) }
        }
        func lowered(_ s: Int, _ e: Int) -> String {
            lowerInBuffer(s, e)
            return buffer.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        }
        /// Writes the lower-cased bytes `s..<e` into `buffer`.
        func lowerInBuffer(_ s: Int, _ e: Int) {
            buffer.removeAll(keepingCapacity: true)
            var k = s
            while k < e {
                let b = bytes[k]
                if b >= 0x41 && b <= 0x5A { buffer.append(b | 0x20); k += 1; continue }
                if b >= 0xC2, case let fl = formatLength(k), fl > 0 { k += fl; continue }  // invisible inside a word
                if b == 0xE2, k + 2 < e, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 { buffer.append(0x27); k += 3; continue }
                if b == 0xC3, k + 1 < e, bytes[k + 1] >= 0x80, bytes[k + 1] <= 0x9E, bytes[k + 1] != 0x97 {
                    buffer.append(b); buffer.append(bytes[k + 1] | 0x20); k += 2; continue
                }
                buffer.append(b)
                k += 1
            }
        }
        /// Whether the hyphen at `h` is followed by a lower-case participle that ends the word
        /// ("-backed", "-based", "-led", "-run", "-born", "-made").
        func participleAfterHyphen(_ h: Int) -> Bool {
            var e = h + 1
            while e < n, bytes[e] >= 0x61 && bytes[e] <= 0x7A { e += 1 }
            guard e - (h + 1) >= 3, e >= n || !(isLetterAt(e) || bytes[e] == 0x2D) else { return false }
            let suffix = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[(h + 1)..<e]), as: UTF8.self) }
            return suffix.hasSuffix("ed") || ["run", "born", "made", "led", "held", "bound"].contains(suffix)
        }
        func add(_ s: Int, _ e: Int, _ kind: Token.Kind, _ form: Int32, cap: Bool = false, allCaps: Bool = false) {
            tokens.append(Token(utf8Start: s, utf8End: e, kind: kind, isCapitalized: cap, isAllCaps: allCaps, sentence: 0,
                                spaceBefore: sawSpace, inQuote: inQuote, form: form, record: table.records[Int(form)]))
            newlineBefore.append(sawNewline)
            sawNewline = false
            sawSpace = false
        }

        while i < n {
            // An invisible format character between tokens is no space and no token.
            if bytes[i] >= 0xC2, case let fl = formatLength(i), fl > 0, !(fl == 3 && bytes[i] == 0xE2 && bytes[i + 2] == 0x8B) {
                i += fl
                continue
            }
            let sl = spaceLength(i)
            if sl > 0 {
                if bytes[i] == 0x0A || bytes[i] == 0x0D { sawNewline = true; inQuote = false }
                sawSpace = true
                i += sl
                continue
            }
            let b = bytes[i]
            if isDigit(b) {
                let s = i
                i += 1
                while i < n {
                    if isDigit(bytes[i]) { i += 1; continue }
                    if (bytes[i] == 0x2C || bytes[i] == 0x2E), i + 1 < n, isDigit(bytes[i + 1]) { i += 2; continue }
                    if isASCIILetter(bytes[i]) { i += 1; continue }
                    break
                }
                // "42-year-old", "seven-day": a number joined to words by hyphens is one word
                if i + 1 < n, bytes[i] == 0x2D, isASCIILetter(bytes[i + 1]) {
                    while i + 1 < n, bytes[i] == 0x2D, isASCIILetter(bytes[i + 1]) {
                        i += 1
                        while i < n, isASCIILetter(bytes[i]) { i += 1 }
                    }
                    add(s, i, .word, form(s, i))
                    continue
                }
                add(s, i, .number, form(s, i, isWord: false))
                continue
            }
            if isLetterAt(i) {
                let s = i
                var letters = 0
                var uppers = 0
                while i < n {
                    if isLetterAt(i) {
                        if upperAt(i) { uppers += 1 }
                        letters += 1
                        i += max(1, bytes[i] < 0x80 ? 1 : wideLength(i))
                        continue
                    }
                    if isDigit(bytes[i]) { i += 1; continue }
                    if bytes[i] == 0x2D, isLetterAt(i + 1) || (i + 1 < n && isDigit(bytes[i + 1])) {
                        // "UN-backed", "Penh-based", "Hamas-run": a name before a participle stands alone
                        if upperAt(s), participleAfterHyphen(i) { break }
                        i += 1
                        continue
                    }
                    // "Ve\u{200B}lo": an invisible format character inside a word is part of it
                    if bytes[i] >= 0xC2, case let fl = formatLength(i), fl > 0, isLetterAt(i + fl) { i += fl; continue }
                    let al = isApostrophe(i)
                    if al > 0, isLetterAt(i + al) {
                        // possessive 's: stop before it
                        if (bytes[i + al] | 0x20) == 0x73, !isLetterAt(i + al + 1) { break }
                        i += al
                        continue
                    }
                    break
                }
                // acronym dots and abbreviations
                if i < n, bytes[i] == 0x2E {
                    if letters == 1 {
                        i += 1
                        while i + 1 < n, isASCIILetter(bytes[i]), bytes[i + 1] == 0x2E { letters += 1; if upperAt(i) { uppers += 1 }; i += 2 }
                    } else if Tokenizer.abbreviations.contains(lowered(s, i)) {
                        i += 1
                    }
                }
                let f = form(s, i)
                let lower = table.records[Int(f)].lower
                var cap = upperAt(s)
                if !cap, i - s > 3, (lower.hasPrefix("al-") || lower.hasPrefix("el-")), upperAt(s + 3) { cap = true }
                add(s, i, .word, f, cap: cap, allCaps: letters >= 2 && uppers == letters)
                let al = isApostrophe(i)
                if al > 0, i + al < n, (bytes[i + al] | 0x20) == 0x73, !isLetterAt(i + al + 1) {
                    add(i, i + al + 1, .possessive, markForm("'s"))
                    i += al + 1
                } else if al > 0, (bytes[i - 1] | 0x20) == 0x73, !isLetterAt(i + al), lower.count > 2 {
                    // "the journalists' arrest": the plural possessive
                    add(i, i + al, .possessive, markForm("'"))
                    i += al
                }
                continue
            }
            // punctuation
            let len = b < 0x80 ? 1 : max(1, wideLength(i))
            let e = min(n, i + len)
            var mark: String
            if b == 0x22 {
                if !inQuote { inQuote = true; add(i, e, .punct, markForm("\u{201C}")) } else { add(i, e, .punct, markForm("\u{201D}")); inQuote = false }
                i = e
                continue
            } else if b == 0xE2, e - i == 3, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x9C: inQuote = true; add(i, e, .punct, markForm("\u{201C}")); i = e; continue
                case 0x9D: add(i, e, .punct, markForm("\u{201D}")); inQuote = false; i = e; continue
                case 0x98, 0x99: mark = "'"
                case 0x93, 0x94, 0x92, 0x95, 0x90, 0x91: mark = "-"
                case 0xA6: mark = "..."
                default: mark = String(decoding: bytes[i..<e], as: UTF8.self)
                }
            } else if b < 0x80 {
                mark = Tokenizer.asciiMarks[Int(b)]
            } else {
                mark = String(decoding: bytes[i..<e], as: UTF8.self)
            }
            add(i, e, .punct, markForm(mark))
            i = e
        }

        // Sentences.
        var sentences = [Sentence]()
        var start = 0
        var sentenceIndex = 0
        func close(_ end: Int) {
            guard end > start else { return }
            for k in start..<end { tokens[k].sentence = sentenceIndex }
            // the first line is a headline when more follows and it does not end like a sentence
            let headline = sentenceIndex == 0 && end < tokens.count && newlineBefore[end]
                && !(tokens[end - 1].isPunct(".") || tokens[end - 1].isPunct("\u{201D}") && end - 2 >= start && [".", "!", "?", ","].contains(tokens[end - 2].lower))
            sentences.append(Sentence(index: sentenceIndex, utf8Start: tokens[start].utf8Start,
                                      utf8End: tokens[end - 1].utf8End, tokens: start..<end, isHeadline: headline))
            sentenceIndex += 1
            start = end
        }
        var k = 0
        while k < tokens.count {
            if k > start, newlineBefore[k] { close(k) }
            let kind = tokens[k].kind
            var boundary = false
            var end = k + 1
            let lastByte = bytes[tokens[k].utf8End - 1]
            if kind == .punct, tokens[k].utf8End - tokens[k].utf8Start == 1, lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F {
                while end < tokens.count, !newlineBefore[end], tokens[end].kind == .punct,
                      [")", "]", "'", "\u{201D}"].contains(tokens[end].lower) {
                    end += 1
                }
                if end >= tokens.count || newlineBefore[end] {
                    boundary = true
                } else {
                    let next = tokens[end]
                    boundary = next.isCapitalized || next.kind == .number || next.lower == "\u{201C}" || next.lower == "(" || next.lower == "'"
                }
            } else if kind == .word, lastByte == 0x2E, tokens[k].isAllCaps, end < tokens.count, !newlineBefore[end] {
                let next = tokens[end]
                if next.isCapitalized, let c = Tokenizer.sentenceStarters[next.lower], c { boundary = true }
            }
            if boundary { close(end); k = end; continue }
            k += 1
        }
        close(tokens.count)
        return (tokens, sentences, table.records)
    }

    /// FNV-1a hash of a string's UTF-8 bytes.
    @inline(__always) static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// One-character strings of the ASCII marks, made once.
    static let asciiMarks: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Capitalised words that, after an acronym's final dot ("U.S."), start a new sentence.
    static let sentenceStarters: [String: Bool] = [
        "the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "but": true, "in": true,
        "a": true, "an": true, "this": true, "that": true, "police": true, "officials": true,
    ]
}
