import Foundation
import Glibc
@testable import LetterStore
import Testing

/// `kyiln access init` as root while a review account keeps renaming its review folder and
/// putting a link to a folder outside the store in its place: nothing outside may change.
@Suite("Sharing walks the store by descriptor")
struct SharingRaceTests {
    static let names = (0..<1500).map { "r\($0).json" } + ["secret"]

    /// A group other than root's, for the shared mode.
    static func someGroup() -> String? {
        for name in ["nogroup", "users", "daemon"] where getgrnam(name) != nil { return name }
        return nil
    }

    @Test func aSwappedReviewFolderNeverSendsRootOutsideTheStore() throws {
        guard geteuid() == 0 else { print("skipped: SharingRaceTests needs root (it chowns and chmods as root)"); return }
        guard let group = Self.someGroup() else { print("skipped: no group nogroup, users or daemon"); return }
        let temp = try TemporaryStore()
        _ = try temp.store.create(try temp.draft(), by: "pm")
        try temp.store.share(withGroup: group)
        let outside = TemporaryFolder(prefix: "kyiln-outside-")
        try FileManager.default.createDirectory(atPath: outside.path, withIntermediateDirectories: true)
        let review = temp.root + "/reviews/2022-2023/boone-county"
        try FileManager.default.createDirectory(atPath: review, withIntermediateDirectories: true)
        for name in Self.names {
            #expect(FileManager.default.createFile(atPath: review + "/" + name, contents: Data("{}".utf8)), "a file the test needs could not be created")
            #expect(FileManager.default.createFile(atPath: outside.path + "/" + name, contents: Data("secret".utf8), attributes: [.posixPermissions: 0o600]), "a file the test needs could not be created")
        }
        chmod(outside.path, 0o700)
        func snapshot() -> [String: String] {
            var result: [String: String] = [:]
            for name in ["."] + Self.names {
                var info = stat()
                lstat(outside.path + "/" + name, &info)
                result[name] = "\(String(info.st_mode, radix: 8)) \(info.st_uid):\(info.st_gid)"
            }
            return result
        }
        let before = snapshot()
        let done = Atomic(false)
        let swapper = Thread {
            let moved = review + ".moved"
            for _ in 0..<4000 {
                rename(review, moved)
                symlink(outside.path, review)
                unlink(review)
                rename(moved, review)
            }
            done.set(true)
        }
        swapper.start()
        var runs = 0, failures = 0
        while !done.get() || runs < 2 {
            // A run may fail when a file vanishes under it; what counts is what it changed.
            if (try? temp.store.share(withGroup: group)) == nil { failures += 1 }
            runs += 1
        }
        #expect(snapshot() == before, "after \(runs) runs of access init (\(failures) stopped by an error)")
        var info = stat()
        #expect(lstat(review, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR)
    }
}

/// A flag shared with the swapping thread.
final class Atomic: @unchecked Sendable {
    private var value: Bool
    private let lock = NSLock()
    init(_ value: Bool) { self.value = value }
    func get() -> Bool { lock.withLock { value } }
    func set(_ new: Bool) { lock.withLock { value = new } }
}
