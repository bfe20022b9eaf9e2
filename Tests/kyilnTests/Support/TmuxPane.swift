import Foundation

/// A command running in a detached tmux session on its own tmux server (`tmux -L <socket>`),
/// so tests never touch a person's tmux and can run side by side. Call `kill()` in a `defer`.
final class TmuxPane {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The tmux executable, or nil when it is not installed.
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Tests skip only when tmux is missing and cannot be installed here (not root);
    /// as root (CI), scripts/test installs it, so a missing tmux is a failure there.
    static var canRun: Bool { executable != nil || getuid() != 0 }
    static var isAvailable: Bool { executable != nil }

    let socket: String
    let target = "kyiln-e2e"

    /// Starts `command` (run by `sh -c`) in a new `columns` x `rows` window.
    init(columns: Int, rows: Int, command: String, environment: [String: String] = [:]) throws {
        guard Self.executable != nil else { throw Failure(description: "tmux is not installed") }
        socket = "kyiln-e2e-" + UUID().uuidString.prefix(12).lowercased()
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "KYILN_STORE": "", "NO_COLOR": ""]
        for (key, value) in environment { env[key] = value }
        let exports = env.sorted { $0.key < $1.key }.map { value in
            value.value.isEmpty ? "unset \(value.key);" : "export \(value.key)=\(Self.quote(value.value));"
        }.joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)",
                  "sh -c " + Self.quote(exports + " " + command)])
        // Keep the window at the size asked for, whatever clients (none) attach.
        _ = try? tmux(["set-option", "-t", target, "window-size", "manual"])
    }

    /// Quotes a string for `sh`.
    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs `tmux -L <socket> <arguments>` and returns its standard output.
    ///
    /// Spawned and reaped with posix_spawn and waitpid rather than Foundation's Process:
    /// `new-session` forks the tmux server, and Process could then miss the client's exit.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let base = NSTemporaryDirectory() + "kyiln-tmux-" + UUID().uuidString
        defer {
            unlink(base + ".out")
            unlink(base + ".err")
        }
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        let status = try Self.spawn(Self.executable!, ["tmux", "-L", socket] + arguments, environment: env,
                                    stdout: base + ".out", stderr: base + ".err")
        let data = (try? Data(contentsOf: URL(fileURLWithPath: base + ".out"))) ?? Data()
        guard status == 0 else {
            let errors = (try? Data(contentsOf: URL(fileURLWithPath: base + ".err"))) ?? Data()
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a program with stdin from /dev/null and output to files; returns its exit status.
    static func spawn(_ path: String, _ argv: [String], environment: [String: String], stdout: String, stderr: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let args = argv.map { strdup($0) } + [nil]
        let envs = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            args.forEach { free($0) }
            envs.forEach { free($0) }
        }
        // The test runner's threads block most signals, and a spawned process inherits that
        // mask: a tmux server started with SIGTERM blocked ignores kill-server. Start clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, args, envs)
        guard spawned == 0 else { throw Failure(description: "cannot start \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Types text literally (`send-keys -l`), then waits until the screen shows `shows`
    /// (default: the text itself), so no character is dropped by typing ahead.
    func type(_ text: String, shows: String? = nil, timeout: Double = 5) throws {
        try tmux(["send-keys", "-t", target, "-l", "--", text])
        // capture-pane drops trailing spaces, so wait for the text without them.
        try waitFor(shows ?? text.trimmingCharacters(in: .whitespaces), timeout: timeout)
    }

    /// Sends named keys: "Enter", "Tab", "Space", "Down", "C-s", "NPage", ...
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// The visible screen as text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// Polls the screen until it contains `needle`; returns that screen.
    @discardableResult
    func waitFor(_ needle: String, timeout: Double = 5) throws -> String {
        try waitUntil("the screen to show \"\(needle)\"", timeout: timeout) { $0.contains(needle) }
    }

    /// Polls the screen until `condition` holds; returns that screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 5, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            if let text = try? screen() {
                last = text
                if condition(text) { return text }
            } else if !isRunning {
                break
            }
            usleep(30_000)
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    /// Resizes the window.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Whether the session (the command) is still running.
    var isRunning: Bool { (try? tmux(["has-session", "-t", target])) != nil }

    /// Waits until the command has exited (its session ends with it).
    func waitForExit(timeout: Double = 5) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { return }
            usleep(30_000)
        }
        throw Failure(description: "the program did not exit; the screen was:\n\((try? screen()) ?? "")")
    }

    /// The process id of the pane's first process (`sh`).
    func panePID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no pane pid in \"\(text)\"")
        }
        return pid
    }

    /// Ends the tmux server and everything in it.
    func kill() {
        _ = try? tmux(["kill-server"])
    }
}

/// The children of a process, read from /proc.
func childProcesses(of parent: pid_t) -> [pid_t] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
    return names.compactMap { name -> pid_t? in
        guard let pid = pid_t(name),
              let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return nil }
        // "pid (comm) state ppid ...": the command name may hold spaces, so read after the last ")".
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 && pid_t(fields[1]) == parent ? pid : nil
    }
}
