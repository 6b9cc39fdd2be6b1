import KGraphModel

/// A proper-name mention found in the text, before coreference: its tokens and the evidence for
/// its type.
struct NameMention: Sendable, Hashable {
    /// Token indices of the name itself ("Marnak").
    var tokens: Range<Int>
    /// Token indices of the longer form the text uses, when different ("Marnak province").
    var extended: Range<Int>?
    /// The sentence index.
    var sentence: Int
    /// The name as written.
    var text: String
    /// The normalised key: lower case, acronym dots and a leading "the" removed.
    var key: String
    /// Evidence for each type: person, organization, place (higher is stronger).
    var personScore = 0
    /// Evidence for organization.
    var orgScore = 0
    /// Evidence for place.
    var placeScore = 0
    /// Whether "the" stands right before the name (people's names rarely take it).
    var afterThe = false
    /// Whether the name is an acronym ("FBI", "U.N.").
    var isAcronym = false
    /// Whether the mention is in the headline (title case: only kept when the body names it too).
    var inHeadline = false
    /// Token indices of a title written right before the name ("Interior Minister").
    var titleTokens: Range<Int>?
    /// The index (in the mention list) of the name this one abbreviates in brackets ("(MPD)").
    var abbreviates: Int?

    /// The strongest type evidence, if any is positive.
    var bestType: EntityType? {
        let m = max(personScore, orgScore, placeScore)
        guard m > 0 else { return nil }
        if orgScore == m { return .organization }
        if placeScore == m { return .place }
        return .person
    }

    /// The normalised key of a name: lower case, dots dropped, curly apostrophes straightened, a
    /// leading "the " removed, spaces collapsed.
    static func key(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var space = false
        var skip = 0
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() {
            if skip > 0 { skip -= 1; continue }
            if b == 0x2E { continue }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x2C { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { out.append(0x27); skip = 2; continue }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        if out.count > 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 { out.removeFirst(4) }
        return String(decoding: out, as: UTF8.self)
    }
}
