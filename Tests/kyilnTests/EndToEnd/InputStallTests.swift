import Foundation
import Testing

/// Broken input sent to the real binary in tmux (`send-keys -H`): the screen stays live and
/// what is typed next arrives as typed.
@Suite("Broken input in tmux", .serialized, .timeLimit(.minutes(1)))
struct InputStallTests {
    func home(mouse: Bool = true) throws -> (TmuxPane, StoreFolder) {
        let store = StoreFolder()
        let command = TmuxPane.quote(KyilnProcess.binary) + " --store " + TmuxPane.quote(store.path) + (mouse ? "" : " --no-mouse")
        let pane = try TmuxPane(columns: 80, rows: 24, command: command)
        try pane.waitFor("Welcome to kyiln")
        return (pane, store)
    }

    /// Sends raw bytes, e.g. "1b 5b 3c".
    func send(_ pane: TmuxPane, hex: String) throws {
        try pane.tmux(["send-keys", "-t", pane.target, "-H"] + hex.split(separator: " ").map(String.init))
    }

    /// True when the screen's last row holds something: kyiln drew at the new size.
    static func drawsRow(_ row: Int) -> (String) -> Bool {
        { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count > row && !lines[row].trimmingCharacters(in: .whitespaces).isEmpty
        }
    }

    @Test func anUnaskedMousePressThenAResizeIsServedWithoutAKey() throws {
        guard TmuxPane.isAvailable else { return }
        let (pane, _) = try home(mouse: false)
        defer { pane.kill() }
        try #require(Self.drawsRow(23)(try pane.screen()), "Home draws down to its last row")
        // An SGR mouse press cut off after its first number, then at once a resize.
        try send(pane, hex: "1b 5b 3c 30 3b")
        try pane.resize(columns: 100, rows: 30)
        try pane.waitUntil("Home redrawn at 30 rows, with no key pressed", timeout: 3, Self.drawsRow(29))
        try pane.resize(columns: 80, rows: 24)
        try pane.waitUntil("Home redrawn at 24 rows", timeout: 3) { $0.split(separator: "\n", omittingEmptySubsequences: false).count <= 25 && Self.drawsRow(23)($0) }
    }

    @Test func textAfterACutOffSequenceAndAPasteArriveAsThemselves() throws {
        guard TmuxPane.isAvailable else { return }
        let (pane, _) = try home()
        defer { pane.kill() }
        // A mouse report cut off after "ESC [ <", then "n" (New letter): an Esc (nothing on Home), then the n.
        try send(pane, hex: "1b 5b 3c 6e")
        try pane.waitFor("New letter")
        try pane.type("Boone", shows: "Boone")
        // A bracketed paste after it is one paste, not keys.
        try send(pane, hex: "1b 5b 32 30 30 7e 20 43 6f 75 6e 74 79 1b 5b 32 30 31 7e")
        try pane.waitFor("id: boone-county")
        #expect(try pane.screen().contains("District name   Boone County"))
    }

    @Test func anInvalidByteCostsNothingElse() throws {
        guard TmuxPane.isAvailable else { return }
        let (pane, _) = try home()
        defer { pane.kill() }
        try pane.press("n")
        try pane.waitFor("New letter")
        try send(pane, hex: "ff")
        try pane.type("Adair", shows: "Adair")
        try pane.waitFor("id: adair")
    }
}
