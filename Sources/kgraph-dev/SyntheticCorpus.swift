import Foundation
import KGraphModel

/// Writes synthetic news articles about arrests, raids, charges and statements, with invented
/// names built from syllables, for benchmarks at scale (10,000 articles and more). Deterministic
/// for a seed. The names are made up; any likeness to real people is chance.
struct SyntheticCorpus {
    private var rng: SplitMix

    /// Creates a generator.
    init(seed: UInt64) { rng = SplitMix(seed: seed) }

    static let syllables = ["ka", "lo", "mi", "ran", "to", "vel", "sa", "dor", "ne", "bri", "ta", "gan", "zu", "pe", "hol",
                            "ri", "mar", "ot", "lin", "ve", "su", "cha", "dem", "ko", "ar", "wen", "is", "bo", "fal", "nu"]
    static let titles = ["police chief", "deputy police chief", "spokesperson", "prosecutor", "judge", "director",
                         "customs officer", "police officer", "governor", "lawyer", "investigator", "deputy director"]
    static let orgHeads = ["Provincial Police", "Municipal Court", "Customs Department", "Anti-Drug Police",
                           "Border Police", "Appeals Court", "Rights Group", "Port Authority"]
    static let drugs = ["methamphetamine", "heroin", "cocaine", "cannabis", "ketamine"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }

    mutating func word() -> String {
        let n = 2 + Int(rng.next() % 2)
        let w = (0..<n).map { _ in pick(Self.syllables) }.joined()
        return w.prefix(1).uppercased() + w.dropFirst()
    }

    mutating func person() -> String { "\(word()) \(word())" }

    /// One article's text.
    mutating func article() -> String {
        let town = word(), province = word()
        let suspect = person(), accomplice = person(), official = person(), spokes = person(), critic = person()
        let org = "\(town) \(pick(Self.orgHeads))", court = "\(province) Municipal Court", ngo = "\(word()) Watch"
        let month = pick(Self.months), day = 1 + Int(rng.next() % 28), drug = pick(Self.drugs)
        let kilos = 1 + Int(rng.next() % 90), title = pick(Self.titles)
        return """
        \(town) \(title.capitalized) Arrested in \(drug.capitalized) Case

        \(suspect), a \(title) in \(town), and an accomplice were arrested on \(month) \(day) after a police raid in \(province) province.

        \(suspect) and \(accomplice) were the targets of a raid by the \(org) on \(month) \(day) in \(town), according to \(official), the director of the \(org).

        Officers seized \(kilos) kilograms of \(drug) during the raid.

        "We will continue to arrest traffickers wherever they hide," \(official) said.

        Prosecutors charged \(suspect) with trafficking on \(pick(Self.days)), said \(spokes), a spokesperson for the \(court).

        \(accomplice) was released on bail on \(pick(Self.days)).

        \(critic), a researcher at \(ngo), said the case showed that senior officials were involved in the drug trade.

        """
    }

    /// Writes `count` articles named `article-00001.txt`… into a folder.
    mutating func write(count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for i in 1...max(1, count) {
            let path = (folder as NSString).appendingPathComponent(String(format: "article-%05d.txt", i))
            try Data(article().utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}

