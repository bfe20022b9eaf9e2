import Testing
@testable import TerminalUI

@Suite struct ListViewTests {
    let districts = ["Adair County", "Allen County", "Anderson County", "Bardstown Independent",
                     "Boone County", "Bourbon County", "Fayette County", "Jefferson County"]

    @Test func typingFiltersCaseInsensitively() {
        var list = ListView(items: districts)
        for key in type("BOU") { #expect(list.handle(key) == .handled) }
        #expect(list.filter == "BOU")
        #expect(list.visibleIndices.map { districts[$0] } == ["Bourbon County"])
        #expect(list.handle(.enter) == .chosen(5))
    }

    @Test func backspaceAndEscapeEditTheFilter() {
        var list = ListView(items: districts)
        for key in type("ind") { _ = list.handle(key) }
        #expect(list.visibleIndices.map { districts[$0] } == ["Bardstown Independent"])
        _ = list.handle(.backspace)
        #expect(list.filter == "in")
        #expect(list.handle(.escape) == .handled)
        #expect(list.filter == "")
        #expect(list.visibleIndices.count == districts.count)
        #expect(list.handle(.escape) == .ignored)
    }

    @Test func selectionMovesAndClamps() {
        var list = ListView(items: districts, viewport: Size(columns: 30, rows: 3))
        _ = list.handle(.down)
        _ = list.handle(.down)
        #expect(list.selectedItem == "Anderson County")
        _ = list.handle(.end)
        #expect(list.selectedIndex == 7)
        _ = list.handle(.down)
        #expect(list.selectedIndex == 7)
        _ = list.handle(.home)
        _ = list.handle(.up)
        #expect(list.selectedIndex == 0)
        _ = list.handle(.pageDown)
        #expect(list.selectedIndex == 2)
    }

    @Test func drawsSelectionScrollAndFilterLine() {
        var list = ListView(items: districts, viewport: Size(columns: 30, rows: 4))
        for key in type("county") { _ = list.handle(key) }
        _ = list.handle(.down)
        _ = list.handle(.down)
        _ = list.handle(.down)
        let grid = GridSurface(columns: 30, rows: 4)
        list.draw(on: grid, in: Rect(x: 0, y: 0, width: 30, height: 4), focused: true)
        expectSnapshot(grid, """
          Allen County               ▲
          Anderson County            █
        > Boone County               ▼
        Filter: county
        """)
        #expect(grid.role(at: Point(x: 2, y: 2)) == .selection)
        #expect(grid.role(at: Point(x: 2, y: 1)) == .text)
    }

    @Test func noMatchesMessage() {
        var list = ListView(items: districts)
        for key in type("zzz") { _ = list.handle(key) }
        #expect(list.selectedIndex == nil)
        #expect(list.handle(.enter) == .handled)
        let grid = GridSurface(columns: 30, rows: 3)
        list.draw(on: grid, in: Rect(x: 0, y: 0, width: 30, height: 3), focused: true)
        #expect(grid.row(0) == "No matches")
    }

    @Test func filterKeepsTheSelectedItemWhenStillShown() {
        var list = ListView(items: districts)
        list.select(index: 6)
        for key in type("ette") { _ = list.handle(key) }
        #expect(list.selectedItem == "Fayette County")
    }
}
