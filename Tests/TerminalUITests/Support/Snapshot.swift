import KyilnTestSupport
import Testing
@testable import TerminalUI

/// Compares a whole grid against expected text. With KYILN_RECORD_SNAPSHOTS=1 the actual text
/// is printed between markers instead of failing, ready to paste into the test.
func expectSnapshot(_ grid: GridSurface, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    Snapshots.expect(grid.text(), equals: expected, sourceLocation: sourceLocation)
}

/// Feeds keys to a widget's handle method.
func type(_ text: String) -> [Key] {
    text.map { Key.character($0) }
}
