import Glibc
import Synchronization

/// The last signal that arrived while deferred (0 when none). The handler only stores it,
/// which keeps it async-signal-safe. Separate from `SignalLatch`, so a deferral never
/// takes a signal meant for the curses event loop, nor the other way round.
private let deferredSignal = Atomic<Int32>(0)

private func deferSignal(_ signal: Int32) {
    deferredSignal.store(signal, ordering: .relaxed)
}

/// How many callers are inside `during`, and the actions the first one replaced.
private let holders = Mutex<(depth: Int, previous: [Int32: sigaction])>((0, [:]))

/// Holds SIGINT, SIGTERM, SIGHUP and SIGQUIT back while a short piece of work that must not be cut
/// in half runs (recording a review from line mode, where no `Terminal` latches them),
/// then delivers the last one that arrived as it would have been delivered.
///
/// A handler rather than a blocked mask: the mask is per thread, and a process-wide
/// signal could still land on another thread and end the process mid-write. Nested or
/// concurrent callers share one installation; the last to leave puts the old actions back.
public enum DeferredSignals {
    /// Signals that would end the process in the middle of the work.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Runs `body` with the signals recorded instead of acted on; afterwards puts the
    /// previous actions back and re-raises a signal that came meanwhile.
    public static func during<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        enter()
        defer { leave() }
        return try body()
    }

    private static func enter() {
        holders.withLock { state in
            state.depth += 1
            guard state.depth == 1 else { return }
            deferredSignal.store(0, ordering: .relaxed)
            for signal in signals {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = deferSignal
                sigemptyset(&action.sa_mask)
                action.sa_flags = SA_RESTART  // the work's own system calls carry on
                var old = sigaction()
                if sigaction(signal, &action, &old) == 0 { state.previous[signal] = old }
            }
        }
    }

    private static func leave() {
        let pending: Int32 = holders.withLock { state in
            state.depth -= 1
            guard state.depth == 0 else { return 0 }
            for (signal, action) in state.previous {
                var action = action
                sigaction(signal, &action, nil)
            }
            state.previous = [:]
            return deferredSignal.exchange(0, ordering: .relaxed)
        }
        if pending != 0 { raise(pending) }
    }
}
