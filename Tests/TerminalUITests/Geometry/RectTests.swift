import Testing
@testable import TerminalUI

@Suite struct RectTests {
    @Test func splitting() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let (header, rest) = screen.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        #expect(header == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(status == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(body == Rect(x: 0, y: 1, width: 80, height: 22))
        let (left, right) = body.splitLeft(20)
        #expect(left.width == 20 && right.x == 20 && right.width == 60)
    }

    @Test func insetCentreAndIntersection() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(rect.inset(by: 5).isEmpty)
        #expect(rect.centered(Size(columns: 4, rows: 2)) == Rect(x: 3, y: 1, width: 4, height: 2))
        #expect(rect.intersection(Rect(x: 8, y: 3, width: 5, height: 5)) == Rect(x: 8, y: 3, width: 2, height: 1))
        #expect(rect.contains(Point(x: 9, y: 3)) && !rect.contains(Point(x: 10, y: 0)))
    }
}
