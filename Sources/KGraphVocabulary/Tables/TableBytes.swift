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

    /// Whether the bytes at an offset equal a key's bytes.
    /// - Parameters:
    ///   - offset: where the stored key starts.
    ///   - key: the key's UTF-8 bytes.
    package func matches(at offset: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset >= 0, offset + key.count <= buffer.count else { return false }
        for i in 0..<key.count where buffer[offset + i] != key[i] { return false }
        return true
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
