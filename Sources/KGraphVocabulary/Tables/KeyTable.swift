/// A compiled look-up table from UTF-8 keys to byte values, read in place: an open-addressing hash
/// table (FNV-1a, linear probing, at most half full) over the records, so a look-up hashes the key
/// once and compares one stored key, with nothing built at start-up. Each slot keeps the low bits
/// of its key's hash, so a probe reads a stored key only when they match.
///
/// Layout (little-endian, byte offsets from the table's start):
/// ```
/// u32 slotCount, u32 recordCount
/// slots[slotCount]         u32 hash's low 32 bits, u32 record offset from the records' start + 1 (0 = empty)
/// records                  u8 keyByteCount, key bytes, varint valueByteCount, value bytes
/// ```
/// Records are written in key order (UTF-8 bytes) and slots filled in that order, so the same
/// pairs always give the same bytes.
package struct KeyTable: Sendable {
    /// The bytes the table lives in.
    let bytes: TableBytes
    /// The table's byte offsets in `bytes`.
    let range: Range<Int>
    /// How many slots the hash table has.
    let slotCount: Int
    /// How many records (keys) the table holds.
    package let count: Int
    /// Where the records start in `bytes`.
    let recordsOffset: Int

    /// Reads a table's header.
    /// - Parameters:
    ///   - bytes: the bytes holding it.
    ///   - range: its byte offsets in `bytes`.
    ///   - name: the section's name, for errors.
    /// - Throws: ``TableFormatError/truncated(_:)`` when the slots do not fit in the range.
    package init(bytes: TableBytes, range: Range<Int>, name: String) throws(TableFormatError) {
        self.bytes = bytes
        self.range = range
        slotCount = Int(bytes.uint32(at: range.lowerBound))
        count = Int(bytes.uint32(at: range.lowerBound + 4))
        recordsOffset = range.lowerBound + 8 + 8 * slotCount
        guard range.count >= 8, recordsOffset <= range.upperBound, slotCount > count || slotCount == 0 && count == 0 else {
            throw .truncated(name)
        }
    }

    /// The FNV-1a hash of a key's bytes.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The slot a hash starts probing at.
    static func home(_ hash: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(slotCount)).high)
    }

    /// The value stored for a key.
    /// - Parameter key: the key, compared byte for byte.
    /// - Returns: the value's bytes, or `nil` when the key is not in the table.
    /// - Complexity: O(key length) expected.
    package func value(for key: String) -> TableSlice? {
        guard slotCount > 0 else { return nil }
        if let found = key.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { find($0) }
    }

    /// Whether a key is in the table.
    /// - Parameter key: the key.
    package func contains(_ key: String) -> Bool { value(for: key) != nil }

    /// Probes for a key from its home slot.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> TableSlice? {
        bytes.probe(key, hash: KeyTable.hash(key), slots: range.lowerBound + 8, slotCount: slotCount, records: recordsOffset)
            .map { valueSlice(afterKeyAt: $0) }
    }

    /// The value of the record at an offset in `bytes` (its end is where the next record starts).
    private func valueSlice(afterKeyAt record: Int) -> TableSlice {
        var at = record + 1 + Int(bytes[record])
        var length = 0, shift = 0
        while shift < 35 {
            let b = bytes[at]
            at += 1
            length |= Int(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let end = min(at + length, range.upperBound)
        return TableSlice(bytes: bytes, range: min(at, end)..<end)
    }

    /// Every key and value in stored (key) order: for tests and the freshness check.
    /// - Complexity: O(n) in the table's size.
    package func pairs() -> [(key: String, value: TableSlice)] {
        var out = [(key: String, value: TableSlice)]()
        var at = recordsOffset
        while at < range.upperBound, out.count < count {
            let key = bytes.string((at + 1)..<(at + 1 + Int(bytes[at])))
            let value = valueSlice(afterKeyAt: at)
            out.append((key, value))
            at = value.range.upperBound
        }
        return out
    }
}

/// Why compiled table bytes could not be read or written.
package enum TableFormatError: Error, CustomStringConvertible, Equatable {
    /// The bytes do not start with the format's magic number.
    case notATable
    /// A section runs past the end of the bytes.
    case truncated(String)
    /// A section the reader needs is not in the bytes.
    case missingSection(String)
    /// A key is longer than 255 bytes.
    case keyTooLong(String)

    package var description: String {
        switch self {
        case .notATable: "kgraph's compiled tables are not in the expected format (rebuild kgraph)"
        case .truncated(let name): "kgraph's compiled table '\(name)' is truncated (rebuild kgraph)"
        case .missingSection(let name): "kgraph's compiled tables have no section '\(name)' (rebuild kgraph)"
        case .keyTooLong(let key): "cannot compile the key '\(key.prefix(40))…': longer than 255 bytes"
        }
    }
}
