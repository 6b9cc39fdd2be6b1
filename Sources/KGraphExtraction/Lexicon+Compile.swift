import Foundation
import KGraphVocabulary

extension Lexicon {
    /// Compiles the name tables into the bytes ``init(vocabulary:compiled:)`` reads: the gazetteer
    /// (every name and alias → its places, most populous first), the demonyms (less those that
    /// name a country), the given names and surnames, and the place abbreviations.
    /// `kgraph-dev compile-tables` writes the result for the shipped tables to
    /// `Sources/KGraphTables/lexicon.kgt`; the same tables always give the same bytes.
    /// - Parameter tables: file name → file contents (see ``tableNames``).
    /// - Returns: the compiled tables' bytes.
    /// - Throws: ``LexiconError/missingTable(_:)`` when a table is missing.
    /// - Complexity: O(total size of the tables).
    package static func compile(tables: [String: String]) throws(LexiconError) -> [UInt8] {
        func text(_ name: String) throws(LexiconError) -> String {
            guard let text = tables[name] else { throw .missingTable(name) }
            return text
        }
        let places = gazetteer(TableText.rows(try text("gazetteer.tsv")))
        var demonyms = [String: [UInt8]]()
        for r in TableText.rows(try text("demonyms.tsv")) where r.count >= 2 {
            let key = r[0].lowercased()
            // "Laos" names the country, not its people
            if !(places[key]?.contains { $0.kind == "country" && $0.name.lowercased() == key } ?? false) { demonyms[key] = Array(r[1].utf8) }
        }
        let given = nameSet(try text("given-names.txt")), surnames = nameSet(try text("surnames.txt"))
        var abbreviations = [String: [UInt8]]()
        for r in TableText.rows(try text("place-abbreviations.tsv")) where r.count >= 2 {
            abbreviations[r[0].lowercased().replacingOccurrences(of: ".", with: "")] = Array(r[1].utf8)
        }
        do {
            return CompiledTables.encode([
                (Section.places, try KeyTable.encode(places.mapValues { TableText.value($0.map { [$0.kind, $0.name, $0.country, $0.admin1] }) })),
                (Section.demonyms, try KeyTable.encode(demonyms)),
                (Section.givenNames, try KeyTable.encode(Dictionary(uniqueKeysWithValues: given.map { ($0, []) }))),
                (Section.surnames, try KeyTable.encode(Dictionary(uniqueKeysWithValues: surnames.map { ($0, []) }))),
                (Section.placeAbbreviations, try KeyTable.encode(abbreviations)),
            ])
        } catch {
            throw .unreadable(error.description)
        }
    }

    /// The lower-case names of a one-name-per-line list ("#" starts a comment), read byte by byte
    /// (the lists hold a quarter of a million names; compiling them is a developer's wait).
    /// - Complexity: O(n) in the text's length.
    static func nameSet(_ text: String) -> Set<String> {
        var out = Set<String>(minimumCapacity: 1 << 16)
        var text = text
        text.withUTF8 { bytes in
            var scratch = [UInt8]()
            for line in bytes.split(separator: 0x0A) {
                var lo = line.startIndex, hi = line.endIndex
                while lo < hi, line[lo] == 0x20 || line[lo] == 0x09 { lo += 1 }
                while hi > lo, line[hi - 1] == 0x20 || line[hi - 1] == 0x09 || line[hi - 1] == 0x0D { hi -= 1 }
                guard lo < hi, line[lo] != UInt8(ascii: "#") else { continue }
                let word = line[lo..<hi]
                if word.allSatisfy({ $0 < 0x80 }) {
                    scratch.removeAll(keepingCapacity: true)
                    for c in word { scratch.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c) }
                    out.insert(String(decoding: scratch, as: UTF8.self))
                } else {
                    out.insert(String(decoding: word, as: UTF8.self).lowercased())
                }
            }
        }
        return out
    }


    /// The gazetteer's rows as a look-up table: every name and alias → places, most populous first.
    static func gazetteer(_ rows: [[Substring]]) -> [String: [Place]] {
        var gaz = [String: [(place: Place, pop: Int)]]()
        for r in rows where r.count >= 2 {
            let p = Place(kind: String(r[1]), name: String(r[0]), country: r.count > 2 ? String(r[2]) : "",
                          admin1: r.count > 3 ? String(r[3]) : "")
            var pop = r.count > 4 ? Int(r[4]) ?? 0 : 0
            if p.kind == "country" || p.kind == "continent" { pop = Int.max }
            var names = [r[0]]
            if r.count > 5 { names += r[5].split(separator: "|") }
            for n in names where !n.isEmpty {
                let key = n.lowercased()
                var list = gaz[key] ?? []
                if list.contains(where: { $0.place == p }) { continue }
                let i = list.firstIndex { $0.pop < pop } ?? list.count
                list.insert((p, pop), at: i)
                gaz[key] = list
            }
        }
        return gaz.mapValues { $0.map(\.place) }
    }
}
