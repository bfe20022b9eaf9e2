import Testing
@testable import TerminalUI

@Suite("The form engine: rows, focus order, scrolling, messages")
struct FormPageLayoutTests {
    private let rows: [FormRow<Int>] = [
        .text("Heading", .title), .gap,
        .line(label: "One", id: 1, hint: nil),
        .line(label: "Two", id: 2, hint: "YYYY-MM-DD"),
        .block(3, height: 4),
        .line(label: "Four", id: 4, hint: nil),
    ]

    @Test func placesRowsAndTheirMessagesTopToBottom() {
        let layout = FormPageLayout(rows: rows, in: Rect(x: 1, y: 2, width: 40, height: 20), labelWidth: 10, focused: 1,
                                    messages: { $0 == 2 ? ["Not a date"] : [] })
        #expect(layout.placed.map(\.y) == [0, 1, 2, 3, 5, 9])
        #expect(layout.placed[3].lines == ["! Not a date"])
        #expect(layout.offset == 0 && !layout.hasMoreAbove && !layout.hasMoreBelow)
        #expect(layout.targets.map(\.id) == [1, 2, 3, 4])
        #expect(layout.targets[0].rect == Rect(x: 11, y: 4, width: 30, height: 1))
        // A click on a label focuses its control.
        #expect(layout.target(at: Point(x: 2, y: 4))?.id == 1)
        #expect(layout.control(at: Point(x: 2, y: 4)) == nil)
    }

    @Test func scrollsSoTheFocusedControlAndTheLineAboveShow() {
        let layout = FormPageLayout(rows: rows, in: Rect(x: 0, y: 0, width: 40, height: 6), labelWidth: 10, focused: 4, messages: { _ in [] })
        #expect(layout.offset == 3)
        #expect(layout.hasMoreAbove)
        #expect(layout.targets.map(\.id) == [2, 3, 4])
        let grid = GridSurface(columns: 40, rows: 6)
        layout.draw(on: grid) { id, rect, _, _ in grid.put("<\(id)>", at: rect.origin, role: .field, width: rect.width) }
        #expect(grid.text().contains("▲ more above"))
        #expect(grid.text().contains("Four"))
    }

    @Test func focusOrderWrapsAtBothEnds() {
        #expect(FocusOrder.moved(0, by: -1, count: 3) == 2)
        #expect(FocusOrder.moved(2, by: 1, count: 3) == 0)
        #expect(FocusOrder.moved("b", by: 1, in: ["a", "b"]) == "a")
        #expect(FocusOrder.moved("z", by: 1, in: ["a", "b"]) == "a")
    }
}
