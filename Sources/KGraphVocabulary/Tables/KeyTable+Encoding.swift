extension KeyTable {
    /// Compiles key → value pairs into a table's bytes (see ``KeyTable`` for the layout).
    /// - Parameter pairs: each key once; the order does not matter (records are written in key
    ///   order, so the same pairs always give the same bytes).
    /// - Returns: the table's bytes.
    /// - Throws: ``TableFormatError/keyTooLong(_:)`` for a key over 255 bytes.
    /// - Complexity: O(n log n) in the number of keys.
    package static func encode(_ pairs: [String: [UInt8]]) throws(TableFormatError) -> [UInt8] {
        let keys = pairs.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        // two slots a key: a miss ends after 2.5 probes on average
        let slotCount = keys.isEmpty ? 0 : 2 * keys.count + 1
        var slots = [(fragment: UInt32, record: UInt32)](repeating: (0, 0), count: slotCount)
        var records = [UInt8]()
        for key in keys {
            guard key.count <= 255 else { throw .keyTooLong(String(decoding: key, as: UTF8.self)) }
            let value = pairs[String(decoding: key, as: UTF8.self)] ?? []
            let offset = UInt32(records.count + 1)
            records.append(UInt8(key.count))
            records += key
            appendVarint(value.count, to: &records)
            records += value
            let h = key.withUnsafeBufferPointer { hash($0) }
            var slot = home(h, slotCount: slotCount)
            while slots[slot].record != 0 { slot = slot + 1 == slotCount ? 0 : slot + 1 }
            slots[slot] = (UInt32(truncatingIfNeeded: h), offset)
        }
        var out = [UInt8]()
        out.reserveCapacity(8 + 8 * slotCount + records.count)
        appendUInt32(UInt32(slotCount), to: &out)
        appendUInt32(UInt32(keys.count), to: &out)
        for s in slots {
            appendUInt32(s.fragment, to: &out)
            appendUInt32(s.record, to: &out)
        }
        return out + records
    }

    /// Appends a little-endian `UInt32`.
    package static func appendUInt32(_ v: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }

    /// Appends a length as a varint: seven bits a byte, low bits first, high bit = more follow.
    static func appendVarint(_ n: Int, to out: inout [UInt8]) {
        var n = n
        while n >= 0x80 {
            out.append(UInt8(n & 0x7F) | 0x80)
            n >>= 7
        }
        out.append(UInt8(n))
    }
}

/// Values stored as text: lines of tab-separated fields, the shape of a list value.
public enum TableText {
    /// Joins rows of fields into one value: fields by tabs, rows by newlines.
    /// - Parameter rows: the rows; no field may hold a tab or a newline.
    /// - Returns: the value's UTF-8 bytes.
    package static func value(_ rows: [[String]]) -> [UInt8] {
        Array(rows.map { $0.joined(separator: "\t") }.joined(separator: "\n").utf8)
    }

    /// Splits a table's text into rows of tab-separated fields: `#` lines and blank lines skipped.
    /// - Parameter text: the file's contents.
    /// - Returns: each row's fields (empty fields kept).
    /// - Complexity: O(n) in the text's length.
    public static func rows(_ text: String) -> [[Substring]] {
        var out = [[Substring]]()
        for line in text.utf8.split(separator: 0x0A) {
            guard let first = line.first, first != UInt8(ascii: "#"), first != 0x0D else { continue }
            var body = line[...]
            if body.last == 0x0D { body = body.dropLast() }
            out.append(body.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) })
        }
        return out
    }
}
