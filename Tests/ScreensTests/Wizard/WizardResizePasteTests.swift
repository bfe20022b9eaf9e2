import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import TerminalUI
import Testing

/// Resizing while typing, pastes, and hostile text drawn as placeholders.
@Suite struct WizardResizePasteTests {
    @Test func resizeWhileTypingKeepsTextCursorAndFocus() throws {
        let store = try ScreenStore()
        var d = WizardKeyTests.newLetter(store)
        d.go(to: .step(.reflections))
        let area = WizardControl.area(.reflection(WizardKeyTests.textPrompt.id))
        #expect(d.focused == area)
        d.type("First paragraph.\n\nHello wor")
        let before = d.render()
        let cursorBefore = try #require(before.cursor)
        #expect(before.row(cursorBefore.y).hasSuffix("Hello wor"))

        d.resize(60, 20)
        #expect(d.screen.contains("Please enlarge the terminal to at least 80x24."))
        d.resize(100, 30)
        let larger = d.render()
        #expect(d.focused == area)
        let cursor = try #require(larger.cursor)
        #expect(larger.row(cursor.y).hasSuffix("Hello wor"))
        #expect(cursor.x == DisplayWidth.of(larger.row(cursor.y)))

        d.type("ld")
        d.resize(80, 24)
        #expect(d.render().row(try #require(d.render().cursor).y).hasSuffix("Hello world"))
        #expect(d.wizard?.letter.answer(to: WizardKeyTests.textPrompt.id) == "First paragraph.\n\nHello world")

        // The same in a one-line field.
        d.press(.tab)
        d.type("Grow")
        d.resize(70, 22)
        d.resize(120, 40)
        d.type(" the labs")
        #expect(d.focused == .field(.action(0)))
        #expect(d.wizard?.letter.actions == ["Grow the labs"])
        let grid = d.render()
        let text = try #require(grid.find("Grow the labs"))
        #expect(grid.cursor == Point(x: text.x + 13, y: text.y))
    }

    @Test func pasteArrivesIntactInATextAreaAndAsOneLineInAField() throws {
        let store = try ScreenStore()
        var d = WizardKeyTests.newLetter(store)
        d.go(to: .step(.reflections))
        d.press(.paste("line1\nline2\n\nline4 ünïcödé"))
        #expect(d.wizard?.letter.answer(to: WizardKeyTests.textPrompt.id) == "line1\nline2\n\nline4 ünïcödé")
        let grid = d.render()
        let first = try #require(grid.find("line1"))
        #expect(grid.row(first.y + 1).hasSuffix("line2"))
        #expect(grid.row(first.y + 3).hasSuffix("line4 ünïcödé"))

        d.press(.tab)
        d.press(.paste("Grow\nthe labs\r\n"))
        #expect(d.wizard?.letter.actions.first.map { !$0.contains("\n") && !$0.contains("\r") } == true)
        #expect(d.wizard?.letter.actions.first?.hasPrefix("Grow the labs") == true)
    }

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func hostileTextIsDrawnAsPlaceholders(size: Size) throws {
        let store = try ScreenStore()
        let evil = "REJECTED\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}APPROVED \u{1B}[2J\u{1B}]0;owned\u{7} \r\u{9B}31m \u{202E}dlrow\u{202C} \u{7F}"
        try store.create("Boone County") { letter in
            fillLetterCompletely(&letter)
            letter.superintendent.name = evil
            letter.contacts[0].title = evil
            letter.reflections[WizardKeyTests.textPrompt.id] = "First\n" + evil
            letter.actions = [evil, "Second"]
            letter.signatures.district.title = evil
        }
        var d = ScreenDriver(store, columns: size.columns, rows: size.rows)
        var grids = [d.render()]
        d.press(.enter)
        for _ in WizardPage.all {
            grids.append(d.render())
            d.press(.control("n"))
        }
        // The whole letter on the review page, a screenful at a time (Space pages it).
        d.go(to: .review)
        d.press(.tab)
        var review: [GridSurface] = []
        for _ in 0..<15 {
            review.append(d.render())
            d.press(.space)
        }
        grids += review
        d.go(to: .step(.contacts))
        d.focus(.field(.superintendentName))
        d.press(.function(1))
        grids.append(d.render())
        d.press(.escape)
        d.type("!")
        try store.saveAsSomeoneElse("Boone County") { $0.superintendent.name = evil + "?" }
        d.press(.control("s"))
        #expect(d.isConflictOpen)
        grids.append(d.render())

        var sawPlaceholder = false
        for grid in grids {
            for (y, row) in grid.cells.enumerated() {
                for (x, cell) in row.enumerated() {
                    #expect(!containsControlScalar(cell.character), "control scalar at \(x),\(y): \(cell.character.unicodeScalars.map { $0.value })\n\(grid.text())")
                }
            }
            let text = grid.text()
            if text.contains("REJECTED^H^H") { sawPlaceholder = true }
            #expect(!text.contains("owned\u{7}"))
        }
        #expect(sawPlaceholder)
        // The editors drop control characters (TerminalUI's TextEditing.normalized), so a field
        // shows every visible character: nothing typed over, nothing hidden.
        let contacts = grids[3].text()
        #expect(contacts.contains("Superintendent name     REJECTEDAPPROVED"))
        // The review page shows the letter as stored, with placeholders.
        #expect(review.contains { $0.text().contains("REJECTED^H^H^H^H^H^H^H^HAPPROVED") })
        #expect(review.contains { $0.text().contains("^[[2J^[]0;owned^G") })
    }
}
