import Foundation

/// An output buffer of UTF-8 bytes with the escapers of every export format.
///
/// Each escaper walks the string's UTF-8 bytes once: runs of bytes that need no escaping are copied
/// as they are, so non-ASCII text (accents, Khmer, emoji) passes through unchanged wherever the
/// format allows it.
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer.
    /// - Parameter capacity: bytes to reserve up front.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The bytes as `Data`.
    var data: Data { Data(bytes) }

    /// Appends a string as it is (no escaping): for syntax and for values known to be safe.
    mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a string known at compile time (syntax, keys) as it is.
    mutating func write(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends an integer in decimal, without making a `String`.
    mutating func write(_ n: Int) {
        if n < 0 { byte(UInt8(ascii: "-")) }
        let start = bytes.count
        var magnitude = n.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Forgets the bytes written, keeping the buffer's capacity for the next document.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends one ASCII byte.
    mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// A set of bytes that may need escaping, as a 256-entry lookup table.
    struct Flags {
        /// `table[b]` is true when byte `b` must go through the replacement function.
        let table: [Bool]

        /// A table flagging every byte below 0x20 when `controls` is set, and the given bytes.
        init(controls: Bool, _ bytes: [UInt8]) {
            var t = [Bool](repeating: false, count: 256)
            if controls { for b in 0..<0x20 { t[b] = true } }
            for b in bytes { t[Int(b)] = true }
            table = t
        }
    }

    /// Appends a string, copying runs of unflagged bytes as they are and asking `replacement`
    /// about each flagged byte.
    /// - Parameters:
    ///   - s: the string to escape.
    ///   - flags: the bytes that may need escaping.
    ///   - replacement: for the string's bytes and the offset of a flagged byte, the text to write
    ///     instead and how many input bytes it replaces, or `nil` to keep the byte.
    /// - Complexity: O(n) in the string's UTF-8 length.
    private mutating func escape(_ s: String, _ flags: Flags, _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (String, Int)?) {
        var s = s
        s.withUTF8 { b in
            flags.table.withUnsafeBufferPointer { table in
                var runStart = 0
                var i = 0
                let n = b.count
                while i < n {
                    guard table[Int(b[i])], let (r, consumed) = replacement(b, i) else {
                        i += 1
                        continue
                    }
                    if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
                    write(r)
                    i += consumed
                    runStart = i
                }
                if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<n])) }
            }
        }
    }

    private static let jsonFlags = Flags(controls: true, [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2])
    private static let xmlFlags = Flags(controls: true, [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF])
    private static let cypherFlags = Flags(controls: false, [UInt8(ascii: "'"), UInt8(ascii: "\\"), 0x0A, 0x0D, 0x09, 0x08, 0x0C])
    private static let csvFlags = Flags(controls: false, [UInt8(ascii: "\"")])
    private static let csvArrayFlags = Flags(controls: false, [UInt8(ascii: "\""), Neo4jCSV.arrayDelimiter])

    /// Two lowercase hex digits of a byte, padded to four for `\uXXXX` escapes.
    private static func u4(_ b: UInt8) -> String {
        let hex = Array("0123456789abcdef")
        return "\\u00" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
    }

    /// Appends a JSON string literal, quotes included (RFC 8259): `"` and `\` escaped, control
    /// characters as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`, the line and paragraph separators
    /// U+2028 and U+2029 as `\u2028` and `\u2029` (JavaScript reads them raw as line ends), everything
    /// else as UTF-8. A `String` holds only valid Unicode scalars (bytes that were not valid UTF-8
    /// became U+FFFD when it was made), so the output is always valid UTF-8.
    mutating func jsonString(_ s: String) {
        byte(UInt8(ascii: "\""))
        escape(s, Self.jsonFlags) { b, i in
            switch b[i] {
            case UInt8(ascii: "\""): ("\\\"", 1)
            case UInt8(ascii: "\\"): ("\\\\", 1)
            case 0x0A: ("\\n", 1)
            case 0x0D: ("\\r", 1)
            case 0x09: ("\\t", 1)
            case 0x08: ("\\b", 1)
            case 0x0C: ("\\f", 1)
            case let c where c < 0x20: (Self.u4(c), 1)
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                (b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
            default: nil
            }
        }
        byte(UInt8(ascii: "\""))
    }

    /// Appends a Turtle string literal, quotes included: `"` and `\` escaped, control characters
    /// as `\n`, `\r`, `\t` or `\u00XX`, everything else as UTF-8 (Turtle's STRING_LITERAL_QUOTE).
    mutating func turtleString(_ s: String) {
        // JSON's short-string escapes are a subset of Turtle's ECHAR/UCHAR, so the same rules apply.
        jsonString(s)
    }

    /// Appends text escaped for XML 1.0 element content or a double-quoted attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage return become
    /// character references (so attribute normalisation and line-end handling keep them); other
    /// control characters and U+FFFE/U+FFFF, which XML 1.0 cannot carry at all, become U+FFFD.
    mutating func xmlText(_ s: String) {
        escape(s, Self.xmlFlags) { b, i in
            switch b[i] {
            case UInt8(ascii: "&"): ("&amp;", 1)
            case UInt8(ascii: "<"): ("&lt;", 1)
            case UInt8(ascii: ">"): ("&gt;", 1)
            case UInt8(ascii: "\""): ("&quot;", 1)
            case UInt8(ascii: "'"): ("&apos;", 1)
            case 0x09: ("&#9;", 1)
            case 0x0A: ("&#10;", 1)
            case 0x0D: ("&#13;", 1)
            case let c where c < 0x20: ("\u{FFFD}", 1)
            case 0xEF where i + 2 < b.count && b[i + 1] == 0xBF && (b[i + 2] == 0xBE || b[i + 2] == 0xBF):
                ("\u{FFFD}", 3)  // U+FFFE, U+FFFF: not XML characters
            default: nil
            }
        }
    }

    /// Appends a Cypher string literal in single quotes.
    ///
    /// `'` and `\` are escaped, and line feed, carriage return, tab, backspace and form feed use
    /// their backslash escapes so that every statement stays on one line. Everything else is
    /// written as UTF-8: `\u` escapes are not used because not every openCypher engine reads them
    /// (FalkorDB keeps them literally).
    mutating func cypherString(_ s: String) {
        byte(UInt8(ascii: "'"))
        escape(s, Self.cypherFlags) { b, i in
            switch b[i] {
            case UInt8(ascii: "'"): ("\\'", 1)
            case UInt8(ascii: "\\"): ("\\\\", 1)
            case 0x0A: ("\\n", 1)
            case 0x0D: ("\\r", 1)
            case 0x09: ("\\t", 1)
            case 0x08: ("\\b", 1)
            case 0x0C: ("\\f", 1)
            default: nil
            }
        }
        byte(UInt8(ascii: "'"))
    }

    /// Appends a CSV field in double quotes (RFC 4180): `"` doubled, everything else as it is,
    /// line breaks included (Neo4j reads them with `--multiline-fields=true`).
    mutating func csvQuoted(_ s: String) {
        byte(UInt8(ascii: "\""))
        escape(s, Self.csvFlags) { b, i in b[i] == UInt8(ascii: "\"") ? ("\"\"", 1) : nil }
        byte(UInt8(ascii: "\""))
    }

    /// Appends a CSV array field in double quotes: elements joined by the array delimiter
    /// U+001F, `"` doubled; a U+001F inside an element, which would split it, becomes a space.
    mutating func csvArray(_ elements: [String]) {
        byte(UInt8(ascii: "\""))
        for (n, s) in elements.enumerated() {
            if n > 0 { byte(Neo4jCSV.arrayDelimiter) }
            escape(s, Self.csvArrayFlags) { b, i in
                switch b[i] {
                case UInt8(ascii: "\""): ("\"\"", 1)
                case Neo4jCSV.arrayDelimiter: (" ", 1)
                default: nil
                }
            }
        }
        byte(UInt8(ascii: "\""))
    }
}
