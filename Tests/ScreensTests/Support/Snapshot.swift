import Foundation
import Testing
import TerminalUI

/// Whole-screen snapshots kept as text files in `Tests/ScreensTests/Snapshots/<name>.txt`.
///
/// They are found through this file's `#filePath` (not bundle resources), so they are read
/// from and written to the source tree. `KYILN_RECORD_SNAPSHOTS=1` rewrites every snapshot
/// a run touches; a missing snapshot is recorded and the test fails, so a new screen is
/// always looked at before it is committed.
enum ScreenSnapshots {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // ScreensTests
        .appendingPathComponent("Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["KYILN_RECORD_SNAPSHOTS"] == "1" }

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name + ".txt") }
}

/// Compares the whole grid with the snapshot `name` (one file per name, trailing spaces trimmed per row).
func expectScreenSnapshot(_ grid: GridSurface, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = grid.text() + "\n"
    let url = ScreenSnapshots.url(name)
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if ScreenSnapshots.isRecording || expected == nil {
        try? FileManager.default.createDirectory(at: ScreenSnapshots.folder, withIntermediateDirectories: true)
        do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
            Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        if expected == nil && !ScreenSnapshots.isRecording {
            Issue.record("no snapshot \(name).txt yet: recorded it at \(url.path); review it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    if actual != expected {
        let diff = screenLineDiff(expected: expected!, actual: actual)
        Issue.record("screen differs from snapshot \(name).txt (KYILN_RECORD_SNAPSHOTS=1 rewrites it)\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// The rows that differ, numbered, expected above actual.
private func screenLineDiff(expected: String, actual: String) -> String {
    let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(a.count, b.count) {
        let left = i < a.count ? a[i] : "<none>", right = i < b.count ? b[i] : "<none>"
        if left != right { out.append("row \(i) expected: |\(left)|\nrow \(i) actual:   |\(right)|") }
    }
    return out.joined(separator: "\n")
}
