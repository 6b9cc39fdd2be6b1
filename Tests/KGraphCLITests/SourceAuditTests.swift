import Foundation
import Testing

/// Issue #17 item 13: no `try!`, and force unwraps only where Tools/unsafe-allowlist.txt says
/// why they cannot fail (the same script runs in CI).
@Suite struct SourceAuditTests {
    @Test func sourcesHaveNoTryBangAndOnlyAllowedForceUnwraps() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent("Tools/count-unsafe.sh").path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("0 try! allowed, 0 found"), "\(text)")
    }
}
