import Glibc
import SystemCalls
import Testing

/// A fresh folder under /tmp, removed with its files when the test ends.
final class ScratchFolder {
    let path: String

    init() {
        var template = Array("/tmp/kyiln-systemcalls-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    deinit {
        for name in (try? SystemFolder.names(in: path)) ?? [] {
            let child = path + "/" + name
            if unlink(child) != 0 { rmdir(child) }
        }
        rmdir(path)
    }

    func write(_ name: String, _ text: String) {
        let fd = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    func read(_ name: String) throws -> String {
        let file = try SystemFile.open(path + "/" + name, flags: O_RDONLY)
        return String(decoding: try file.readAll(limit: 1 << 20), as: UTF8.self)
    }
}

@Suite("System calls")
struct SystemCallsTests {
    @Test func retryingRetriesInterruptedCalls() throws {
        var calls = 0
        let result = try SystemCall.retrying("waiting", "/nowhere") { () -> Int32 in
            calls += 1
            if calls < 3 { errno = EINTR; return -1 }
            return 7
        }
        #expect(result == 7)
        #expect(calls == 3)
    }

    @Test func retryingThrowsOtherErrorsWithOperationAndPath() {
        var calls = 0
        #expect(throws: SystemError.failed(operation: "waiting", path: "/nowhere", errno: EIO)) {
            try SystemCall.retrying("waiting", "/nowhere") { () -> Int in
                calls += 1
                errno = EIO
                return -1
            }
        }
        #expect(calls == 1)
    }

    @Test func errorsNamePathAndOperation() throws {
        do {
            _ = try SystemFile.open("/nonexistent/kyiln-file", flags: O_RDONLY)
            Issue.record("opened a file that does not exist")
        } catch {
            #expect(error.path == "/nonexistent/kyiln-file")
            #expect(error.operation == "opening")
            #expect(error.errno == ENOENT)
            #expect(error.description == "opening /nonexistent/kyiln-file failed: No such file or directory")
        }
        #expect(throws: SystemError.failed(operation: "listing", path: "/nonexistent/kyiln-folder", errno: ENOENT)) {
            try SystemFolder.names(in: "/nonexistent/kyiln-folder")
        }
    }

    @Test func readAllRefusesFilesOverTheLimit() throws {
        let scratch = ScratchFolder()
        scratch.write("big", String(repeating: "x", count: 100))
        let file = try SystemFile.open(scratch.path + "/big", flags: O_RDONLY)
        #expect(throws: SystemError.tooLarge(path: scratch.path + "/big", size: 100, limit: 99)) {
            try file.readAll(limit: 99)
        }
        let again = try SystemFile.open(scratch.path + "/big", flags: O_RDONLY)
        #expect(try again.readAll(limit: 100).count == 100)
    }

    @Test func readAllReadsFilesWhoseSizeIsUnknown() throws {
        // /proc files say they are empty; the read goes on until the end all the same.
        let file = try SystemFile.open("/proc/self/status", flags: O_RDONLY)
        #expect(try file.readAll(limit: 1 << 20).count > 0)
        let small = try SystemFile.open("/proc/self/status", flags: O_RDONLY)
        #expect(throws: SystemError.tooLarge(path: "/proc/self/status", size: nil, limit: 10)) {
            try small.readAll(limit: 10)
        }
    }

    @Test func openDoesNotFollowALinkUnlessAsked() throws {
        let scratch = ScratchFolder()
        scratch.write("target", "hello")
        symlink(scratch.path + "/target", scratch.path + "/link")
        #expect(throws: SystemError.failed(operation: "opening", path: scratch.path + "/link", errno: ELOOP)) {
            try SystemFile.open(scratch.path + "/link", flags: O_RDONLY)
        }
        let followed = try SystemFile.open(scratch.path + "/link", flags: O_RDONLY, followingLinks: true)
        #expect(try followed.readAll(limit: 100) == Array("hello".utf8))
    }

    @Test func openNeverBlocksAndRefusesWhatIsNotARegularFile() throws {
        let scratch = ScratchFolder()
        #expect(mkfifo(scratch.path + "/fifo", 0o600) == 0)
        // Without O_NONBLOCK this open waits for a writer forever.
        #expect(throws: SystemError.wrongKind(path: scratch.path + "/fifo", kind: "a FIFO (named pipe)")) {
            try SystemFile.open(scratch.path + "/fifo", flags: O_RDONLY)
        }
        #expect(throws: SystemError.wrongKind(path: "/dev/null", kind: "a character device")) {
            try SystemFile.open("/dev/null", flags: O_RDONLY, followingLinks: true)
        }
        mkdir(scratch.path + "/sub", 0o700)
        #expect(throws: SystemError.wrongKind(path: scratch.path + "/sub", kind: "a folder")) {
            try SystemFile.open(scratch.path + "/sub", flags: O_RDONLY)
        }
        // The explicit opt-out opens it (still without blocking).
        _ = try SystemFile.open(scratch.path + "/fifo", flags: O_RDONLY, kind: .anything)
        _ = try SystemFile.openFolder(scratch.path + "/sub")
    }

    @Test func namesSkipDotAndDotDot() throws {
        let scratch = ScratchFolder()
        scratch.write("a", "")
        scratch.write(".hidden", "")
        mkdir(scratch.path + "/sub", 0o700)
        #expect(try SystemFolder.names(in: scratch.path).sorted() == [".hidden", "a", "sub"])
        #expect(try SystemFolder.names(in: scratch.path, hiddenOnly: true) == [".hidden"])
    }

    @Test func writeAllWritesEveryByte() throws {
        let scratch = ScratchFolder()
        let file = try SystemFile.open(scratch.path + "/out", flags: O_WRONLY | O_CREAT, mode: 0o600)
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0) }
        try file.writeAll(bytes)
        let back = try SystemFile.open(scratch.path + "/out", flags: O_RDONLY)
        #expect(try back.readAll(limit: 1 << 20) == bytes)
    }
}

@Suite("Atomic write")
struct AtomicWriteTests {
    @Test func replacesWithTheNewContentAndExactMode() throws {
        let scratch = ScratchFolder()
        scratch.write("letter.json", "old")
        try AtomicWrite(mode: 0o640).write(Array("new".utf8), to: "letter.json", in: scratch.path)
        #expect(try scratch.read("letter.json") == "new")
        let info = try #require(try SystemFolder.linkStatus(scratch.path + "/letter.json"))
        #expect(info.st_mode & 0o777 == 0o640)
        #expect(try SystemFolder.names(in: scratch.path) == ["letter.json"], "no temporary file is left")
    }

    @Test func aFailedWriteLeavesTheOldContent() throws {
        let scratch = ScratchFolder()
        scratch.write("letter.json", "old")
        // A folder in the way of the rename: the move fails after the temporary file was written.
        mkdir(scratch.path + "/busy", 0o700)
        scratch.write("busy/inside", "")
        do {
            try AtomicWrite(mode: 0o600).write(Array("new".utf8), to: "busy", in: scratch.path)
            Issue.record("renamed a file over a folder that is not empty")
        } catch {
            #expect(error.step == .writing)
            #expect(error.error.operation == "renaming into place")
            #expect(error.error.path == scratch.path + "/busy")
        }
        #expect(try scratch.read("letter.json") == "old")
        #expect(try SystemFolder.names(in: scratch.path).sorted() == ["busy", "letter.json"], "the temporary file is removed")
        unlink(scratch.path + "/busy/inside")
    }

    @Test func readersSeeTheOldOrTheNewContentNeverAMix() throws {
        let scratch = ScratchFolder()
        let old = String(repeating: "a", count: 200_000), new = String(repeating: "b", count: 300_000)
        scratch.write("letter.json", old)
        for round in 0..<20 {
            try AtomicWrite(mode: 0o600, durable: false).write(Array((round.isMultiple(of: 2) ? new : old).utf8), to: "letter.json", in: scratch.path)
            let seen = try scratch.read("letter.json")
            #expect(seen == old || seen == new)
        }
    }

    @Test func withoutReplacingAnExistingFileIsRefused() throws {
        let scratch = ScratchFolder()
        scratch.write("out.txt", "old")
        #expect(throws: AtomicWrite.Failure.self) {
            try AtomicWrite(mode: 0o666, exactMode: false, replacing: false).write(Array("new".utf8), to: "out.txt", in: scratch.path)
        }
        #expect(try scratch.read("out.txt") == "old")
        #expect(try SystemFolder.names(in: scratch.path) == ["out.txt"])
        try AtomicWrite(mode: 0o666, exactMode: false, replacing: false).write(Array("fresh".utf8), to: "new.txt", in: scratch.path)
        #expect(try scratch.read("new.txt") == "fresh")
    }

    @Test func temporaryNamesAreRecognised() {
        #expect(AtomicWrite.isTemporary(".letter.json.tmp-123-456"))
        #expect(!AtomicWrite.isTemporary("letter.json"))
        #expect(!AtomicWrite.isTemporary("letter.tmp-1"))
    }
}

@Suite("Atomic write into a folder that cannot be read")
struct AtomicWriteUnreadableFolderTests {
    @Test func writesWhenTheFolderSyncIsNotRequired() throws {
        let scratch = ScratchFolder()
        let folder = scratch.path + "/write-only"
        mkdir(folder, 0o300)
        defer { chmod(folder, 0o700); unlink(folder + "/out.txt"); rmdir(folder) }
        try AtomicWrite(mode: 0o666, exactMode: false, replacing: false, folderSyncRequired: false)
            .write(Array("text".utf8), to: "out.txt", in: folder)
        chmod(folder, 0o700)
        #expect(try scratch.read("write-only/out.txt") == "text")
    }
}
