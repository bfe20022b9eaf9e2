import Foundation
import LetterDomain
import LetterStore
import KyilnTestSupport
import Testing

/// Every keystroke safe: the real binary in tmux is typed into steadily and killed with SIGKILL at
/// seeded random moments (no signal handler runs, nothing is flushed on the way out). The next
/// start offers the edits, and Restore brings back every character the screen had shown, and
/// nothing that was not typed.
@Suite("kill -9 while typing", .serialized, .timeLimit(.minutes(3)),
       .enabled(if: TmuxPane.canRun, "tmux is not installed and we are not root to install it: apt-get install tmux (CI installs it through scripts/test)"))
struct KillWhileTypingTests {
    static let year = SchoolYear(containing: CalendarDate.today())
    static let iterations = 6

    /// The words typed: "w1 w2 w3 …", so the screen tells how far the typing had been shown.
    static func typed(through count: Int) -> String {
        (1...max(1, count)).map { "w\($0) " }.joined()
    }

    /// The highest word number on the screen, as a whole word or the start of one.
    static func highestShown(on screen: String) -> Int {
        var highest = 0
        for token in screen.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where token.first == "w" {
            if let n = Int(token.dropFirst()) { highest = max(highest, n) }
        }
        return highest
    }

    @Test func killedAtRandomWhileTypingRestoresEveryCharacterShown() throws {
        guard TmuxPane.isAvailable else { throw TmuxPane.Failure(description: "tmux is missing; scripts/test installs it") }
        var random = SeededGenerator(seed: 0x16_07)
        var lost: [String] = []
        for iteration in 0..<Self.iterations {
            let store = StoreFolder()
            let made = try store.kyiln("new", "--district", "Boone County", "--year", Self.year.description)
            #expect(made.status == 0, "\(made.stderr)")
            let command = TmuxPane.quote(KyilnProcess.binary) + " --store " + TmuxPane.quote(store.path) + "; true"
            let pane = try TmuxPane(columns: 80, rows: 24, command: command)
            defer { pane.kill() }
            try pane.waitFor("Boone County")
            try pane.press("Enter")
            try pane.waitFor("1 Purpose")
            for _ in 0..<3 { try pane.press("NPage") }
            try pane.waitFor("New line")
            try pane.type("w1 ", shows: "w1")

            // Steady typing, a word at a time with short random pauses (some words arrive while
            // kyiln is still drawing, some alone), then SIGKILL at a random moment.
            let words = Int.random(in: 2...70, using: &random)
            for n in 2...words {
                try pane.tmux(["send-keys", "-t", pane.target, "-l", "--", "w\(n) "])
                usleep(useconds_t(Int.random(in: 0...25_000, using: &random)))
            }
            let screen = try pane.screen()
            let kyiln = try #require(childProcesses(of: try pane.panePID()).first, "no kyiln under the pane's shell")
            #expect(Foundation.kill(kyiln, SIGKILL) == 0)
            let shown = Self.highestShown(on: screen)
            pane.kill()

            // The next start offers the edits; Restore, save, and read what was kept.
            let again = try TmuxPane(columns: 80, rows: 24, command: command)
            defer { again.kill() }
            do { try again.waitFor("Unsaved edits found") } catch {
                lost.append("iteration \(iteration): typed \(words) words, screen showed up to w\(shown); nothing was offered to restore")
                continue
            }
            try again.press("r")
            try again.waitFor("Restored your unsaved edits.")
            try again.press("C-s")
            try again.waitFor("Saved (revision 2)")
            try again.press("C-q")
            try again.waitForExit()
            let show = try store.kyiln("show", "boone-county", "--year", Self.year.description, "--format", "json")
            let letter = try LetterCodec.decode(Array(show.stdout.utf8), path: "kyiln show")
            let restored = letter.reflections.values.first { $0.hasPrefix("w1") } ?? ""
            let all = Self.typed(through: words)
            let needed = String(Self.typed(through: shown).dropLast())  // "w1 … wN", as shown
            let summary = "iteration \(iteration): typed \(words) words, screen showed up to w\(shown), restored \(restored.split(separator: " ").count) words"
            print("kill -9 while typing: \(summary)")
            #expect(all.hasPrefix(restored), "\(summary): restored text that was not typed: \(restored)")
            if !restored.hasPrefix(needed) { lost.append(summary) }
        }
        #expect(lost.isEmpty, "characters the screen had shown were lost: \(lost)")
    }
}

