import Glibc
import SystemCalls

/// Small folder helpers over `SystemFolder`, with the store's errors.
enum Directory {
    /// The names in a folder, without `.` and `..`, sorted; empty when it does not exist.
    static func names(in path: String) throws(StoreError) -> [String] {
        try listing(path, hiddenOnly: false).sorted()
    }

    /// The names in a folder that start with a dot, without `.` and `..`, unsorted; empty when
    /// it does not exist. Cheaper than `names(in:)` on a folder of letters: the other names
    /// never become strings.
    static func hiddenNames(in path: String) throws(StoreError) -> [String] {
        try listing(path, hiddenOnly: true)
    }

    private static func listing(_ path: String, hiddenOnly: Bool) throws(StoreError) -> [String] {
        do { return try SystemFolder.names(in: path, hiddenOnly: hiddenOnly) } catch {
            if error.errno == ENOENT { return [] }
            throw StoreError(error)
        }
    }

    /// Creates the folder (and missing parents) and sets exactly `mode` on it, whatever the umask.
    /// A folder it makes is flushed into its parent (`fsync` of the parent), so it survives a
    /// power cut. Returns whether `path` itself was made here.
    @discardableResult
    static func create(_ path: String, mode: mode_t) throws(StoreError) -> Bool {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError.permissions(path: path, problem: "expected a folder, found another kind of file")
            }
            return false
        }
        let parent = parentFolder(of: path)
        if !parent.isEmpty { try create(parent, mode: mode) }
        if mkdir(path, mode) == -1 {
            if errno == EEXIST { return false }
            throw StoreError.io(path: path, operation: "creating the folder", errno: errno)
        }
        try systemCall("setting the mode of", path) { chmod(path, mode) }
        if !parent.isEmpty { try sync(parent) }
        return true
    }

    /// Removes an empty folder this process made (after a write into it failed), and flushes
    /// its parent; quietly leaves it when it is not empty.
    static func removeEmpty(_ path: String) {
        guard rmdir(path) == 0 else { return }
        let parent = parentFolder(of: path)
        if !parent.isEmpty { try? sync(parent) }
    }

    /// The folder `path` is in ("" for a name without a slash).
    static func parentFolder(of path: String) -> String {
        String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    }

    /// The file's status without following links, or nil when it does not exist.
    static func status(_ path: String) throws(StoreError) -> stat? {
        do { return try SystemFolder.linkStatus(path) } catch { throw StoreError(error) }
    }

    /// Flushes a folder's entries to disk, so a removal or rename in it survives a power cut.
    static func sync(_ path: String, operation: String = "flushing the folder") throws(StoreError) {
        do { try SystemFolder.sync(path, operation: operation) } catch { throw StoreError(error) }
    }
}
