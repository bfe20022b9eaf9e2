import Foundation
import Glibc
import Testing

/// The program manager (an ordinary account, not root) can re-run `kyiln access init` after
/// the review account has made review folders and written reviews.
@Suite("kyiln access init by the program manager")
struct AccessInitOwnerTests {
    static let pm: UInt32 = 54_321, reviewer: UInt32 = 54_322

    func run(_ uid: UInt32, _ gid: UInt32, _ script: String, store: String) throws -> KyilnProcess.Result {
        try Reliability.bash("exec setpriv --reuid=\(uid) --regid=\(uid) --groups=\(gid) -- /bin/sh -c '\(script)'",
                             environment: ["STORE": store, "HOME": "/nonexistent", "USER": "pm"])
    }

    @Test func theProgramManagerReRunsAccessInitAfterReviewsExist() throws {
        guard geteuid() == 0 else { print("skipped: AccessInitOwnerTests needs root (to act as two accounts with setpriv)"); return }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), let entry = getgrnam("users") ?? getgrnam("nogroup") else {
            print("skipped: needs /usr/bin/setpriv and a group users or nogroup"); return
        }
        let gid = entry.pointee.gr_gid, group = String(cString: entry.pointee.gr_name)
        let folder = StoreFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        #expect(chown(folder.path, Self.pm, Self.pm) == 0)
        let first = try run(Self.pm, gid, "\"$KYILN\" --store \"$STORE\" access init --group \(group)", store: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let review = "\(folder.path)/reviews/2022-2023/boone-county"
        let made = try run(Self.reviewer, gid, "umask 077; mkdir -m 3770 \"$STORE/reviews/2022-2023\" \"$STORE/reviews/2022-2023/boone-county\" && echo {} > \"$STORE/reviews/2022-2023/boone-county/r.json\" && chmod 640 \"$STORE/reviews/2022-2023/boone-county/r.json\"", store: folder.path)
        #expect(made.status == 0, "\(made.stderr)")
        let again = try run(Self.pm, gid, "\"$KYILN\" --store \"$STORE\" access init --group \(group)", store: folder.path)
        #expect(again.status == 0, "the PM re-runs access init after a review exists: \(again.stderr)")
        #expect(!again.stderr.contains("left alone"), "\(again.stderr)")
        var info = stat()
        #expect(stat(review, &info) == 0 && info.st_uid == Self.reviewer && info.st_mode & 0o7777 == 0o3770)
        // Back to private: what only root may change is reported, the rest is done.
        let closed = try run(Self.pm, gid, "\"$KYILN\" --store \"$STORE\" access init --private", store: folder.path)
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stderr.contains("only root can set it"), "\(closed.stderr)")
        #expect(stat(folder.path + "/letters", &info) != 0 || info.st_mode & 0o7777 == 0o700)
    }
}
