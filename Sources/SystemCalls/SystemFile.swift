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

    /// What a caller expects to open. Anything else is refused right after `open`, before a
    /// byte is read.
    public enum Kind: Sendable {
        /// A regular file (the default): a FIFO, socket, device or folder is refused.
        case regularFile
        /// A folder (`O_DIRECTORY` makes the kernel check it).
        case folder
        /// Whatever is there: the explicit opt-out, for the few callers that must open something else.
        case anything
    }

    /// Opens a file, close-on-exec, and without following a final symbolic link unless
    /// `followingLinks` (so a link planted in a store cannot point a read or write outside it).
    ///
    /// Nothing that can block is opened: the open is always `O_NONBLOCK` (a FIFO with no writer,
    /// or a device, would otherwise hang `open` and every signal with it), and unless `kind` is
    /// `.anything` the descriptor is `fstat`ed at once and anything but the expected kind is
    /// refused with `SystemError.wrongKind`, naming the file and what it is.
    public static func open(_ path: String, flags: Int32, mode: mode_t = 0, followingLinks: Bool = false,
                            kind: Kind = .regularFile) throws(SystemError) -> SystemFile {
        let all = flags | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW)
        let fd = try SystemCall.retrying("opening", path) { Glibc.open(path, all, mode) }
        let file = SystemFile(fd: fd, path: path)
        if kind == .regularFile {
            let type = try file.status(operation: "opening").st_mode & S_IFMT
            if type != S_IFREG { throw .wrongKind(path: path, kind: kindName(type)) }
        }
        return file
    }

    /// Words for a file type (`st_mode & S_IFMT`): "a FIFO", "a socket", ….
    public static func kindName(_ type: mode_t) -> String {
        switch type {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }

    /// Opens a folder for `fsync`, `openat` and `renameat`.
    public static func openFolder(_ path: String) throws(SystemError) -> SystemFile {
        try open(path, flags: O_RDONLY | O_DIRECTORY, kind: .folder)
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
