import Glibc
import SystemCalls

/// Replaces a store file so that a reader sees either the old or the new content, never
/// a mix, and so that "saved" means the new content survives a power cut (see
/// `AtomicWrite`). Foundation's atomic write does not fsync the folder and loses the file
/// mode on Linux, hence this routine.
enum AtomicFile {
    /// The marker in temporary file names; leftovers with it are removed at start-up.
    static let temporaryMarker = AtomicWrite.temporaryMarker

    /// Writes `bytes` to `name` inside `directory` with exactly `mode`, whatever the umask.
    /// With `durable: false` (for caches such as the summary index, which are rebuilt when
    /// stale or broken) neither the file nor the folder is fsynced: readers still see the
    /// old or the new content, never a mix, but a power cut may lose the new content.
    static func write(_ bytes: [UInt8], to name: String, in directory: String, mode: mode_t, durable: Bool = true) throws(StoreError) {
        do {
            try AtomicWrite(mode: mode, durable: durable).write(bytes, to: name, in: directory)
        } catch {
            // Once the temporary file exists, name the file being saved, not the temporary
            // one that is already gone.
            if error.step == .writing {
                throw StoreError.io(path: joinPath(directory, name), operation: "saving", errno: error.error.errno)
            }
            throw StoreError(error.error)
        }
    }

    /// Whether a file name is one of our temporary files.
    static func isTemporary(_ name: String) -> Bool {
        AtomicWrite.isTemporary(name)
    }
}
