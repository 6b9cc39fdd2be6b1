import ArgumentParser
import Foundation
import KGraphExport
import KGraphExtraction
import KGraphModel

/// `kgraph extract`: extraction only, touching no store.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entities, roles, events and relations from articles, touching no store.",
        discussion: """
        json prints one object for one article:
          {"document": {"path","title","sha256","date"},
           "entities": [{"id","name","type","aliases","mentions":[{"start","end","sentence"}]}],
           "roles": [{"person","role","organization","sentence"}],
           "events": [{"id","type","trigger","agent","patient","place","time","time_value","sentence","evidence"}],
           "relations": [{"subject","predicate","object","sentence"}]}
        Offsets are code points (Unicode scalars) of the file's text, end exclusive; "sentence" is \
        the sentence's index from 0. "date" is the article's date (YYYY-MM-DD or YYYY-MM) and \
        "time_value" the event's time as a TIMEX3 value ("2021-04-06", "2021-W13", "2004/2006", \
        "XXXX-04-06" when the year is unknown), each null when unknown.
        jsonl prints one such object per line, one line per article, for sharded pipelines; each \
        line also holds the complete result under "extraction", which kgraph build --from-jsonl \
        merges into a knowledge base exactly as if the articles had been built there.
        text prints a readable tree of sentences with their entities and events.

        Examples:
          kgraph extract Examples/kampot-police-official-arrested.txt
          kgraph extract article.txt --format json | python3 -m json.tool
          kgraph extract article.txt --date 2021-04-09
          kgraph extract --format jsonl articles/*.txt > extracted.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl
    }

    @Argument(help: ArgumentHelp("Article files (UTF-8 text or Markdown), or - for standard input.", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: text, json or jsonl.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Largest article accepted, in bytes.", valueName: "bytes"))
    var maxArticleSize: Int = ArticleReader.defaultMaxByteCount

    @Option(help: ArgumentHelp("The date of every article, YYYY-MM-DD or YYYY-MM (else front matter or a date line at the top of the article).", valueName: "date"))
    var date: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one article file (or - for standard input)") }
        if format == .json && files.count > 1 { throw ValidationError("--format json takes one file; use --format jsonl for several") }
        try NumericOptions.checkArticleSize(maxArticleSize)
    }

    func run() throws {
        try DateOptions.checkArticleDate(date)
        let reader = ArticleReader(maxByteCount: maxArticleSize)
        // a missing, unreadable or non-regular file (a FIFO would block) is reported before the vocabulary is loaded
        for path in files where path != "-" {
            do {
                if !FileManager.default.isReadableFile(atPath: path) { _ = try reader.read(path: path) }
                if try !Inputs.checkNamed(path) { throw ArticleError.isDirectory(path: path) }
            } catch {
                throw Console.fail(error)
            }
        }
        let extractor: Extractor
        do { extractor = try Extractor.standard() } catch { throw Console.fail(error) }
        for path in files {
            let extraction: Extraction
            do {
                let text = path == "-" ? try reader.readStandardInput() : try reader.read(path: path)
                extraction = extractor.extract(text: text, path: path, date: date)
            } catch {
                throw Console.fail(error)
            }
            switch format {
            case .json:
                Console.write(ExtractionJSON(extraction).encoded(pretty: true))
                Console.out("\n")
            case .jsonl:
                Console.write(ExtractionJSON(extraction, includingFullExtraction: true).encoded(pretty: false))
                Console.out("\n")
            case .text:
                Console.out(ExtractionDump(extraction).text)
            }
        }
    }
}
