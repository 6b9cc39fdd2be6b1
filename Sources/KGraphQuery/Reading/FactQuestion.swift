import KGraphModel

/// A question about a fact of a case: "what was X charged with", "how long was X sentenced to",
/// "who was fined", "how much cocaine was seized".
struct FactQuestion: Sendable, Equatable {
    /// The kinds of fact asked for, preferred first (a penalty, else a term).
    var kinds: [CaseFactKind]
    /// The words that may name whom it is about, each a run of the question's words, longest first.
    var subjects: [String]
    /// What a quantity is of ("cocaine" in "how much cocaine was seized").
    var item: String?
    /// Whether the people the fact concerns are asked for ("who was fined"), not the fact.
    var wantsPeople: Bool
    /// Whether the question asks what someone sought ("what sentence do prosecutors want").
    var sought: Bool
    /// The question's words that asked for the fact ("charged with").
    var cue: String
}

/// A way of asking for a fact of a case: the words, the kinds of fact they ask for, and questions
/// that show it. The words must stand in the question in this order, next to each other.
struct FactAsk: Sendable {
    /// The words.
    var words: [String]
    /// The kinds of fact, preferred first.
    var kinds: [CaseFactKind]
    /// Questions that show it.
    var examples: [String]

    /// Every way, longest first.
    static let all: [FactAsk] = [
        FactAsk(words: ["pleaded", "guilty", "to"], kinds: [.charge], examples: ["what did Oren Blay plead guilty to"]),
        FactAsk(words: ["plead", "guilty", "to"], kinds: [.charge], examples: ["what did Oren Blay plead guilty to"]),
        FactAsk(words: ["released", "on", "bail"], kinds: [.bail], examples: ["who was released on bail"]),
        FactAsk(words: ["how", "many", "years"], kinds: [.term, .penalty], examples: ["how many years did Lars Ebbe get"]),
        FactAsk(words: ["how", "many", "months"], kinds: [.term, .penalty], examples: ["how many months was Lars Ebbe jailed for"]),
        FactAsk(words: ["charged", "with"], kinds: [.charge], examples: ["what was Lena Vard charged with"]),
        FactAsk(words: ["charged", "for"], kinds: [.charge], examples: ["what was Lena Vard charged for"]),
        FactAsk(words: ["accused", "of"], kinds: [.charge], examples: ["what is Lena Vard accused of"]),
        FactAsk(words: ["convicted", "of"], kinds: [.charge], examples: ["what was Lars Ebbe convicted of"]),
        FactAsk(words: ["guilty", "of"], kinds: [.charge], examples: ["what was Mira Tolk found guilty of"]),
        FactAsk(words: ["suspected", "of"], kinds: [.charge], examples: ["what is Kol Venn suspected of"]),
        FactAsk(words: ["indicted", "on"], kinds: [.charge], examples: ["what was Dorn indicted on"]),
        FactAsk(words: ["indicted", "for"], kinds: [.charge], examples: ["what was Dorn indicted for"]),
        FactAsk(words: ["arrested", "for"], kinds: [.charge], examples: ["what was the mayor arrested for"]),
        FactAsk(words: ["detained", "for"], kinds: [.charge], examples: ["what was the clerk detained for"]),
        FactAsk(words: ["wanted", "for"], kinds: [.charge], examples: ["what is Ema Rask wanted for"]),
        FactAsk(words: ["wanted", "on"], kinds: [.charge], examples: ["what charges is Ema Rask wanted on"]),
        FactAsk(words: ["what", "charges"], kinds: [.charge], examples: ["what charges does Kol Venn face"]),
        FactAsk(words: ["what", "charge"], kinds: [.charge], examples: ["what charge did Dorn face"]),
        FactAsk(words: ["which", "charges"], kinds: [.charge], examples: ["which charges were brought against Dorn"]),
        FactAsk(words: ["what", "crimes"], kinds: [.charge], examples: ["what crimes was Lars Ebbe convicted of"]),
        FactAsk(words: ["what", "crime"], kinds: [.charge], examples: ["what crime did Lars Ebbe commit"]),
        FactAsk(words: ["what", "offence"], kinds: [.charge], examples: ["what offence was Lars Ebbe charged with"]),
        FactAsk(words: ["what", "offense"], kinds: [.charge], examples: ["what offense was Lars Ebbe charged with"]),
        FactAsk(words: ["what", "penalty"], kinds: [.penalty, .term], examples: ["what penalty does Kol Venn face if convicted"]),
        FactAsk(words: ["what", "maximum"], kinds: [.penalty, .term], examples: ["what maximum sentence does Dorn face"]),
        FactAsk(words: ["what", "punishment"], kinds: [.term, .penalty, .fine], examples: ["what punishment did Lars Ebbe receive"]),
        FactAsk(words: ["what", "sentence"], kinds: [.term, .penalty], examples: ["what sentence did Lars Ebbe get", "what sentence was Lars Ebbe given"]),
        FactAsk(words: ["which", "sentence"], kinds: [.term, .penalty], examples: ["which sentence did the court impose on Lars Ebbe"]),
        FactAsk(words: ["what", "prison", "term"], kinds: [.term, .penalty], examples: ["what prison term did Lars Ebbe get"]),
        FactAsk(words: ["what", "term"], kinds: [.term, .penalty], examples: ["what term did Lars Ebbe receive"]),
        FactAsk(words: ["how", "long"], kinds: [.term, .penalty], examples: ["how long was Lars Ebbe sentenced to", "how long will Mira Tolk spend in prison"]),
        FactAsk(words: ["what", "fine"], kinds: [.fine], examples: ["what fine did the company pay"]),
        FactAsk(words: ["fined"], kinds: [.fine], examples: ["who was fined", "how much was the company fined"]),
        FactAsk(words: ["bail"], kinds: [.bail], examples: ["how much was Lena Vard's bail", "who was released on bail"]),
        FactAsk(words: ["parole"], kinds: [.bail], examples: ["who was released on parole"]),
        FactAsk(words: ["how", "much"], kinds: [.quantity], examples: ["how much cocaine was seized"]),
        FactAsk(words: ["how", "many", "kilograms"], kinds: [.quantity], examples: ["how many kilograms of heroin were seized"]),
        FactAsk(words: ["which", "statute"], kinds: [.statute], examples: ["which statute was Dorn charged under"]),
        FactAsk(words: ["what", "statute"], kinds: [.statute], examples: ["what statute was Dorn charged under"]),
        FactAsk(words: ["how", "did"], kinds: [.outcome], examples: ["how did Oren Blay plead"]),
    ].sorted { $0.words.count > $1.words.count }

    /// Words of a question that never name whom it is about.
    static let notSubject: Set<String> = [
        "what", "which", "how", "who", "whom", "was", "were", "is", "are", "did", "does", "do", "has", "have", "had", "been", "be",
        "will", "would", "could", "can", "the", "a", "an", "of", "for", "to", "with", "on", "in", "if", "by", "get", "got", "receive",
        "received", "given", "give", "handed", "face", "faces", "facing", "serve", "serving", "sentenced", "jailed", "imprisoned",
        "convicted", "charged", "found", "guilty", "much", "many", "long", "sentence", "term", "prison", "penalty", "fine", "fined",
        "bail", "released", "freed", "charges", "charge", "crimes", "crime", "maximum", "seized", "confiscated", "against", "under",
        "brought", "impose", "imposed", "plead", "pleaded", "plea", "accused", "suspected", "wanted", "indicted", "arrested",
        "detained", "years", "months", "punishment", "offence", "offense", "statute", "spend", "in", "and", "want", "wants",
        "seek", "seeks", "sought", "ask", "asked", "demand", "demanded", "at", "after", "his", "her", "their", "its",
    ]

    /// Words of "what sentence do prosecutors want": the fact asked for is one sought.
    static let soughtWords: Set<String> = ["want", "wants", "wanted", "seek", "seeks", "sought", "seeking", "ask", "asked", "asking",
                                          "demand", "demanded", "request", "requested", "recommend", "recommended"]

    /// Words after "who" or "what" before the one whom it is about ("who was fined", "what did X plead").
    static let auxiliaries: Set<String> = ["was", "were", "is", "are", "did", "does", "do", "has", "have", "had", "will", "got", "gets",
                                          "received", "would", "could", "can"]

    /// Verbs of seizing, for "how much cocaine was seized".
    static let seizeWords: Set<String> = ["seized", "confiscated", "found", "recovered", "intercepted", "impounded", "seize", "confiscate"]

    /// The fact question a question is, or `nil`.
    /// - Parameter w: the question's words.
    static func read(_ w: QuestionParser.Words) -> FactQuestion? {
        let l = w.lower
        guard let first = l.first, ["what", "which", "how", "who", "for"].contains(first) else { return nil }
        for ask in all {
            guard let at = find(ask.words, in: l) else { continue }
            let people = first == "who"
            // "who" asks for people: only whom a fine or bail concerns ("who was fined", not "who
            // denied bail to X")
            if people, !ask.kinds.contains(where: { $0 == .fine || $0 == .bail }) || l.count < 2 || !auxiliaries.contains(l[1]) { return nil }
            // "which court refused bail": a question about a participant, not a fact
            if ["what", "which"].contains(first), l.count > 1, !auxiliaries.contains(l[1]),
               !all.contains(where: { $0.words.count > 1 && find($0.words, in: l) == 0 }) { return nil }
            var item: String?
            if ask.kinds == [.quantity] {
                guard l.contains(where: seizeWords.contains) else { continue }
                // "how much cocaine was seized": the words between the cue and the verb
                let rest = l[(at + ask.words.count)...].prefix { !["was", "were", "did", "had", "has", "have", "is", "are"].contains($0) }
                item = rest.filter { !notSubject.contains($0) && !seizeWords.contains($0) }.joined(separator: " ")
                if item?.isEmpty == true, let of = l.firstIndex(of: "of"), of + 1 < l.count { item = l[of + 1] }
            }
            if ask.kinds == [.outcome], !l.contains("plead") { continue }
            return FactQuestion(kinds: ask.kinds, subjects: subjects(w, skipping: at..<(at + ask.words.count)), item: item?.isEmpty == true ? nil : item,
                                wantsPeople: people, sought: l.contains(where: soughtWords.contains) && !ask.words.contains("wanted"),
                                cue: ask.words.joined(separator: " "))
        }
        return nil
    }

    /// Where a run of words stands in the question.
    static func find(_ words: [String], in l: [String]) -> Int? {
        guard words.count <= l.count else { return nil }
        return (0...(l.count - words.count)).first { i in words.indices.allSatisfy { l[i + $0] == words[$0] } }
    }

    /// The runs of the question's words that may name whom it is about, longest first.
    static func subjects(_ w: QuestionParser.Words, skipping cue: Range<Int>) -> [String] {
        w.nameRuns { i in !cue.contains(i) && (!notSubject.contains(w.lower[i]) || w.typed[i].first?.isUppercase == true && i > 0) }
    }
}
