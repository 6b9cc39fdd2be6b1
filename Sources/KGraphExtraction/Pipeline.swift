import Crypto
import Foundation
import KGraphModel

/// Extracts the typed graph of one article: sentences and tokens → name mentions → entities →
/// roles, events and relations, each fact with its sentence and UTF-8 byte range.
public struct Extractor: Sendable {
    /// The word lists every stage reads.
    public let lexicon: Lexicon

    /// Creates an extractor.
    /// - Parameter lexicon: the word lists (the shipped ones by default).
    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Runs the full pipeline on one article.
    /// - Parameters:
    ///   - text: the article text; the title is its first non-empty line.
    ///   - path: where the article was read from, recorded in the document.
    /// - Returns: the document with its sentences, and the entities, roles, events and relations.
    /// - Complexity: O(n) in the text's length for tokenizing; the later stages are linear in the
    ///   number of tokens times the (small) number of entities per article.
    public func extract(text: String, path: String) -> Extraction {
        let analysis = Analysis(text: text, lexicon: lexicon)
        let mentions = MentionFinder(lexicon: lexicon).find(in: analysis)
        let table = EntityResolver(lexicon: lexicon).resolve(mentions, in: analysis)
        let sha = Extractor.hex(SHA256.hash(data: analysis.bytes))
        let document = Document(path: path, title: Extractor.title(of: analysis), sha256: sha, text: text,
                                sentences: analysis.sentences.map { SentenceSpan(index: $0.index, utf8Range: $0.utf8Start..<$0.utf8End) })
        let roles = RoleFinder(lexicon: lexicon).find(in: analysis, table: table, mentions: mentions, documentSHA256: sha)
        let events = DefiniteReference().link(EventFinder(lexicon: lexicon).find(in: analysis, table: table, documentSHA256: sha),
                                              roles: roles, table: table)
        let relations = RelationFinder(lexicon: lexicon).find(in: analysis, table: table, roles: roles, documentSHA256: sha)
        return Extraction(document: document, entities: table.entities, roles: roles, events: events, relations: relations)
    }

    /// Lower-case hex of a digest.
    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first non-empty line of a text, trimmed: the text of its first line's tokens.
    static func title(of analysis: Analysis) -> String {
        guard let first = analysis.tokens.first else { return "" }
        var end = first.utf8End
        var i = first.utf8End
        let b = analysis.bytes
        while i < b.count, b[i] != 0x0A, b[i] != 0x0D {
            if b[i] != 0x20, b[i] != 0x09 { end = i + 1 }
            i += 1
        }
        return analysis.text(first.utf8Start..<end)
    }
}
