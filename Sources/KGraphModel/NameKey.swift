import Foundation

/// The normalised form of a name used to match names across mentions, articles and questions:
/// case, diacritics, punctuation, possessive "'s", dots in acronyms and a leading "the" are ignored.
///
/// `NameKey.normalize("the Port Velo’s  Court")` is `"port velo court"`.
public enum NameKey {
    /// Normalises a name.
    /// - Parameter name: any name or phrase.
    /// - Returns: lowercase words of letters and digits separated by single spaces.
    public static func normalize(_ name: String) -> String {
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
}
