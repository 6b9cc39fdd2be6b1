import ArgumentParser
import Foundation
import KGraphExport
import KGraphModel
import KGraphStore

/// `kgraph timeline`: events in date order, for everyone or for one person or organisation.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List events in date order, with who took part, where, the facts of the case and the evidence.",
        discussion: """
        Each event is placed at its own time, normalised to a date ("on Tuesday" in an article \
        dated 2021-04-09 is 2021-04-06; "last week" is the ISO week 2021-W13; "between 2004 and \
        2006" is 2004/2006). An event whose time cannot be placed is put at its article's date \
        and marked "reported"; events with neither come last, under their own heading. A partial \
        date sorts by its first day, then its last: 2021-04 comes before 2021-04-06.

        NAME limits the timeline to what that person or organisation took part in; it may be any \
        of their names, in any case, or a surname alone when only one entity has it.

        --from and --to keep the events whose dates overlap the range; each is YYYY, YYYY-MM or \
        YYYY-MM-DD, and a partial one covers its whole month or year (--to 2021-04 reaches April \
        30). With either, undated events are left out.

        csv has the columns date, dating (stated, reported or undated), time, type, trigger, \
        agents, patients, places, facts, evidence, article, article_date, sentence (from 0); \
        every cell is quoted (RFC 4180) and a cell that a spreadsheet would run as a formula \
        starts with '. json prints {"events": [...]} with the same fields.

        Examples:
          kgraph timeline
          kgraph timeline "Dara Sok"
          kgraph timeline --from 2021-04 --to 2021-06 --format csv > spring.csv
          kgraph timeline "Coastal Police" --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @Argument(help: ArgumentHelp("Only the events this person or organisation took part in.", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: "Output format: text, csv or json.")
    var format: Format = .text

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try NumericOptions.checkLength(name, "the name")
    }

    func run() throws {
        let start = try DateOptions.span(from, option: "--from")?.start
        let end = try DateOptions.span(to, option: "--to")?.end
        if let start, let end, end < start {
            throw Console.fail(DateOptionError(option: "--to", value: to ?? "", forms: "a date on or after --from"))
        }
        let rows: [TimelineEntry]
        do {
            let kb = try KnowledgeBase(path: storeOptions.path, readOnly: true)
            let entity = try name.map { try EntityLookup.resolve($0, in: kb).id }
            let window = from == nil && to == nil ? nil : TimeSpan(start: start, end: end)
            rows = try EventTimeline(reader: kb).entries(involving: entity, within: window)
        } catch {
            throw Console.fail(error)
        }
        switch format {
        case .text: Console.out(TimelineWriter.text(rows))
        case .csv: Console.write(TimelineWriter.csv(rows))
        case .json: Console.write(try TimelineWriter.json(rows))
        }
    }
}
