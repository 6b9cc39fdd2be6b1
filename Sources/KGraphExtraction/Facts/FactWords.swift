/// The word tables the case-fact readers share: numbers written as words, units of time and
/// measure, currencies, and the words around a prison term. General English and ISO 4217
/// currency codes (hand-written; licence: same as kgraph); no word here comes from an article.
enum FactWords {
    /// Numbers written as words ("two years", "a year", "a dozen").
    static let numbers: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "half": 0.5,
    ]

    /// Words that multiply the number before them ("1.2 million").
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9]

    /// Units of a prison term and their length in months.
    static let termUnits: [String: Double] = [
        "year": 12, "years": 12, "month": 1, "months": 1, "week": 12.0 / 52, "weeks": 12.0 / 52,
        "day": 12.0 / 365, "days": 12.0 / 365,
    ]

    /// Units of measure of a seized quantity, by their written forms, with the symbol kept.
    static let measureUnits: [String: String] = [
        "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kilo": "kg", "kilos": "kg", "kg": "kg", "kgs": "kg",
        "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "g": "g",
        "milligram": "mg", "milligrams": "mg", "mg": "mg",
        "pound": "lb", "pounds": "lb", "lb": "lb", "lbs": "lb",
        "ounce": "oz", "ounces": "oz", "oz": "oz",
        "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t",
        "liter": "L", "liters": "L", "litre": "L", "litres": "L", "gallon": "gal", "gallons": "gal",
    ]

    /// Currency symbols written before an amount, by their ISO 4217 code ("$5,000", "€200").
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₱": "PHP", "฿": "THB", "₫": "VND", "₩": "KRW"]

    /// Words that qualify a dollar sign before it ("US$", "A$").
    static let dollarCountries: [String: String] = ["us": "USD", "u.s.": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "s": "SGD", "nz": "NZD"]

    /// Currency names written after an amount ("5 million riel", "200 euros"), by ISO 4217 code.
    /// "pounds" is a unit of weight when "of" follows it.
    static let currencyNames: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "riel": "KHR", "riels": "KHR", "baht": "THB", "kip": "LAK", "dong": "VND", "yuan": "CNY", "renminbi": "CNY",
        "yen": "JPY", "rupee": "INR", "rupees": "INR", "ringgit": "MYR", "rupiah": "IDR", "peso": "PHP", "pesos": "PHP",
        "kyat": "MMK", "taka": "BDT", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    ]

    /// Words that qualify an amount before it, kept as a qualifier ("more than 450 kilograms").
    static let approximations: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["up", "to"], ["nearly"], ["almost"],
        ["about"], ["around"], ["approximately"], ["roughly"], ["some"], ["over"], ["an", "estimated"],
    ]

    /// What may follow a term's length and belongs to it ("12 years in prison", "two years of hard labour").
    static let prisonTails: [[String]] = [
        ["in", "federal", "prison"], ["in", "state", "prison"], ["in", "prison"], ["in", "jail"], ["in", "detention"],
        ["behind", "bars"], ["of", "imprisonment"], ["imprisonment"], ["in", "custody"],
        ["of", "hard", "labor"], ["of", "hard", "labour"], ["in", "a", "labor", "camp"], ["in", "a", "labour", "camp"],
        ["of", "probation"], ["of", "supervised", "release"], ["of", "house", "arrest"], ["prison", "term"],
        ["prison", "sentence"], ["jail", "term"], ["jail", "sentence"], ["sentence"], ["term"],
    ]

    /// Terms with no length ("life in prison", "the death penalty"): the word and its qualifier.
    static let openTerms: [String: String] = ["life": "life", "death": "death"]

    /// What may follow a term with no length ("life in prison", "death sentence").
    static let openTermTails: [[String]] = [
        ["in", "prison"], ["imprisonment"], ["sentence"], ["sentences"], ["behind", "bars"], ["term"], ["penalty"],
        ["without", "parole"], ["without", "the", "possibility", "of", "parole"],
    ]

    /// Words that, shortly before a term, make it what someone faces rather than what they got.
    static let penaltyCues: Set<String> = ["face", "faces", "facing", "faced", "maximum", "max", "carries", "carry", "punishable"]

    /// Words that, shortly before a term, make it what someone asks for rather than what a court gave.
    static let soughtCues: Set<String> = ["seek", "seeks", "seeking", "sought", "want", "wants", "wanted", "demand", "demanded",
                                         "demanding", "request", "requested", "asked", "ask", "recommend", "recommended", "urged"]

    /// First words of a term, an amount or an approximation: only at these does a term reader
    /// look further (besides numbers and hyphenated words).
    static let termStarts: Set<String> = Set(numbers.keys).union(openTerms.keys).union(approximations.map { $0[0] })

    /// The value of a number token or number word ("1,200" → 1200, "twelve" → 12); `nil` otherwise.
    static func number(_ lower: String) -> Double? {
        if let n = numbers[lower] { return n }
        guard let first = lower.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        return lower.utf8.contains(0x2C) ? Double(lower.replacing(",", with: "")) : Double(lower)
    }
}
