import Glibc

/// Runs another program the one way: `posix_spawn` with an argument vector (never a shell, so
/// no text of a letter can become a command), its standard input fed from bytes, its standard
/// output and error collected together, and its exit status waited for.
///
/// Why not Foundation's `Process`: it would bring full Foundation into the command line, and it
/// hides the file descriptors and signals this needs to control (the child starts with every
/// signal at its default and none blocked, whatever kyiln ignores or blocks).
public enum SystemProcess {
    /// How a program ended.
    public struct Outcome: Sendable, Equatable {
        /// The exit status (0 to 255), or nil when a signal ended it.
        public var status: Int32?
        /// The signal that ended it, if one did.
        public var signal: Int32?
        /// What it wrote on its standard output and error, interleaved as it wrote them
        /// (at most `outputLimit` bytes are kept).
        public var output: [UInt8]
        /// Whether it was killed because it ran past its time limit.
        public var timedOut: Bool

        /// Whether it exited with status 0.
        public var succeeded: Bool { status == 0 && !timedOut }
    }

    /// The most output kept from a program: a mail program says a line or two.
    public static let outputLimit = 64 * 1024

    /// Runs `arguments[0]` (an absolute path: the `PATH` is not searched) with `arguments`,
    /// the current environment, `input` on its standard input and a time limit in seconds.
    public static func run(_ arguments: [String], input: [UInt8], timeLimit: Int32 = 120) throws(SystemError) -> Outcome {
        guard let program = arguments.first else { throw .failed(operation: "starting", path: "", errno: EINVAL) }
        let toChild = try pipe(for: program), fromChild = try pipe(for: program)
        // While bytes are written to a program that may have exited, a broken pipe must be an
        // error (EPIPE), not a signal that ends kyiln.
        let previous = Glibc.signal(SIGPIPE, SIG_IGN)
        defer { Glibc.signal(SIGPIPE, previous) }
        let pid = try spawn(program, arguments, stdin: toChild.read, output: fromChild.write)
        close(toChild.read)
        close(fromChild.write)
        var exchange = Exchange(input: input, inputFD: toChild.write, outputFD: fromChild.read)
        let timedOut = exchange.run(until: monotonicSeconds() + Double(timeLimit))
        if timedOut { kill(pid, SIGKILL) }
        exchange.closeAll()
        var status: Int32 = 0
        _ = try SystemCall.retrying("waiting for", program) { waitpid(pid, &status, 0) }
        let exited = status & 0x7F == 0
        return Outcome(status: exited ? (status >> 8) & 0xFF : nil, signal: exited ? nil : status & 0x7F,
                       output: exchange.output, timedOut: timedOut)
    }

    /// A pipe whose two ends are closed on exec (the child gets only the copies made for it).
    private static func pipe(for program: String) throws(SystemError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        // pipe2 is not exported by the Glibc module without _GNU_SOURCE: pipe, then FD_CLOEXEC.
        try SystemCall.retrying("making a pipe for", program) { Glibc.pipe(&fds) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Starts the program with `stdin` as its standard input and `output` as its standard
    /// output and error, every signal at its default action and none blocked.
    private static func spawn(_ program: String, _ arguments: [String], stdin: Int32, output: Int32) throws(SystemError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, program, &actions, &attributes, &argv, environ)
        if code != 0 {
            close(stdin)
            close(output)
            throw .failed(operation: "starting", path: program, errno: code)
        }
        return pid
    }

    /// Seconds on the monotonic clock.
    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// Writes the input and reads the output at the same time (`poll`), so a program that
/// answers before it has read everything can never dead-lock with kyiln.
private struct Exchange {
    var input: [UInt8]
    var inputFD: Int32
    var outputFD: Int32
    var written = 0
    var output: [UInt8] = []

    init(input: [UInt8], inputFD: Int32, outputFD: Int32) {
        self.input = input
        self.inputFD = inputFD
        self.outputFD = outputFD
        if input.isEmpty { closeInput() }
    }

    /// Runs until the program closed its output, or the deadline passed (returns true then).
    mutating func run(until deadline: Double) -> Bool {
        while outputFD >= 0 {
            let left = deadline - SystemProcess.monotonicSeconds()
            if left <= 0 { return true }
            var fds = [pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)]
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left * 1000, 1000)) + 1)
            if ready == -1 && errno != EINTR { return false }
            if ready <= 0 { continue }
            if fds.count > 1 && fds[1].revents != 0 { writeSome() }
            if fds[0].revents != 0 { readSome() }
        }
        return false
    }

    private mutating func writeSome() {
        let n = input.withUnsafeBytes { write(inputFD, $0.baseAddress! + written, min($0.count - written, 16 * 1024)) }
        if n > 0 { written += n }
        // Done, or the program stopped reading (EPIPE): either way it gets end of file.
        if written == input.count || (n == -1 && errno != EINTR && errno != EAGAIN) { closeInput() }
    }

    private mutating func readSome() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(outputFD, &buffer, buffer.count)
        if n > 0 {
            output += buffer.prefix(min(n, SystemProcess.outputLimit - output.count))
        } else if n == 0 || errno != EINTR {
            close(outputFD)
            outputFD = -1
        }
    }

    private mutating func closeInput() {
        if inputFD >= 0 { close(inputFD) }
        inputFD = -1
    }

    mutating func closeAll() {
        closeInput()
        if outputFD >= 0 { close(outputFD) }
        outputFD = -1
    }
}
