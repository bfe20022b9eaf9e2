import Glibc  // O_RDONLY
import LetterDomain
import SystemCalls

extension LetterFileReader {
    /// Reads the letter file at `path` (a regular file of at most `sizeLimit` bytes), named in
    /// the report by its last path component.
    /// - Throws: `SystemError` when it cannot be opened or read, is not a regular file, or is too large.
    public func read(path: String) throws(SystemError) -> ImportReport {
        let file = try SystemFile.open(path, flags: O_RDONLY, followingLinks: true)
        let bytes = try file.readAll(limit: Self.sizeLimit)
        return read(bytes: bytes, sourceName: Self.fileName(path))
    }

    /// The last component of `path`: how a file is named in reports and history.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
