import Glibc

/// An open file descriptor that closes itself, with the path it was opened by (for errors).
public final class SystemFile {
    public let fd: Int32
    public let path: String

    /// Takes ownership of `fd`: it is closed when this object goes away.
    public init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// Opens a file, close-on-exec, and without following a final symbolic link unless
    /// `followingLinks` (so a link planted in a store cannot point a read or write outside it).
    public static func open(_ path: String, flags: Int32, mode: mode_t = 0, followingLinks: Bool = false) throws(SystemError) -> SystemFile {
        let all = flags | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW)
        let fd = try SystemCall.retrying("opening", path) { Glibc.open(path, all, mode) }
        return SystemFile(fd: fd, path: path)
    }

    /// Opens a folder for `fsync`, `openat` and `renameat`.
    public static func openFolder(_ path: String) throws(SystemError) -> SystemFile {
        try open(path, flags: O_RDONLY | O_DIRECTORY)
    }

    /// The file's status (`fstat`).
    public func status(operation: String = "checking") throws(SystemError) -> stat {
        var info = stat()
        try SystemCall.retrying(operation, path) { fstat(fd, &info) }
        return info
    }

    /// Reads the whole file, refusing one whose size is above `limit` bytes before reading
    /// it, and one that grows beyond `limit` while it is read.
    public func readAll(limit: Int) throws(SystemError) -> [UInt8] {
        let size = Int(try status().st_size)
        if size > limit { throw .tooLarge(path: path, size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if bytes.count > limit { throw .tooLarge(path: path, size: nil, limit: limit) }
                bytes += [UInt8](repeating: 0, count: max(4096, bytes.count))
            }
            let n = try SystemCall.retrying("reading", path) {
                bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            }
            if n == 0 { break }
            count += n
        }
        if count > limit { throw .tooLarge(path: path, size: nil, limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Writes every byte, looping on short writes and interruptions.
    public func writeAll(_ bytes: [UInt8]) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            offset += try SystemCall.retrying("writing", path) {
                bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            }
        }
    }

    /// Flushes the file (or folder) to disk. A failed fsync is never retried: the kernel may
    /// already have dropped the dirty pages.
    public func sync(operation: String = "flushing to disk") throws(SystemError) {
        try SystemCall.retrying(operation, path) { fsync(fd) }
    }
}
