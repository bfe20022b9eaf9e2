import LetterDomain
import LetterStore
import Glibc

/// Reading input files and writing output files for `import` and `export`, with
/// plain POSIX calls (no full Foundation).
enum FileIO {
    /// A file problem, with the exit status it deserves.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        var status: Int32
    }

    /// Whether `path` is a folder.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The regular `.txt` files of a folder, sorted, without hidden ones.
    static func textFiles(in folder: String) throws(Failure) -> [String] {
        guard let dir = opendir(folder) else { throw failure("listing", folder, errno) }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix("."), name.lowercased().hasSuffix(".txt") else { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            if stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG { out.append(path) }
        }
        return out.sorted()
    }

    /// The bytes of a regular file, refusing anything larger than `limit`.
    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("opening", path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("reading", path, errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Failure(description: "\(path) is not a regular file", status: ExitStatus.badData) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw failure("reading", path, errno) }
            if n == 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > limit {
                throw Failure(description: "\(path) is larger than \(limit) bytes, too large for a letter", status: ExitStatus.badData)
            }
        }
        return bytes
    }

    /// Writes `text` to `path` atomically: a temporary file in the same folder, written
    /// and flushed, then moved into place. Without `force` an existing file is never
    /// replaced; the check and the move are one step (a hard link fails if the name is taken).
    static func write(_ text: String, to path: String, force: Bool) throws(Failure) {
        let full = StoreLocation.absolute(path)
        guard !path.hasSuffix("/"), !isDirectory(full) else { throw Failure(description: "\(path) is a folder; name a file", status: ExitStatus.usage) }
        let slash = full.lastIndex(of: "/")!
        let folder = full[..<slash].isEmpty ? "/" : String(full[..<slash])
        let name = String(full[full.index(after: slash)...])
        var info = stat()
        if !force && lstat(full, &info) == 0 {
            throw Failure(description: "\(path) exists already; add --force to replace it", status: ExitStatus.alreadyExists)
        }
        let temporary = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // 0666 less the umask, like any file a user creates.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard fd >= 0 else { throw failure("creating", temporary, errno) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd); unlink(temporary)
                throw failure("writing", temporary, code)
            }
            offset += n
        }
        if fsync(fd) != 0 { let code = errno; close(fd); unlink(temporary); throw failure("flushing", temporary, code) }
        close(fd)
        if force {
            if rename(temporary, full) != 0 { let code = errno; unlink(temporary); throw failure("renaming into place", full, code) }
        } else {
            if link(temporary, full) != 0 {
                let code = errno
                if code == EEXIST {
                    unlink(temporary)
                    throw Failure(description: "\(path) exists already; add --force to replace it", status: ExitStatus.alreadyExists)
                }
                // Some file systems have no hard links: check and rename instead.
                guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV, lstat(full, &info) != 0 else {
                    unlink(temporary)
                    throw failure("creating", full, code)
                }
                if rename(temporary, full) != 0 { let code = errno; unlink(temporary); throw failure("renaming into place", full, code) }
            } else {
                unlink(temporary)
            }
        }
        let dirfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 { fsync(dirfd); close(dirfd) }
    }

    private static func failure(_ operation: String, _ path: String, _ code: Int32) -> Failure {
        let status: Int32 = switch code {
        case ENOENT: ExitStatus.notFound
        case EACCES, EPERM: ExitStatus.permissions
        default: ExitStatus.ioError
        }
        return Failure(description: "\(operation) \(path) failed: \(String(cString: strerror(code)))", status: status)
    }
}
