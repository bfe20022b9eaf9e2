/// Replaces a file so that a reader sees either the old or the new content, never
/// a mix, and so that "saved" means the new content survives a power cut.
///
/// The steps follow the usual POSIX recipe: a temporary file created exclusively in
/// the same folder, written in full, fsynced (a failed fsync is never retried: the
/// kernel may already have dropped the dirty pages), renamed over the old file, and
/// the folder fsynced so the rename itself is durable. Foundation's atomic write
/// does not fsync the folder and loses the file mode on Linux, hence this routine.
enum AtomicFile {
    /// The marker in temporary file names; leftovers with it are removed at start-up.
    static let temporaryMarker = ".tmp-"

    /// Writes `bytes` to `name` inside `directory` with exactly `mode`, whatever the umask.
    /// With `durable: false` (for caches such as the summary index, which are rebuilt when
    /// stale or broken) neither the file nor the folder is fsynced: readers still see the
    /// old or the new content, never a mix, but a power cut may lose the new content.
    static func write(_ bytes: [UInt8], to name: String, in directory: String, mode: mode_t, durable: Bool = true) throws(StoreError) {
        let target = joinPath(directory, name)
        let dir = try FileDescriptor.open(directory, flags: O_RDONLY | O_DIRECTORY)
        let temporary = ".\(name)\(temporaryMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporaryPath = joinPath(directory, temporary)
        let fd = try systemCall("creating", temporaryPath) {
            openat(dir.fd, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        }
        let file = FileDescriptor(fd: fd, path: temporaryPath)
        do {
            try systemCall("setting the mode of", temporaryPath) { fchmod(file.fd, mode) }
            try file.writeAll(bytes)
            if durable { try systemCall("flushing to disk", temporaryPath) { fsync(file.fd) } }
            try systemCall("renaming into place", target) { renameat(dir.fd, temporary, dir.fd, name) }
        } catch {
            unlinkat(dir.fd, temporary, 0)
            // Name the file being saved, not the temporary one that is already gone.
            if case .io(_, _, let code) = error { throw StoreError.io(path: target, operation: "saving", errno: code) }
            throw error
        }
        if durable { try systemCall("flushing the folder of", target) { fsync(dir.fd) } }
    }

    /// Whether a file name is one of our temporary files.
    static func isTemporary(_ name: String) -> Bool {
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
