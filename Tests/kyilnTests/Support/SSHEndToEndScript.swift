import Foundation
import KyilnTestSupport
import Testing

/// Runs one of the SSH end-to-end scripts (`scripts/ssh-*-e2e.sh`, which share
/// `scripts/lib/ssh-e2e-setup.sh`) against the kyiln built for the tests, and checks that it
/// passed: exit 0 and its own "passed" line. As root a script that cannot run (exit 77) is a
/// failure too, since CI runs as root and must run it.
enum SSHEndToEndScript {
    static let isRoot = getuid() == 0

    /// Why a suite is skipped when not root, naming whether sshd is there.
    static var needsRoot: Comment {
        let sshd = FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd") ? "installed" : "not installed"
        return "needs root to create the review user and start sshd (CI runs it as root); sshd: \(sshd)"
    }

    /// Runs `scripts/<name>.sh`; `prefix` is the name its messages start with.
    static func run(_ name: String, prefix: String) throws {
        let script = PackageRoot.url().appendingPathComponent("scripts/\(name).sh").path
        let log = NSTemporaryDirectory() + "kyiln-\(prefix)-" + UUID().uuidString
        defer {
            unlink(log + ".out")
            unlink(log + ".err")
        }
        // posix_spawn with a clean signal mask (TmuxPane.spawn): the test runner blocks
        // SIGHUP and SIGTERM, and ssh and tmux would inherit that and never end.
        let status = try TmuxPane.spawn("/bin/bash", ["bash", script, KyilnProcess.binary],
                                        environment: ProcessInfo.processInfo.environment, stdout: log + ".out", stderr: log + ".err")
        let text = ((try? String(contentsOfFile: log + ".out", encoding: .utf8)) ?? "")
            + ((try? String(contentsOfFile: log + ".err", encoding: .utf8)) ?? "")
        if status == 77 {
            Issue.record("scripts/\(name).sh could not run although this is root (sshd or tmux missing and not installable):\n\(text)")
            return
        }
        #expect(status == 0, "scripts/\(name).sh failed (\(status)):\n\(text)")
        #expect(text.contains("\(prefix): passed"), "\(text)")
    }
}
