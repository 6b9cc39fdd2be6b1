import Foundation

/// Why an export failed.
public enum ExportError: Error, CustomStringConvertible, Equatable {
    /// The format is a folder of files: use ``GraphExporter/writeNeo4jCSV(_:to:)``.
    case folderFormat(ExportFormat)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    /// One lowercase line naming the format or path.
    public var description: String {
        switch self {
        case .folderFormat(let f):
            "format '\(f.rawValue)' writes a folder of files, not one file: give a directory"
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        }
    }
}
