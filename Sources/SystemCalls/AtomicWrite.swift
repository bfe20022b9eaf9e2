import Glibc

/// Replaces (or creates) a file so that a reader sees either the old or the new content,
/// never a mix, and so that, when durable, the new content survives a power cut.
///
/// The usual POSIX recipe: a temporary file created exclusively (`O_EXCL`) in the same
/// folder, written in full, fsynced (never retried: the kernel may already have dropped the
/// dirty pages), renamed over the old file (`renameat`), and the folder fsynced so the rename
/// itself is durable.
public struct AtomicWrite: Sendable {
    /// The marker in temporary file names (`.<name>.tmp-<pid>-<random>`).
    public static let temporaryMarker = ".tmp-"

    /// The permission bits of the new file.
    public var mode: mode_t
    /// Sets exactly `mode` whatever the umask (`fchmod`); otherwise the umask applies, like
    /// any file a user creates.
    public var exactMode: Bool
    /// Fsyncs the file and its folder. Off for caches that are rebuilt when lost.
    public var durable: Bool
    /// Replaces an existing file; otherwise an existing name is refused with `EEXIST`, the
    /// check and the move being one step (a hard link), with a check-then-rename on file
    /// systems without hard links.
    public var replacing: Bool
    /// Whether a failed fsync of the folder is an error (it is only reported when durable).
    public var folderSyncRequired: Bool

    public init(mode: mode_t, exactMode: Bool = true, durable: Bool = true, replacing: Bool = true, folderSyncRequired: Bool = true) {
        self.mode = mode
        self.exactMode = exactMode
        self.durable = durable
        self.replacing = replacing
        self.folderSyncRequired = folderSyncRequired
    }

    /// A step of the write, so callers can word a failure their own way.
    public enum Step: Sendable, Equatable {
        /// Opening the folder or creating the temporary file: nothing was written.
        case preparing
        /// Writing, flushing or moving the temporary file into place: it has been removed.
        case writing
        /// Flushing the folder after the move: the new file is in place.
        case syncingFolder
    }

    /// A failure and the step it happened at.
    public struct Failure: Error, Sendable, Equatable {
        public var error: SystemError
        public var step: Step
        /// The temporary file's path (gone again by the time this is thrown).
        public var temporaryPath: String
    }

    /// Writes `bytes` to `name` inside `directory`.
    public func write(_ bytes: [UInt8], to name: String, in directory: String) throws(Failure) {
        let target = joinPath(directory, name)
        let temporary = ".\(name)\(Self.temporaryMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporaryPath = joinPath(directory, temporary)
        let folder: SystemFile, file: SystemFile
        do {
            folder = try openFolder(directory)
            let fd = try SystemCall.retrying("creating", temporaryPath) {
                openat(folder.fd, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
            }
            file = SystemFile(fd: fd, path: temporaryPath)
        } catch { throw Failure(error: error, step: .preparing, temporaryPath: temporaryPath) }
        do {
            if exactMode { try SystemCall.retrying("setting the mode of", temporaryPath) { fchmod(file.fd, mode) } }
            try file.writeAll(bytes)
            if durable { try file.sync() }
            try moveIntoPlace(temporary, as: name, in: folder, target: target)
        } catch {
            unlinkat(folder.fd, temporary, 0)
            throw Failure(error: error, step: .writing, temporaryPath: temporaryPath)
        }
        if durable {
            let synced = SystemCall.uninterrupted { fsync(folder.fd) }
            if synced == -1 && folderSyncRequired {
                throw Failure(error: .failed(operation: "flushing the folder of", path: target, errno: errno), step: .syncingFolder, temporaryPath: temporaryPath)
            }
        }
    }

    /// The folder, for `openat`, `renameat`, `linkat` and `fsync`. One that may be written but
    /// not read is still written to when its fsync is not required (an `O_PATH` descriptor
    /// serves the `…at` calls; only the fsync needs read access).
    private func openFolder(_ directory: String) throws(SystemError) -> SystemFile {
        do { return try SystemFile.openFolder(directory) } catch {
            guard error.errno == EACCES, !folderSyncRequired else { throw error }
            return try SystemFile.open(directory, flags: Self.pathOnly | O_DIRECTORY, kind: .folder)
        }
    }

    /// `O_PATH` (asm-generic/fcntl.h; x86-64 and arm64 alike), which Glibc's Swift overlay
    /// does not export without `_GNU_SOURCE`.
    private static let pathOnly: Int32 = 0o10000000

    /// Renames the temporary file over `name`, or links it there when not replacing.
    private func moveIntoPlace(_ temporary: String, as name: String, in folder: SystemFile, target: String) throws(SystemError) {
        if replacing {
            try SystemCall.retrying("renaming into place", target) { renameat(folder.fd, temporary, folder.fd, name) }
            return
        }
        if SystemCall.uninterrupted({ linkat(folder.fd, temporary, folder.fd, name, 0) }) == 0 {
            unlinkat(folder.fd, temporary, 0)
            return
        }
        let code = errno
        // Some file systems have no hard links: check and rename instead.
        let noLinks = code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV
        var info = stat()
        guard noLinks, fstatat(folder.fd, name, &info, AT_SYMLINK_NOFOLLOW) != 0 else {
            throw .failed(operation: "creating", path: target, errno: code)
        }
        try SystemCall.retrying("renaming into place", target) { renameat(folder.fd, temporary, folder.fd, name) }
    }

    /// Whether a file name is one of the temporary files this leaves behind when a process
    /// dies mid-write.
    public static func isTemporary(_ name: String) -> Bool {
        // By bytes: `String.contains(String)` comes from _StringProcessing, whose first use costs
        // more than this whole check, and this runs on every start.
        guard name.hasPrefix(".") else { return false }
        let text = Array(name.utf8), marker = Array(temporaryMarker.utf8)
        guard text.count >= marker.count else { return false }
        return (0...(text.count - marker.count)).contains { start in
            text[start..<(start + marker.count)].elementsEqual(marker)
        }
    }
}
