import LetterStore
import Glibc

/// The absolute path of the running kyiln, for the forced command sshd runs.
enum SelfPath {
    /// `/proc/self/exe` resolved; refuses a binary that was replaced or removed since it started.
    static func executable() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { throw fail("cannot find the kyiln program (/proc/self/exe): \(String(cString: strerror(errno)))", status: ExitStatus.ioError) }
        let path = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if path.hasSuffix(" (deleted)") { throw fail("the kyiln program was replaced while running (\(path)); run the new one", status: ExitStatus.ioError) }
        return path
    }
}
