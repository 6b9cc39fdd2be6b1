import Foundation
import Testing

/// `kgraph timeline`, `export --format events-csv`, `--date` and the dates shown by `show`,
/// `query` and `extract`, on the example case told over time (Examples/harbour-master-appeal.txt).
@Suite struct TimelineCommandTests {
    /// The example case: arrest, charge, trial, sentence, appeal, dates in several forms, and a
    /// dateline (June 14, 2024).
    static var article: String { KGraphRunner.examples.appendingPathComponent("harbour-master-appeal.txt").path }

    /// A runner with the example built into `kb.sqlite`.
    static func built() throws -> KGraphRunner {
        let k = try KGraphRunner()
        let run = try k.run(["build", article, "--no-render", "--store", "kb.sqlite"])
        #expect(run.status == 0, "\(run.stderr)")
        return k
    }

    @Test func timelineOrdersTheCaseByItsDates() throws {
        let k = try Self.built()
        let run = try k.run(["timeline", "Viktor Halden", "--store", "kb.sqlite", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        let types = events.map { $0["type"] as? String ?? "" }
        let dates = events.map { $0["date"] as? String ?? "" }
        #expect(types == ["arrest", "charge", "trial", "sentence", "appeal"])
        #expect(dates == ["2022-03-03", "2022-03-21", "2023-09", "2023-11-02", "2024-01"])
        #expect(events.allSatisfy { $0["article_date"] as? String == "2024-06-14" })
    }

    @Test func timelineWithoutANameMarksReportedAndFiltersByRange() throws {
        let k = try Self.built()
        let all = try k.run(["timeline", "--store", "kb.sqlite"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.hasPrefix("2022-03-03  arrest “arrested”"))
        #expect(all.stdout.contains("2024-06-14 (reported)  raid"))
        let range = try k.run(["timeline", "--store", "kb.sqlite", "--from", "2023", "--to", "2023-11", "--format", "csv"])
        #expect(range.status == 0, "\(range.stderr)")
        let lines = range.stdout.split(separator: "\r\n")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().map { $0.prefix(12) } == ["\"2023-09\",\"s", "\"2023-11-02\""])
    }

    @Test func badDatesAreOneLineAndStatusTwo() throws {
        let k = try KGraphRunner()
        for args in [["build", Self.article, "--date", "2021-02-30", "--no-render"], ["extract", Self.article, "--date", "April 9"],
                     ["timeline", "--from", "2021-13"], ["timeline", "--from", "2021-05", "--to", "2021-04"]] {
            let run = try k.run(args)
            #expect(run.status == 2, "\(args)")
            #expect(run.stderr.hasPrefix("kgraph: error: --") && run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: k.path("Graphs/kgraph.sqlite")))
    }

    @Test func dateOptionWinsAndEventsFollowIt() throws {
        let k = try KGraphRunner()
        let run = try k.run(["extract", Self.article, "--date", "2024-06-21", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["document"] as? [String: Any])?["date"] as? String == "2024-06-21")
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.contains { $0["time"] as? String == "Wednesday" && $0["time_value"] as? String == "2024-06-19" })
        #expect(events.contains { $0["time"] == nil || $0["time"] is NSNull })
        #expect(events.allSatisfy { $0.keys.contains("time_value") })
    }

    @Test func jsonLinesCarryAndCheckADate() throws {
        let k = try KGraphRunner()
        let extracted = try k.run(["extract", Self.article, "--format", "jsonl"])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        var line = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
        line["date"] = "2024-06-21"
        try k.write("dated.jsonl", try JSONSerialization.data(withJSONObject: line))
        let build = try k.run(["build", "--from-jsonl", "dated.jsonl", "--no-render", "--store", "kb.sqlite"])
        #expect(build.status == 0, "\(build.stderr)")
        let show = try k.run(["show", "Viktor Halden", "--store", "kb.sqlite"])
        #expect(show.stdout.contains("in: \(Self.article) (2024-06-21)"), "\(show.stdout)")
        #expect(show.stdout.contains("“appeal”, January (2024-01)"), "\(show.stdout)")
        line["date"] = "someday"
        try k.write("bad.jsonl", try JSONSerialization.data(withJSONObject: line))
        let bad = try k.run(["build", "--from-jsonl", "bad.jsonl", "--no-render", "--store", "bad.sqlite"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("line 1: date 'someday' is not a date"), "\(bad.stderr)")
    }

    @Test func queryEvidenceShowsTheArticleDate() throws {
        let k = try Self.built()
        let text = try k.run(["query", "who arrested Viktor Halden", "--store", "kb.sqlite"])
        #expect(text.stdout.contains("— \(Self.article) (2024-06-14), sentence"), "\(text.stdout)")
        let json = try k.run(["query", "who arrested Viktor Halden", "--store", "kb.sqlite", "--json"])
        #expect(json.stdout.contains("\"document_date\":\"2024-06-14\""), "\(json.stdout)")
    }

    @Test func eventsCSVLoadsInPythonWithItsHeader() throws {
        let k = try Self.built()
        let export = try k.run(["export", "--format", "events-csv", "-o", "events.csv", "--store", "kb.sqlite"])
        #expect(export.status == 0, "\(export.stderr)")
        let script = """
            import csv, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.reader(f))
            print(','.join(rows[0]))
            print('|'.join(r[3] for r in rows[1:] if r[1] == 'stated'))
            print(len(rows) - 1)
            """
        let python = try k.run(["python3", "-c", script, k.path("events.csv")], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(python.status == 0, "\(python.stderr)")
        let out = python.stdout.split(separator: "\n")
        #expect(out.first == "date,dating,time,type,trigger,agents,patients,places,facts,evidence,article,article_date,sentence")
        #expect(out.dropFirst().first == "arrest|charge|trial|sentence|appeal|appeal")
        #expect(out.last == "9")
    }

    @Test func graphMLEventsCarryStartAndEnd() throws {
        let k = try Self.built()
        let run = try k.run(["export", "--format", "graphml", "--store", "kb.sqlite"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("attr.name=\"start\""))
        #expect(run.stdout.contains("<data key=\"n_start\">2023-09-01</data>\n      <data key=\"n_end\">2023-09-30</data>"))
        #expect(run.stdout.contains("<data key=\"n_start\">2022-03-03</data>\n      <data key=\"n_end\">2022-03-03</data>"))
    }

    @Test func timelineHelpTeaches() throws {
        let run = try KGraphRunner().run(["timeline", "--help"])
        #expect(run.status == 0)
        for needle in ["--from", "--to", "reported", "Examples:", "kgraph timeline \"Dara Sok\""] { #expect(run.stdout.contains(needle), "\(needle)") }
    }
}
