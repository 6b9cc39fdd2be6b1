/// A streaming JSON writer over a ``ByteWriter``: values go straight to bytes, with no tree of
/// values in between.
///
/// Compact output has no spaces (`{"a":1,"b":[]}`); indented output is laid out as Foundation's
/// `JSONEncoder` with `.prettyPrinted` lays it out (two spaces a level, `"key" : value`, an empty
/// array as `[`, a blank line and `]`), so that the two print the same bytes. The caller writes
/// the keys of an object in the order it wants them (kgraph's writers use sorted order).
///
/// ```swift
/// var json = JSONWriter(pretty: false)
/// json.beginObject(); json.key("name"); json.string("Dara Sok"); json.key("aliases")
/// json.beginArray(); json.endArray(); json.endObject()   // {"name":"Dara Sok","aliases":[]}
/// ```
struct JSONWriter {
    /// The bytes written so far.
    private(set) var out: ByteWriter
    /// Whether to indent.
    let pretty: Bool
    /// How many objects and arrays are open.
    private var depth = 0
    /// Whether the open object or array has no element yet.
    private var isEmpty = true
    /// Whether a key was just written, so the next value is its value, not a new element.
    private var afterKey = false

    /// Creates an empty writer.
    /// - Parameters:
    ///   - pretty: indent as `JSONEncoder`'s `.prettyPrinted` does; one line otherwise.
    ///   - capacity: bytes to reserve up front.
    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        out = ByteWriter(capacity: capacity)
    }

    /// Forgets what was written, keeping the buffer's capacity: one writer serves many documents.
    mutating func reset() {
        out.removeAll()
        depth = 0
        isEmpty = true
        afterKey = false
    }

    /// Opens an object.
    mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array.
    mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes an object's key; the next value written is its value.
    /// - Parameter name: the key, written as it is: ASCII that needs no escaping.
    mutating func key(_ name: StaticString) {
        nextElement()
        out.byte(UInt8(ascii: "\""))
        out.write(name)
        if pretty { out.write("\" : " as StaticString) } else { out.write("\":" as StaticString) }
        afterKey = true
    }

    /// Writes a string value, escaped (``ByteWriter/jsonString(_:)``).
    mutating func string(_ s: String) {
        beforeValue()
        out.jsonString(s)
    }

    /// Writes a string value, or `null` when there is none.
    mutating func string(_ s: String?) {
        guard let s else { return null() }
        string(s)
    }

    /// Writes an integer value.
    mutating func int(_ n: Int) {
        beforeValue()
        out.write(n)
    }

    /// Writes a number as `JSONEncoder` does: the shortest decimal that reads back as the same
    /// `Double` (Swift's `description`), without a trailing `.0` (`262`, `1.7`, `1e+20`). A value
    /// that is not finite, which JSON cannot hold, is written as `null`.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        beforeValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.write(text)
    }

    /// Writes `null`.
    mutating func null() {
        beforeValue()
        out.write("null" as StaticString)
    }

    /// Writes an array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    /// Writes raw bytes of syntax that is not JSON (a line break between JSON Lines).
    mutating func raw(_ b: UInt8) { out.byte(b) }

    private mutating func open(_ bracket: UInt8) {
        beforeValue()
        out.byte(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            out.byte(0x0A)
            if isEmpty { out.byte(0x0A) }
            indent()
        }
        out.byte(bracket)
        isEmpty = false
    }

    /// Before a value: nothing after a key, else the separator of a new array element.
    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            nextElement()
        }
    }

    /// A comma unless the element is the first, then in indented output a line break and indent.
    private mutating func nextElement() {
        if !isEmpty { out.byte(UInt8(ascii: ",")) }
        isEmpty = false
        if pretty {
            out.byte(0x0A)
            indent()
        }
    }

    private mutating func indent() {
        for _ in 0..<depth { out.write("  " as StaticString) }
    }
}
