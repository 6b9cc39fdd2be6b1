import KGraphModel

extension WordEntry {
    /// Which optional parts a stored entry has (its first byte).
    private enum Part {
        static let classes: UInt8 = 1, counts: UInt8 = 2, trigger: UInt8 = 4
    }

    /// The entry as stored in the compiled vocabulary (offsets in bytes):
    /// ```
    /// 0 parts (1 classes, 2 counts, 4 trigger)   1 partsOfSpeech   2 commonest
    /// [u64 classes] [u16 frequency, u16 nounCount, u16 verbCount]
    /// [u8 verbForm + 1 (0 none), u8 isNoun, type, TAB, lemma]   (trigger: UTF-8 to the end)
    /// ```
    /// Most words have neither classes nor a trigger, so most entries take 3 or 9 bytes.
    /// - Returns: the bytes ``init(stored:)`` reads back.
    func encoded() -> [UInt8] {
        var parts: UInt8 = 0
        if !classes.isEmpty { parts |= Part.classes }
        if frequency != 0 || nounCount != 0 || verbCount != 0 { parts |= Part.counts }
        if trigger != nil { parts |= Part.trigger }
        var out: [UInt8] = [parts, partsOfSpeech.rawValue, commonest.rawValue]
        if !classes.isEmpty { for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: classes.rawValue >> UInt64(8 * i))) } }
        if parts & Part.counts != 0 {
            for v in [frequency, nounCount, verbCount] { out += [UInt8(truncatingIfNeeded: v), UInt8(truncatingIfNeeded: v >> 8)] }
        }
        if let t = trigger {
            out += [t.verbForm.map { $0.rawValue + 1 } ?? 0, t.isNoun ? 1 : 0]
            out += Array("\(t.type.rawValue)\t\(t.lemma)".utf8)
        }
        return out
    }

    /// Reads an entry stored by ``encoded()``.
    /// - Parameter stored: the stored bytes.
    init(stored: TableSlice) {
        let parts = stored[0]
        self.init(partsOfSpeech: PartsOfSpeech(rawValue: stored[1]), commonest: PartsOfSpeech(rawValue: stored[2]))
        var at = 3
        if parts & Part.classes != 0 {
            classes = WordClass(rawValue: stored.uint64(at: at))
            at += 8
        }
        if parts & Part.counts != 0 {
            frequency = stored.uint16(at: at)
            nounCount = stored.uint16(at: at + 2)
            verbCount = stored.uint16(at: at + 4)
            at += 6
        }
        if parts & Part.trigger != 0 {
            let form = stored[at], isNoun = stored[at + 1] != 0
            let fields = stored.text(from: at + 2).split(separator: "\t", maxSplits: 1)
            if fields.count == 2, let type = EventType(rawValue: String(fields[0])) {
                trigger = TriggerForm(type: type, lemma: String(fields[1]), verbForm: form == 0 ? nil : VerbForm(rawValue: form - 1), isNoun: isNoun)
            }
        }
    }
}
