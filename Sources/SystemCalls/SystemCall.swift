import Glibc

/// Runs POSIX calls the one way: retried while interrupted by a signal (EINTR), and a
/// failure (-1) turned into a `SystemError` naming the operation and the file.
public enum SystemCall {
    /// Runs `body` until it is not interrupted; -1 with any other errno throws.
    @discardableResult
    public static func retrying<Result: FixedWidthInteger & SignedInteger>(
        _ operation: String, _ path: String, _ body: () -> Result
    ) throws(SystemError) -> Result {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = Glibc.errno
            if code == EINTR { continue }
            throw .failed(operation: operation, path: path, errno: code)
        }
    }

    /// Runs `body` until it is not interrupted and returns its result, -1 included: for
    /// calls whose failure is an answer (a lock already held, a name already taken), read
    /// from `errno` by the caller.
    public static func uninterrupted<Result: FixedWidthInteger & SignedInteger>(_ body: () -> Result) -> Result {
        while true {
            let result = body()
            if result == -1 && Glibc.errno == EINTR { continue }
            return result
        }
    }

    /// Writes every byte of `bytes` to `fd` (standard output, a terminal), looping on short
    /// writes and interruptions. Returns false when the descriptor stopped taking bytes.
    @discardableResult
    public static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = uninterrupted { bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) } }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}

/// Joins path components with one slash, skipping empty ones.
public func joinPath(_ parts: String...) -> String {
    parts.filter { !$0.isEmpty }.reduce("") { acc, part in
        acc.isEmpty ? part : (acc.hasSuffix("/") ? acc + part : acc + "/" + part)
    }
}

extension SystemCall {
    /// Waits at most `milliseconds` (0: not at all) for input on `fd`: above 0 when there is
    /// some, 0 on a timeout, -1 when a signal interrupted the wait (the caller's loop looks
    /// at its signal flags and waits again).
    public static func waitForInput(_ fd: Int32, milliseconds: Int32) -> Int32 {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds)
    }
}
