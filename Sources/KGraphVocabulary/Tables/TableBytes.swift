import Foundation

/// Immutable bytes that compiled tables read: kgraph's data embedded in the binary (read in place,
/// never copied), or bytes compiled at run time from table text (tests, tiny tables).
///
/// This is the one place in the vocabulary that holds a raw pointer. The pointer is only read,
/// through ``TableSlice``'s bounds-checked accessors; the bytes are never written after `init`,
/// which is why the class may be shared across threads.
package final class TableBytes: @unchecked Sendable {
    /// The bytes. Embedded bytes live as long as the process; copied ones as long as `self`.
    private let buffer: UnsafeRawBufferPointer
    /// The allocation `buffer` points into when the bytes were copied, freed in `deinit`.
    private let owned: UnsafeMutableRawBufferPointer?

    /// Wraps bytes that live as long as the process (the linked-in data), without copying them.
    /// - Parameter embedded: the bytes; they must never be freed or written.
    package init(embedded: UnsafeRawBufferPointer) {
        buffer = embedded
        owned = nil
    }

    /// Copies bytes compiled at run time.
    /// - Parameter bytes: the bytes to keep.
    package init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        memory.copyBytes(from: bytes)
        owned = memory
        buffer = UnsafeRawBufferPointer(rebasing: memory[0..<bytes.count])
    }

    deinit { owned?.deallocate() }

    /// How many bytes there are.
    package var count: Int { buffer.count }

    /// The byte at an offset, or 0 past the end (malformed data reads as empty, never out of bounds).
    /// - Parameter offset: a byte offset.
    @inline(__always) package subscript(offset: Int) -> UInt8 {
        offset >= 0 && offset < buffer.count ? buffer[offset] : 0
    }

    /// The little-endian `UInt32` at an offset, or 0 when it does not fit.
    /// - Parameter offset: a byte offset (any alignment).
    @inline(__always) package func uint32(at offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= buffer.count else { return 0 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// Probes a ``KeyTable``'s slots for a key: the hot loop of every look-up, so it reads the bytes
    /// directly, checking each offset against the bytes' end before it reads.
    /// - Parameters:
    ///   - key: the key's UTF-8 bytes.
    ///   - hash: the key's ``KeyTable/hash(_:)``.
    ///   - slots: where the slots start: `slotCount` pairs of u32 (hash's low 32 bits, record + 1).
    ///   - slotCount: how many slots there are (more than keys, so a miss ends at an empty slot).
    ///   - records: where the records start.
    /// - Returns: the byte offset of the matching record, or `nil`.
    /// - Complexity: O(key length) expected.
    package func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, slots: Int, slotCount: Int, records: Int) -> Int? {
        guard slotCount > 0, slots >= 0, slots + 8 * slotCount <= buffer.count else { return nil }
        let fragment = UInt32(truncatingIfNeeded: hash)
        var slot = KeyTable.home(hash, slotCount: slotCount)
        for _ in 0..<slotCount {
            let at = slots + 8 * slot
            let entry = Int(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self)))
            if entry == 0 { return nil }
            if UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: at, as: UInt32.self)) == fragment {
                let record = records + entry - 1
                if record + 1 + key.count <= buffer.count, Int(buffer[record]) == key.count, equal(at: record + 1, key) { return record }
            }
            slot = slot + 1 == slotCount ? 0 : slot + 1
        }
        return nil
    }

    /// Whether the bytes at an offset equal a key's; the caller has checked that they fit.
    private func equal(at offset: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress, let k = key.baseAddress else { return key.isEmpty }
        return memcmp(base + offset, k, key.count) == 0
    }

    /// The bytes of a range, copied into an array (a whole table, for the freshness check).
    /// - Parameter range: byte offsets, clamped to the bytes.
    package func array(_ range: Range<Int>) -> [UInt8] {
        let r = range.clamped(to: 0..<buffer.count)
        return [UInt8](buffer[r])
    }

    /// The UTF-8 text of a range, decoded (invalid bytes become U+FFFD).
    /// - Parameter range: byte offsets, clamped to the bytes.
    package func string(_ range: Range<Int>) -> String {
        String(decoding: buffer[range.clamped(to: 0..<buffer.count)], as: UTF8.self)
    }
}
