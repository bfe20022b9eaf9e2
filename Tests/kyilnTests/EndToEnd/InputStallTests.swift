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
        let (pane, _) = try home()
        defer { pane.kill() }
        try #require(Self.drawsRow(23)(try pane.screen()), "Home draws down to its last row")
        // A right-button press (kyiln asks only for the left one and the wheel), and at once a
        // resize, in one tmux command; then the same with a report cut off after "ESC [ <0;".
        // ncurses used to stall here about one time in three (it depends on where its read loop is).
        let reports = ["1b 5b 4d 22 25 25", "1b 5b 3c 32 3b 35 3b 35 4d", "1b 5b 3c 30 3b"]
        for round in 0..<8 {
            let (hex, rows) = (reports[round % 3], round % 2 == 0 ? 30 : 24)
            usleep(UInt32(150_000 + 70_000 * (round % 4)))
            let bytes = hex.split(separator: " ").map(String.init)
            try pane.tmux(["send-keys", "-t", pane.target, "-H"] + bytes + [";", "resize-window", "-t", pane.target, "-x", "\(rows == 30 ? 100 : 80)", "-y", "\(rows)"])
            try pane.waitUntil("Home redrawn at \(rows) rows, with no key pressed", timeout: 3) { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return Self.drawsRow(rows - 1)(screen) && !(lines.count > rows && Self.drawsRow(rows)(screen))
            }
        }
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
