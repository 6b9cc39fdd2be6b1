import KGraphModel

/// The signals of ``IdentityResolver`` run over entities' names: each pair of entities some
/// signal links is reported with the signal's score and a phrase saying why. Names only, no I/O.
struct IdentitySignals {
    /// Every name of the entities compared.
    let rows: [IdentityResolver.NameRow]
    /// The normalised names of stored places (for a leading country: "United States …").
    let placeKeys: Set<String>
    /// The gazetteer's names of places, when known.
    var placeNames: PlaceNamer?
    /// Whether to run the signals that can only make suggestions (an initial for a given
    /// name, one name's words within another's): not at ingest, where only merges count.
    var suggestions = true
    /// When set, only pairs with one of these nodes are wanted (at ingest: the nodes the
    /// articles just stored name).
    var touched: Set<Int64>?

    /// Whether a pair is wanted: two nodes, one of them touched when that is asked.
    func wanted(_ x: Int64, _ y: Int64) -> Bool {
        x != y && (touched.map { $0.contains(x) || $0.contains(y) } ?? true)
    }

    /// Reports a pair: the two nodes' row ids, a score, why.
    typealias Report = (Int64, Int64, Double, String) -> Void

    /// Runs every signal.
    /// - Complexity: O(names) with hash look-ups; the word signal compares each name with at
    ///   most ``IdentityResolver/postingLimit`` others.
    func run(_ report: Report) {
        acronyms(report)
        gazetteer(report)
        sameWords(report)
        people(report)
    }

    /// An acronym and the capitalised words it abbreviates.
    func acronyms(_ report: Report) {
        var acronymNodes = [String: Set<Int64>]()
        for r in rows where r.kind != .person {
            if let a = NameForms.acronym(r.name) { acronymNodes["\(r.kind.rawValue)|\(a)", default: []].insert(r.node) }
        }
        var expansions = [String: [(node: Int64, name: String, dropped: Bool)]]()
        for r in rows where r.kind != .person {
            let words = r.name.split(separator: " ")
            guard words.count >= 2 else { continue }
            if let a = NameForms.initials(words) { expansions["\(r.kind.rawValue)|\(a)", default: []].append((r.node, r.name, false)) }
            let country = NameForms.countryPrefix(words, placeKeys: placeKeys)
            if country > 0, let a = NameForms.initials(Array(words[country...])) {
                expansions["\(r.kind.rawValue)|\(a)", default: []].append((r.node, r.name, true))
            }
        }
        for (key, list) in expansions {
            guard let shorts = acronymNodes[key] else { continue }
            let letters = key.split(separator: "|").last.map(String.init) ?? ""
            let unique = Set(list.map(\.node)).count == 1
            for e in list {
                let score = unique ? 0.8 + (letters.count >= 3 ? 0.1 : 0) - (e.dropped ? 0.05 : 0) : 0.6
                for s in shorts where wanted(s, e.node) {
                    report(s, e.node, score, "“\(letters.uppercased())” is the acronym of “\(e.name)”"
                        + (e.dropped ? " without its country" : "") + (unique ? "" : " (one of several expansions)"))
                }
            }
        }
    }

    /// Pairs the names of one bag of words: those of one country (or none) at 0.85; a name
    /// without a country and one with at 0.85 when the bag is named with one country only,
    /// else at 0.6 ("Provincial Police" may be any province's).
    /// - Complexity: O(pairs of nodes within a country, plus countryless × the others).
    private func sameBag(_ words: String, _ list: [(node: Int64, country: String?)], _ report: Report) {
        var byCountry = [String: [Int64]]()
        for x in list { byCountry[x.country ?? "", default: []].append(x.node) }
        let countries = byCountry.keys.filter { !$0.isEmpty }
        for (country, nodes) in byCountry {
            let ids = Array(Set(nodes)).sorted()
            for (i, x) in ids.enumerated() {
                for y in ids[(i + 1)...] where wanted(x, y) { report(x, y, 0.85, "the same words: \(words)") }
            }
            guard !country.isEmpty, let bare = byCountry[""] else { continue }
            let score = countries.count == 1 ? 0.85 : 0.6
            for x in Set(bare) {
                for y in Set(ids) where wanted(x, y) {
                    report(x, y, score, "the same words: \(words)" + (countries.count == 1 ? "" : " (named with several countries)"))
                }
            }
        }
    }

    /// Places the gazetteer gives one name: "US", "U.S." and "United States".
    func gazetteer(_ report: Report) {
        guard let placeNames else { return }
        var byName = [String: [(node: Int64, written: String)]]()
        for r in rows where r.kind == .place {
            guard let canonical = placeNames(r.name) else { continue }
            byName[NameForms.key(canonical), default: []].append((r.node, r.name))
        }
        for (key, list) in byName {
            for (i, x) in list.enumerated() {
                for y in list[(i + 1)...] where wanted(x.node, y.node) {
                    report(x.node, y.node, 0.9, "the gazetteer names “\(x.written)” and “\(y.written)” both “\(key)”")
                }
            }
        }
    }

    /// The same content words in another order (a leading country dropped), and, as a
    /// suggestion, one name's content words all among another's.
    func sameWords(_ report: Report) {
        var byBag = [String: [(node: Int64, country: String?)]]()
        var bags = [(node: Int64, kind: NodeKind, bag: [String], country: String?, name: String)]()
        var byWord = [String: [Int]]()
        for r in rows where r.kind != .person {
            let words = r.name.split(separator: " ")
            guard words.count >= 2 else { continue }
            let country = NameForms.countryPrefix(words, placeKeys: placeKeys)
            let bag = NameForms.contentBag(words[country...])
            guard bag.count >= 2 else { continue }
            let countryForm = country > 0 ? NameForms.countryForm(words[..<country]) : nil
            byBag["\(r.kind.rawValue)|\(bag.joined(separator: " "))", default: []].append((r.node, countryForm))
            for word in Set(bag) { byWord["\(r.kind.rawValue)|\(word)", default: []].append(bags.count) }
            bags.append((r.node, r.kind, bag, countryForm, r.name))
        }
        for (key, list) in byBag { sameBag(key.split(separator: "|").last.map(String.init) ?? key, list, report) }
        guard suggestions else { return }
        for x in bags {
            let postings = x.bag.compactMap { byWord["\(x.kind.rawValue)|\($0)"] }.min { $0.count < $1.count } ?? []
            for j in postings.prefix(IdentityResolver.postingLimit) {
                let y = bags[j]
                // one country or none on both sides: "Kane Municipal Court" is no part of "Near Municipal Court"
                guard wanted(x.node, y.node), x.country == y.country, y.bag.count > x.bag.count, Set(x.bag).isSubset(of: Set(y.bag)) else { continue }
                report(x.node, y.node, 0.55, "the words of “\(x.name)” are all in “\(y.name)”")
            }
        }
    }

    /// A person's name with an honorific, a middle name or initial dropped or added, or with
    /// the given name as an initial. Family names alone never pair two people.
    func people(_ report: Report) {
        var byName = [String: [(node: Int64, name: NameForms.PersonName, written: String)]]()
        var byInitial = [String: [(node: Int64, written: String)]]()
        for r in rows where r.kind == .person {
            guard let p = NameForms.person(r.name) else { continue }
            if p.first.count == 1 {
                byInitial["\(p.first)|\(p.last)|\(p.suffix)", default: []].append((r.node, r.name))
            } else {
                byName["\(p.first)|\(p.last)|\(p.suffix)", default: []].append((r.node, p, r.name))
            }
        }
        for (_, list) in byName {
            for (i, x) in list.enumerated() {
                for y in list[(i + 1)...] where wanted(x.node, y.node) && NameForms.middlesAgree(x.name.middle, y.name.middle) {
                    let middleDiffers = x.name.middle != y.name.middle
                    report(x.node, y.node, middleDiffers ? 0.85 : 0.9,
                           "“\(x.written)” and “\(y.written)”: " + (middleDiffers ? "a middle name or initial more" : "an honorific more"))
                }
            }
        }
        guard suggestions else { return }
        var byLast = [String: [(node: Int64, name: NameForms.PersonName, written: String)]]()
        for list in byName.values { for x in list { byLast["\(x.name.last)|\(x.name.suffix)", default: []].append(x) } }
        for (key, initials) in byInitial {
            let parts = key.split(separator: "|", omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            for full in byLast["\(parts[1])|\(parts[2])"] ?? [] where full.name.first.hasPrefix(parts[0]) {
                for i in initials where wanted(i.node, full.node) { report(i.node, full.node, 0.6, "“\(i.written)” may be “\(full.written)”: the given name as an initial") }
            }
        }
    }
}
