import Testing
@testable import TerminalUI

@Suite struct CheckboxListTests {
    func list() -> CheckboxList {
        CheckboxList(items: [.init("Attend trainings"), .init("Share data", isChecked: true), .init("Host a visit")])
    }

    @Test func spaceTogglesTheSelectedItem() {
        var boxes = list()
        #expect(boxes.handle(.space) == true)
        #expect(boxes.checkedIndices == [0, 1])
        _ = boxes.handle(.down)
        _ = boxes.handle(.space)
        #expect(boxes.checkedIndices == [0])
        _ = boxes.handle(.down)
        _ = boxes.handle(.down)
        _ = boxes.handle(.space)
        #expect(boxes.checkedIndices == [0, 2])
        _ = boxes.handle(.up)
        #expect(boxes.selectedRow == 1)
        #expect(boxes.handle(.enter) == false)
    }

    @Test func drawsBoxes() {
        var boxes = list()
        _ = boxes.handle(.down)
        let grid = GridSurface(columns: 24, rows: 3)
        boxes.draw(on: grid, in: Rect(x: 0, y: 0, width: 24, height: 3), focused: true)
        expectSnapshot(grid, """
        [ ] Attend trainings
        [x] Share data
        [ ] Host a visit
        """)
        #expect(grid.role(at: Point(x: 4, y: 1)) == .selection)
        #expect(grid.cursor == Point(x: 1, y: 1))
    }
}
