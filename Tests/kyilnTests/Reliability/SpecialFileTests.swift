import Foundation
import Glibc
import LetterDomain
import LetterStore
import Testing

/// A review account (or anyone who can write in the store) plants a FIFO, where a letter or a
/// review belongs: nothing kyiln reads may block on it. Every read opens `O_NONBLOCK` and
/// `fstat`s first, so the FIFO is named as a problem and skipped at once.
@Suite("FIFOs and other special files in the store")
struct SpecialFileTests {
    /// Runs kyiln, killed after `seconds`: the result, or nil when it had to be killed.
    private func run(_ folder: StoreFolder, _ arguments: [String], seconds: Double = 10) throws -> (result: KyilnProcess.Result?, elapsed: Double) {
        let outcome = try ChildProcess.run(KyilnProcess.binary, ["--store", folder.path] + arguments, seconds: seconds)
        return (outcome.result, outcome.elapsed)
    }

    private func letterInReview(_ folder: StoreFolder) throws -> (LetterStore, Letter) {
        let store = try LetterStore.open(at: folder.path)
        return (store, try store.create(try LetterSeeds.completeBoone(status: .inReview), by: "tester"))
    }

    @Test func aFIFOInAReviewFolderIsNamedAndSkipped() throws {
        let folder = StoreFolder()
        let (store, letter) = try letterInReview(folder)
        let reviews = store.reviewFolder(letter.district.slug, letter.schoolYear)
        try FileManager.default.createDirectory(atPath: reviews, withIntermediateDirectories: true)
        #expect(mkfifo(reviews + "/x.json", 0o600) == 0)
        for command in [["list", "--year", "2022-2023"], ["show", "boone-county", "--year", "2022-2023"],
                        ["history", "boone-county", "--year", "2022-2023"]] {
            let (result, elapsed) = try run(folder, command)
            guard let result else {
                Issue.record("kyiln \(command.joined(separator: " ")) hung on the FIFO (killed after \(elapsed) s)")
                continue
            }
            #expect(elapsed < 3, "kyiln \(command[0]) took \(elapsed) s")
            #expect(result.stdout.contains("boone-county") || result.stdout.contains("Boone County") || result.stdout.contains("created"),
                    "\(command[0]): \(result.stdout)")
            // Each names every file it could not use, and exits 65 (as for any unreadable file);
            // `show` and `history` still show the letter with the reviews that could be read.
            #expect(result.status == 65, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("x.json") && result.stderr.contains("FIFO"), "\(command[0]): \(result.stderr)")
        }
    }

    @Test func aFIFOInAYearFolderIsNamedAndSkipped() throws {
        let folder = StoreFolder()
        let (store, letter) = try letterInReview(folder)
        #expect(mkfifo(store.yearFolder(letter.schoolYear) + "/x.json", 0o600) == 0)
        let (list, listTime) = try run(folder, ["list", "--year", "2022-2023"])
        guard let list else {
            Issue.record("kyiln list hung on the FIFO (killed after \(listTime) s)")
            return
        }
        #expect(listTime < 3)
        #expect(list.status == 65, "\(list.stderr)")
        #expect(list.stderr.contains("x.json") && list.stderr.contains("FIFO"), "\(list.stderr)")
        #expect(list.stdout.contains("boone-county"))
        let (show, showTime) = try run(folder, ["show", "x", "--year", "2022-2023"])
        guard let show else {
            Issue.record("kyiln show hung on the FIFO (killed after \(showTime) s)")
            return
        }
        #expect(showTime < 3)
        #expect(show.status == 65, "\(show.stderr)")
        #expect(show.stderr.contains("x.json") && show.stderr.contains("FIFO"), "\(show.stderr)")
        let (history, historyTime) = try run(folder, ["history", "x", "--year", "2022-2023"])
        #expect(history != nil && historyTime < 3)
        #expect(history?.stderr.contains("FIFO") == true, "\(history?.stderr ?? "")")
    }
}
