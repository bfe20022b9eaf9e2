import Glibc
import SystemCalls

/// An open file of the store: a `SystemFile` whose failures are `StoreError`s.
struct FileDescriptor {
    let file: SystemFile

    var fd: Int32 { file.fd }
    var path: String { file.path }

    /// Opens a file without following a final symbolic link, so a link planted in
    /// the store cannot point a read or write outside it, and without blocking: a FIFO, socket
    /// or device is refused (`StoreError.unreadable` naming it and its kind) unless `kind` says otherwise.
    static func open(_ path: String, flags: Int32, mode: mode_t = 0, kind: SystemFile.Kind = .regularFile) throws(StoreError) -> FileDescriptor {
        do { return FileDescriptor(file: try SystemFile.open(path, flags: flags, mode: mode, kind: kind)) } catch { throw StoreError(error) }
    }

    /// The file's status.
    func status() throws(StoreError) -> stat {
        do { return try file.status() } catch { throw StoreError(error) }
    }

    /// Reads the whole file, refusing files above `limit` bytes before reading them.
    func readAll(limit: Int) throws(StoreError) -> [UInt8] {
        do { return try file.readAll(limit: limit) } catch { throw StoreError(error) }
    }
}
