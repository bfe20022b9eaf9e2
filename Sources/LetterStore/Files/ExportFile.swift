import SystemCalls
import Glibc

/// Writing an exported file where a person asked: the one way `kyiln export` and the screens
/// write one, atomically, and never over an existing file unless told to.
public enum ExportFile {
    /// Why an export was not written; nothing was left half-written.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The name is taken and replacing was not asked for.
        case exists(path: String)
        /// The path names a folder where a file was wanted.
        case isFolder(path: String)
        /// A file where a folder was wanted.
        case notFolder(path: String)
        /// A system call failed (`operation` on `path`, with its errno).
        case system(operation: String, path: String, errno: Int32)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) exists already"
            case .isFolder(let path): "\(path) is a folder; name a file"
            case .notFolder(let path): "\(path) is a file, not a folder"
            case .system(let operation, let path, let code): "\(operation) \(path) failed: \(SystemError.message(for: code))"
            }
        }
    }

    /// Whether something (a file, a folder, a link) has this name.
    public static func exists(_ path: String) -> Bool {
        (try? SystemFolder.linkStatus(StoreLocation.absolute(path))) != nil
    }

    /// Writes `text` to `path`: a temporary file in the same folder, written and flushed,
    /// then moved into place. Without `replacing` an existing name is refused, the check and
    /// the move being one step (a hard link fails if the name is taken).
    public static func write(_ text: String, to path: String, replacing: Bool) throws(Failure) {
        let full = StoreLocation.absolute(path)
        guard !path.hasSuffix("/"), !SystemFolder.isDirectory(full) else { throw .isFolder(path: path) }
        let slash = full.lastIndex(of: "/")!
        let folder = full[..<slash].isEmpty ? "/" : String(full[..<slash])
        let name = String(full[full.index(after: slash)...])
        if !replacing && exists(full) { throw .exists(path: path) }
        // 0666 less the umask, like any file a user creates; a failed fsync of the folder
        // after the move is not an error (the file is in place).
        let writer = AtomicWrite(mode: 0o666, exactMode: false, replacing: replacing, folderSyncRequired: false)
        do { try writer.write(Array(text.utf8), to: name, in: folder) } catch {
            switch (error.step, error.error.operation) {
            case (.preparing, _): throw .system(operation: "creating", path: error.temporaryPath, errno: error.error.errno)
            case (_, "creating") where error.error.errno == EEXIST: throw .exists(path: path)
            case (_, "flushing to disk"): throw .system(operation: "flushing", path: error.temporaryPath, errno: error.error.errno)
            default: throw .system(operation: error.error.operation, path: error.error.path, errno: error.error.errno)
            }
        }
    }

    /// Makes the folder `path` (0777 less the umask) unless it is one already.
    public static func makeFolder(_ path: String) throws(Failure) {
        let full = StoreLocation.absolute(path)
        if SystemFolder.isDirectory(full) { return }
        if exists(full) { throw .notFolder(path: path) }
        if mkdir(full, 0o777) == -1 { throw .system(operation: "creating the folder", path: path, errno: errno) }
    }

    /// `path` made absolute against the current folder, for messages that say where a file went.
    public static func absolute(_ path: String) -> String { StoreLocation.absolute(path) }
}
