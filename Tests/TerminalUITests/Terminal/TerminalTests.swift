import Glibc
import Testing
@testable import TerminalUI

/// No real ncurses screen is started here; these check what can be checked without one.
@Suite struct TerminalTests {
    @Test func preflightRefusesPipesAndMissingTerm() {
        #expect(throws: TerminalError.notATerminal) {
            try Terminal.preflight(inputIsTerminal: false, outputIsTerminal: true, term: "xterm")
        }
        #expect(throws: TerminalError.termNotSet) {
            try Terminal.preflight(inputIsTerminal: true, outputIsTerminal: true, term: "")
        }
        #expect(throws: Never.self) {
            try Terminal.preflight(inputIsTerminal: true, outputIsTerminal: true, term: "xterm-256color")
        }
    }

    @Test func optionsDefaults() {
        let options = TerminalOptions()
        #expect(options.escapeDelayMilliseconds == 25)
        #expect(options.inputTimeoutMilliseconds == 250)
        #expect(options.bracketedPaste && options.mouse)
    }

    @Test func pasteMarkerCodesDoNotCollideWithKeys() {
        #expect(Key(ncursesCode: Terminal.pasteBeginCode, isFunctionKey: true) == nil)
        #expect(Key(ncursesCode: Terminal.pasteEndCode, isFunctionKey: true) == nil)
    }

    @Test func signalLatchRecordsAndClears() {
        #expect(SignalLatch.take() == nil)
        SignalLatch.simulate(15)
        #expect(SignalLatch.take() == 15)
        #expect(SignalLatch.take() == nil)
    }

    @Test func sigquitIsHandledLikeSigterm() {
        // Ctrl-\\ must restore the terminal (curses) and wait for a recording to finish (line mode),
        // never reach the Swift runtime's crash handler.
        for signals in [SignalLatch.signals, DeferredSignals.signals] {
            #expect(Set(signals) == [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
        }
        #expect(!ProcessSignals.crashSignals.contains(SIGQUIT))
    }

    @Test func ncursesSurfaceConformsToDrawingSurface() {
        // Compile-time check: the real surface can be used wherever widgets draw.
        let type: any DrawingSurface.Type = NcursesSurface.self
        #expect(type is NcursesSurface.Type)
    }
}
