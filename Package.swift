// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "kgraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kgraph", targets: ["kgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The Graphviz C library (libgvc + libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // A small, safe Swift layer over CGraphviz: the only importer of the C module.
        .target(name: "KGraphGraphviz", dependencies: ["CGraphviz"]),
        // Sendable value types of the graph: no I/O.
        .target(name: "KGraphModel"),
        // The compiled vocabulary and lexicon (generated from the TSVs by `kgraph-dev compile-tables`),
        // linked into the binary by an assembler .incbin: one file is the whole tool.
        .target(
            name: "KGraphTables",
            exclude: ["vocabulary.kgt", "lexicon.kgt"],
            cSettings: [.headerSearchPath(".")]
        ),
        // One vocabulary for extraction and questions: word classes, titles, triggers, WordNet's words.
        // Data/ holds the source TSVs (read by tests and the generator only, never at run time).
        .target(
            name: "KGraphVocabulary",
            dependencies: ["KGraphModel", "KGraphTables"],
            exclude: ["Tools", "Data"]
        ),
        // Text → sentences → mentions → entities → roles/events/relations → graph.
        .target(
            name: "KGraphExtraction",
            dependencies: [
                "KGraphModel", "KGraphVocabulary",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["LexiconTools", "Lexicons"]
        ),
        // The SQLite knowledge base: the only GRDB importer.
        .target(
            name: "KGraphStore",
            dependencies: ["KGraphModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Questions in, answers with evidence out.
        .target(name: "KGraphQuery", dependencies: ["KGraphModel", "KGraphVocabulary", "KGraphExtraction"]),
        // Graph → styled, escaped diagram through KGraphGraphviz.
        .target(name: "KGraphRender", dependencies: ["KGraphModel", "KGraphGraphviz"]),
        // GraphML, Turtle, JSON-LD, Cypher, Neo4j CSV, JSON.
        .target(name: "KGraphExport", dependencies: ["KGraphModel", .product(name: "Crypto", package: "swift-crypto")]),
        // The command-line tool: the only ArgumentParser user.
        .executableTarget(
            name: "kgraph",
            dependencies: [
                "KGraphModel", "KGraphExtraction", "KGraphStore", "KGraphQuery",
                "KGraphRender", "KGraphExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Developer tools: benchmarks, the synthetic corpus generator, the table compiler.
        .executableTarget(
            name: "kgraph-dev",
            dependencies: [
                "KGraphModel", "KGraphVocabulary", "KGraphExtraction", "KGraphStore", "KGraphQuery",
                "KGraphRender", "KGraphExport",
            ],
            exclude: ["Scripts"]
        ),
        // Fuzz harnesses: extraction on bytes, questions, --from-jsonl lines (Tools/fuzz.sh builds
        // them with libFuzzer; a plain build is a seeded random-mutation driver for CI).
        .executableTarget(
            name: "kgraph-fuzz",
            dependencies: ["KGraphModel", "KGraphExtraction", "KGraphStore", "KGraphQuery", "KGraphExport"]
        ),
        .testTarget(name: "KGraphModelTests", dependencies: ["KGraphModel"]),
        .testTarget(name: "KGraphVocabularyTests", dependencies: ["KGraphVocabulary", "KGraphModel"]),
        .testTarget(name: "KGraphExtractionTests", dependencies: ["KGraphExtraction", "KGraphVocabulary", "KGraphModel", "KGraphExport"], exclude: ["Golden"]),
        .testTarget(name: "KGraphStoreTests", dependencies: ["KGraphStore", "KGraphModel"]),
        .testTarget(name: "KGraphQueryTests", dependencies: ["KGraphQuery", "KGraphVocabulary", "KGraphModel", "KGraphExtraction"]),
        .testTarget(name: "KGraphGraphvizTests", dependencies: ["KGraphGraphviz"]),
        .testTarget(name: "KGraphRenderTests", dependencies: ["KGraphRender", "KGraphGraphviz", "KGraphModel"]),
        .testTarget(name: "KGraphExportTests", dependencies: ["KGraphExport", "KGraphModel"], exclude: ["Interop"]),
        .testTarget(name: "KGraphCLITests", dependencies: ["kgraph"]),
    ],
    swiftLanguageModes: [.v6]
)
