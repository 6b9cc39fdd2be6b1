import KGraphModel
import KGraphQuery
import KGraphStore

/// The part of the knowledge base that an answer stands on: the answer nodes and everything one
/// step from them, with the answer nodes highlighted.
enum AnswerGraph {
    /// The subgraph to draw for a query result.
    /// - Throws: errors of the store.
    static func subgraph(for result: QueryResult, in kb: KnowledgeBase) throws -> (graph: KGraph, highlight: Set<String>) {
        let highlight = Set(result.answers.flatMap(\.nodes))
        var graph = KGraph()
        for id in highlight.sorted() {
            graph = graph.merged(with: try kb.neighbourhood(of: id, depth: 1))
        }
        return (graph, highlight)
    }
}
