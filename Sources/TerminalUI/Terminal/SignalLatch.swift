import Glibc
import Synchronization

/// The last fatal signal received (0 when none). A lock-free atomic store is
/// the only thing the handler does, which keeps it async-signal-safe; the
/// event loop polls it.
private let pendingSignal = Atomic<Int32>(0)

/// The C signal handler: record the signal and return, so `get_wch` wakes with EINTR.
private func recordSignal(_ signal: Int32) {
    pendingSignal.store(signal, ordering: .relaxed)
}

/// Installs and removes the SIGINT/SIGTERM/SIGHUP/SIGQUIT handlers used while the terminal is in curses mode.
enum SignalLatch {
    /// Signals that must restore the terminal before the process dies. SIGQUIT (Ctrl-\\) is
    /// one of them: left alone it would start the Swift runtime's crash handler.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Installs the recording handler for `signals` (no SA_RESTART, so blocking reads are interrupted)
    /// and returns the previous actions for `restore`.
    static func install() -> [Int32: sigaction] {
        pendingSignal.store(0, ordering: .relaxed)  // initialise the global (and forget stale signals) before any handler runs
        var previous: [Int32: sigaction] = [:]
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = recordSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var old = sigaction()
            if sigaction(signal, &action, &old) == 0 { previous[signal] = old }
        }
        return previous
    }

    /// Puts back the actions `install` replaced.
    static func restore(_ previous: [Int32: sigaction]) {
        for (signal, action) in previous {
            var action = action
            sigaction(signal, &action, nil)
        }
    }

    /// The pending signal, if any, clearing it.
    static func take() -> Int32? {
        let signal = pendingSignal.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Records `signal` as if it had been delivered (tests and `Terminal.requestEmergencyExit`).
    static func simulate(_ signal: Int32) {
        recordSignal(signal)
    }
}
