/// Small closed lists of words that extraction and questions both read, written once here. Each
/// list says what it is for; the open classes (triggers, titles, organisation and place words)
/// live in the vocabulary's tables instead.
public enum WordLists {
    /// Particles that stand inside a personal or organisation name before a capitalised word:
    /// "Carlos de la Vega", "Ali bin Tariq", "Jan van der Berg".
    public static let nameParticles: Set<String> = ["de", "del", "della", "da", "di", "do", "dos", "das", "du", "la", "le", "el",
                                                    "van", "von", "der", "den", "bin", "ibn", "al", "y", "e", "ben"]
    /// Lower-case words inside a name: the particles and "of", "for", "and" ("Bank of Velo",
    /// "Front for Unity").
    public static let nameJoiners: Set<String> = nameParticles.union(["of", "for", "and"])
    /// Participles that introduce a name: "a man named X", "a group known as Y".
    public static let namingParticiples: Set<String> = ["named", "called", "known", "dubbed", "nicknamed"]
    /// Nouns that, with a copula, make their subject what an event was done to: "X was the target of
    /// the raid", "the victims of the attack".
    public static let targetNouns: Set<String> = ["target", "targets", "victim", "victims", "subject", "subjects"]
    /// Generic nouns for an organisation: "which group", "the agency".
    public static let organizationNouns: Set<String> = [
        "group", "groups", "organization", "organisation", "organizations", "organisations", "agency", "party", "company", "unit",
        "body", "union", "court", "tribunal", "ministry", "department", "force", "office", "network", "movement", "gang", "cartel",
        "firm", "authority", "government", "militia", "faction", "bank", "police",
    ]
    /// Generic nouns for a place: "which city", "in what district".
    public static let placeNouns: Set<String> = [
        "city", "cities", "town", "province", "country", "countries", "district", "place", "places", "location", "village", "area",
        "region", "state", "neighborhood", "neighbourhood", "building", "prison", "site",
    ]
    /// Nouns for a time: "on what date", "which year".
    public static let timeNouns: Set<String> = ["date", "day", "time", "year", "month", "week", "hour"]
    /// Verbs (lemmas) followed by a bare infinitive: "helped search the house", "let them go".
    public static let bareInfinitiveVerbs: Set<String> = ["let", "make", "help", "have", "see", "hear", "watch", "feel", "bid", "dare"]
}
