import Foundation
import Testing
import KyilnTestSupport
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

    static var isRecording: Bool { Snapshots.isRecording }

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name + ".txt") }
}

/// Compares the whole grid with the snapshot `name` (one file per name, trailing spaces trimmed per row).
func expectScreenSnapshot(_ grid: GridSurface, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    Snapshots.expect(grid.text() + "\n", file: name, in: ScreenSnapshots.folder, sourceLocation: sourceLocation)
}
