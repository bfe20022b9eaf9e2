import Foundation
import LetterDomain
import LetterStore
import Testing

/// The real `kyiln` binary in tmux: keystrokes in, the letter in the store out.
@Suite("The TUI end to end, in tmux", .timeLimit(.minutes(1)), .enabled(if: TmuxPane.canRun, "tmux is not installed and we are not root to install it: apt-get install tmux (CI installs it through scripts/test)"))
struct TUIEndToEndTests {
    /// The school year kyiln opens on: today's.
    static let year = SchoolYear(containing: CalendarDate.today())

    static func run(_ store: StoreFolder) -> String {
        TmuxPane.quote(KyilnProcess.binary) + " --store " + TmuxPane.quote(store.path)
    }

    /// The stored letter, as `kyiln show --format json` prints it.
    static func show(_ store: StoreFolder) throws -> Letter {
        let result = try store.kyiln("show", "boone-county", "--year", year.description, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        return try LetterCodec.decode(Array(result.stdout.utf8), path: "kyiln show")
    }

    private func requireTmux() throws {
        // Root without tmux (CI before scripts/test) fails here rather than skipping.
        guard TmuxPane.isAvailable else { throw TmuxPane.Failure(description: "tmux is missing; scripts/test installs it") }
    }

    /// Home, `n`, "Boone County", Enter: the wizard on step 1 of the new draft.
    private func newLetter(_ pane: TmuxPane) throws {
        try pane.waitFor("Welcome to kyiln")
        try pane.press("n")
        try pane.waitFor("New letter")
        try pane.type("Boone County")
        try pane.waitFor("id: boone-county")
        try pane.press("Enter")
        try pane.waitFor("1 Purpose")
        try pane.waitFor("Created the draft for Boone County")
    }

    @Test func fillsAllFiveStepsByKeystrokesSavesAndQuits() throws {
        try requireTmux()
        let store = StoreFolder()
        let pane = try TmuxPane(columns: 80, rows: 24, command: Self.run(store))
        defer { pane.kill() }
        try newLetter(pane)
        try Self.tickEveryBox(pane)
        try Self.typeContacts(pane)
        try Self.typeReflections(pane)
        try Self.typeAgreement(pane)
        try pane.press("C-s")
        try pane.waitFor("Saved (revision 2); the letter is complete.")
        try pane.press("C-q")
        try pane.waitForExit()
        try Self.expectShownAsTyped(store)
    }

    static func tickEveryBox(_ pane: TmuxPane) throws {
        // 2 Commitments: tick every box.
        try pane.press("C-n")
        try pane.waitFor("The district acknowledges each member commitment")
        try pane.press("Tab")
        try pane.waitFor("Space Tick")
        for ticked in 1...5 {
            try pane.press("Space")
            try pane.waitUntil("\(ticked) ticked boxes") { $0.components(separatedBy: "[x]").count - 1 == ticked }
            try pane.press("Down")
        }
        try pane.waitUntil("step 2 without findings") { $0.contains("2 Commitments ·") }
    }

    static func typeContacts(_ pane: TmuxPane) throws {
        // 3 Contacts.
        try pane.press("C-n")
        try pane.waitFor("III. Contact Information")
        try pane.press("Tab")
        try pane.type("José Muñoz", shows: "Superintendent name     José Muñoz")
        try pane.press("Tab")
        try pane.type("jmunoz@boone.kyschools.us")
        try pane.press("Tab")
        try pane.type("Ann Lee", shows: "Name                  Ann Lee")
        try pane.press("Tab")
        try pane.type("Director of Innovation")
        try pane.press("Tab")
        try pane.type("ann.lee@boone.kyschools.us")
        try pane.waitUntil("step 3 without findings") { $0.contains("3 Contacts ·") }
    }

    static func typeReflections(_ pane: TmuxPane) throws {
        // 4 Reflections: two paragraphs, two points of action, the showcase answer.
        try pane.press("C-n")
        try pane.waitFor("IV. District Innovation Reflections")
        try pane.type("We opened two innovation labs.")
        try pane.press("Enter", "Enter")
        try pane.type("Every school joins next year.")
        try pane.waitUntil("the paragraphs") { $0.contains("We opened two innovation labs.\n\n Every school joins next year.") }
        try pane.press("Tab")
        try pane.type("Grow the labs")
        try pane.press("Tab")
        try pane.type("Train every principal")
        try pane.press("Tab")
        try pane.waitFor("Enter Press")  // the "Add a point of action" button
        try pane.press("Tab")
        try pane.type("Our student-led conferences.")
        try pane.waitUntil("step 4 without findings") { $0.contains("4 Reflections ·") }
    }

    static func typeAgreement(_ pane: TmuxPane) throws {
        // 5 Agreement.
        try pane.press("C-n")
        try pane.waitFor("V. Agreement")
        let start = Self.year.startYear
        try pane.type("José Muñoz", shows: "Signatory name      José Muñoz")
        try pane.press("Tab")
        try pane.type("Superintendent")
        try pane.press("Tab")
        try pane.type("\(start)-09-01")
        try pane.press("Tab")
        try pane.waitFor("Sarah Snipes")
        try pane.press("Tab")
        try pane.type("\(start)-09-02")
    }

    /// What `kyiln show --json` gives after the save and quit: exactly what was typed.
    static func expectShownAsTyped(_ store: StoreFolder) throws {
        let start = Self.year.startYear
        let letter = try Self.show(store)
        #expect(letter.revision == 2)
        #expect(letter.district.name == "Boone County")
        #expect(letter.superintendent.name == "José Muñoz")
        #expect(letter.superintendent.email == "jmunoz@boone.kyschools.us")
        #expect(letter.contacts.map(\.name) == ["Ann Lee"])
        #expect(letter.contacts.first?.title == "Director of Innovation")
        #expect(letter.contacts.first?.email == "ann.lee@boone.kyschools.us")
        #expect(letter.reflections["previous-year"] == "We opened two innovation labs.\n\nEvery school joins next year.")
        #expect(letter.reflections["showcase"] == "Our student-led conferences.")
        #expect(letter.actions == ["Grow the labs", "Train every principal"])
        #expect(letter.acknowledgements.values.filter { $0 }.count == 5)
        #expect(letter.signatures.district.name == "José Muñoz")
        #expect(letter.signatures.district.title == "Superintendent")
        #expect(letter.signatures.district.date?.description == "\(start)-09-01")
        #expect(letter.signatures.kde.name == "Sarah Snipes")
        #expect(letter.signatures.kde.date?.description == "\(start)-09-02")
    }

    @Test func theWizardsStartRemovesWhatACrashedSaveLeft() throws {
        try requireTmux()
        let store = StoreFolder()
        #expect(try store.kyiln("new", "--district", "Boone County", "--year", Self.year.description).status == 0)
        let leftover = store.path + "/letters/\(Self.year)/.boone-county.json.tmp-999-123"
        #expect(FileManager.default.createFile(atPath: leftover, contents: Data("{\"half".utf8)))
        let pane = try TmuxPane(columns: 80, rows: 24, command: Self.run(store))
        defer { pane.kill() }
        try pane.waitFor("Boone County")
        #expect(!FileManager.default.fileExists(atPath: leftover), "removed before Home is shown")
        try pane.press("q")
    }

    @Test func resizingMidTypingLosesNothing() throws {
        try requireTmux()
        let store = StoreFolder()
        let pane = try TmuxPane(columns: 80, rows: 24, command: Self.run(store))
        defer { pane.kill() }
        try newLetter(pane)
        try pane.press("C-n")
        try pane.waitFor("II. Mutual Commitments")
        try pane.press("C-n")
        try pane.waitFor("III. Contact Information")
        try pane.press("C-n")
        try pane.waitFor("IV. District Innovation Reflections")
        try pane.type("Before the resize, ", shows: "Before the resize,")

        try pane.resize(columns: 60, rows: 20)
        try pane.waitFor("Please enlarge the terminal to at least 80x24.")
        try pane.waitFor("It is 60x20 now.")
        try pane.resize(columns: 100, rows: 30)
        try pane.waitFor("Before the resize,")
        try pane.type("after it.", shows: "Before the resize, after it.")
        try pane.press("Tab")
        try pane.type("Keep typing")

        try pane.press("C-s")
        try pane.waitFor("Saved (revision 2)")
        try pane.press("C-q")
        try pane.waitForExit()
        let letter = try Self.show(store)
        #expect(letter.reflections["previous-year"] == "Before the resize, after it.")
        #expect(letter.actions == ["Keep typing"])
    }

    @Test(arguments: [SIGHUP, SIGTERM, SIGINT, SIGQUIT])
    func aSignalKeepsTheTypingAndRestoresTheTerminal(signal: Int32) throws {
        try requireTmux()
        let store = StoreFolder()
        let sttyFile = store.path + "-stty.txt"
        defer { try? FileManager.default.removeItem(atPath: sttyFile) }
        let pane = try TmuxPane(columns: 80, rows: 24,
                                command: Self.run(store) + "; echo \"exit $?\" > \(TmuxPane.quote(sttyFile)).status; stty -a > " + TmuxPane.quote(sttyFile))
        defer { pane.kill() }
        defer { try? FileManager.default.removeItem(atPath: sttyFile + ".status") }
        try newLetter(pane)
        try pane.press("C-n")
        try pane.waitFor("II. Mutual Commitments")
        try pane.press("C-n")
        try pane.waitFor("III. Contact Information")
        try pane.press("Tab")
        try pane.type("José Muñoz", shows: "Superintendent name     José Muñoz")
        try pane.waitFor("● unsaved")

        let shell = try pane.panePID()
        let kyiln = try #require(childProcesses(of: shell).first, "no kyiln process under the pane's shell")
        #expect(Foundation.kill(kyiln, signal) == 0)

        // The shell goes on to `stty -a` once kyiln has gone.
        let deadline = Date().addingTimeInterval(8)
        while Date() < deadline && (try? String(contentsOfFile: sttyFile, encoding: .utf8))?.contains("icanon") != true {
            usleep(30_000)
        }
        let stty = try String(contentsOfFile: sttyFile, encoding: .utf8)
        let modes = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(modes.contains("icanon"), "stty -a: \(stty)")
        #expect(modes.contains("echo"), "stty -a: \(stty)")
        #expect(modes.contains("icrnl"), "stty -a: \(stty)")
        #expect(!modes.contains("-icanon") && !modes.contains("-echo"))
        let status = try String(contentsOfFile: sttyFile + ".status", encoding: .utf8)
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "exit \(128 + signal)")

        // The recovery file holds what was typed.
        let recoveryPath = store.path + "/letters/\(Self.year)/.boone-county.recovery.json"
        let data = try Data(contentsOf: URL(fileURLWithPath: recoveryPath))
        let recovery = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let letter = try #require(recovery["letter"] as? [String: Any])
        let superintendent = try #require(letter["superintendent"] as? [String: Any])
        #expect(superintendent["name"] as? String == "José Muñoz")
        // The letter itself is as it was created: nothing was saved behind the person's back.
        #expect(try Self.show(store).superintendent.name == "")

        // The next start offers to restore.
        let again = try TmuxPane(columns: 80, rows: 24, command: Self.run(store))
        defer { again.kill() }
        try again.waitFor("Unsaved edits found")
        try again.press("r")
        try again.waitFor("Restored your unsaved edits.")
        try again.waitFor("● unsaved")
        // Back on the step where the typing was (Contacts), not on step 1.
        try again.waitFor("III. Contact Information")
        try again.waitFor("Superintendent name     José Muñoz")
    }
}
