@testable import Screens
import TerminalUI

/// Mouse events for `ScreenDriver`, as the terminal reports them (screen cells, one `.click` per click).
extension ScreenDriver {
    mutating func click(_ point: Point) { app.handle(.key(.mouse(.click(point)))) }

    mutating func click(x: Int, y: Int) { click(Point(x: x, y: y)) }

    mutating func wheelDown(at point: Point, times: Int = 1) {
        for _ in 0..<times { app.handle(.key(.mouse(.wheelDown(point)))) }
    }

    mutating func wheelUp(at point: Point, times: Int = 1) {
        for _ in 0..<times { app.handle(.key(.mouse(.wheelUp(point)))) }
    }

    /// Clicks the first cell of `text` where it is on the screen now (the test fails when it is not shown).
    mutating func click(on text: String, offset: Int = 0) throws -> Point {
        guard let found = render().find(text) else { throw ScreenTextNotShown(text: text, screen: screen) }
        let point = Point(x: found.x + offset, y: found.y)
        click(point)
        return point
    }
}

/// A click aimed at text that is not on the screen.
struct ScreenTextNotShown: Error, CustomStringConvertible {
    let text: String
    let screen: String
    var description: String { "\"\(text)\" is not on the screen:\n\(screen)" }
}
