/// Conversions between the UTF-8 byte offsets used inside kgraph and the Unicode-scalar
/// (code-point) offsets used in JSON output.
public enum TextOffsets {
    /// The substring of `text` at a UTF-8 byte range. Bytes that split a scalar are decoded with
    /// replacement characters rather than trapping.
    /// - Parameters:
    ///   - text: the document text.
    ///   - utf8Range: a byte range within `text.utf8`; it is clamped to the text.
    /// - Returns: the text in that range.
    public static func slice(_ text: String, utf8Range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = max(0, min(utf8Range.lowerBound, utf8.count))
        let upper = max(lower, min(utf8Range.upperBound, utf8.count))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// A table that maps UTF-8 byte offsets of one text to code-point offsets.
    public struct ScalarMap: Sendable {
        /// `scalarOffset[byteOffset]` for every byte offset 0...byteCount.
        private let scalarOffsets: [Int32]

        /// Builds the map for a text.
        /// - Complexity: O(n) in the text's UTF-8 length.
        public init(_ text: String) {
            var table = [Int32]()
            table.reserveCapacity(text.utf8.count + 1)
            var scalar: Int32 = 0
            for byte in text.utf8 {
                // A continuation byte belongs to the scalar already counted.
                if byte & 0xC0 != 0x80 { scalar += 1 }
                table.append(scalar - 1)  // the scalar this byte belongs to
            }
            table.append(scalar)
            scalarOffsets = table
        }

        /// The code-point offset of a UTF-8 byte offset. An offset inside a multi-byte scalar maps
        /// to that scalar's start.
        public func scalarOffset(ofUTF8 byteOffset: Int) -> Int {
            let i = max(0, min(byteOffset, scalarOffsets.count - 1))
            return Int(scalarOffsets[i])
        }
    }
}
