import Foundation
import Testing

@Suite struct ScaleOutTests {
    /// Extraction done elsewhere and merged with --from-jsonl gives the same knowledge base as
    /// building from the articles.
    @Test func buildingFromJSONLinesEqualsBuildingFromArticles() throws {
        let k = try KGraphRunner()
        let articles = try ["harbour-raid-port-velo.txt", "kampot-police-official-arrested.txt", "smuggling-ring-sentenced.txt"].map {
            try k.write("news/\($0)", Data(contentsOf: KGraphRunner.examples.appendingPathComponent($0)))
            return "news/\($0)"  // as the folder build names them
        }
        #expect(try k.run(["build", "news", "--no-render", "--store", "direct.sqlite"]).status == 0)
        let first = try k.run(["extract", "--format", "jsonl", articles[0]])
        let rest = try k.run(["extract", "--format", "jsonl", articles[1], articles[2]])
        try k.write("a.jsonl", first.stdout)
        try k.write("b.jsonl", rest.stdout)
        let merged = try k.run(["build", "--from-jsonl", "a.jsonl", "b.jsonl", "--no-render", "--store", "merged.sqlite"])
        #expect(merged.status == 0, "\(merged.stderr)")
        for command in [["stats", "--json"], ["entities", "--json"], ["query", "who was arrested", "--json"],
                        ["export", "--format", "cypher"]] {
            let a = try k.run(command + ["--store", "direct.sqlite"]), b = try k.run(command + ["--store", "merged.sqlite"])
            #expect(a.stdout == b.stdout, "\(command)")
            #expect(!a.stdout.isEmpty)
        }
    }

    @Test func aBadJSONLineFailsTheBuild() throws {
        let k = try KGraphRunner()
        try k.write("bad.jsonl", "{\"document\": {}}\n")
        let run = try k.run(["build", "--from-jsonl", "bad.jsonl", "--no-render"])
        #expect(run.status == 2)
        #expect(run.stderr == "kgraph: error: cannot read 'bad.jsonl': line 1 is not an extraction written by kgraph extract --format jsonl\n")
        #expect(k.contents("Graphs/kgraph.sqlite") == nil)
    }

    @Test func everyExportFormatIsWritten() throws {
        let k = try KGraphRunner()
        let article = KGraphRunner.examples.appendingPathComponent("harbour-raid-port-velo.txt").path
        #expect(try k.run(["build", article, "--no-render"]).status == 0)
        for format in ["graphml", "turtle", "jsonld", "cypher", "json", "jsonl"] {
            let run = try k.run(["export", "--format", format, "-o", "out.\(format)"])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect((k.contents("out.\(format)")?.count ?? 0) > 200, "\(format)")
        }
        let csv = try k.run(["export", "--format", "neo4j-csv", "-o", "neo4j"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: k.path("neo4j"))
        #expect(files.contains { $0.hasSuffix(".csv") })
        let noFolder = try k.run(["export", "--format", "neo4j-csv"])
        #expect(noFolder.status == 64)
    }
}
