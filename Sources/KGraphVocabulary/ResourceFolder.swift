import Foundation

/// Finds a folder of kgraph's data (the vocabulary's `Data`, extraction's `Lexicons`) without
/// SwiftPM's `Bundle.module`, which stops the program with a fatal error when its bundle is
/// missing. Looked for, in order:
/// 1. in the resource bundle next to the executable (`kgraph_KGraphVocabulary.resources/Data`),
///    the executable's links resolved: an installed or copied kgraph carries its bundles along;
/// 2. in the source tree, when the executable was built inside it (`swift build`, `swift test`).
/// A binary copied elsewhere without its bundles finds nothing, and the caller reports that as
/// an error: kgraph never runs on empty tables.
public enum ResourceFolder {
    /// The folder, or `nil` when it is in neither place.
    /// - Parameters:
    ///   - name: the folder inside the bundle (`Data`).
    ///   - bundle: the bundle's file name (`kgraph_KGraphVocabulary.resources`).
    ///   - sourceFolder: the same folder in the source tree (from `#filePath`).
    ///   - executable: the running executable (tests pass another).
    public static func find(_ name: String, bundle: String, sourceFolder: URL,
                            executable: URL? = Bundle.main.executableURL) -> URL? {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        func exists(_ url: URL) -> Bool { fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue }
        guard let executable = executable?.resolvingSymlinksInPath() else { return nil }
        let beside = executable.deletingLastPathComponent().appendingPathComponent(bundle).appendingPathComponent(name)
        if exists(beside) { return beside }
        // The package root is the folder holding Sources/.
        var root = sourceFolder
        while root.lastPathComponent != "Sources", root.pathComponents.count > 1 { root.deleteLastPathComponent() }
        root.deleteLastPathComponent()
        let inTree = executable.path.hasPrefix(root.standardizedFileURL.path + "/")
        return inTree && exists(sourceFolder) ? sourceFolder : nil
    }

    /// What to say when a folder is not found.
    public static func missingMessage(bundle: String) -> String {
        "cannot find kgraph's data: '\(bundle)' is not next to the kgraph executable (copy it along with the executable)"
    }
}
