import Foundation
import Testing

/// Text snapshots: whole screens compared with text in the test or in a file.
/// `KYILN_RECORD_SNAPSHOTS=1` records instead of failing: inline snapshots are printed
/// between markers, ready to paste into the test; file snapshots are rewritten.
public enum Snapshots {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["KYILN_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with `expected` written in the test.
    public static func expect(_ actual: String, equals expected: String, sourceLocation: SourceLocation) {
        if isRecording {
            print("----- snapshot at \(sourceLocation) -----\n\(actual)\n----- end -----")
            return
        }
        #expect(actual == expected, "grid differs:\n\(actual)", sourceLocation: sourceLocation)
    }

    /// Compares `actual` with the file `<folder>/<name>.txt`. A missing file is recorded and
    /// the test fails, so a new screen is always looked at before it is committed.
    public static func expect(_ actual: String, file name: String, in folder: URL, sourceLocation: SourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if isRecording || expected == nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            if expected == nil && !isRecording {
                Issue.record("no snapshot \(name).txt yet: recorded it at \(url.path); review it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        if actual != expected {
            let diff = lineDiff(expected: expected!, actual: actual)
            Issue.record("screen differs from snapshot \(name).txt (KYILN_RECORD_SNAPSHOTS=1 rewrites it)\n\(diff)", sourceLocation: sourceLocation)
        }
    }

    /// The rows that differ, numbered, expected above actual.
    public static func lineDiff(expected: String, actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let left = i < a.count ? a[i] : "<none>", right = i < b.count ? b[i] : "<none>"
            if left != right { out.append("row \(i) expected: |\(left)|\nrow \(i) actual:   |\(right)|") }
        }
        return out.joined(separator: "\n")
    }
}
