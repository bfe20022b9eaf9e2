/// Small folder helpers over POSIX calls.
enum Directory {
    /// The names in a folder, without `.` and `..`, sorted; empty when it does not exist.
    static func names(in path: String) throws(StoreError) -> [String] {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return [] }
            throw StoreError.io(path: path, operation: "listing", errno: errno)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The names in a folder that start with a dot, without `.` and `..`, unsorted; empty when
    /// it does not exist. Cheaper than `names(in:)` on a folder of letters: the other names
    /// never become strings.
    static func hiddenNames(in path: String) throws(StoreError) -> [String] {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return [] }
            throw StoreError.io(path: path, operation: "listing", errno: errno)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name: String? = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { raw in
                    guard raw[0] == CChar(UInt8(ascii: ".")) else { return nil }
                    return String(cString: raw)
                }
            }
            if let name, name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates the folder (and missing parents) and sets exactly `mode` on it, whatever the umask.
    static func create(_ path: String, mode: mode_t) throws(StoreError) {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError.permissions(path: path, problem: "expected a folder, found another kind of file")
            }
            return
        }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !parent.isEmpty { try create(parent, mode: mode) }
        if mkdir(path, mode) == -1 && errno != EEXIST {
            throw StoreError.io(path: path, operation: "creating the folder", errno: errno)
        }
        try systemCall("setting the mode of", path) { chmod(path, mode) }
    }

    /// The file's status without following links, or nil when it does not exist.
    static func status(_ path: String) throws(StoreError) -> stat? {
        var info = stat()
        if lstat(path, &info) == 0 { return info }
        if errno == ENOENT { return nil }
        throw StoreError.io(path: path, operation: "checking", errno: errno)
    }
}

extension Directory {
    /// Flushes a folder's entries to disk, so a removal or rename in it survives a power cut.
    static func sync(_ path: String) throws(StoreError) {
        let dir = try FileDescriptor.open(path, flags: O_RDONLY | O_DIRECTORY)
        try systemCall("flushing the folder", path) { fsync(dir.fd) }
    }
}
