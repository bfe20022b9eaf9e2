import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// Reviews live beside the letters, one file per review:
/// `reviews/<school-year>/<slug>/<yyyyMMddTHHmmss.nnnnnnnnnZ>-<random>.json`.
///
/// The review account may write there but never in `letters/`, and it takes its own lock
/// (`reviews/reviews.lock`), never the store's. A review counts only while it is of the
/// letter's current revision (`ReviewMerge`), so a letter saved after a review was written
/// simply outranks it; nothing in `letters/` is ever touched here.
extension LetterStore {
    /// The folder of every review.
    public var reviewsFolder: String { joinPath(root, "reviews") }

    /// The folder of one letter's reviews.
    public func reviewFolder(_ slug: DistrictSlug, _ year: SchoolYear) -> String {
        joinPath(reviewsFolder, year.description, slug.rawValue)
    }

    /// How long a reviewer waits for the reviews lock before giving up, in seconds.
    static let reviewsLockWait = 5.0

    /// The lock taken while a review is checked and written.
    var reviewsLockPath: String { joinPath(reviewsFolder, "reviews.lock") }

    /// Mode of review folders: 0700, or 03770 in shared mode (group-writable, setgid so
    /// files keep the group, sticky so nobody removes another account's files).
    public var reviewDirectoryMode: mode_t { sharedGroup == nil ? 0o700 : Self.sharedReviewDirectoryMode }
    /// Mode of the reviews lock: 0600, or 0660 in shared mode (both accounts open it).
    var reviewLockMode: mode_t { sharedGroup == nil ? 0o600 : 0o660 }

    // MARK: Reading

    /// The reviews of one letter, oldest first, and a problem for each unreadable file.
    public func reviews(of slug: DistrictSlug, year: SchoolYear) -> ReviewListing {
        let folder = reviewFolder(slug, year)
        var listing = ReviewListing()
        let names: [String]
        do { names = try Directory.names(in: folder) } catch {
            listing.problems.append(error)
            return listing
        }
        var found: [Review] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = joinPath(folder, name)
            do throws(StoreError) {
                let file = try FileDescriptor.open(path, flags: O_RDONLY)
                let info = try file.status()
                guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.unreadable(path: path, reason: "it is not a regular file") }
                if info.st_mode & S_IWOTH != 0 {
                    throw StoreError.permissions(path: path, problem: "the review is writable by everyone; fix with: chmod o-w \(path)")
                }
                let review = try ReviewCodec.decode(try file.readAll(limit: ReviewCodec.sizeLimit), path: path)
                guard review.slug == slug, review.schoolYear == year else {
                    throw StoreError.unreadable(path: path, reason: "it is a review of \(review.slug) \(review.schoolYear), not of \(slug) \(year)")
                }
                found.append(review)
            } catch {
                listing.problems.append(error)
            }
        }
        let saved = found.isEmpty ? nil : (try? load(slug, year: year)).map { (revision: $0.revision, at: $0.updatedAt) }
        found = ReviewCheck(granted: grantedFingerprints(for: slug), saved: saved).checked(found, slug: slug, year: year)
        // File names start with the time to the nanosecond, so name order breaks ties in `at`.
        listing.reviews = found.enumerated()
            .sorted { $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset }
            .map(\.element)
        return listing
    }

    /// The letter with its reviews merged (see `ReviewMerge`), and the reviews.
    public func reviewedLetter(_ slug: DistrictSlug, year: SchoolYear) throws(StoreError) -> (letter: Letter, reviews: ReviewListing) {
        let letter = try load(slug, year: year)
        let listing = reviews(of: slug, year: year)
        return (ReviewMerge.merged(letter, reviews: listing.reviews), listing)
    }

    // MARK: Writing

    /// Records a district's review: refused unless the letter is in review at exactly the
    /// revision the reviewer read (`review.revision`), and unless the workflow accepts it
    /// (a typed name; a comment when requesting changes). Returns the path written.
    @discardableResult
    public func record(_ review: Review, now: Date = Date()) throws(ReviewError) -> String {
        try ReviewCodec.check(review)
        do {
            try createReviewFolder(reviewsFolder)
        } catch { throw .store(error) }
        let lock: FileLock?
        do {
            lock = try FileLock.acquire(reviewsLockPath, mode: reviewLockMode, waitingAtMost: Self.reviewsLockWait)
        } catch { throw .store(error) }
        guard let lock else { throw .busy(lockPath: reviewsLockPath, seconds: Int(Self.reviewsLockWait)) }
        defer { withExtendedLifetime(lock) {} }
        let current: Letter
        do { current = try load(review.slug, year: review.schoolYear) } catch { throw .store(error) }
        guard current.status == .inReview else { throw .notInReview(current.status) }
        guard current.revision == review.revision else { throw .letterChanged(readRevision: review.revision, current: current) }
        do { _ = try Workflow.apply(review: review, to: current) } catch { throw .refused(error) }
        let folder = reviewFolder(review.slug, review.schoolYear)
        let name = Self.reviewFileName(at: now)
        do {
            try createReviewFolder(joinPath(reviewsFolder, review.schoolYear.description))
            try createReviewFolder(folder)
            try AtomicFile.write(ReviewCodec.encode(review), to: name, in: folder, mode: fileMode)
        } catch { throw .store(error) }
        return joinPath(folder, name)
    }

    /// `20261122T201503.123456789Z-1a2b3c4d.json`: sorts by time, never collides.
    static func reviewFileName(at date: Date) -> String {
        let stamp = Timestamp.format(date).filter { $0 != "-" && $0 != ":" }.dropLast()  // drop the Z
        let seconds = date.timeIntervalSince1970
        let nanos = Int(((seconds - seconds.rounded(.down)) * 1_000_000_000).rounded(.down))
        var fraction = String(nanos)
        while fraction.count < 9 { fraction = "0" + fraction }
        var random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        while random.count < 8 { random = "0" + random }
        return "\(stamp).\(fraction)Z-\(random).json"
    }

    /// Creates one review folder (its parent must exist) with the review folder mode,
    /// refusing a symbolic link or a file in its place.
    func createReviewFolder(_ path: String) throws(StoreError) {
        if let info = try Directory.status(path) {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError.permissions(path: path, problem: "expected a folder, found another kind of file (a symbolic link?)")
            }
            return
        }
        if mkdir(path, reviewDirectoryMode) == -1 {
            if errno == EEXIST { return }
            if errno == EACCES || errno == EPERM {
                throw StoreError.permissions(path: path, problem: "this account may not create review folders here; run kyiln access init --group GROUP as the program manager")
            }
            throw StoreError.io(path: path, operation: "creating the folder", errno: errno)
        }
        try systemCall("setting the mode of", path) { chmod(path, reviewDirectoryMode) }
        // The new folder is flushed into its parent, like every folder kyiln makes.
        try Directory.sync(Directory.parentFolder(of: path))
    }
}
