import Foundation

/// A one-line progress bar on standard error, drawn only on a terminal and only for many files.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private var lastDrawn = -1

    /// Creates a bar for `total` steps; it draws when standard error is a terminal and `total` is over 5.
    init(total: Int) {
        self.total = total
        enabled = total > 5 && Console.errorIsTerminal
    }

    /// Draws the bar at step `done` with a short label.
    mutating func update(_ done: Int, label: String) {
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        guard filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let name = label.count > 40 ? "…" + label.suffix(39) : label
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total) \(name)"
        FileHandle.standardError.write(Data((line.padding(toLength: 90, withPad: " ", startingAt: 0)).utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 90) + "\r").utf8))
    }
}
