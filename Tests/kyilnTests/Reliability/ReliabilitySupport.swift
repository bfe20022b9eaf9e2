import Foundation
import Testing
import LetterDomain
import LetterStore

/// Helpers for the reliability tests: child processes in their own process group (so
/// a SIGKILL reaches the writer script and the `kyiln` it is running), shell scripts,
/// and byte scans.
enum Reliability {
    /// A child started in a new process group.
    struct Group {
        let pid: pid_t

        /// SIGKILLs every process of the group and reaps the leader.
        func kill() {
            _ = Glibc.kill(-pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }

        /// Waits for the leader and returns its exit status (or 128 + signal).
        func wait() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let signal = status & 0x7f
            return signal == 0 ? (status >> 8) & 0xff : 128 + signal
        }
    }

    /// Starts `/bin/bash <script> <arguments>` in its own process group, output to /dev/null.
    static func spawnGroup(_ arguments: [String], environment: [String: String] = [:]) throws -> Group {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var env = ProcessInfo.processInfo.environment
        env["KYILN_STORE"] = nil
        for (key, value) in environment { env[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        return Group(pid: pid)
    }

    /// Runs a bash script (as `bash -c`), with `$KYILN` set to the binary; returns status and output.
    @discardableResult
    static func bash(_ script: String, environment: [String: String] = [:]) throws -> KyilnProcess.Result {
        var environment = environment
        environment["KYILN"] = environment["KYILN"] ?? KyilnProcess.binary
        return try ChildProcess.run("/bin/bash", ["-c", script], environment: environment).result!  // no time limit
    }

    /// Writes a script to a temporary file and returns its path.
    static func script(_ text: String, name: String) throws -> String {
        let path = NSTemporaryDirectory() + "kyiln-\(name)-" + UUID().uuidString + ".sh"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o700)
        return path
    }

    /// Takes and drops the store lock: once it is free, no killed writer still holds it.
    static func waitForLock(_ store: String) {
        let fd = open(store + "/store.lock", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return }
        while flock(fd, LOCK_EX) == -1 && errno == EINTR {}
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Names in a folder (hidden ones included).
    static func names(_ folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    /// Every raw control character in output meant for a terminal or a file someone
    /// will open: C0 except newline, DEL, C1, bidi overrides and isolates. Each as
    /// "U+XXXX at offset N". Invalid UTF-8 counts too.
    static func controlCharacters(in bytes: [UInt8], allowCR: Bool = false) -> [String] {
        var found: [String] = []
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let v = scalar.value
                let bad = (v < 0x20 && v != 0x0A && !(allowCR && v == 0x0D)) || v == 0x7F || (0x80...0x9F).contains(v)
                    || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                if bad { found.append("U+" + String(v, radix: 16, uppercase: true) + " at offset \(offset)") }
                scalars.append(scalar)
                offset += String(scalar).utf8.count
            case .emptyInput: break loop
            case .error:
                found.append("invalid UTF-8 near offset \(offset)")
                offset += 1
            }
        }
        return found
    }
}
