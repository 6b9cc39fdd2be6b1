import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small readers for the tests: just enough of each format to check what the exporters wrote.
enum TestSupport {
    /// The records of an RFC 4180 CSV text: quoted fields may hold commas, quotes (doubled) and
    /// line breaks. Each field is `nil` when empty and unquoted (Neo4j: no value).
    static func csvRecords(_ text: String) -> [[String?]] {
        var records = [[String?]]()
        var record = [String?]()
        var field = ""
        var quoted = false, wasQuoted = false, inQuotes = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func endField() {
            record.append(field.isEmpty && !wasQuoted ? nil : field)
            field = ""
            wasQuoted = false
            quoted = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
                quoted = true
                wasQuoted = true
            } else if c == "," {
                endField()
            } else if c == "\n" {
                endField()
                records.append(record)
                record = []
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        _ = quoted
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        return records
    }

    /// The values of the single-quoted Cypher string literals of a line, unescaped.
    static func cypherStrings(_ line: String) -> [String] {
        var result = [String]()
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "'" {
                var s = ""
                i += 1
                while i < scalars.count, scalars[i] != "'" {
                    if scalars[i] == "\\", i + 1 < scalars.count {
                        i += 1
                        switch scalars[i] {
                        case "n": s += "\n"
                        case "r": s += "\r"
                        case "t": s += "\t"
                        case "b": s += "\u{08}"
                        case "f": s += "\u{0C}"
                        default: s.unicodeScalars.append(scalars[i])
                        }
                    } else {
                        s.unicodeScalars.append(scalars[i])
                    }
                    i += 1
                }
                result.append(s)
            }
            i += 1
        }
        return result
    }

    /// A parsed GraphML document: keys, nodes and edges with their data by attribute name.
    struct GraphML {
        var keys: [String: (for: String, name: String)] = [:]
        var nodes: [(id: String, data: [String: String])] = []
        var edges: [(source: String, target: String, data: [String: String])] = []
        var edgedefault = ""
    }

    /// Parses GraphML with Foundation's `XMLParser`.
    /// - Throws: the parser's error when the XML is not well-formed.
    static func parseGraphML(_ data: Data) throws -> GraphML {
        final class Delegate: NSObject, XMLParserDelegate {
            var result = GraphML()
            var currentKey: String?
            var text = ""
            var inNode = false

            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                switch name {
                case "key": result.keys[attributes["id"] ?? ""] = (attributes["for"] ?? "", attributes["attr.name"] ?? "")
                case "graph": result.edgedefault = attributes["edgedefault"] ?? ""
                case "node": result.nodes.append((attributes["id"] ?? "", [:])); inNode = true
                case "edge": result.edges.append((attributes["source"] ?? "", attributes["target"] ?? "", [:])); inNode = false
                case "data": currentKey = attributes["key"]; text = ""
                default: break
                }
            }

            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if currentKey != nil { text += string }
            }

            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                guard name == "data", let key = currentKey else { return }
                let attr = result.keys[key]?.name ?? key
                if inNode { result.nodes[result.nodes.count - 1].data[attr] = text } else { result.edges[result.edges.count - 1].data[attr] = text }
                currentKey = nil
            }
        }
        let parser = XMLParser(data: data)
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "graphml", code: 1)
        }
        return delegate.result
    }

    /// A fresh temporary directory.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-export-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// JSON of bytes.
    static func json(_ data: Data) throws -> Any { try JSONSerialization.jsonObject(with: data) }
}
