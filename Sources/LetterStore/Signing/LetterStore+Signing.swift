import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// District signing decisions live in the letter's review folder, in `signatures/`, one file
/// each: `reviews/<school-year>/<slug>/signatures/<yyyyMMddTHHmmss.nnnnnnnnnZ>-<random>.json`.
///
/// As for reviews, the review account writes only there (under the reviews lock) and never a
/// letter; the program manager's kyiln applies a decision when it reads the letter
/// (`SignatureMerge`, called by the rules service), after `SigningCheck`'s truth checks.
extension LetterStore {
    /// The folder of one letter's signing decisions.
    public func signingFolder(_ slug: DistrictSlug, _ year: SchoolYear) -> String {
        joinPath(reviewFolder(slug, year), "signatures")
    }

    /// The grant of `fingerprint`, if the managed file has one (a file that cannot be read has none).
    public func grant(of fingerprint: String) -> AccessEntry? {
        guard !fingerprint.isEmpty, let file = try? readAccess() else { return nil }
        return file.entries.first { $0.fingerprint == fingerprint }
    }

    /// The fingerprints granted as `slug`'s signatory, or nil when the store grants nobody at
    /// all (a private store, whose local decisions are trusted, as for reviews).
    public func signatoryFingerprints(for slug: DistrictSlug) -> Set<String>? {
        guard (try? Directory.status(defaultAuthorizedKeysPath)) != nil else { return nil }
        guard let file = try? readAccess() else { return [] }
        if file.entries.isEmpty { return nil }
        return Set(file.entries.filter { $0.district == slug && $0.role == .signatory }.map(\.fingerprint))
    }

    /// The signing decisions of one letter, oldest first, each checked (`SigningCheck`), and a
    /// problem for each file that cannot be read.
    public func signingDecisions(of slug: DistrictSlug, year: SchoolYear, now: Date = Date()) -> (decisions: [SigningDecision], problems: [StoreError]) {
        let folder = signingFolder(slug, year)
        guard (try? Directory.status(folder)) != nil else { return ([], []) }
        var found: [SigningDecision] = []
        var problems: [StoreError] = []
        let names: [String]
        do { names = try Directory.names(in: folder) } catch { return ([], [error]) }
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = joinPath(folder, name)
            do throws(StoreError) {
                let file = try FileDescriptor.open(path, flags: O_RDONLY)
                let info = try file.status()
                guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.unreadable(path: path, reason: "it is not a regular file") }
                if info.st_mode & S_IWOTH != 0 {
                    throw StoreError.permissions(path: path, problem: "the signature is writable by everyone; fix with: chmod o-w \(path)")
                }
                found.append(try SigningCodec.decode(try file.readAll(limit: ReviewCodec.sizeLimit), path: path))
            } catch {
                problems.append(error)
            }
        }
        let checked = SigningCheck(signatories: signatoryFingerprints(for: slug), now: now).checked(found, slug: slug, year: year)
        return (checked.sorted { $0.record.at < $1.record.at }, problems)
    }

    /// Records a district signatory's decision, refused unless it could be applied to the
    /// letter as stored now (with its reviews merged): approved, at the revision read, the same
    /// text, the words typed, a complete letter, and a key granted as the district's signatory.
    /// Returns the path written.
    @discardableResult
    public func record(_ decision: SigningDecision, edition: Edition, now: Date = Date()) throws(SigningStoreError) -> String {
        try SigningCodec.check(decision)
        do { try createReviewFolder(reviewsFolder) } catch { throw .store(error) }
        let lock: FileLock?
        do {
            lock = try FileLock.acquire(reviewsLockPath, mode: reviewLockMode, waitingAtMost: Self.reviewsLockWait)
        } catch { throw .store(error) }
        guard let lock else { throw .busy(lockPath: reviewsLockPath, seconds: Int(Self.reviewsLockWait)) }
        defer { withExtendedLifetime(lock) {} }
        let current: Letter
        do { current = try reviewedLetter(decision.slug, year: decision.schoolYear).letter } catch { throw .store(error) }
        let check = SigningCheck(signatories: signatoryFingerprints(for: decision.slug), now: now)
        if check.signatories != nil, check.reason(decision, slug: current.district.slug, year: current.schoolYear) != nil {
            throw .refused(.notSignatory(fingerprint: decision.record.fingerprint))
        }
        do throws(SigningError) {
            _ = try Workflow.sign(current, with: decision, edition: edition, today: CalendarDate.today(now: now))
        } catch { throw .refused(error) }
        let folder = signingFolder(decision.slug, decision.schoolYear)
        let name = Self.reviewFileName(at: now)
        do {
            try createReviewFolder(joinPath(reviewsFolder, decision.schoolYear.description))
            try createReviewFolder(reviewFolder(decision.slug, decision.schoolYear))
            try createReviewFolder(folder)
            try AtomicFile.write(SigningCodec.encode(decision), to: name, in: folder, mode: fileMode)
        } catch { throw .store(error) }
        return joinPath(folder, name)
    }
}

/// Why a signing decision could not be recorded.
public enum SigningStoreError: Error, Sendable, CustomStringConvertible {
    /// The rules said no (see `SigningError`).
    case refused(SigningError)
    /// Something typed cannot be recorded as it is.
    case invalid(field: String, reason: String)
    case store(StoreError)
    case busy(lockPath: String, seconds: Int)

    public var description: String {
        switch self {
        case .refused(let error): error.description
        case .invalid(let field, let reason): "the \(field) \(reason)"
        case .store(let error): error.description
        case .busy(let path, let seconds):
            "another review or signature held the reviews lock (\(path)) for more than \(seconds) seconds; nothing was recorded: try again in a moment"
        }
    }
}
