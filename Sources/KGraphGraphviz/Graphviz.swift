import CGraphviz
import Foundation
import Synchronization

/// The one door to the Graphviz C library: every C call runs under ``lock``.
///
/// Graphviz is not thread-safe, so the context, the error hook and every graph live behind one
/// global lock. Graphviz's messages go to an `agseterrf` hook that appends to ``log`` (never to the
/// terminal); each call resets the log and `agreseterrors()` first, so one failure never leaks
/// into the next call. The `GVC_t` context (which loads plugins) is created once and reused for
/// the life of the process (so `gvFreeContext` is never called); every graph, layout and render
/// buffer is freed before the call returns (`agclose`, `gvFreeLayout`, `gvFreeRenderData`).
package enum Graphviz {
    /// What the lock guards: the cached context and the write discipline.
    struct State {
        /// The cached `GVC_t`, created on first use.
        var context: OpaquePointer?
        /// A cgraph io discipline whose `putstr` appends to ``Graphviz/written`` (for `agwrite`).
        var writeDiscipline: UnsafeMutablePointer<Agiodisc_t>?
    }

    /// The global lock; all of Graphviz runs inside `lock.withLock`.
    static let lock = Mutex(State())

    /// Messages from Graphviz since the current call began; written by the C hook, under the lock.
    nonisolated(unsafe) static var log = ""
    /// Bytes written by `agwrite` during the current call, under the lock.
    nonisolated(unsafe) static var written: [UInt8] = []

    /// The output of a render: the bytes and any warnings Graphviz gave.
    package struct Output: Sendable {
        /// The rendered bytes (SVG/DOT text in UTF-8, or PNG/PDF binary).
        package var bytes: [UInt8]
        /// Graphviz's warnings, one line each, without the `Warning: ` prefix.
        package var warnings: [String]
    }

    /// Builds a graph through cgraph, lays it out with an engine and renders it to memory.
    /// - Parameters:
    ///   - graph: the graph to draw.
    ///   - engine: a layout engine name: `dot`, `neato`, `fdp`, `sfdp`, `circo`, `twopi`, …
    ///   - format: an output format: `svg`, `png`, `pdf`, `dot`, `xdot`, …
    /// - Returns: the bytes and Graphviz's warnings.
    /// - Throws: ``GraphvizError`` with Graphviz's text when building, layout or rendering fails,
    ///   or when the engine or format's plugin is not installed.
    /// - Complexity: that of the layout engine; building is O(nodes + edges).
    package static func render(_ graph: GraphDescription, engine: String, format: String) throws(GraphvizError) -> Output {
        try withContext { state, gvc throws(GraphvizError) in
            let g = try CGraph(graph, io: discipline(&state))
            return try layoutAndRender(g.raw, gvc: gvc, engine: engine, format: format)
        }
    }

    /// Parses DOT text with `agmemread`, lays it out and renders it to memory.
    /// - Parameters:
    ///   - dot: DOT source.
    ///   - engine: the layout engine; `nil` uses the graph's `layout` attribute, else `dot`.
    ///   - format: the output format.
    /// - Returns: the bytes and Graphviz's warnings.
    /// - Throws: ``GraphvizError`` with Graphviz's text.
    package static func render(dot: String, engine: String? = nil, format: String) throws(GraphvizError) -> Output {
        try withContext { _, gvc throws(GraphvizError) in
            let g = try CGraph(parsing: dot)
            let named = engine ?? g.graphAttribute("layout").flatMap { $0.isEmpty ? nil : $0 } ?? "dot"
            return try layoutAndRender(g.raw, gvc: gvc, engine: named, format: format)
        }
    }

    /// The DOT text of a graph as cgraph writes it (`agwrite`): Graphviz does the quoting.
    /// - Parameter graph: the graph.
    /// - Returns: DOT source, without layout positions.
    /// - Throws: ``GraphvizError/buildFailed(message:)`` when cgraph refuses the graph.
    /// - Complexity: O(nodes + edges + attributes).
    package static func dotSource(of graph: GraphDescription) throws(GraphvizError) -> String {
        try withContext { state, _ throws(GraphvizError) in
            let g = try CGraph(graph, io: discipline(&state))
            written.removeAll(keepingCapacity: true)
            defer { written = [] }
            if agwrite(g.raw, nil) != 0 || agerrors() > 0 {
                throw .buildFailed(message: messages().errors)
            }
            return String(decoding: written, as: UTF8.self)
        }
    }

    /// Parses DOT text with `agmemread` into plain values (nodes, edges, subgraphs and every
    /// attribute that differs from its declared default).
    /// - Parameter dot: DOT source.
    /// - Returns: the graph read.
    /// - Throws: ``GraphvizError/parseFailed(message:)`` with Graphviz's text.
    /// - Complexity: O(size of the text + nodes × attributes + edges × attributes).
    package static func parse(dot: String) throws(GraphvizError) -> GraphDescription {
        try withContext { _, _ throws(GraphvizError) in
            let g = try CGraph(parsing: dot)
            return g.description()
        }
    }

    /// The layout engines that loaded (`gvPluginList(…, "layout", …)`).
    /// - Throws: ``GraphvizError/contextUnavailable`` when no context can be created.
    package static func layoutEngines() throws(GraphvizError) -> [String] {
        try withContext { _, gvc in pluginList(gvc, kind: "layout") }
    }

    /// The output formats that loaded (`gvPluginList(…, "device", …)`).
    /// - Throws: ``GraphvizError/contextUnavailable`` when no context can be created.
    package static func outputFormats() throws(GraphvizError) -> [String] {
        try withContext { _, gvc in pluginList(gvc, kind: "device") }
    }

    // MARK: - Under the lock

    /// Runs `body` under the lock with a fresh log and error count and the cached context.
    private static func withContext<R: Sendable>(
        _ body: (inout State, OpaquePointer) throws(GraphvizError) -> R
    ) throws(GraphvizError) -> R {
        try lock.withLock { (state: inout State) throws(GraphvizError) -> R in
            if state.context == nil {
                _ = agseterrf(errorHook)
                _ = agseterr(AGWARN)
                log = ""
                state.context = gvContext()
            }
            guard let gvc = state.context else { throw .contextUnavailable }
            log = ""
            _ = agreseterrors()
            defer { log = "" }
            return try body(&state, gvc)
        }
    }

    /// The io discipline for graphs we build: `putstr` appends to ``written``. Allocated once,
    /// never freed.
    private static func discipline(_ state: inout State) -> UnsafeMutablePointer<Agiodisc_t> {
        if let d = state.writeDiscipline { return d }
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: Agiodisc_t(afread: afreadHook, putstr: putstrHook, flush: flushHook))
        state.writeDiscipline = io
        return io
    }

    /// Lays `g` out and renders it; frees the layout and the render buffer.
    private static func layoutAndRender(_ g: UnsafeMutablePointer<Agraph_t>, gvc: OpaquePointer,
                                        engine: String, format: String) throws(GraphvizError) -> Output {
        let laidOut = gvLayout(gvc, g, engine)
        defer { gvFreeLayout(gvc, g) }
        if laidOut != 0 || agerrors() > 0 {
            let available = pluginList(gvc, kind: "layout")
            if !available.contains(engine) {
                throw .layoutEngineUnavailable(engine: engine, available: available)
            }
            throw .layoutFailed(engine: engine, message: messages().errors)
        }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rendered = gvRenderData(gvc, g, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        if rendered != 0 || agerrors() > 0 || data == nil {
            let available = pluginList(gvc, kind: "device")
            if !available.contains(format) {
                throw .formatUnavailable(format: format, available: available)
            }
            throw .renderFailed(format: format, message: messages().errors)
        }
        let bytes = data.map { p in
            p.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        } ?? []
        return Output(bytes: bytes, warnings: messages().warnings)
    }

    /// The names of the plugins of one kind (`layout`, `device`, `render`…), deduplicated.
    private static func pluginList(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for i in 0..<Int(count) {
            guard let p = list[i] else { continue }
            let name = String(cString: p)
            free(p)
            let bare = String(name.prefix { $0 != ":" })
            if !names.contains(bare) { names.append(bare) }
        }
        return names
    }

    /// The log split into error and warning text, each folded to one line.
    static func messages() -> (errors: String, warnings: [String]) {
        var errors: [String] = []
        var warnings: [String] = []
        for raw in log.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("Warning: ") {
                warnings.append(String(line.dropFirst("Warning: ".count)))
            } else if line.hasPrefix("Error: ") {
                errors.append(String(line.dropFirst("Error: ".count)))
            } else if !warnings.isEmpty, errors.isEmpty {
                warnings[warnings.count - 1] += " " + line
            } else {
                errors.append(line)
            }
        }
        let text = errors.isEmpty ? (warnings.isEmpty ? "no message from graphviz" : warnings.joined(separator: "; ")) : errors.joined(separator: "; ")
        return (text, warnings)
    }
}

/// The `agseterrf` hook: appends Graphviz's message pieces to the log (called under the lock).
private let errorHook: agusererrf = { message in
    if let message { Graphviz.log += String(cString: message) }
    return 0
}

/// The io discipline's `putstr`: appends to ``Graphviz/written`` (called by `agwrite`, under the lock).
private let putstrHook: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Int32 = { _, text in
    guard let text else { return 0 }
    let count = strlen(text)
    text.withMemoryRebound(to: UInt8.self, capacity: count) {
        Graphviz.written.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
    }
    return 0
}

/// The io discipline's `afread`: graphs we build are never read through it.
private let afreadHook: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32 = { _, _, _ in 0 }

/// The io discipline's `flush`: nothing to flush in memory.
private let flushHook: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { _ in 0 }
