/// A file of compiled tables: named sections, each a ``KeyTable`` or plain text. kgraph's
/// vocabulary and lexicon are each one such file, generated from the TSVs by
/// `kgraph-dev compile-tables` and linked into the binary (the `KGraphTables` target).
///
/// Layout (little-endian):
/// ```
/// "KGT1"
/// u32 sectionCount
/// per section: u8 nameByteCount, name, u32 offset, u32 byteCount   (offsets from the file's start)
/// section bytes, in the same order
/// ```
package struct CompiledTables: Sendable {
    /// The format's magic number, "KGT1".
    static let magic: [UInt8] = Array("KGT1".utf8)

    /// The bytes.
    package let bytes: TableBytes
    /// Section name → its byte offsets.
    let sections: [String: Range<Int>]

    /// Reads the section directory.
    /// - Parameter bytes: the file's bytes.
    /// - Throws: ``TableFormatError`` when the bytes are not a tables file or a section runs past
    ///   their end.
    package init(_ bytes: TableBytes) throws(TableFormatError) {
        guard bytes.count >= 8, (0..<4).allSatisfy({ bytes[$0] == CompiledTables.magic[$0] }) else { throw .notATable }
        var sections = [String: Range<Int>]()
        var at = 8
        for _ in 0..<bytes.uint32(at: 4) {
            let nameEnd = at + 1 + Int(bytes[at])
            let name = bytes.string((at + 1)..<nameEnd)
            let start = Int(bytes.uint32(at: nameEnd)), length = Int(bytes.uint32(at: nameEnd + 4))
            guard nameEnd + 8 <= bytes.count, start + length <= bytes.count else { throw .truncated(name) }
            sections[name] = start..<(start + length)
            at = nameEnd + 8
        }
        self.bytes = bytes
        self.sections = sections
    }

    /// A section read as a key table.
    /// - Parameter name: the section's name.
    /// - Throws: ``TableFormatError`` when it is missing or malformed.
    package func keyTable(_ name: String) throws(TableFormatError) -> KeyTable {
        guard let range = sections[name] else { throw .missingSection(name) }
        return try KeyTable(bytes: bytes, range: range, name: name)
    }

    /// A section read as UTF-8 text.
    /// - Parameter name: the section's name.
    /// - Throws: ``TableFormatError/missingSection(_:)`` when it is missing.
    package func text(_ name: String) throws(TableFormatError) -> String {
        guard let range = sections[name] else { throw .missingSection(name) }
        return bytes.string(range)
    }

    /// Writes sections into a tables file.
    /// - Parameter sections: (name, bytes) pairs in the order to write them; names under 256 bytes.
    /// - Returns: the file's bytes.
    package static func encode(_ sections: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out = magic
        KeyTable.appendUInt32(UInt32(sections.count), to: &out)
        var offset = 8 + sections.reduce(0) { $0 + 1 + $1.name.utf8.count + 8 }
        for s in sections {
            out.append(UInt8(s.name.utf8.count))
            out += Array(s.name.utf8)
            KeyTable.appendUInt32(UInt32(offset), to: &out)
            KeyTable.appendUInt32(UInt32(s.bytes.count), to: &out)
            offset += s.bytes.count
        }
        for s in sections { out += s.bytes }
        return out
    }
}
