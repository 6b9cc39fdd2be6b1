import KGraphModel

/// What the hand-written lexicon says about one word, looked up once per token so that the stages
/// never hash a word twice.
struct TokenInfo: Sendable, Hashable {
    /// Bits: title, organisation and place classes, demonym.
    var flags: UInt32 = 0
    /// Codes into ``names`` (0 = none): kept small so that copying a token retains nothing.
    private var functionCode: UInt8 = 0, titleCode: UInt8 = 0, formCode: UInt8 = 0
    /// The event type of a trigger word.
    var triggerType: EventType?

    /// Every class name a code stands for.
    static let names: [String] = ["", "det", "prep", "conj", "pron", "aux", "adv", "wh", "verb", "month", "weekday",
                                  "timeword", "number", "common", "adj", "head", "modifier", "person", "honorific", "rank",
                                  "base", "pres", "past", "pastonly", "part", "noun"]
    /// The code of a class name (names outside the table are dropped).
    static func code(_ name: String?) -> UInt8 {
        guard let name, let i = names.firstIndex(of: name) else { return 0 }
        return UInt8(i)
    }

    /// The function-word class ("det", "prep", "month"…), if any.
    var functionClass: String? {
        get { functionCode == 0 ? nil : TokenInfo.names[Int(functionCode)] }
        set { functionCode = TokenInfo.code(newValue) }
    }
    /// The title class ("head", "modifier", "person", "honorific", "rank"), if any.
    var titleClass: String? {
        get { titleCode == 0 ? nil : TokenInfo.names[Int(titleCode)] }
        set { titleCode = TokenInfo.code(newValue) }
    }
    /// The trigger's form ("base", "pres", "past", "pastonly", "part", "noun").
    var triggerForm: String? {
        get { formCode == 0 ? nil : TokenInfo.names[Int(formCode)] }
        set { formCode = TokenInfo.code(newValue) }
    }

    /// The trigger as a pair, if the word is one.
    var trigger: (type: EventType, form: String)? {
        guard let t = triggerType, let f = triggerForm else { return nil }
        return (t, f)
    }
    /// Whether the word is a preposition, conjunction, pronoun, auxiliary, wh-word, common verb or
    /// common noun: words that never start a time expression.
    var neverStartsTime: Bool { [2, 3, 4, 5, 7, 8, 13].contains(functionCode) }
    /// Whether the word is a title head ("minister").
    var isTitleHead: Bool { titleCode == 15 }
    /// Whether the word may stand in a title.
    var isTitleWord: Bool { titleCode == 15 || titleCode == 16 }
    /// Whether the word is a demonym ("Velorian").
    var isDemonym: Bool { flags & TokenInfo.demonym != 0 }

    /// Flag bits: organisation classes.
    static let orgHead: UInt32 = 1, orgMid: UInt32 = 2, orgLowerHead: UInt32 = 4, orgCue: UInt32 = 8
    /// Flag bits: place classes.
    static let placeHead: UInt32 = 16, placeOf: UInt32 = 32, placeBuilding: UInt32 = 64, placeRegion: UInt32 = 128
    /// Flag bit: a demonym.
    static let demonym: UInt32 = 256

    /// The bit of an organisation class.
    static func orgBit(_ cls: String) -> UInt32 {
        switch cls { case "head": orgHead; case "mid": orgMid; case "lowerhead": orgLowerHead; case "cue": orgCue; default: 0 }
    }
    /// The bit of a place class.
    static func placeBit(_ cls: String) -> UInt32 {
        switch cls { case "head": placeHead; case "of": placeOf; case "building": placeBuilding; case "region": placeRegion; default: 0 }
    }
    /// Whether the word has an organisation class.
    func isOrg(_ cls: String) -> Bool { flags & TokenInfo.orgBit(cls) != 0 }
    /// Whether the word has a place class.
    func isPlace(_ cls: String) -> Bool { flags & TokenInfo.placeBit(cls) != 0 }
}
