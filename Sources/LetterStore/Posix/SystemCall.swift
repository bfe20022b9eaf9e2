import SystemCalls
import Glibc

extension StoreError {
    /// A failed system call as the store reports it: `.io`, or `.unreadable` for a file over
    /// its size limit.
    init(_ error: SystemError) {
        switch error {
        case .failed(let operation, let path, let code):
            self = .io(path: path, operation: operation, errno: code)
        case .tooLarge(let path, let size?, let limit):
            self = .unreadable(path: path, reason: "it is too large (\(size) bytes; a letter is at most \(limit) bytes)")
        case .tooLarge(let path, nil, let limit):
            self = .unreadable(path: path, reason: "it grew beyond \(limit) bytes while being read")
        case .wrongKind(let path, let kind):
            self = .unreadable(path: path, reason: "it is \(kind), not a regular file; kyiln does not open it (remove it: see the administrator's guide)")
        }
    }
}

/// Runs a system call, retrying on EINTR, and turns -1 into a `StoreError.io`.
@discardableResult
func systemCall(_ operation: String, _ path: String, _ body: () -> Int32) throws(StoreError) -> Int32 {
    do { return try SystemCall.retrying(operation, path, body) } catch { throw StoreError(error) }
}
