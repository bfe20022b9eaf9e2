import Glibc
import SystemCalls
import Testing

/// The descriptor-relative calls `access init` walks the store with.
@Suite("System calls relative to an open folder")
struct SystemFileAtTests {
    @Test func opensInsideAnOpenFolderAndNeverFollowsALink() throws {
        let scratch = ScratchFolder()
        let top = try SystemFile.openFolder(scratch.path)
        #expect(try top.makeFolder("inner", mode: 0o700))
        #expect(try !top.makeFolder("inner", mode: 0o700))
        scratch.write("file", "x")
        symlink("/etc", scratch.path + "/link")
        defer { unlink(scratch.path + "/link"); rmdir(scratch.path + "/inner") }
        let inner = try SystemFile.openFolder(at: top, name: "inner")
        #expect(try inner.entryNames().isEmpty)
        #expect(Set(try top.entryNames()) == ["inner", "file", "link"])
        // A link is refused: ELOOP, or ENOTDIR when O_DIRECTORY is checked first (Linux).
        do {
            _ = try SystemFile.openFolder(at: top, name: "link")
            Issue.record("a link to /etc was opened")
        } catch {
            #expect([ELOOP, ENOTDIR].contains(error.errno), "\(error)")
        }
        #expect(throws: SystemError.self) { try SystemFile.open(at: top, name: "link", flags: O_RDONLY) }
        #expect(throws: SystemError.failed(operation: "opening", path: scratch.path + "/file", errno: ENOTDIR)) {
            try SystemFile.openFolder(at: top, name: "file")
        }
        for name in ["..", ".", "a/b", ""] {
            #expect(throws: SystemError.self) { try SystemFile.open(at: top, name: name, flags: O_RDONLY) }
        }
        #expect(try (top.status(of: "link")?.st_mode ?? 0) & S_IFMT == S_IFLNK)
        #expect(try top.status(of: "missing") == nil)
        let file = try SystemFile.open(at: top, name: "file", flags: O_RDONLY)
        try file.changeMode(0o640)
        try file.changeGroup(getegid())
        #expect(try file.status().st_mode & 0o7777 == 0o640)
    }
}
