import ArgumentParser
import Foundation

/// The knowledge base location shared by every command that reads or writes it.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The knowledge base file.",
        discussion: "Default: $KGRAPH_STORE if set, else Graphs/kgraph.sqlite under the current directory.",
        valueName: "path"))
    var store: String?

    /// The store path: `--store`, then `KGRAPH_STORE`, then `Graphs/kgraph.sqlite`.
    var path: String {
        if let store, !store.isEmpty { return store }
        if let env = ProcessInfo.processInfo.environment["KGRAPH_STORE"], !env.isEmpty { return env }
        return "Graphs/kgraph.sqlite"
    }
}
