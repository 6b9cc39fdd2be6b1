import Crypto
import Foundation
import KGraphModel

/// Extracts the typed graph of one article, in declared stages:
/// 1. text: sentences and tokens, each word looked up once in the lexicon (``Analysis``);
/// 2. names: name mentions, then entities (``MentionFinder``, ``EntityResolver``);
/// 3. clauses: tags, noun phrases and verb groups, one clause per verb (``Tagger``, ``Chunker``,
///    ``ClauseBuilder``), with the time expressions of each sentence (``TimeFinder``);
/// 4. roles, events and relations read the clauses (``RoleFinder``, ``EventStages``, ``RelationFinder``).
/// Every fact keeps its sentence and UTF-8 byte range.
public struct Extractor: Sendable {
    /// The word lists every stage reads.
    public let lexicon: Lexicon

    /// Creates an extractor.
    /// - Parameter lexicon: the word lists.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The extractor with the shipped word lists.
    /// - Throws: ``LexiconError`` when kgraph's data cannot be read.
    public static func standard() throws -> Extractor { Extractor(lexicon: try Lexicon.standard()) }

    /// Runs the full pipeline on one article.
    ///
    /// The article's date is `date` when given, else the `date` of a Markdown file's front matter
    /// (``FrontMatter``, whose block is blanked out of the text read), else a date line at the top
    /// of the text (``ArticleDate``); each event's time is then normalised against it
    /// (``TimeNormalizer``).
    /// - Parameters:
    ///   - text: the article text; the title is its first non-empty line.
    ///   - path: where the article was read from, recorded in the document; a `.md` path has its
    ///     front matter read.
    ///   - date: the article's date given by the user ("YYYY-MM-DD" or "YYYY-MM"), if any.
    /// - Returns: the document with its sentences, and the entities, roles, events and relations.
    /// - Complexity: O(n) in the text's length, with bounded windows per clause and mention.
    public func extract(text: String, path: String, date: String? = nil) -> Extraction {
        let front = path.lowercased().hasSuffix(".md") ? FrontMatter(text) : nil
        let text = front?.text ?? text
        let parse = self.parse(text)
        let analysis = parse.analysis
        let sha = Extractor.hex(SHA256.hash(data: analysis.bytes))
        let document = Document(path: path, title: Extractor.title(of: analysis), sha256: sha, text: text,
                                sentences: analysis.sentences.map { SentenceSpan(index: $0.index, utf8Range: $0.utf8Start..<$0.utf8End) })
        let roles = RoleFinder(lexicon: lexicon).find(in: parse, documentSHA256: sha)
        let events = EventStages(lexicon: lexicon).find(in: parse, roles: roles, documentSHA256: sha)
        let relations = RelationFinder(lexicon: lexicon).find(in: analysis, table: parse.table, roles: roles, documentSHA256: sha)
        return Extraction(document: document, entities: parse.table.entities, roles: roles, events: events, relations: relations)
            .dated(date ?? front?.date ?? ArticleDate.find(in: text))
    }

    /// The clause layer of an article: stages 1 to 3.
    func parse(_ text: String) -> Parse {
        let analysis = Analysis(text: text, lexicon: lexicon)
        let mentions = MentionFinder(lexicon: lexicon).find(in: analysis)
        let table = EntityResolver(lexicon: lexicon).resolve(mentions, in: analysis)
        let timeFinder = TimeFinder(lexicon: lexicon)
        let times = analysis.sentences.map { timeFinder.find(in: $0, analysis: analysis) }
        let tags = Tagger(lexicon: lexicon).tag(analysis, table: table)
        let chunks = Chunker().chunk(analysis, tags: tags, table: table, times: times)
        return ClauseBuilder().build(Parse(analysis: analysis, lexicon: lexicon, table: table, tags: tags, chunks: chunks, times: times))
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
