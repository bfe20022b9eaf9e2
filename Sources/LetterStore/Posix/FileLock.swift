import Glibc
import SystemCalls

/// An exclusive `flock` on a side file that is never renamed or deleted.
///
/// `flock` belongs to the open file description, so closing some other descriptor
/// of the same file elsewhere in the process does not drop it (unlike `fcntl` locks).
final class FileLock {
    private let file: FileDescriptor

    private init(file: FileDescriptor) {
        self.file = file
    }

    deinit { flock(file.fd, LOCK_UN) }

    /// Waits for the lock.
    static func acquire(_ path: String, mode: mode_t) throws(StoreError) -> FileLock {
        let file = try openLockFile(path, mode: mode)
        try systemCall("locking", path) { flock(file.fd, LOCK_EX) }
        return FileLock(file: file)
    }

    /// Waits for the lock at most `seconds`; nil when someone held it all that time (so a
    /// process that holds it and hangs never hangs every other with it).
    static func acquire(_ path: String, mode: mode_t, waitingAtMost seconds: Double) throws(StoreError) -> FileLock? {
        let file = try openLockFile(path, mode: mode)
        var waited = 0.0
        while SystemCall.uninterrupted({ flock(file.fd, LOCK_EX | LOCK_NB) }) == -1 {
            if errno != EWOULDBLOCK { throw StoreError.io(path: path, operation: "locking", errno: errno) }
            if waited >= seconds { return nil }
            usleep(50_000)
            waited += 0.05
        }
        return FileLock(file: file)
    }

    /// Takes the lock only if nobody holds it.
    static func attempt(_ path: String, mode: mode_t) throws(StoreError) -> FileLock? {
        let file = try openLockFile(path, mode: mode)
        if SystemCall.uninterrupted({ flock(file.fd, LOCK_EX | LOCK_NB) }) == -1 {
            if errno == EWOULDBLOCK { return nil }
            throw StoreError.io(path: path, operation: "locking", errno: errno)
        }
        return FileLock(file: file)
    }

    private static func openLockFile(_ path: String, mode: mode_t) throws(StoreError) -> FileDescriptor {
        do {
            return try FileDescriptor.open(path, flags: O_RDWR | O_CREAT, mode: mode)
        } catch {
            guard case .io(_, _, let code) = error else { throw error }
            if code == EACCES || code == EPERM || code == EROFS {
                throw StoreError.permissions(path: path, problem: "the lock file cannot be opened for writing (\(String(cString: strerror(code)))); saving needs it: give the store's owner write access to it")
            }
            if code == ELOOP { throw StoreError.permissions(path: path, problem: "the lock file is a symbolic link; remove it") }
            throw error
        }
    }
}
