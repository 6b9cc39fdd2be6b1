import Foundation

#if FUZZING
/// libFuzzer's entry point (built by `Tools/fuzz.sh` with `-sanitize=fuzzer,address -DFUZZING`);
/// `KGRAPH_FUZZ_TARGET` names the harness.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let name = ProcessInfo.processInfo.environment["KGRAPH_FUZZ_TARGET"] ?? "extract"
    guard let harness = Harness(rawValue: name) else { fatalError("kgraph-fuzz: unknown KGRAPH_FUZZ_TARGET '\(name)'") }
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    do {
        try harness.run(bytes)
    } catch {
        fatalError("kgraph-fuzz \(name): \(error)")
    }
    return 0
}

/// libFuzzer's driver, called from our own `main`: SwiftPM links an executable's entry point
/// as `<module>_main`, so libFuzzer's `main` is not used.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("kgraph_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Load the lexicon (and the question harness's store) before libFuzzer starts timing runs.
    _ = Harness.extractor
    if ProcessInfo.processInfo.environment["KGRAPH_FUZZ_TARGET"] == Harness.question.rawValue { _ = Harness.questionBase }
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}
#else
/// The plain driver: replays files, or mutates the seeds at random for a while.
///
///     kgraph-fuzz extract --seconds 30 [--seed 1] [--corpus DIR]   # random mutations
///     kgraph-fuzz jsonl crash-file ...                             # replay inputs
///     kgraph-fuzz seeds DIR                                        # write every harness's seeds
@main
enum FuzzDriver {
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        guard let first = args.first else { fail("usage: kgraph-fuzz extract|question|jsonl [--seconds N] [--seed S] [--corpus DIR] [FILE...] | seeds DIR") }
        args.removeFirst()
        if first == "seeds" { writeSeeds(to: args.first ?? "fuzz-seeds"); return }
        guard let harness = Harness(rawValue: first) else { fail("kgraph-fuzz: unknown harness '\(first)'") }
        let seconds = Double(option("--seconds", in: &args) ?? "30") ?? 30
        let seed = UInt64(option("--seed", in: &args) ?? "1") ?? 1
        let corpus = option("--corpus", in: &args)
        if !args.isEmpty {
            for path in args { replay(harness, path: path) }
            return
        }
        mutate(harness, seconds: seconds, seed: seed, corpus: corpus)
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(64)
    }

    static func option(_ name: String, in args: inout [String]) -> String? {
        guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
        defer { args.removeSubrange(i...(i + 1)) }
        return args[i + 1]
    }

    static func replay(_ harness: Harness, path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { fail("kgraph-fuzz: cannot read '\(path)'") }
        do { try harness.run(data); print("ok \(path)") } catch { fail("kgraph-fuzz: \(path): \(error)") }
    }

    static func writeSeeds(to dir: String) {
        for harness in Harness.allCases {
            let folder = (dir as NSString).appendingPathComponent(harness.rawValue)
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (i, data) in Seeds.inputs(for: harness).enumerated() {
                _ = FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("seed-\(i)"), contents: data)
            }
        }
    }

    /// Mutates seeds (and a corpus folder's files) until time is up. Before each run the input
    /// is saved to `kgraph-fuzz-<harness>.last`, so a crash leaves it behind to replay; a
    /// failed invariant saves it as `kgraph-fuzz-<harness>-failure-<n>` and goes on.
    static func mutate(_ harness: Harness, seconds: Double, seed: UInt64, corpus: String?) {
        var pool = Seeds.inputs(for: harness).map { [UInt8]($0) }
        if let corpus, let names = try? FileManager.default.contentsOfDirectory(atPath: corpus) {
            for name in names.sorted() {
                if let d = FileManager.default.contents(atPath: (corpus as NSString).appendingPathComponent(name)) { pool.append([UInt8](d)) }
            }
        }
        // Load the lexicon (and the question store) before the clock starts.
        _ = Harness.extractor
        if harness == .question { _ = Harness.questionBase }
        var rng = Mutator(state: seed)
        let last = "kgraph-fuzz-\(harness.rawValue).last"
        let deadline = Date().addingTimeInterval(seconds)
        var runs = 0, failures = 0
        while Date() < deadline {
            let input = rng.mutate(pool[rng.below(pool.count)], other: pool[rng.below(pool.count)])
            _ = FileManager.default.createFile(atPath: last, contents: Data(input))
            do {
                try harness.run(Data(input))
            } catch {
                failures += 1
                _ = FileManager.default.createFile(atPath: "kgraph-fuzz-\(harness.rawValue)-failure-\(failures)", contents: Data(input))
                FileHandle.standardError.write(Data("kgraph-fuzz \(harness.rawValue): \(error)\n".utf8))
            }
            runs += 1
            if pool.count < 256, rng.below(8) == 0 { pool.append(input) }
        }
        try? FileManager.default.removeItem(atPath: last)
        print("kgraph-fuzz \(harness.rawValue): \(runs) runs in \(Int(seconds)) s, seed \(seed), \(failures) failures")
        if failures > 0 { exit(1) }
    }
}
#endif
