/// Where a fact was read: one sentence of one document, and the characters that state it.
///
/// Offsets are UTF-8 byte offsets into the document's text (end exclusive). Code-point offsets,
/// which the JSON contract uses, are computed at the edge with ``TextOffsets``.
public struct Provenance: Hashable, Codable, Sendable {
    /// The SHA-256 (lowercase hex) of the document's text: the document's identity.
    public var documentSHA256: String
    /// The index of the sentence in the document, from 0.
    public var sentenceIndex: Int
    /// The UTF-8 byte range of the mention or trigger within the document's text.
    public var utf8Start: Int
    /// End of the UTF-8 byte range, exclusive.
    public var utf8End: Int

    /// Creates a provenance record.
    /// - Parameters:
    ///   - documentSHA256: the document's SHA-256 in lowercase hex.
    ///   - sentenceIndex: the sentence's index in the document.
    ///   - utf8Range: the byte range within the document's text.
    public init(documentSHA256: String, sentenceIndex: Int, utf8Range: Range<Int>) {
        self.documentSHA256 = documentSHA256
        self.sentenceIndex = sentenceIndex
        self.utf8Start = utf8Range.lowerBound
        self.utf8End = utf8Range.upperBound
    }

    /// The UTF-8 byte range within the document's text.
    public var utf8Range: Range<Int> { utf8Start..<utf8End }
}
