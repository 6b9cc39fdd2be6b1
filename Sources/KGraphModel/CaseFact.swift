/// The kind of a fact of a case that an event states beside its participants.
public enum CaseFactKind: String, Codable, Sendable, CaseIterable {
    /// An offence someone is charged with, convicted of, accused or suspected of, or wanted for
    /// ("conspiracy to import cocaine").
    case charge
    /// A statute cited for a charge ("8 U.S.C. § 1324").
    case statute
    /// A prison term or other sentence ("12 years in prison", "life", "21 years and 10 months").
    case term
    /// A fine, with its amount ("$5,000").
    case fine
    /// Bail and its amount ("bail of $10,000"), or a release's other condition ("house arrest").
    case bail
    /// The most someone faces if convicted ("a maximum penalty of life in prison").
    case penalty
    /// A thing seized, with its quantity and unit ("1.7 kilograms of methamphetamine").
    case quantity
    /// The court that tried, sentenced or heard an appeal.
    case court
    /// The outcome of a trial, appeal or plea ("guilty", "upheld", "rejected").
    case outcome

    /// The words a reader sees before the value ("charged with", "term").
    public var label: String {
        switch self {
        case .charge: "charge"
        case .statute: "statute"
        case .term: "term"
        case .fine: "fine"
        case .bail: "bail"
        case .penalty: "maximum penalty"
        case .quantity: "quantity"
        case .court: "court"
        case .outcome: "outcome"
        }
    }
}

/// A fact of a case stated by an event: a charge, a term, a fine, bail, a seized quantity…
/// The text is kept as written; the normalised values are set where the text allows.
public struct CaseFact: Hashable, Codable, Sendable {
    /// What kind of fact.
    public var kind: CaseFactKind
    /// The fact as written ("20 years in prison", "conspiracy to import cocaine").
    public var text: String
    /// Where it is written (the range covers ``text``).
    public var mention: Mention
    /// For a term: its length in months (a life term has none; see ``qualifiers``).
    public var months: Double?
    /// For a fine, bail or seized quantity: the amount (490000, 1.7).
    public var amount: Double?
    /// The amount's unit: an ISO 4217 currency code for money ("USD"), or a unit of measure ("kg").
    public var unit: String?
    /// For a seized quantity: what was seized ("methamphetamine", "money").
    public var item: String?
    /// Words that change the fact's meaning: "life", "suspended", "hard labour", "death",
    /// "maximum", "minimum", "more than".
    public var qualifiers: [String]

    /// Creates a case fact.
    public init(kind: CaseFactKind, text: String, mention: Mention, months: Double? = nil, amount: Double? = nil,
                unit: String? = nil, item: String? = nil, qualifiers: [String] = []) {
        self.kind = kind
        self.text = text
        self.mention = mention
        self.months = months
        self.amount = amount
        self.unit = unit
        self.item = item
        self.qualifiers = qualifiers
    }

    /// The normalised values as the graph's string attributes (`fact`, `months`, `amount`, `unit`,
    /// `item`, `qualifiers`), with numbers written without a trailing ".0".
    public var attributes: [String: String] {
        var a = ["fact": kind.rawValue]
        if let months { a["months"] = CaseFact.number(months) }
        if let amount { a["amount"] = CaseFact.number(amount) }
        if let unit { a["unit"] = unit }
        if let item { a["item"] = item }
        if !qualifiers.isEmpty { a["qualifiers"] = qualifiers.joined(separator: ",") }
        return a
    }

    /// A number as people write it: "240" rather than "240.0", "1.7" as is.
    public static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
