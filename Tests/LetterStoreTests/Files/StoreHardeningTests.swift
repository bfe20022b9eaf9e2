import Foundation
import Glibc
import LetterDomain
@testable import LetterStore
import Testing

/// The smaller items of "no review account reaching past its own letter": a reviewer never
/// waits forever for the reviews lock, and a failed `new` leaves nothing behind.
@Suite("Store hardening: lock waits, failed creations")
struct StoreHardeningTests {
    @Test func aReviewerWaitsForTheReviewsLockAFewSecondsThenGivesUp() throws {
        let temp = try TemporaryStore()
        let created = try temp.store.create(try temp.draft(), by: "pm")
        var moving = created
        moving.status = .inReview
        let letter = try temp.store.save(moving, by: "pm")
        // Someone (a hung process) holds the reviews lock.
        mkdir(temp.store.reviewsFolder, 0o700)
        let fd = open(temp.store.reviewsFolder + "/reviews.lock", O_RDWR | O_CREAT, 0o600)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let review = Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision, decision: .approve,
                            comment: "", reviewerName: "Bill Hogan", fingerprint: "", at: Date())
        let start = Date()
        do {
            try temp.store.record(review)
            Issue.record("recorded while another process held the lock")
        } catch {
            #expect(error.description.contains("reviews.lock") && error.description.contains("try again"), "\(error)")
        }
        let waited = Date().timeIntervalSince(start)
        #expect(waited >= 4 && waited < 8, "waited \(waited) s")
        #expect(temp.store.reviews(of: letter.district.slug, year: letter.schoolYear).reviews.isEmpty)
    }

    /// A store on a 256 KiB tmpfs filled to the last byte: `create` fails and leaves no year folder.
    @Test func aFailedCreateOnAFullDiskLeavesNoYearFolder() throws {
        guard geteuid() == 0 else {
            print("skipped: mounting a small tmpfs needs root")
            return
        }
        let mountPoint = TemporaryFolder(prefix: "kyiln-full-disk-")
        try FileManager.default.createDirectory(atPath: mountPoint.path, withIntermediateDirectories: true)
        guard mount("tmpfs", mountPoint.path, "tmpfs", 0, "size=256k,mode=0700") == 0 else {
            print("skipped: cannot mount a tmpfs here (\(String(cString: strerror(errno))))")
            return
        }
        defer { umount2(mountPoint.path, Int32(MNT_DETACH)) }
        let store = try LetterStore.open(at: mountPoint.path + "/store")
        let filler = open(mountPoint.path + "/filler", O_WRONLY | O_CREAT, 0o600)
        let chunk = [UInt8](repeating: 0x41, count: 4096)
        while write(filler, chunk, chunk.count) > 0 {}
        close(filler)
        let letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug("boone-county")),
                            schoolYear: try SchoolYear("2031-2032"), editionID: "2022-2023", createdBy: "pm")
        #expect(throws: StoreError.self) { try store.create(letter, by: "pm") }
        #expect(!FileManager.default.fileExists(atPath: store.yearFolder(letter.schoolYear)))
        #expect(try Directory.names(in: mountPoint.path + "/store/letters").isEmpty)
        // With room again the same `new` works.
        unlink(mountPoint.path + "/filler")
        try store.create(letter, by: "pm")
        #expect(try store.load(letter.district.slug, year: letter.schoolYear).revision == 1)
    }
}
