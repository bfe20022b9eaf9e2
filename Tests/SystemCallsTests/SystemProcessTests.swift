import Glibc
import Testing
import SystemCalls

@Suite("SystemProcess: a program run without a shell")
struct SystemProcessTests {
    @Test("the input reaches the program and its output and status come back")
    func roundTrip() throws {
        let outcome = try SystemProcess.run(["/bin/cat"], input: Array("Grüße\n.\nend\n".utf8))
        #expect(outcome.succeeded && outcome.status == 0)
        #expect(String(decoding: outcome.output, as: UTF8.self) == "Grüße\n.\nend\n")
    }

    @Test("arguments are passed as they are: no shell sees them")
    func noShell() throws {
        let outcome = try SystemProcess.run(["/bin/echo", "a; rm -rf /tmp/x", "$(id)", "`id`"], input: [])
        #expect(String(decoding: outcome.output, as: UTF8.self) == "a; rm -rf /tmp/x $(id) `id`\n")
    }

    @Test("a failing program's status and what it said on stderr are returned")
    func failure() throws {
        let outcome = try SystemProcess.run(["/bin/sh", "-c", "echo no such user >&2; exit 67"], input: Array("x".utf8))
        #expect(outcome.status == 67 && !outcome.succeeded)
        #expect(String(decoding: outcome.output, as: UTF8.self) == "no such user\n")
    }

    @Test("a program that does not exist is a typed error naming it")
    func missing() {
        #expect(throws: SystemError.self) { try SystemProcess.run(["/nonexistent/sendmail", "-t"], input: []) }
    }

    @Test("a program that stops reading early gets no signal into kyiln; a large input cannot dead-lock")
    func earlyExitAndLargeInput() throws {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 4 * 1024 * 1024)
        let early = try SystemProcess.run(["/bin/true"], input: big)
        #expect(early.status == 0)
        // cat echoes everything while it is still being written: both pipes full at once.
        let echoed = try SystemProcess.run(["/bin/cat"], input: big)
        #expect(echoed.status == 0 && echoed.output.count == SystemProcess.outputLimit)
    }

    @Test("a program that runs past its time limit is killed and says so")
    func timeLimit() throws {
        let outcome = try SystemProcess.run(["/bin/sleep", "30"], input: [], timeLimit: 1)
        #expect(outcome.timedOut && outcome.signal == SIGKILL && !outcome.succeeded)
    }

    @Test("the child starts with default signal handling even when kyiln ignores a signal")
    func signalsReset() throws {
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        let outcome = try SystemProcess.run(["/bin/sh", "-c", "grep SigIgn /proc/self/status"], input: [])
        let line = String(decoding: outcome.output, as: UTF8.self)
        // SIGINT is bit 1 of the ignored mask: not set in the child.
        let mask = UInt64(String((line.split(separator: "\t").last ?? "").filter { !$0.isWhitespace }), radix: 16) ?? 0xFF
        #expect(mask & 0x2 == 0, "\(line)")
    }
}
