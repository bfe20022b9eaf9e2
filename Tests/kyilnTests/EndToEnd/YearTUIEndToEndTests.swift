import Foundation
import LetterDomain
import LetterStore
import Testing

/// The year from Home in a real terminal (tmux): TERM=vt100's keypad PgDn moves a step
/// instead of leaving the letter, and an export from Home lands where it was typed.
@Suite("The year from Home, end to end in tmux")
struct YearTUIEndToEndTests {
    /// The school year kyiln opens on: the one today is in here.
    static let year = SchoolYear(containing: CalendarDate.today())

    static func seeded() throws -> StoreFolder {
        let store = StoreFolder()
        let made = try store.kyiln("new", "--district", "Boone County", "--year", year.description)
        #expect(made.status == 0, "\(made.stderr)")
        return store
    }

    @Test func vt100KeypadPageDownMovesAStep() throws {
        guard TmuxPane.isAvailable else { throw TmuxPane.Failure(description: "tmux is missing; scripts/test installs it") }
        let store = try Self.seeded()
        let pane = try TmuxPane(columns: 80, rows: 24, command: TUIEndToEndTests.run(store), environment: ["TERM": "vt100"])
        defer { pane.kill() }
        try pane.waitFor("Boone County")
        try pane.press("Enter")
        try pane.waitFor("I. Statement of Purpose")
        try pane.tmux(["send-keys", "-t", pane.target, "-H", "1b", "4f", "73"])  // ESC O s: the keypad's PgDn
        let screen = try pane.waitFor("II. Mutual Commitments")
        #expect(!screen.contains("Letters of Commitment ·"), "still in the letter, not back on Home")
        try pane.press("C-q")
        try pane.waitForExit()
    }

    @Test func exportFromHomeAsksBeforeReplacing() throws {
        guard TmuxPane.isAvailable else { throw TmuxPane.Failure(description: "tmux is missing; scripts/test installs it") }
        let store = try Self.seeded()
        let out = NSTemporaryDirectory() + "kyiln-e2e-export-" + UUID().uuidString + ".html"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let pane = try TmuxPane(columns: 100, rows: 30, command: TUIEndToEndTests.run(store))
        defer { pane.kill() }
        try pane.waitFor("Boone County")
        try pane.press("p")
        try pane.waitFor("Export and print")
        try pane.press("Down", "C-u")
        try pane.type(out, shows: "kyiln-e2e-export-")
        try pane.press("Enter")
        try pane.waitFor("Exported Boone County")
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.contains("Boone County"))
        #expect(page.contains("DRAFT"))
        try pane.press("p")
        try pane.waitFor("Export and print")
        try pane.press("Down", "C-u")
        try pane.type(out, shows: "kyiln-e2e-export-")
        try pane.press("Enter")
        try pane.waitFor("exists already")
        try pane.press("c")
        try pane.press("Escape")
        try pane.waitUntil("the box closed") { !$0.contains("Export and print") }
        #expect(try String(contentsOfFile: out, encoding: .utf8) == page)
        try pane.press("q")
        try pane.waitForExit()
    }
}
