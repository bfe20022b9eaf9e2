/// An open file descriptor that closes itself.
final class FileDescriptor {
    let fd: Int32
    let path: String

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// Opens a file without following a final symbolic link, so a link planted in
    /// the store cannot point a read or write outside it.
    static func open(_ path: String, flags: Int32, mode: mode_t = 0) throws(StoreError) -> FileDescriptor {
        let fd = try systemCall("opening", path) { Glibc.open(path, flags | O_CLOEXEC | O_NOFOLLOW, mode) }
        return FileDescriptor(fd: fd, path: path)
    }

    /// The file's status.
    func status() throws(StoreError) -> stat {
        var info = stat()
        try systemCall("checking", path) { fstat(fd, &info) }
        return info
    }

    /// Reads the whole file, refusing files above `limit` bytes before reading them.
    func readAll(limit: Int) throws(StoreError) -> [UInt8] {
        let size = Int(try status().st_size)
        if size > limit {
            throw StoreError.unreadable(path: path, reason: "it is too large (\(size) bytes; a letter is at most \(limit) bytes)")
        }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if bytes.count > limit { throw StoreError.unreadable(path: path, reason: "it grew beyond \(limit) bytes while being read") }
                bytes += [UInt8](repeating: 0, count: max(4096, bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: path, operation: "reading", errno: errno)
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Writes every byte, looping on short writes (EINTR is retried by `systemCall`).
    func writeAll(_ bytes: [UInt8]) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: path, operation: "writing", errno: errno)
            }
            offset += n
        }
    }
}
