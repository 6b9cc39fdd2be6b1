import Foundation

/// The one progress line of `kgraph build` on standard error, over all its phases: "extracting
/// 312/1000", "storing 80/1000", "indexing", "rendering 3/1000 diagrams". It is drawn only when
/// standard error is a terminal and `--quiet` is not given; otherwise nothing is written, so
/// logs and pipes stay clean. It is redrawn at most every 100 ms (and on each change of phase),
/// and cleared before anything else is printed, so lines on standard output never mix with it.
final class BuildProgress {
    /// Whether the line is drawn at all.
    let enabled: Bool
    /// Width of the line, which is padded so a shorter line covers a longer one.
    private static let width = 72
    /// The phase drawn last, to redraw at once when it changes.
    private var phase = ""
    /// When the line was drawn last.
    private var lastDrawn = ContinuousClock.now
    /// Whether a line is on the screen.
    private var isShown = false

    /// Creates the display.
    /// - Parameter quiet: `--quiet`: draw nothing.
    init(quiet: Bool) {
        enabled = !quiet && Console.errorIsTerminal
    }

    /// Shows a phase and, when it counts, how far it is.
    /// - Parameters:
    ///   - phase: what is done now ("extracting", "storing").
    ///   - done: steps finished, or `nil` for a phase that does not count.
    ///   - total: steps in all.
    ///   - unit: what is counted, after the count ("diagrams"), or "".
    func show(_ phase: String, done: Int? = nil, of total: Int = 0, unit: String = "") {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard phase != self.phase || done == total || now - lastDrawn >= .milliseconds(100) else { return }
        self.phase = phase
        lastDrawn = now
        var line = phase
        if let done {
            let filled = total == 0 ? 20 : min(20, done * 20 / total)
            line = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 20 - filled) + "] "
                + "\(phase) \(done)/\(total)" + (unit.isEmpty ? "" : " \(unit)")
        } else {
            line += "…"
        }
        draw("\r" + line.padding(toLength: Self.width, withPad: " ", startingAt: 0))
        isShown = true
    }

    /// Clears the line, if one is shown, so that other output starts on a clean line.
    func clear() {
        guard enabled, isShown else { return }
        draw("\r" + String(repeating: " ", count: Self.width) + "\r")
        isShown = false
        phase = ""
    }

    private func draw(_ text: String) {
        _ = try? FileDescriptorWriter.write(Data(text.utf8), to: STDERR_FILENO)
    }
}
