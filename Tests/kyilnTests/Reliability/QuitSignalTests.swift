import Foundation
import Testing

/// Ctrl-\ (SIGQUIT) and crashes in `kyiln review`, the real binary in a tmux pane: the
/// district contact never gets the Swift runtime's crash report or its backtracer, the
/// terminal's settings are as before, and kyiln exits at once (131 for SIGQUIT, 70 for a crash).
@Suite("SIGQUIT and crashes in the review", .serialized)
struct QuitSignalTests {
    /// What the Swift runtime's crash handler and backtracer print.
    static let crashMarks = ["Backtrace", "Crashed", "crashed", "💣", "Thread 0", "Registers", "0x0", "swift-backtrace", "Fatal"]

    /// District A in review for 2022-2023.
    func store() throws -> StoreFolder {
        let folder = StoreFolder()
        try #require(try folder.kyiln("new", "--district", "District A", "--year", "2022-2023").status == 0)
        try #require(try folder.kyiln("status", "district-a", "--year", "2022-2023", "in-review").status == 0)
        return folder
    }

    /// The review in a pane: the terminal's settings are noted before and compared after, then the exit status shown.
    func pane(_ folder: StoreFolder, arguments: String, term: String) throws -> TmuxPane {
        let kyiln = TmuxPane.quote(KyilnProcess.binary) + " --store " + TmuxPane.quote(folder.path)
        // Ctrl-\ goes to the whole foreground group: the shell traps it (so it lives to report), and a
        // trapped signal is back to its default in kyiln, as for a forced command run by sshd.
        let command = "trap true QUIT; before=$(stty -g); \(kyiln) \(arguments) review --district district-a; echo \"EXIT=$?\"; "
            + "if [ \"$(stty -g)\" = \"$before\" ]; then echo RESTORED; else echo NOT-RESTORED; fi; sleep 30"
        return try TmuxPane(columns: 80, rows: 24, command: command, environment: ["TERM": term, "SWIFT_BACKTRACE": ""])
    }

    /// The kyiln process under the pane's shell.
    func kyilnPID(_ pane: TmuxPane) throws -> pid_t {
        try #require(childProcesses(of: try pane.panePID()).first)
    }

    func expectCleanEnd(_ screen: String, status: Int32) {
        #expect(screen.contains("EXIT=\(status)"), "\(screen)")
        #expect(screen.contains("RESTORED") && !screen.contains("NOT-RESTORED"), "\(screen)")
        for mark in Self.crashMarks { #expect(!screen.contains(mark), "\"\(mark)\" on the screen:\n\(screen)") }
    }

    @Test func ctrlBackslashInTheLineReviewEndsItQuietly() throws {
        guard TmuxPane.isAvailable else { return }
        let folder = try store()
        let pane = try pane(folder, arguments: "--accessible", term: "xterm-256color")
        defer { pane.kill() }
        try pane.waitFor("Purpose>")
        try pane.press("C-\\")
        let screen = try pane.waitFor("RESTORED", timeout: 5)
        expectCleanEnd(screen, status: 128 + SIGQUIT)
    }

    @Test func sigquitInTheFullScreenReviewRestoresTheTerminal() throws {
        guard TmuxPane.isAvailable else { return }
        let folder = try store()
        let pane = try pane(folder, arguments: "", term: "xterm-256color")
        defer { pane.kill() }
        try pane.waitFor("District A")
        Glibc.kill(try kyilnPID(pane), SIGQUIT)
        let screen = try pane.waitFor("RESTORED", timeout: 5)
        expectCleanEnd(screen, status: 128 + SIGQUIT)
    }

    @Test func aCrashPrintsOnePlainLine() throws {
        guard TmuxPane.isAvailable else { return }
        let folder = try store()
        for arguments in ["--accessible", ""] {
            let pane = try pane(folder, arguments: arguments, term: "xterm-256color")
            defer { pane.kill() }
            try pane.waitFor(arguments.isEmpty ? "District A" : "Purpose>")
            Glibc.kill(try kyilnPID(pane), SIGSEGV)
            let screen = try pane.waitFor("RESTORED", timeout: 5)
            expectCleanEnd(screen, status: 70)
            #expect(screen.contains("kyiln: the review stopped on an unexpected error"), "\(screen)")
        }
    }

    /// A bug's own way out (the Swift runtime's traps in a debug build, a stack overflow), made
    /// on purpose by the test-only `KYILN_TEST_CRASH`: standard error holds the one line and
    /// nothing else (no "Fatal error", no file and line, no "Current stack trace"), exit 70.
    @Test(arguments: ["fatal", "precondition", "overflow", "segv"])
    func aRuntimeTrapPrintsOnlyOnePlainLine(_ crash: String) throws {
        let folder = try store()
        for mode in [["--accessible"], []] {
            let result = try KyilnProcess.run(["--store", folder.path] + mode + ["review", "--district", "district-a"],
                                              environment: ["KYILN_TEST_CRASH": crash, "SWIFT_BACKTRACE": "enable=no"])
            #expect(result.status == 70, "\(crash) \(mode): \(result.status) \(result.stderr)")
            let lines = result.stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(lines == ["kyiln: the review stopped on an unexpected error; nothing was recorded half-way. Please tell the program manager."],
                    "\(crash) \(mode): \(result.stderr)")
            for mark in Self.crashMarks + ["stack trace", "Precondition", ".swift:"] {
                #expect(!(result.stdout + result.stderr).contains(mark), "\(crash) \(mode): \"\(mark)\" in:\n\(result.stdout)\n\(result.stderr)")
            }
        }
    }
}
