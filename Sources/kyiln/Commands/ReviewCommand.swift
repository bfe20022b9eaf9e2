import ArgumentParser
import LetterDomain
import LetterStore
import Screens
import TerminalUI
import Glibc

/// `kyiln review --district SLUG [--year Y] [--reviewer FP]`: the locked-down review screen,
/// run by sshd as the forced command of a district contact's key. Without a terminal
/// (`ssh -T`, a pipe), with `TERM=dumb` or with `--accessible` it is the same review as
/// numbered prompts on stdin/stdout (`LineReview`), for screen readers.
///
/// It shows one district's letters and records approvals and requests for changes; it
/// edits nothing, opens no file the reviewer names, runs no other program, and ignores
/// `SSH_ORIGINAL_COMMAND` (whatever the client asked to run, this is what runs).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review one district's letter: read it, approve it or request changes.",
        discussion: """
            The screen a district contact gets over SSH (kyiln access grant writes the command). \
            Keys: PgDn/PgUp sections, A approve, C request changes, Y another school year, F1 help, q quit. \
            Without a terminal (ssh -T, a pipe), with TERM=dumb or with --accessible, the same review runs \
            as numbered prompts on stdin/stdout: type next, back, 1-6, all, approve, changes, years, reload, ? or quit.
            """
    )

    @ParentCommand var root: Kyiln

    @Option(help: ArgumentHelp("The only district shown.", valueName: "slug"))
    var district: String

    @Option(help: ArgumentHelp("The school year (default: the newest with a letter for the district).", valueName: "year"))
    var year: String?

    @Option(help: ArgumentHelp("The SSH key fingerprint recorded with each review (SHA256:...).", valueName: "fingerprint"))
    var reviewer: String?

    /// What a district contact reads if kyiln crashes: one plain line, no crash report.
    static let crashLine = "kyiln: the review stopped on an unexpected error; nothing was recorded half-way. Please tell the program manager."

    func run() throws {
        // Ctrl-\ ends the review like SIGTERM; a crash prints one line, never a backtrace.
        ProcessSignals.quitLikeTerminate()
        ProcessSignals.reportCrashes(as: ReviewCommand.crashLine)
        // The runtime's own crash messages go nowhere; kyiln's messages still reach the contact.
        ErrorOutput.descriptor = ProcessSignals.silenceRuntimeMessages()
        defer {
            ProcessSignals.restoreStandardError(ErrorOutput.descriptor)
            ErrorOutput.descriptor = STDERR_FILENO
        }
        try reportingFailures {
            let slug = try DistrictSlug(district)
            let schoolYear = try year.map { text throws(NameError) in try SchoolYear(text) }
            let fingerprint = reviewer ?? ""
            if !fingerprint.isEmpty && !KeyFingerprint.isWellFormed(fingerprint) {
                throw fail("--reviewer must be a key fingerprint (SHA256: and 43 characters)", status: ExitStatus.usage)
            }
            var environment = Environment.current
            // Decided on the client's TERM as sent: a dumb terminal asks for line mode.
            let lineMode = Kyiln.wantsLineMode(asked: root.accessible, environment: environment)
            environment["TERM"] = ReviewCommand.safeTerm(environment["TERM"])
            setenv("TERM", environment["TERM"]!, 1)
            let context = try CommandContext(storeOption: root.store)
            let session = ReviewSession(store: context.store, editions: context.editions, district: slug, fingerprint: fingerprint)
            ReviewCrashTrigger.fireIfAsked()  // tests only (KYILN_TEST_CRASH): a bug's way out
            if lineMode {
                var review = LineReview(session: session, year: schoolYear, io: StandardLineIO())
                review.run()
                return
            }
            do {
                try ReviewTUI.run(session: session, year: schoolYear, themeName: root.theme,
                                  environment: environment, mouse: !root.noMouse)
            } catch let error as TerminalError {
                throw fail("the review needs a terminal: connect with ssh -t (\(error))", status: ExitStatus.usage)
            }
        }
    }

    /// The terminal type from the client, if it is a plain name; else a safe default.
    /// (ncurses looks the name up as a file; a client must not steer that lookup.)
    static func safeTerm(_ term: String?) -> String {
        guard let term, !term.isEmpty, term.utf8.count <= 64,
              term.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.+".unicodeScalars.contains($0) })
        else { return "xterm-256color" }
        return term
    }
}
