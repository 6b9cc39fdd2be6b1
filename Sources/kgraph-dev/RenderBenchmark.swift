import Foundation
import KGraphExtraction
import KGraphModel
import KGraphRender

/// Rendering benchmarks, in process (process start excluded): one article's graph to SVG and PNG
/// (median of repeated renders), memory over 1,000 renders in a loop, and a generated graph of
/// 2,000 nodes and 4,000 edges laid out by sfdp.
enum RenderBenchmark {
    static func run(article path: String, loops: Int, bigNodes: Int, bigEdges: Int) throws {
        let text = try ArticleReader().read(path: path)
        let extraction = try Extractor.standard().extract(text: text, path: path)
        let graph = extraction.graph()
        let renderer = DiagramRenderer()
        print("article \(path): \(graph.nodes.count) nodes, \(graph.edges.count) edges")
        for format in [DiagramFormat.svg, .png, .dot] {
            _ = try renderer.render(graph, format: format, title: extraction.document.title)  // warm-up: plugins, fonts
            var times: [Double] = []
            for _ in 0..<25 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try renderer.render(graph, format: format, title: extraction.document.title)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            times.sort()
            print(String(format: "  %@: median %.1f ms (min %.1f, max %.1f) over 25 renders", format.rawValue, times[12], times[0], times[24]))
        }

        let before = Memory.residentBytes()
        var checkpoints: [Int] = []
        for i in 1...loops {
            _ = try renderer.render(graph, format: .svg, title: extraction.document.title)
            if i % max(1, loops / 4) == 0 { checkpoints.append(Memory.residentBytes()) }
        }
        let mb = { (b: Int) in String(format: "%.1f", Double(b) / 1e6) }
        print("  \(loops) SVG renders in a loop: resident \(mb(before)) MB before, then \(checkpoints.map(mb).joined(separator: ", ")) MB")

        let big = generated(nodes: bigNodes, edges: bigEdges)
        for format in [DiagramFormat.svg, .png] {
            let start = DispatchTime.now().uptimeNanoseconds
            let d = try renderer.render(big, format: format)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "  generated %d nodes, %d edges, engine %@, %@: %.2f s, %d bytes", bigNodes, bigEdges, d.engine.rawValue,
                         format.rawValue, seconds, d.data.count))
        }
    }

    /// A random graph of invented people, organisations, places and events (fixed seed).
    static func generated(nodes: Int, edges: Int) -> KGraph {
        var rng = SplitMix(seed: 7)
        let kinds: [NodeKind] = [.person, .person, .organization, .place, .event, .event]
        var list: [Node] = []
        for i in 0..<nodes {
            let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
            list.append(Node(id: "n\(i)", kind: kind, name: "\(kind.rawValue) \(i)", eventType: kind == .event ? .arrest : nil))
        }
        var edgeList: [Edge] = []
        let edgeKinds: [EdgeKind] = [.agent, .patient, .place, .memberOf]
        for _ in 0..<edges {
            let a = Int(rng.next() % UInt64(nodes)), b = Int(rng.next() % UInt64(nodes))
            if a == b { continue }
            edgeList.append(Edge(source: "n\(a)", target: "n\(b)", kind: edgeKinds[Int(rng.next() % UInt64(edgeKinds.count))]))
        }
        return KGraph(nodes: list, edges: edgeList)
    }
}
