import Testing
@testable import TerminalUI

/// ncurses key codes, written out (tests do not import CNcurses) so a wrong constant would show.
enum NcursesCodes {
    static let down: Int32 = 0o402
    static let up: Int32 = 0o403
    static let left: Int32 = 0o404
    static let right: Int32 = 0o405
    static let home: Int32 = 0o406
    static let backspace: Int32 = 0o407
    static let f0: Int32 = 0o410
    static let delete: Int32 = 0o512
    static let pageDown: Int32 = 0o522
    static let pageUp: Int32 = 0o523
    static let enter: Int32 = 0o527
    static let backTab: Int32 = 0o541
    static let end: Int32 = 0o550
    static let resize: Int32 = 0o632
    static let mouse: Int32 = 0o631
}

@Suite struct KeyTests {
    @Test func functionKeyCodes() {
        #expect(Key(ncursesCode: NcursesCodes.backTab, isFunctionKey: true) == .backTab)
        #expect(Key(ncursesCode: NcursesCodes.resize, isFunctionKey: true) == .resize)
        #expect(Key(ncursesCode: NcursesCodes.f0 + 1, isFunctionKey: true) == .function(1))
        #expect(Key(ncursesCode: NcursesCodes.f0 + 12, isFunctionKey: true) == .function(12))
        #expect(Key(ncursesCode: NcursesCodes.backspace, isFunctionKey: true) == .backspace)
        #expect(Key(ncursesCode: NcursesCodes.delete, isFunctionKey: true) == .delete)
        #expect(Key(ncursesCode: NcursesCodes.up, isFunctionKey: true) == .up)
        #expect(Key(ncursesCode: NcursesCodes.down, isFunctionKey: true) == .down)
        #expect(Key(ncursesCode: NcursesCodes.left, isFunctionKey: true) == .left)
        #expect(Key(ncursesCode: NcursesCodes.right, isFunctionKey: true) == .right)
        #expect(Key(ncursesCode: NcursesCodes.home, isFunctionKey: true) == .home)
        #expect(Key(ncursesCode: NcursesCodes.end, isFunctionKey: true) == .end)
        #expect(Key(ncursesCode: NcursesCodes.pageUp, isFunctionKey: true) == .pageUp)
        #expect(Key(ncursesCode: NcursesCodes.pageDown, isFunctionKey: true) == .pageDown)
        #expect(Key(ncursesCode: NcursesCodes.enter, isFunctionKey: true) == .enter)
        #expect(Key(ncursesCode: NcursesCodes.mouse, isFunctionKey: true) == nil)
    }

    @Test func characterCodes() {
        #expect(Key(ncursesCode: 127, isFunctionKey: false) == .backspace)
        #expect(Key(ncursesCode: 8, isFunctionKey: false) == .backspace)
        #expect(Key(ncursesCode: 13, isFunctionKey: false) == .enter)
        #expect(Key(ncursesCode: 10, isFunctionKey: false) == .enter)
        #expect(Key(ncursesCode: 9, isFunctionKey: false) == .tab)
        #expect(Key(ncursesCode: 27, isFunctionKey: false) == .escape)
        #expect(Key(ncursesCode: 19, isFunctionKey: false) == .control("s"))
        #expect(Key(ncursesCode: 17, isFunctionKey: false) == .control("q"))
        #expect(Key(ncursesCode: 26, isFunctionKey: false) == .control("z"))
        #expect(Key(ncursesCode: 1, isFunctionKey: false) == .control("a"))
        #expect(Key(ncursesCode: 0, isFunctionKey: false) == .control("@"))
        #expect(Key(ncursesCode: 31, isFunctionKey: false) == .control("_"))
        #expect(Key(ncursesCode: 65, isFunctionKey: false) == .character("A"))
        #expect(Key(ncursesCode: 0xF1, isFunctionKey: false) == .character("ñ"))
        #expect(Key(ncursesCode: 0x65E5, isFunctionKey: false) == .character("日"))
        #expect(Key(ncursesCode: 0x9B, isFunctionKey: false) == nil)
        #expect(Key(ncursesCode: 0xD800, isFunctionKey: false) == nil)  // lone surrogate is not a scalar
    }

    @Test func displayNames() {
        #expect(Key.control("s").displayName == "Ctrl-S")
        #expect(Key.function(1).displayName == "F1")
        #expect(Key.backTab.displayName == "Shift-Tab")
        #expect(Key.pageDown.displayName == "PgDn")
        #expect(Key.space.displayName == "Space")
        #expect(Key.escape.displayName == "Esc")
    }
}
