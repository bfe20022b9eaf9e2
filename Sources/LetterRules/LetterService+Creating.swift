import LetterDomain
import LetterStore

extension LetterService {
    /// Creates a draft for a district and year on `editionID`, or on the year's default edition.
    public func create(districtName: String, slug: DistrictSlug? = nil, year: SchoolYear, editionID: String? = nil) throws(RulesError) -> Letter {
        let name = districtName.trimmed
        let districtSlug: DistrictSlug
        if let slug {
            districtSlug = slug
        } else {
            do { districtSlug = try DistrictSlug(deriving: name) } catch { throw .name(error) }
        }
        let edition: Edition
        if let editionID {
            do { edition = try editions.edition(id: editionID) } catch { throw .edition(error) }
        } else {
            edition = editions.defaultEdition(for: year)
        }
        let letter = Letter(district: District(name: name, slug: districtSlug), schoolYear: year, editionID: edition.id,
                            createdBy: user, now: now())
        do { return try store.create(letter, by: user, now: now()) } catch { throw .store(error) }
    }

    /// How storing an imported letter ended.
    public enum ImportOutcome: Sendable {
        case stored(Letter)
        case replaced(Letter)
    }

    /// Stores a letter read from a file (`ImportReport.letter`) as a draft. An existing letter of
    /// that district and year is replaced only with `replacing`, and never once it was signed; the
    /// replaced letter's history stays, with an entry naming the file.
    public func storeImported(_ letter: Letter, source: String, replacing: Bool) throws(RulesError) -> ImportOutcome {
        let slug = letter.district.slug, year = letter.schoolYear
        guard store.exists(slug, year: year) else {
            do { return .stored(try store.create(letter, by: user, now: now())) } catch { throw .store(error) }
        }
        guard replacing else { throw .store(.alreadyExists(slug: slug, year: year, path: store.letterPath(slug, year))) }
        let current = try current(slug, year)
        if current.status.locksContent { throw .locked(current.status, fields: []) }
        var replacement = letter
        replacement.revision = current.revision
        replacement.history = current.history + [HistoryEntry(at: now(), by: user, action: .replaced, fromStatus: current.status,
                                                              toStatus: .draft, note: source)]
        do { return .replaced(try store.save(replacement, by: user, now: now())) } catch { throw .store(error) }
    }

    /// What a roll-over would make, and the letters of the source year that could not be read.
    public func planRollover(from source: SchoolYear, to target: SchoolYear) throws(RulesError) -> (plan: RolloverPlan, problems: [StoreError]) {
        let listing: StoreListing
        do { listing = try store.list(year: source) } catch { throw .store(error) }
        let existing = Set(listing.letters.map(\.district.slug).filter { store.exists($0, year: target) })
        do {
            let plan = try Rollover.plan(letters: listing.letters, from: source, to: target, existingInTarget: existing,
                                         editions: editions, by: user, now: now())
            return (plan, listing.problems)
        } catch {
            throw .rollover(error)
        }
    }

    /// Stores a roll-over's drafts. A district whose letter appeared meanwhile is skipped, as
    /// the plan skips one; any other failure is listed with the draft it stopped.
    public func performRollover(_ plan: RolloverPlan) -> RolloverResult {
        var result = RolloverResult(skipped: plan.skipped)
        for draft in plan.drafts {
            do {
                result.made.append(try store.create(draft, by: user, now: now()))
            } catch {
                if case .alreadyExists = error {
                    result.skipped.append(RolloverSkip(slug: draft.district.slug, districtName: draft.district.name,
                                                       reason: "a \(draft.schoolYear) letter exists already"))
                } else {
                    result.failed.append(RolloverFailure(draft: draft, error: error))
                }
            }
        }
        return result
    }
}

/// What a roll-over stored.
public struct RolloverResult: Sendable {
    public var made: [Letter] = []
    public var skipped: [RolloverSkip]
    public var failed: [RolloverFailure] = []
}

/// A draft a roll-over could not store.
public struct RolloverFailure: Sendable {
    public var draft: Letter
    public var error: StoreError
}
