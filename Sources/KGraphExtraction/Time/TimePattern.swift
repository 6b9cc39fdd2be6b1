import KGraphVocabulary

/// One element of a time pattern, matched against tokens (in the manner of SUTime's TokensRegex
/// rules): a word from a set, a word class, a day of the month, a year, a number, a sequence, a
/// choice or an optional element.
indirect enum TimeElement: Sendable {
    /// One of these lower-case words (a short list: comparing a few short strings is cheaper than
    /// hashing one).
    case word([String])
    /// A word of this class (month, weekday, time unit…).
    case cls(WordClass)
    /// A number from 1 to 31.
    case day
    /// A four-digit year from 1900 to 2100.
    case year
    /// A number written in digits or words ("3", "three", "a", "several").
    case amount
    /// A punctuation mark.
    case mark(String)
    /// The elements in order.
    case seq([TimeElement])
    /// Any one of the elements.
    case either([TimeElement])
    /// The element or nothing.
    case opt(TimeElement)

    /// The most tokens the element can match.
    var maxLength: Int {
        switch self {
        case .seq(let list): return list.reduce(0) { $0 + $1.maxLength }
        case .either(let list): return list.map(\.maxLength).max() ?? 0
        case .opt(let inner): return inner.maxLength
        default: return 1
        }
    }

    /// The words that count as an amount besides numbers ("a day", "several weeks").
    static let amountWords: Set<String> = ["a", "an", "several", "few", "some", "dozens", "couple"]

    /// A phrase of words: `.phrase("the same")`.
    static func phrase(_ words: String) -> TimeElement {
        .seq(words.split(separator: " ").map { .word([String($0)]) })
    }
}

/// A time pattern: its elements, a name and the example it was written for (the time marked ⟦…⟧).
struct TimePattern: Sendable {
    let name: String
    let example: String
    let elements: [TimeElement]
    /// What the pattern's first token can be, worked out from its elements once.
    let first: TimeStart

    init(name: String, example: String, elements: [TimeElement]) {
        self.name = name
        self.example = example
        self.elements = elements
        first = TimeStart(elements)
    }
}

/// The tokens a sequence of time elements can start with (or, read backwards, end with): words,
/// word classes, numbers and marks. A cheap test that spares trying a pattern where it cannot match.
struct TimeStart: Sendable {
    var words: Set<String> = []
    var classes: WordClass = []
    var numbers = false
    var marks: Set<String> = []
    /// Whether sequences are read from their last element: the tokens a match can end with.
    private var backwards = false

    init(_ elements: [TimeElement], backwards: Bool = false) {
        self.backwards = backwards
        _ = add(elements)
    }

    /// What any of several sequences can start with.
    init(union starts: [TimeStart]) {
        for s in starts {
            words.formUnion(s.words)
            classes.formUnion(s.classes)
            numbers = numbers || s.numbers
            marks.formUnion(s.marks)
        }
    }

    /// Whether a token can start the sequence, when whether its word is among ``words`` is known
    /// already (a word's ``TokenInfo/timePatterns`` or ``TokenInfo/endsTime``): no hashing.
    func admits(_ t: Token, listed: Bool) -> Bool {
        switch t.kind {
        case .number: return numbers  // a word element never matches a number
        case .punct: return !marks.isEmpty && marks.contains(t.lower)
        default: return listed || t.info.isAny(classes)
        }
    }

    /// Whether a token can start the sequence.
    func admits(_ t: Token) -> Bool { admits(t, listed: words.contains(t.lower)) }

    /// Adds the starts of a sequence; returns whether the whole sequence may match nothing.
    private mutating func add(_ elements: [TimeElement]) -> Bool {
        for e in backwards ? elements.reversed() : elements where !add(e) { return false }
        return true
    }

    /// Adds the starts of one element; returns whether it may match nothing.
    private mutating func add(_ e: TimeElement) -> Bool {
        switch e {
        case .word(let w): words.formUnion(w); return false
        case .cls(let c): classes.formUnion(c); return false
        case .day, .year: numbers = true; return false
        case .amount:
            numbers = true
            classes.formUnion(.numberWord)
            words.formUnion(TimeElement.amountWords)
            return false
        case .mark(let m): marks.insert(m); return false
        case .seq(let list): return add(list)
        case .either(let list): return list.map { add($0) }.contains(true)
        case .opt(let inner): _ = add(inner); return true
        }
    }
}

extension TimePattern {
    // Macros, as SUTime's rule files name their reusable pieces.
    static let month = TimeElement.cls(.month)
    static let weekday = TimeElement.cls(.weekday)
    static let unit = TimeElement.cls(.timeUnit)
    static let dayPart = TimeElement.cls(.dayPart)
    static let season = TimeElement.word(["spring", "summer", "autumn", "fall", "winter"])
    /// "late", "early", "mid": a part of a longer time.
    static let part = TimeElement.word(["late", "early", "mid", "mid-"])
    /// Words that place a time relative to now or to the time told before.
    static let relative = TimeElement.either([.phrase("earlier this"), .phrase("later this"), .phrase("late last"), .phrase("early last"),
                                              .phrase("early next"), .phrase("the following"), .phrase("the previous"), .phrase("the same"),
                                              .phrase("the next"), .phrase("the past"),
                                              .word(["last", "next", "this", "that", "previous", "following", "same"])])
    /// "last year", "that year", "the following year".
    static let whichYear = TimeElement.seq([relative, .word(["year"])])
    /// "around", "about", "at about": before a clock time or an amount.
    static let approx = TimeElement.cls(.quantifier)
    /// A calendar date: "Aug. 17, 2022", "March 1", "late October", "August 2015", "Feb. 9 of last year".
    static let date = TimeElement.seq([.opt(part), month, .opt(.either([
        .seq([.day, .opt(.seq([.mark(","), .year])), .opt(.seq([.word(["of"]), whichYear]))]),
        .year,
        .seq([.word(["of"]), whichYear]),
    ]))])

    /// What any pattern can start with: most tokens start none, and are passed over at once.
    static let anyStart = TimeStart(union: all.map(\.first))
    /// What any pattern can end with: a sentence with no such token after a position has no time
    /// starting there.
    static let anyEnd = TimeStart(union: all.map { TimeStart($0.elements, backwards: true) })
    /// Each pattern's start test and elements, apart, so that trying them copies nothing (at most
    /// 32 patterns: a word's ``TokenInfo/timePatterns`` has a bit for each).
    static let starts = all.map(\.first)
    static let sequences = all.map(\.elements)
    /// The most tokens each pattern can match.
    static let maxLengths = all.map { TimeElement.seq($0.elements).maxLength }

    /// The patterns, all tried at every token; the longest match wins.
    static let all: [TimePattern] = [
        TimePattern(name: "a date", example: "Police arrested him on ⟦Aug. 17, 2022⟧.", elements: [date]),
        TimePattern(name: "a date, day first", example: "Prosecutors charged him on ⟦21 March 2022⟧.",
                    elements: [.day, month, .opt(.year)]),
        TimePattern(name: "a month of a year told before", example: "He fled in ⟦June of that year⟧.", elements: [date]),
        TimePattern(name: "a span between two dates", example: "They were held ⟦between Oct. 1, 2010 and April 30⟧.",
                    elements: [.word(["between"]), date, .word(["and"]), date]),
        TimePattern(name: "a day with its part", example: "Police raided the house ⟦late Sunday⟧.",
                    elements: [.opt(.either([part, .phrase("before dawn"), .phrase("after dark")])), weekday, .opt(dayPart)]),
        TimePattern(name: "a relative time", example: "He was arrested ⟦earlier this month⟧ and released ⟦the same day⟧.",
                    elements: [relative, .either([unit, weekday, month, dayPart, season, .word(["weekend"])])]),
        TimePattern(name: "an amount of time ago", example: "He fled ⟦several days ago⟧ and was caught ⟦about a month later⟧.",
                    elements: [.opt(approx), .either([.phrase("a few"), .phrase("a couple of"), .amount]), unit, .word(["ago", "earlier", "later", "before", "after"])]),
        TimePattern(name: "in recent years", example: "Arrests have risen ⟦in recent years⟧.",
                    elements: [.opt(.word(["in"])), .word(["recent"]), unit]),
        TimePattern(name: "a season of a year", example: "Agents began watching the house in ⟦the spring of 2022⟧.",
                    elements: [.opt(.word(["the"])), .opt(part), season, .opt(.seq([.word(["of"]), .either([.year, whichYear])]))]),
        TimePattern(name: "late in the evening", example: "They were freed ⟦late in the evening⟧.",
                    elements: [part, .word(["in"]), .word(["the"]), .either([dayPart, .word(["day", "week", "month", "year"])])]),
        TimePattern(name: "a clock time", example: "Agents entered the house ⟦around 3:30 a.m.⟧",
                    elements: [.opt(approx), .amount, .opt(.seq([.mark(":"), .amount])), .word(["a.m.", "p.m.", "am", "pm"])]),
        TimePattern(name: "a named day", example: "The men were charged ⟦today⟧.", elements: [.opt(part), .cls(.timeWord), .opt(dayPart)]),
        TimePattern(name: "so far, to date", example: "⟦So far⟧, nine people have been arrested.", elements: [.either([.phrase("so far"), .phrase("to date")])]),
        TimePattern(name: "since or until a time", example: "He has been held ⟦since Monday⟧.",
                    elements: [.word(["since", "until"]), .either([date, .seq([.opt(part), weekday]), .year, .cls(.timeWord)])]),
    ]
}
