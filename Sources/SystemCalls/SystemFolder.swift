import Glibc

/// Folder listings and status checks.
public enum SystemFolder {
    /// The names in a folder without `.` and `..`, unsorted. With `hiddenOnly`, only names
    /// that start with a dot (the others never become strings, which is cheaper on a big folder).
    public static func names(in path: String, hiddenOnly: Bool = false) throws(SystemError) -> [String] {
        guard let dir = opendir(path) else { throw .failed(operation: "listing", path: path, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix(while: { $0 != 0 })
                if hiddenOnly && bytes.first != UInt8(ascii: ".") { return nil }
                return String(decoding: bytes, as: UTF8.self)
            }
            if let name, name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Flushes a folder's entries to disk, so a creation, removal or rename in it survives a
    /// power cut.
    public static func sync(_ path: String, operation: String = "flushing the folder") throws(SystemError) {
        let folder = try SystemFile.openFolder(path)
        try SystemCall.retrying(operation, path) { fsync(folder.fd) }
    }

    /// The file's status without following links (`lstat`), or nil when it does not exist.
    public static func linkStatus(_ path: String, operation: String = "checking") throws(SystemError) -> stat? {
        var info = stat()
        if lstat(path, &info) == 0 { return info }
        if errno == ENOENT { return nil }
        throw .failed(operation: operation, path: path, errno: errno)
    }

    /// Whether `path` is (or links to) a regular file.
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether `path` is (or links to) a folder.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
