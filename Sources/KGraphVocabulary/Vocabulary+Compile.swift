import KGraphModel

extension Vocabulary {
    /// Compiles the vocabulary's tables into the bytes ``init(compiled:)`` reads: every word form's
    /// entry (classes, WordNet's parts of speech and counts, trigger forms), the proper nouns, the
    /// morphology and the two trigger tables. `kgraph-dev compile-tables` writes the result for the
    /// shipped tables to `Sources/KGraphTables/vocabulary.kgt`; the same tables always give the
    /// same bytes.
    /// - Parameter tables: file name → file contents (see ``tableNames``).
    /// - Returns: the compiled tables' bytes.
    /// - Throws: ``VocabularyError`` when a table is missing or a row names an unknown class or type.
    /// - Complexity: O(total size of the tables).
    package static func compile(tables: [String: String]) throws(VocabularyError) -> [UInt8] {
        func text(_ name: String) throws(VocabularyError) -> String {
            guard let text = tables[name] else { throw .missingTable(name) }
            return text
        }
        func rows(_ name: String) throws(VocabularyError) -> [[Substring]] { TableText.rows(try text(name)) }
        var entries = [String: WordEntry]()
        for name in classTables {
            for (n, r) in try rows(name).enumerated() where r.count >= 2 {
                guard let c = WordClass.byName[String(r[1])] else { throw .unknownClass(table: name, row: n + 1, String(r[1])) }
                entries[r[0].lowercased(), default: WordEntry()].classes.insert(c)
            }
        }
        addEnglishWords(try rows("english-words.tsv"), to: &entries)
        do {
            let morphologySections = try Morphology.sections(rows: try rows("english-morphology.tsv"))
            let morphology = try Morphology(tables: try CompiledTables(TableBytes(copying: CompiledTables.encode(morphologySections))))
            let triggerText = try text("event-triggers.tsv"), phrasalText = try text("phrasal-triggers.tsv")
            addTriggerForms(try triggerEntries(TableText.rows(triggerText)), morphology: morphology, to: &entries)
            _ = try phrasalEntries(TableText.rows(phrasalText))
            return CompiledTables.encode([
                (entrySection, try KeyTable.encode(entries.mapValues { $0.encoded() })),
                (properNounSection, try KeyTable.encode(properNouns(try rows("english-proper-nouns.tsv")))),
                ("event-triggers.tsv", Array(triggerText.utf8)),
                ("phrasal-triggers.tsv", Array(phrasalText.utf8)),
            ] + morphologySections)
        } catch let e as TableFormatError {
            throw .unreadable(e.description)
        } catch let e as VocabularyError {
            throw e
        } catch {
            throw .unreadable(String(describing: error))
        }
    }

    /// The proper-noun rows (name, kinds): lower-cased name → its ``NameKinds`` as one byte.
    static func properNouns(_ rows: [[Substring]]) -> [String: [UInt8]] {
        var proper = [String: NameKinds]()
        for r in rows where r.count >= 2 {
            var k = NameKinds()
            for part in r[1].split(separator: ",") { if let one = NameKinds(name: part) { k.insert(one) } }
            proper[r[0].lowercased(), default: []].formUnion(k)
        }
        return proper.mapValues { [$0.rawValue] }
    }

    /// Adds WordNet's words (word, parts of speech, tagged counts, proper flag) to the entries.
    static func addEnglishWords(_ rows: [[Substring]], to entries: inout [String: WordEntry]) {
        for r in rows where r.count >= 2 {
            var e = entries[String(r[0])] ?? WordEntry()
            for letter in r[1] { if let p = PartsOfSpeech(letter: letter) { e.partsOfSpeech.insert(p) } }
            if r.count > 3, r[3] == "P" { e.partsOfSpeech.insert(.properToo) }
            if r.count > 4, r[4] == "p" { e.partsOfSpeech.insert(.kindOfPerson) }
            if r.count > 2, !r[2].isEmpty {
                var best = 0, total = 0
                for part in r[2].split(separator: " ") {
                    let kv = part.split(separator: ":")
                    guard kv.count == 2, let letter = kv[0].first, let p = PartsOfSpeech(letter: letter), let count = Int(kv[1]) else { continue }
                    total += count
                    if count > best { best = count; e.commonest = p }
                    if p == .noun { e.nounCount = UInt16(min(count, Int(UInt16.max))) }
                    if p == .verb { e.verbCount = UInt16(min(count, Int(UInt16.max))) }
                }
                e.frequency = UInt16(min(total, Int(UInt16.max)))
            }
            entries[String(r[0])] = e
        }
    }

    /// Adds every form of every trigger to the entries: verb forms from the morphology, noun plurals.
    static func addTriggerForms(_ triggers: [TriggerEntry], morphology: Morphology, to entries: inout [String: WordEntry]) {
        for t in triggers {
            switch t.partOfSpeech {
            case .verb:
                for (form, word) in morphology.verbForms(of: t.lemma) {
                    var e = entries[word] ?? WordEntry()
                    if e.trigger == nil { e.trigger = TriggerForm(type: t.type, lemma: t.lemma) }
                    if e.trigger?.verbForm == nil, e.trigger?.type == t.type { e.trigger?.verbForm = form }
                    entries[word] = e
                }
            case .noun:
                for word in [t.lemma] + (t.lemma == "custody" ? [] : morphology.plurals(of: t.lemma)) {
                    var e = entries[word] ?? WordEntry()
                    if e.trigger == nil { e.trigger = TriggerForm(type: t.type, lemma: t.lemma) }
                    if e.trigger?.type == t.type { e.trigger?.isNoun = true }
                    entries[word] = e
                }
            }
        }
    }
}
