import KGraphModel

/// The general-language words of questions: event verbs in every tense, event nouns, statement
/// verbs, title words and stop words. Built once.
enum EventVocabulary {
    /// Verb forms (base, third person, past, participle, gerund) → the event types they denote.
    static let verbs: [String: [EventType]] = {
        var table = [String: [EventType]]()
        func add(_ types: [EventType], _ forms: String) {
            for f in forms.split(separator: " ") { table[String(f), default: []].append(contentsOf: types) }
        }
        add([.arrest], "arrest arrests arrested arresting detain detains detained detaining apprehend apprehends apprehended apprehending nab nabs nabbed nabbing capture captures captured capturing")
        add([.raid], "raid raids raided raiding bust busts busted busting storm storms stormed storming")
        add([.raid, .investigation], "search searches searched searching")
        add([.charge], "charge charges charged charging indict indicts indicted indicting accuse accuses accused accusing prosecute prosecutes prosecuted prosecuting")
        add([.sentence], "sentence sentences sentenced sentencing jail jails jailed jailing imprison imprisons imprisoned imprisoning fine fines fined fining")
        add([.conviction, .sentence], "convict convicts convicted convicting")
        add([.release], "release releases released releasing free frees freed freeing")
        add([.seizure], "seize seizes seized seizing confiscate confiscates confiscated confiscating impound impounds impounded impounding find finds found finding discover discovers discovered")
        add([.trial], "try tries tried trying")
        add([.extradition], "extradite extradites extradited extraditing deport deports deported deporting")
        add([.attack], "kill kills killed killing attack attacks attacked attacking murder murders murdered murdering shoot shoots shot shooting")
        add([.kidnapping], "kidnap kidnaps kidnapped kidnapping abduct abducts abducted abducting")
        add([.investigation], "investigate investigates investigated investigating probe probes probed probing")
        add([.escape], "escape escapes escaped escaping flee flees fled fleeing")
        return table
    }()

    /// Event nouns → the event types they denote ("the raid", "the indictment").
    static let nouns: [String: [EventType]] = {
        var table = [String: [EventType]]()
        func add(_ types: [EventType], _ forms: String) {
            for f in forms.split(separator: " ") { table[String(f), default: []].append(contentsOf: types) }
        }
        add([.arrest], "arrest arrests detention detentions")
        add([.raid], "raid raids bust busts crackdown operation")
        add([.raid, .investigation], "search")
        add([.charge], "charge charges indictment indictments accusation accusations")
        add([.sentence], "sentence sentences sentencing")
        add([.conviction, .sentence], "conviction convictions")
        add([.release], "release")
        add([.seizure], "seizure seizures")
        add([.statement], "statement statements announcement")
        add([.trial], "trial trials hearing")
        add([.extradition], "extradition deportation")
        add([.attack], "attack attacks killing killings murder bombing shooting")
        add([.kidnapping], "kidnapping kidnappings abduction abductions")
        add([.investigation], "investigation investigations probe")
        add([.escape], "escape")
        return table
    }()

    /// An event noun's passive participle: "the raid" → "raided" ("who was targeted in the raid").
    static let participle: [String: String] = [
        "raid": "raided", "raids": "raided", "arrest": "arrested", "arrests": "arrested", "search": "searched",
        "bust": "busted", "crackdown": "arrested", "operation": "raided", "seizure": "seized", "attack": "attacked",
        "attacks": "attacked", "kidnapping": "kidnapped", "abduction": "abducted", "investigation": "investigated",
        "probe": "investigated", "charge": "charged", "charges": "charged", "indictment": "indicted",
        "sentence": "sentenced", "trial": "tried", "extradition": "extradited", "shooting": "shot", "bombing": "attacked",
    ]

    /// Statement verbs in every form: "what did X say", "who said that …".
    static let statementVerbs: Set<String> = Set("""
        say says said saying tell tells told telling announce announces announced announcing state states stated \
        declare declares declared add adds added claim claims claimed warn warns warned confirm confirms confirmed \
        deny denies denied explain explains explained urge urges urged insist insists insisted stress stresses stressed \
        praise praises praised criticize criticizes criticized criticise criticised note notes noted report reports reported \
        describe describes described comment comments commented write writes wrote argue argues argued
        """.split(separator: " ").map(String.init))

    /// Forms of "to be" (and "get") that make a passive: "who was arrested", "who got detained".
    static let be: Set<String> = ["is", "was", "were", "are", "been", "be", "being", "got", "gets", "get", "has", "have", "had"]

    /// Auxiliaries of do-support: "who did the police arrest".
    static let doForms: Set<String> = ["did", "does", "do", "has", "have", "had", "will", "would", "could"]

    /// Verbs that mean "happened" after an event noun: "when did the raid take place".
    static let happen: Set<String> = ["happen", "happened", "take", "took", "occur", "occurred", "place", "start", "begin", "began"]

    /// Verbs that make an event noun the question's event: "who carried out the raid".
    static let perform: Set<String> = ["made", "make", "makes", "carried", "carry", "carries", "conducted", "conduct", "conducts",
                                       "led", "lead", "leads", "performed", "perform", "ordered", "order", "executed", "staged", "launched"]

    /// Titles that lead an organisation ("who leads Y").
    static let leaderTitles: Set<String> = ["chief", "head", "director", "minister", "president", "chairman", "chairwoman",
                                           "chair", "chairperson", "leader", "commander", "governor", "administrator",
                                           "commissioner", "secretary", "boss", "chief executive", "ceo", "founder",
                                           "general", "attorney", "prosecutor", "mayor", "superintendent", "executive"]

    /// Title words that make a title not a leader's ("deputy director").
    static let subordinate: Set<String> = ["deputy", "vice", "assistant", "former", "associate", "ex", "acting deputy"]

    /// Title synonyms: a word a user types → words a title may use instead.
    static let titleSynonyms: [String: [String]] = [
        "spokesperson": ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"],
        "spokesman": ["spokesperson", "spokesman", "spokeswoman"],
        "spokeswoman": ["spokesperson", "spokesman", "spokeswoman"],
        "head": ["head", "chief", "leader", "director", "president", "chairman", "chairwoman", "chair", "commander"],
        "leader": ["leader", "head", "chief", "president", "chairman", "chairwoman", "commander"],
        "chief": ["chief", "head", "director", "commander"],
        "boss": ["head", "chief", "director", "leader", "boss"],
        "lawyer": ["lawyer", "attorney", "counsel", "defender"],
        "attorney": ["attorney", "lawyer", "counsel"],
        "chairman": ["chairman", "chairwoman", "chair", "chairperson"],
    ]

    /// Verbs of leading: "who leads Y", "who headed Y".
    static let leadVerbs: Set<String> = ["leads", "lead", "led", "heads", "head", "headed", "runs", "run", "ran",
                                        "directs", "directed", "chairs", "chaired", "commands", "commanded", "manages", "managed"]

    /// Words ignored when matching the words of a question with the words of a statement.
    static let stopWords: Set<String> = Set("""
        a an the and or but if of to in on at by for with from into onto about as than that this these those \
        it its it's is was were are be been being has have had do does did will would should could can may might \
        must shall not no he she they them his her their him we us our you your i me my who whom whose which what \
        when where why how there here then so also just very more most some any all such said say says told tell \
        claim claimed stated state announced announce added add according
        """.split(separator: " ").map(String.init))

    /// The stem of a word, for loose matching: lowercase, without a plural or tense ending.
    /// - Parameter word: a lowercase word.
    /// - Returns: the word without "ment(s)", "s", "es", "ed", "ing", "ly", "e" endings when long enough.
    static func stem(_ word: String) -> String {
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

    /// The content words of a text, stemmed: what a statement and a question are compared on.
    /// - Parameter text: any text.
    /// - Returns: the set of stems of words that are not stop words.
    /// - Complexity: O(n) in the text's length.
    static func contentStems(_ text: String) -> Set<String> {
        Set(NameKey.normalize(text).split(separator: " ").map(String.init)
            .filter { !stopWords.contains($0) }.map(stem))
    }
}
