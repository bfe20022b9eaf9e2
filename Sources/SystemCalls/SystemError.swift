import Glibc

/// A failed system call: what was being done, to which file, and why.
///
/// `description` reads "`operation` `path` failed: `reason`", the wording every layer above
/// already used for its own copies of these calls.
public enum SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A call returned -1 with `errno` set.
    case failed(operation: String, path: String, errno: Int32)
    /// A file held more than `limit` bytes. `size` is what `fstat` said before reading,
    /// nil when the file grew beyond the limit while it was being read.
    case tooLarge(path: String, size: Int?, limit: Int)
    /// A file that is not of the kind expected (a FIFO, socket or device where a regular file
    /// belongs); `kind` says what it is ("a FIFO (named pipe)"). Refused before any read.
    case wrongKind(path: String, kind: String)

    /// The file concerned.
    public var path: String {
        switch self {
        case .failed(_, let path, _), .tooLarge(let path, _, _), .wrongKind(let path, _): path
        }
    }

    /// What was being done ("opening", "reading", "listing", …).
    public var operation: String {
        switch self {
        case .failed(let operation, _, _): operation
        case .tooLarge: "reading"
        case .wrongKind: "opening"
        }
    }

    /// The error number; `EFBIG` for a file over its limit, `EINVAL` for a file of the wrong kind.
    public var errno: Int32 {
        switch self {
        case .failed(_, _, let code): code
        case .tooLarge: EFBIG
        case .wrongKind: EINVAL
        }
    }

    /// Why, in words: the C library's message for `errno`, or the limit that was passed.
    public var reason: String {
        switch self {
        case .failed(_, _, let code): Self.message(for: code)
        case .tooLarge(_, let size?, let limit): "it is too large (\(size) bytes; at most \(limit) are read)"
        case .tooLarge(_, nil, let limit): "it grew beyond \(limit) bytes while being read"
        case .wrongKind(_, let kind): "it is \(kind), not a regular file"
        }
    }

    public var description: String { "\(operation) \(path) failed: \(reason)" }

    /// The C library's message for an error number (`strerror`).
    public static func message(for code: Int32) -> String {
        String(cString: strerror(code))
    }
}
