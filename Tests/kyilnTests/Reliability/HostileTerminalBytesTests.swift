import Foundation
import LetterDomain
import LetterStore
import Testing

/// A letter full of escape sequences, shown by the real binary in a real terminal (tmux),
/// with every byte kyiln writes recorded by script(1): the program manager's wizard and a
/// district's review screen must send none of the letter's own control sequences.
@Suite("Hostile text: the bytes sent to the terminal", .timeLimit(.minutes(1)),
       .enabled(if: TmuxPane.canRun, "tmux is not installed and we are not root to install it: apt-get install tmux"))
struct HostileTerminalBytesTests {
    static let year = SchoolYear(containing: CalendarDate.today())

    /// Sequences a letter could use to attack the terminal of whoever reads it.
    static let payloads = [
        "\u{1B}]52;c;ZXZpbA==\u{07}",                  // OSC 52: write the clipboard
        "\u{1B}]8;;https://evil.example/\u{1B}\\link\u{1B}]8;;\u{1B}\\",   // OSC 8 hyperlink
        "\u{1B}]0;pwned\u{07}",                        // window title
        "\u{1B}[2J\u{1B}[HCLEARED",                    // clear the screen, cursor home
        "\u{1B}[6n",                                   // ask the terminal to answer on stdin
        "\u{9B}31m\u{9D}0;c1\u{9C}",                   // C1 CSI, OSC, ST
        "REJECTED\u{08}\u{08}\u{08}\u{08}\u{08}\u{08}\u{08}\u{08}APPROVED\r",
        "\u{7F}\u{202E}evil\u{202C}\u{2066}iso\u{2069}\u{200B}",
    ]
    static var hostile: String { "Start " + payloads.joined(separator: " ") + " end" }

    /// Boone County in review with the payloads in every kind of field.
    static func seed(_ store: StoreFolder) throws {
        let edition = EditionCatalog.bundled.defaultEdition(for: year)
        var letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")), schoolYear: year,
                            editionID: edition.id, createdBy: "tester")
        letter.superintendent = Superintendent(name: "José " + hostile, email: "jose@boone.kyschools.us")
        letter.contacts = [Contact(name: hostile, title: hostile, email: "bill@boone.kyschools.us")]
        for prompt in edition.prompts where prompt.answer == .text { letter.reflections[prompt.id] = hostile + "\n\n" + hostile }
        // 1 MB in one answer: still drawn, still inert.
        if let last = edition.prompts.last(where: { $0.answer == .text }) {
            letter.reflections[last.id] = String(repeating: hostile + "\n", count: 1_000_000 / (hostile.utf8.count + 1) + 1)
        }
        letter.actions = [hostile, "Second " + hostile]
        letter.signatures.district = DistrictSignature(name: hostile, title: hostile)
        letter.status = .inReview
        try LetterStore.open(at: store.path).create(letter, by: "tester")
    }

    /// Runs `arguments` under script(1) in an 80x24 tmux pane, lets `drive` press keys,
    /// and returns every byte kyiln wrote to its terminal.
    static func recordBytes(_ store: StoreFolder, _ arguments: String, drive: (TmuxPane) throws -> Void) throws -> [UInt8] {
        let log = NSTemporaryDirectory() + "kyiln-terminal-bytes-" + UUID().uuidString
        defer { unlink(log) }
        let command = TmuxPane.quote(KyilnProcess.binary) + " --store " + TmuxPane.quote(store.path) + " " + arguments
        let pane = try TmuxPane(columns: 80, rows: 24, command: "script -q --log-out " + TmuxPane.quote(log) + " -c " + TmuxPane.quote(command))
        defer { pane.kill() }
        try drive(pane)
        try pane.waitForExit(timeout: 30)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: log)))
        // script(1) frames the log with a "Script started … [COMMAND=…]" line and a "Script done" line.
        let start = (bytes.firstIndex(of: 0x0A) ?? -1) + 1
        let doneMarker = Array("\nScript done".utf8)
        var end = bytes.count
        if let at = (start..<max(start, bytes.count - doneMarker.count)).last(where: { Array(bytes[$0..<$0 + doneMarker.count]) == doneMarker }) { end = at }
        return Array(bytes[start..<end])
    }

    /// What in `bytes` could only have come from the letter's text; empty when nothing did.
    static func leaks(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        func contains(_ needle: String) -> Bool { text.contains(needle) }
        if contains("\u{1B}]") { found.append("an OSC sequence (ESC ])") }
        if contains("\u{1B}[6n") { found.append("a device status request") }
        // ncurses clears the screen with the same sequence, so look for it with the letter's text after it.
        if contains("\u{1B}[HCLEARED") || contains("pwned\u{07}") { found.append("the letter's own sequences") }
        if contains("REJECTED\u{08}") { found.append("backspaces after REJECTED") }
        if bytes.contains(0x7F) { found.append("DEL") }
        if bytes.contains(0x07) { found.append("BEL") }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x80...0x9F).contains(v) { found.append("C1 U+\(String(v, radix: 16))") }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { found.append("bidi U+\(String(v, radix: 16))") }
        }
        return found
    }

    /// The control: the check finds each payload when it is sent raw, so it can fail.
    @Test func theCheckFindsEveryPayloadSentRaw() {
        for payload in Self.payloads {
            #expect(!Self.leaks(in: Array(("text " + payload + " text").utf8)).isEmpty, "\(payload.unicodeScalars.map(\.value))")
        }
    }

    @Test func theWizardSendsNoneOfTheLettersSequences() throws {
        guard TmuxPane.isAvailable else { throw TmuxPane.Failure(description: "tmux is missing; scripts/test installs it") }
        let store = StoreFolder()
        try Self.seed(store)
        let bytes = try Self.recordBytes(store, "") { pane in
            try pane.waitFor("Boone County")
            try pane.press("Enter")
            try pane.waitFor("1 Purpose")
            for step in ["2 Commitments", "3 Contacts", "4 Reflections", "5 Agreement", "Review"] {
                try pane.press("C-n")
                // A debug build needs a while to lay out the 1 MB answer.
                try pane.waitFor(step, timeout: 20)
                if step == "4 Reflections" { try pane.waitFor("ZXZpbA==", timeout: 20) }
            }
            for _ in 0..<6 { try pane.press("Space") }
            try pane.press("F3")
            try pane.waitFor("History of", timeout: 20)
            try pane.press("Escape")
            try pane.press("C-q")
        }
        #expect(String(decoding: bytes, as: UTF8.self).contains("ZXZpbA=="), "the hostile text was never drawn")
        #expect(Self.leaks(in: bytes).isEmpty, "\(Self.leaks(in: bytes))")
    }

    @Test func theReviewScreenSendsNoneOfTheLettersSequences() throws {
        guard TmuxPane.isAvailable else { throw TmuxPane.Failure(description: "tmux is missing; scripts/test installs it") }
        let store = StoreFolder()
        try Self.seed(store)
        let bytes = try Self.recordBytes(store, "review --district boone-county") { pane in
            try pane.waitFor("Review")
            for (section, shows) in [(1, "I. "), (2, "II. "), (3, "III. "), (4, "IV. "), (5, "V. "), (6, "Decide")] {
                try pane.press("\(section)")
                try pane.waitFor(shows, timeout: 20)
                for _ in 0..<4 { try pane.press("Space") }
            }
            try pane.press("F1")
            try pane.press("Escape")
            try pane.press("q")
        }
        #expect(String(decoding: bytes, as: UTF8.self).contains("ZXZpbA=="), "the hostile text was never drawn")
        #expect(Self.leaks(in: bytes).isEmpty, "\(Self.leaks(in: bytes))")
    }
}
