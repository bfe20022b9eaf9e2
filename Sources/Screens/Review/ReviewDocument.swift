import LetterDomain
import LetterStore

/// What a district review shows, whoever draws it (the review screen or line mode): one
/// district's letter of one school year, its edition and reviews, the district's other
/// years, or why there is nothing to show. Only `load` and `record` touch the store, and
/// both only ever name the session's district.
public struct ReviewDocument: Sendable {
    /// The store, the one district and the reviewer's key.
    public let session: ReviewSession
    /// The school years with a letter for the district, newest first.
    public internal(set) var years: [SchoolYear] = []
    /// The year shown.
    public internal(set) var year: SchoolYear?
    /// The letter as stored (status before the reviews are merged); nil when it cannot be shown.
    public internal(set) var letter: Letter?
    var edition: Edition?
    /// The reviews of the letter shown, oldest first.
    public internal(set) var reviews: [Review] = []
    /// Review files that could not be read (only their count is ever shown: they name paths).
    var reviewProblems: [String] = []
    /// Why there is no letter to show, when there is none.
    public internal(set) var problem: String?

    /// Opens the district's letter for `year`, or for the newest year that has one.
    public init(session: ReviewSession, year: SchoolYear? = nil) {
        self.session = session
        years = session.years()
        load(year: year ?? years.first)
    }

    /// The status shown: the letter's, or the decision of a review of its current revision,
    /// or the district's signature (`decidedLetter`).
    public var shownStatus: LetterStatus? {
        decidedLetter?.status ?? letter.map { ReviewMerge.status(of: $0, reviews: reviews) }
    }

    /// The findings of the letter shown.
    var findings: [Finding] {
        guard let letter, let edition else { return [] }
        return Validator(edition: edition).findings(for: letter)
    }

    /// Why the reviewer cannot approve or request changes now, or nil when they can.
    var decisionBlocker: DecisionBlocker? {
        guard let letter else { return .noLetter }
        guard letter.status == .inReview else { return .notInReview(letter.status) }
        return nil
    }

    /// Reads the letter, its edition and its reviews for `wanted`.
    mutating func load(year wanted: SchoolYear?) {
        year = wanted
        letter = nil
        edition = nil
        reviews = []
        reviewProblems = []
        problem = nil
        guard let wanted else {
            problem = "There is no letter for \(session.district) yet. The Kentucky Department of Education sends it for review when it is ready."
            return
        }
        do {
            let loaded = try session.store.load(session.district, year: wanted)
            let edition = try session.editions.edition(id: loaded.editionID)
            let listing = session.store.reviews(of: session.district, year: wanted)
            letter = loaded
            // Worded for the letter's year, as every rendering of it is.
            self.edition = edition.worded(for: loaded.schoolYear)
            reviews = listing.reviews
            reviewProblems = listing.problems.map(\.description)
        } catch {
            // No file paths or system details for the reviewer: KDE sees them in kyiln itself.
            problem = "The letter of \(session.district) for \(wanted) cannot be shown right now. Please tell the Kentucky Department of Education."
        }
    }

    /// Reads the district's years and the shown year's letter again.
    mutating func reload() {
        years = session.years()
        load(year: year)
    }

    /// Records the reviewer's decision on the letter as it was read (its revision), then
    /// reloads: after a success to show the new status, after a refusal to show the
    /// letter as it is now, so nobody decides on a text they did not see.
    mutating func record(_ decision: Review.Decision, comment: String, name: String) -> ReviewOutcome {
        guard let letter else { return .notRecorded("There is no letter to review.") }
        let review = Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision, decision: decision,
                            comment: comment, reviewerName: name, fingerprint: session.fingerprint, at: session.now())
        let outcome: ReviewOutcome
        do {
            try session.store.record(review, now: review.at)
            outcome = .recorded(decision == .approve
                                ? "Approved revision \(letter.revision). Thank you, \(name)."
                                : "Your request for changes to revision \(letter.revision) was recorded. Thank you, \(name).")
        } catch .letterChanged(_, let current) {
            outcome = .letterChanged("The letter was changed by \(current.updatedBy) at \(LocalTime.format(current.updatedAt)) after you opened it; reloaded. "
                                     + "Nothing was recorded: please read it again before deciding.")
        } catch .store {
            outcome = .notRecorded("Your review could not be recorded. Please try again, or tell the Kentucky Department of Education.")
        } catch {
            outcome = .notRecorded("Not recorded: \(error).")
        }
        reload()
        return outcome
    }
}
