import Glibc

/// Walking a folder tree by open descriptor: each step opens one name *inside an already open
/// folder* (`openat`), never following a link, and changes what it opened (`fchmod`,
/// `fchown`), so a folder renamed or swapped for a link while the walk runs cannot send it
/// outside the tree.
extension SystemFile {
    /// Opens the folder `name` inside the open folder `parent`, refusing a link (`ELOOP`) or
    /// anything that is not a folder (`ENOTDIR`).
    public static func openFolder(at parent: SystemFile, name: String) throws(SystemError) -> SystemFile {
        try open(at: parent, name: name, flags: O_RDONLY | O_DIRECTORY)
    }

    /// Opens `name` inside the open folder `parent`: close-on-exec, never following a link,
    /// without becoming the controlling terminal. `name` must be one path part.
    public static func open(at parent: SystemFile, name: String, flags: Int32, mode: mode_t = 0) throws(SystemError) -> SystemFile {
        let path = parent.path + "/" + name
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/") else {
            throw .failed(operation: "opening", path: path, errno: EINVAL)
        }
        let all = flags | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY
        let fd = try SystemCall.retrying("opening", path) { openat(parent.fd, name, all, mode) }
        return SystemFile(fd: fd, path: path)
    }

    /// The status of `name` inside this open folder, without following a link (`fstatat`
    /// with `AT_SYMLINK_NOFOLLOW`), or nil when it does not exist.
    public func status(of name: String) throws(SystemError) -> stat? {
        var info = stat()
        let result = SystemCall.uninterrupted { fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) }
        if result == 0 { return info }
        if errno == ENOENT { return nil }
        throw .failed(operation: "checking", path: path + "/" + name, errno: errno)
    }

    /// Creates the folder `name` inside this open folder; false when it exists already.
    @discardableResult
    public func makeFolder(_ name: String, mode: mode_t) throws(SystemError) -> Bool {
        if SystemCall.uninterrupted({ mkdirat(fd, name, mode) }) == 0 { return true }
        if errno == EEXIST { return false }
        throw .failed(operation: "creating the folder", path: path + "/" + name, errno: errno)
    }

    /// Sets the mode of the open file (`fchmod`).
    public func changeMode(_ mode: mode_t) throws(SystemError) {
        try SystemCall.retrying("setting the mode of", path) { fchmod(fd, mode) }
    }

    /// Sets the group of the open file, keeping its owner (`fchown`).
    public func changeGroup(_ gid: gid_t) throws(SystemError) {
        try SystemCall.retrying("changing the group of", path) { fchown(fd, uid_t.max, gid) }
    }

    /// The names in this open folder without `.` and `..`, unsorted, read through a
    /// duplicate of the descriptor (`fdopendir(dup(fd))`, from the start).
    public func entryNames() throws(SystemError) -> [String] {
        let copy = try SystemCall.retrying("listing", path) { fcntl(fd, F_DUPFD_CLOEXEC, 0) }
        guard let dir = fdopendir(copy) else {
            let code = errno
            close(copy)
            throw .failed(operation: "listing", path: path, errno: code)
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
