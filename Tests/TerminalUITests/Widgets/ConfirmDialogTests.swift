import Testing
@testable import TerminalUI

@Suite struct ConfirmDialogTests {
    @Test func shortcutKeys() {
        var dialog = ConfirmDialog.saveDiscardCancel(message: "Save changes to Adair County?")
        #expect(dialog.handle(.character("y")) == .chosen(0))
        #expect(dialog.handle(.character("N")) == .chosen(1))
        #expect(dialog.handle(.character("s")) == .chosen(0))
        #expect(dialog.handle(.character("d")) == .chosen(1))
        #expect(dialog.handle(.character("c")) == .cancelled)
        #expect(dialog.handle(.escape) == .cancelled)
        #expect(dialog.handle(.character("z")) == .pending)
    }

    @Test func arrowsAndEnter() {
        var dialog = ConfirmDialog.saveDiscardCancel(message: "Save?")
        #expect(dialog.handle(.right) == .pending)
        #expect(dialog.handle(.enter) == .chosen(1))
        _ = dialog.handle(.right)
        #expect(dialog.handle(.enter) == .cancelled)
        _ = dialog.handle(.tab)  // cycles inside the modal
        #expect(dialog.handle(.enter) == .chosen(0))
    }

    @Test func yesNoDefaultsToNo() {
        var dialog = ConfirmDialog.yesNo(title: "Quit", message: "Quit kyiln?")
        #expect(dialog.handle(.enter) == .cancelled)
        #expect(dialog.handle(.character("y")) == .chosen(0))
    }

    @Test func drawnCentredInABox() {
        let dialog = ConfirmDialog.saveDiscardCancel(message: "Save changes to José's letter?")
        let grid = GridSurface(columns: 50, rows: 9)
        grid.put("background", at: .zero, role: .text)
        dialog.draw(on: grid, in: Rect(x: 0, y: 0, width: 50, height: 9))
        expectSnapshot(grid, """
        background
              ┌─ Unsaved changes ─────────────────┐
              │                                   │
              │ Save changes to José's letter?    │
              │                                   │
              │ [ Save ]  [ Discard ]  [ Cancel ] │
              └───────────────────────────────────┘


        """)
        #expect(grid.role(at: grid.find("Save ]")!) == .selection)
        #expect(grid.role(at: grid.find("┌")!) == .border)
    }

    @Test func actionsMoveAndCancelOnWhateverKeysTheyAre() {
        var dialog = ConfirmDialog.saveDiscardCancel(message: "Save?")
        let start = dialog.row.focusedIndex
        #expect(dialog.handle(KeyPress(.control("t"), action: .nextField)) == .pending)
        #expect(dialog.row.focusedIndex == (start + 1) % 3)
        #expect(dialog.handle(KeyPress(.control("r"), action: .previousField)) == .pending)
        #expect(dialog.row.focusedIndex == start)
        #expect(dialog.handle(KeyPress(.function(9), action: .back)) == .cancelled)
        #expect(dialog.handle(KeyPress(.enter)) == .chosen(start))
    }
}
