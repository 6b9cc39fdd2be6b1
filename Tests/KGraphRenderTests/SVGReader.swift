import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads Graphviz SVG with `XMLParser`: fails on malformed XML, and collects each node or edge
/// group's title (the Graphviz name), texts and tooltip.
final class SVGReader: NSObject, XMLParserDelegate {
    /// One `<g class="node">` or `<g class="edge">`.
    struct Group {
        var cls = ""
        var title = ""
        var texts: [String] = []
        var tooltips: [String] = []
    }

    private(set) var groups: [Group] = []
    private(set) var elementNames: Set<String> = []
    private var current: Group?
    private var inTitle = false
    private var inText = false
    private var buffer = ""

    /// Parses SVG bytes; `nil` when the XML is malformed.
    static func read(_ data: Data) -> SVGReader? {
        let reader = SVGReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    /// The node group with a title.
    func node(_ title: String) -> Group? { groups.first { $0.cls.hasPrefix("node") || $0.cls.contains(" node") ? $0.title == title : false } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elementNames.insert(name)
        if name == "g", let cls = attributes["class"], cls != "graph" {
            current = Group(cls: cls)
        }
        if name == "title" { inTitle = true; buffer = "" }
        if name == "text" { inText = true; buffer = "" }
        if name == "a", let t = attributes["xlink:title"] { current?.tooltips.append(t) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle || inText { buffer += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { inTitle = false; current?.title = buffer }
        if name == "text" { inText = false; current?.texts.append(buffer) }
        if name == "g", let g = current { groups.append(g); current = nil }
    }
}
