/// A stored value: a range of ``TableBytes``, read with bounds-checked accessors. Offsets are byte
/// offsets from the value's start.
package struct TableSlice: Sendable {
    /// The bytes the value lives in (kept alive by the slice).
    let bytes: TableBytes
    /// The value's byte offsets in `bytes`.
    package let range: Range<Int>

    /// The value's length in bytes.
    package var byteCount: Int { range.count }

    /// The byte at an offset, or 0 past the value's end.
    /// - Parameter offset: a byte offset from the value's start.
    package subscript(offset: Int) -> UInt8 {
        offset >= 0 && offset < range.count ? bytes[range.lowerBound + offset] : 0
    }

    /// The little-endian `UInt16` at an offset (0 past the end).
    /// - Parameter offset: a byte offset from the value's start.
    package func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian `UInt64` at an offset (0 past the end).
    /// - Parameter offset: a byte offset from the value's start.
    package func uint64(at offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(self[offset + $1]) << (8 * UInt64($1)) }
    }

    /// The UTF-8 text from an offset to the end.
    /// - Parameter offset: a byte offset from the value's start.
    package func text(from offset: Int = 0) -> String {
        bytes.string((range.lowerBound + min(offset, range.count))..<range.upperBound)
    }

    /// The fields of the value's first line (the whole value when it has one line).
    /// - Complexity: O(n) in the first line's length.
    package func firstRow() -> [Substring] {
        var end = 0
        while end < range.count, self[end] != 0x0A { end += 1 }
        return bytes.string(range.lowerBound..<(range.lowerBound + end)).split(separator: "\t", omittingEmptySubsequences: false)
    }

    /// The value's text as lines of tab-separated fields (the shape list values are stored in).
    /// - Returns: one array of fields per line, empty fields kept.
    /// - Complexity: O(n) in the value's length.
    package func rows() -> [[Substring]] {
        text().split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }
}
