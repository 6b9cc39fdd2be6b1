import KGraphModel

/// A light stemmer for loose matching of a question's words with a sentence's words: irregular
/// verb forms map to their base ("flown", "flew" → "fly"), other words lose a plural, tense or
/// "-ion" ending ("disrupted", "disruption" → "disrupt"). Built once; general English only.
enum WordStemmer {
    /// Irregular forms → base, for the verbs crime and court news uses ("held", "sent", "flown"),
    /// and a few nouns grouped with their verb ("trial" with "try", "lawyer" with "defend").
    static let irregular: [String: String] = {
        var table = [String: String]()
        let groups = """
            fly flies flew flown flying|send sends sent sending|hold holds held holding|take takes took taken taking|\
            give gives gave given giving|bring brings brought bringing|catch catches caught catching|\
            find finds found finding|lead leads led leading|leave leaves left leaving|meet meets met meeting|\
            pay pays paid paying|sell sells sold selling|buy buys bought buying|keep keeps kept keeping|\
            seek seeks sought seeking|steal steals stole stolen stealing|shoot shoots shot shooting|\
            hide hides hid hidden hiding|throw throws threw thrown throwing|drive drives drove driven driving|\
            run runs ran running|go goes went gone going|come comes came coming|see sees saw seen seeing|\
            know knows knew known knowing|write writes wrote written writing|begin begins began begun beginning|\
            break breaks broke broken breaking|fall falls fell fallen falling|get gets got gotten getting|\
            hang hangs hung hanging|lose loses lost losing|make makes made making|speak speaks spoke spoken speaking|\
            spend spends spent spending|stand stands stood standing|strike strikes struck stricken striking|\
            swear swears swore sworn swearing|win wins won winning|flee flees fled fleeing|bear bears bore born|\
            build builds built building|fight fights fought fighting|feed feeds fed feeding|bind binds bound binding|\
            tell tells told telling|say says said saying|sit sits sat sitting|sleep sleeps slept sleeping|\
            die dies died dying|lie lies lay lain lying|forbid forbids forbade forbidden|rise rises rose risen|\
            ride rides rode ridden riding|wear wears wore worn wearing|tear tears tore torn|beat beats beaten beating|\
            arise arises arose arisen|withdraw withdraws withdrew withdrawn|overthrow overthrew overthrown|\
            try tries tried trying trial trials|seize seizes seized seizing seizure seizures|\
            detain detains detained detaining detention detentions detainee detainees|\
            defend defends defended defending defense defence defender lawyer lawyers attorney attorneys counsel|\
            link links linked linking tie ties tied connect connects connected connection connections associate \
            associated association|\
            man men|woman women|child children|person people persons
            """
        for group in groups.split(separator: "|") {
            let forms = group.split(separator: " ").map(String.init)
            guard let base = forms.first else { continue }
            for f in forms { table[f] = base }
        }
        return table
    }()

    /// Base → its irregular forms (the base among them): the words ``stem(_:)`` maps to a base
    /// that does not start them.
    static let irregularForms: [String: [String]] = {
        var forms = [String: [String]]()
        for (form, base) in irregular { forms[base, default: []].append(form) }
        return forms.mapValues { $0.sorted() }
    }()

    /// The stem a word is compared on.
    /// - Parameter word: a lowercase word.
    /// - Returns: its base form for an irregular verb, otherwise the word without a plural, tense,
    ///   "-ion(s)", "-er(s)" or "-ly" ending when long enough ("defendants" → "defendant",
    ///   "disrupted" → "disrupt", "gathering" → "gather", "leader" → "lead").
    /// - Complexity: O(length of the word).
    static func stem(_ word: String) -> String {
        if let base = irregular[word] { return base }
        var w = Substring(word)
        for suffix in ["ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "ied", "ies", "ers", "er", "ed", "es", "ly", "s", "e"]
        where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w = w.dropLast(suffix.count)
            if suffix == "ied" || suffix == "ies" { w += "y" }
            break
        }
        // "stopped" → "stopp" → "stop", "planning" → "plann" → "plan".
        if w.count > 4, let last = w.last, w.dropLast().last == last, !"lsz".contains(last) { w = w.dropLast() }
        // "seize", "seized", "seizes" all → "seiz".
        if w.count > 4, w.hasSuffix("e") { w = w.dropLast() }
        return String(w)
    }

    /// The words of ``NameKey/normalize(_:)`` of a text, but for a leading "the" (a stop word,
    /// which ``stems(_:)`` drops anyway): for ASCII text read straight from its bytes — lowercase
    /// letters and digits, "'s" dropped, "." and "'" inside words skipped — without the
    /// normalisation's Unicode folding, which loose questions would otherwise pay on every
    /// sentence they score.
    /// - Parameter text: any text.
    /// - Returns: the words, in order.
    /// - Complexity: O(n) in the text's bytes.
    static func words(_ text: String) -> [String] {
        NameKey.words(text)
    }

    /// A lighter stem, for comparing a question's words with a statement's: lowercase, without a
    /// plural or tense ending.
    /// - Parameter word: a lowercase word.
    /// - Returns: the word without "ment(s)", "ing", "ed", "es", "ly", "s", "e" endings when long enough.
    static func lightStem(_ word: String) -> String {
        var w = Substring(word)
        for suffix in ["ments", "ment", "ing", "ed", "es", "ly", "s", "e"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w = w.dropLast(suffix.count)
            break
        }
        return String(w)
    }

    /// A text's words as ``NameKey`` compares them, but keeping a leading "the": for finding one
    /// passage inside another.
    static func plainWords(_ text: String) -> String {
        let key = NameKey.normalize("x " + text)
        return key.count > 2 ? String(key.dropFirst(2)) : ""
    }
}
