/// An output format of a diagram.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics, with tooltips on nodes and edges.
    case svg
    /// A raster image (cairo), 96 dpi.
    case png
    /// A PDF page (cairo).
    case pdf
    /// The DOT source kgraph exports (styled, escaped, without layout positions; its `layout`
    /// attribute names the engine, so `dot -Tsvg` draws the same picture).
    case dot

    /// The format for a file name extension (`svg`, `png`, `pdf`, `dot`/`gv`), case-insensitive.
    /// - Parameter pathExtension: the extension without its dot.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}
