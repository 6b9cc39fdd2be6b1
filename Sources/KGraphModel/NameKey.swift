import Foundation

/// The normalised form of a name used to match names across mentions, articles and questions:
/// case, diacritics, punctuation, possessive "'s", dots in acronyms and a leading "the" are ignored.
///
/// `NameKey.normalize("the Port Velo’s  Court")` is `"port velo court"`.
public enum NameKey {
    /// Normalises a name.
    ///
    /// ASCII names, nearly all of them, are read straight from their bytes
    /// (``asciiWords(_:)``), which gives the same key as the Unicode folding at a fraction of its
    /// cost; other names go through ``unicodeNormalize(_:)``.
    /// - Parameter name: any name or phrase.
    /// - Returns: lowercase words of letters and digits separated by single spaces.
    /// - Complexity: O(n) in the name's length.
    public static func normalize(_ name: String) -> String {
        guard var words = asciiWords(name) else { return unicodeNormalize(name) }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Normalises a name with Foundation's Unicode folding (case, diacritics, width), whatever
    /// its characters: what ``normalize(_:)`` does for names that are not ASCII.
    /// - Parameter name: any name or phrase.
    /// - Returns: lowercase words of letters and digits separated by single spaces.
    package static func unicodeNormalize(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’s", with: "")
            .replacingOccurrences(of: "'s", with: "")
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if let plain = Self.letterFolds[scalar] {
                current += plain  // letters that diacritic folding keeps: đ, ł, ø, ß…
            } else if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "’" || scalar == "'" {
                continue  // U.S. → us, O'Neil → oneil
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Letters with strokes or ligatures that have no canonical decomposition, as Latin letters.
    static let letterFolds: [Unicode.Scalar: String] = [
        "đ": "d", "ð": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// The words of a text as ``normalize(_:)`` splits them, read straight from the bytes when
    /// the text is ASCII (lowercase letters and digits; every "'s" dropped; "." and "'" inside a
    /// word skipped), which spares the normalisation's Unicode folding on hot paths such as
    /// indexing and scoring sentences; other text goes through ``normalize(_:)``.
    /// - Parameter text: any text.
    /// - Returns: the words, in order.
    /// - Complexity: O(n) in the text's bytes.
    public static func words(_ text: String) -> [String] {
        asciiWords(text) ?? unicodeNormalize(text).split(separator: " ").map(String.init)
    }

    /// The words of an ASCII text as the Unicode normalisation would give them (a leading "the"
    /// kept), or `nil` when the text is not ASCII.
    ///
    /// On ASCII the folding is lowercasing; every "'s" is then removed in one pass from the left
    /// (as `replacingOccurrences` does, so "x'ss" is "xs"); letters and digits make words; "." and
    /// "'" are skipped; anything else ends a word.
    /// - Complexity: O(n) in the text's bytes.
    static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { utf8 -> [String]? in
            var out = [String]()
            var current = [UInt8]()
            var i = 0
            while i < utf8.count {
                var b = utf8[i]
                if b >= 0x80 { return nil }
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { b += 32 }
                if b == UInt8(ascii: "'"), i + 1 < utf8.count, utf8[i + 1] | 0x20 == UInt8(ascii: "s") {
                    i += 2  // "Sok's" → "sok", as the normalisation drops every "'s" (and "'S", folded first)
                    continue
                }
                if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) {
                    current.append(b)
                } else if b != UInt8(ascii: "."), b != UInt8(ascii: "'"), !current.isEmpty {
                    out.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                i += 1
            }
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
            return out
        }
    }
}
