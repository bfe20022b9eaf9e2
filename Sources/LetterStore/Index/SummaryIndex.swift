import LetterDomain
import Glibc
import SystemCalls

/// One school year's index: a summary of each letter and the file facts it was made
/// from, so a listing reads one small file and a `stat` per letter instead of decoding
/// every letter. It is only a cache: a stale, missing or broken index is rebuilt from
/// the letters and never a reason to lose one.
struct SummaryIndex {
    /// Bumped whenever `LetterSummary` or the file's text changes shape, so old indexes are
    /// rebuilt (version 1 was JSON, in `.index.json`).
    static let version = 2
    static let fileName = ".index"
    /// The name version 1 used; removed when a new index is written.
    static let oldFileName = ".index.json"

    struct Entry {
        var file: FileFacts
        var summary: LetterSummary
    }

    /// What identifies one version of a file on disk.
    struct FileFacts: Equatable {
        var size: Int64 = 0
        var modifiedNanoseconds: Int64 = 0
        var inode: UInt64 = 0

        init() {}

        init(_ info: stat) {
            size = Int64(info.st_size)
            modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    var version: Int
    var entries: [String: Entry]

    init() {
        version = Self.version
        entries = [:]
    }
}

extension LetterStore {
    private func indexPath(_ year: SchoolYear) -> String { joinPath(yearFolder(year), SummaryIndex.fileName) }

    /// The bytes of a year's index file, or nil when there is none or it cannot be read.
    func indexBytes(_ year: SchoolYear) -> [UInt8]? {
        guard let file = try? FileDescriptor.open(indexPath(year), flags: O_RDONLY) else { return nil }
        return try? file.readAll(limit: 64 * 1024 * 1024)
    }

    func readIndex(_ year: SchoolYear) -> SummaryIndex {
        indexBytes(year).map(SummaryIndex.init(decoding:)) ?? SummaryIndex()
    }

    private func writeIndex(_ index: SummaryIndex, _ year: SchoolYear) throws(StoreError) {
        try AtomicFile.write(index.encoded(), to: SummaryIndex.fileName, in: yearFolder(year), mode: fileMode, durable: false)
        unlink(joinPath(yearFolder(year), SummaryIndex.oldFileName))
    }

    /// Brings the index entry of a just-saved letter up to date; called with the store
    /// lock held. The letter is already saved, so a failure here only costs a rebuild.
    func updateIndex(after letter: Letter) {
        let year = letter.schoolYear
        let path = letterPath(letter.district.slug, year)
        guard let info = try? Directory.status(path) else { return }
        var index = readIndex(year)
        index.entries[letter.district.slug.rawValue] = SummaryIndex.Entry(file: SummaryIndex.FileFacts(info), summary: summarize(letter))
        try? writeIndex(index, year)
    }

    /// Summaries of a year's letters, from the index where it is current and from the
    /// letters where it is not; the index is brought up to date when the lock is free.
    /// Unreadable letters are reported in `problems`, never dropped silently.
    public func summaries(year: SchoolYear, summarize: (Letter) -> LetterSummary) throws(StoreError) -> SummaryListing {
        var index = readIndex(year)
        var listing = SummaryListing()
        var changed = false
        var seen = Set<String>()
        for name in try Directory.names(in: yearFolder(year)) where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let slugText = String(name.dropLast(5))
            seen.insert(slugText)
            let path = joinPath(yearFolder(year), name)
            guard let slug = try? DistrictSlug(slugText) else {
                listing.problems.append(.unreadable(path: path, reason: "its name is not a valid district slug"))
                continue
            }
            guard let info = try Directory.status(path) else { continue }
            let facts = SummaryIndex.FileFacts(info)
            // A letter anyone may write is never listed from the index: `load` refuses it with the fix.
            if let entry = index.entries[slugText], entry.file == facts, info.st_mode & S_IFMT == S_IFREG, info.st_mode & S_IWOTH == 0 {
                listing.summaries.append(entry.summary)
                continue
            }
            do throws(StoreError) {
                let letter = try load(slug, year: year)
                let summary = summarize(letter)
                index.entries[slugText] = SummaryIndex.Entry(file: facts, summary: summary)
                listing.summaries.append(summary)
                changed = true
            } catch {
                if index.entries.removeValue(forKey: slugText) != nil { changed = true }
                listing.problems.append(error)
            }
        }
        for key in index.entries.keys where !seen.contains(key) {
            index.entries[key] = nil
            changed = true
        }
        if changed, let lock = try? FileLock.attempt(lockPath, mode: fileMode) {
            // Another save may have changed a letter since we looked; the facts in the
            // index make the next listing re-read it, so writing what we saw is safe.
            try? writeIndex(index, year)
            withExtendedLifetime(lock) {}
        }
        mergeReviews(into: &listing, year: year)
        mergeSignatures(into: &listing, year: year, summarize: summarize)
        listing.summaries = listing.summaries.map { ($0.districtName.lowercased(), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        return listing
    }

    /// Shows each letter as its district's reviews leave it (see `ReviewMerge`): reviews
    /// live apart from letters and change without them, so this is never cached. Only
    /// letters a review can concern are looked at, one small folder each.
    private func mergeReviews(into listing: inout SummaryListing, year: SchoolYear) {
        let concerned: Set<LetterStatus> = [.inReview, .approved, .changesRequested]
        for i in listing.summaries.indices where concerned.contains(listing.summaries[i].status) {
            let summary = listing.summaries[i]
            let found = reviews(of: summary.slug, year: year)
            listing.problems += found.problems
            if let deciding = ReviewMerge.decidingReview(status: summary.status, revision: summary.revision, among: found.reviews) {
                listing.summaries[i].status = deciding.decision.status
                listing.summaries[i].statusSince = deciding.at
                listing.summaries[i].review = deciding
            } else {
                listing.summaries[i].review = ReviewMerge.latestDecision(for: summary.status, among: found.reviews)
            }
        }
    }
}

/// What `summaries(year:)` found.
public struct SummaryListing: Sendable {
    public var summaries: [LetterSummary] = []
    public var problems: [StoreError] = []
}
