import FoundationEssentials

/// Starts a new school year: a fresh draft for every district whose letter was in
/// force in the year before.
///
/// A letter was in force when KDE countersigned it: `active`, or `expired` once its
/// period ended (by the time a new year is rolled over, most of last year's letters
/// have expired). Signed letters KDE never countersigned, terminated letters and
/// letters still in the works are skipped with the reason, and so is every district
/// that already has a letter in the target year, which makes a second run a no-op.
public enum Rollover {
    /// The statuses whose districts get a new draft.
    public static let eligible: Set<LetterStatus> = [.active, .expired]

    /// Plans the roll-over of `letters` (the source year's) into `to`.
    ///
    /// - Parameter existingInTarget: districts with a letter file in the target year
    ///   (readable or not), which are never touched.
    public static func plan(
        letters: [Letter], from: SchoolYear, to: SchoolYear, existingInTarget: Set<DistrictSlug>,
        editions: EditionCatalog, by user: String, now: Date = Date()
    ) throws(RolloverError) -> RolloverPlan {
        guard to > from else { throw .notForward(from: from, to: to) }
        let edition = editions.defaultEdition(for: to)
        var plan = RolloverPlan()
        for letter in letters.sorted(by: { $0.district.slug < $1.district.slug }) where letter.schoolYear == from {
            let skip = { (reason: String) in
                plan.skipped.append(RolloverSkip(slug: letter.district.slug, districtName: letter.district.name, reason: reason))
            }
            if existingInTarget.contains(letter.district.slug) {
                skip("a \(to) letter exists already")
            } else if !eligible.contains(letter.status) {
                skip(reason(for: letter.status, year: from))
            } else {
                plan.drafts.append(draft(from: letter, to: to, edition: edition, by: user, now: now))
            }
        }
        return plan
    }

    /// The new year's draft of a district: the same district, superintendent and
    /// contacts on the new edition; answers, points, acknowledgements and signatures
    /// start empty because each year's letter is committed to afresh.
    public static func draft(from letter: Letter, to year: SchoolYear, edition: Edition, by user: String, now: Date = Date()) -> Letter {
        var draft = Letter(district: letter.district, schoolYear: year, editionID: edition.id, createdBy: user, now: now)
        draft.superintendent = letter.superintendent
        let contacts = letter.contacts.filter { !$0.isEmpty }
        draft.contacts = contacts.isEmpty ? [Contact()] : contacts
        draft.history = [HistoryEntry(at: now, by: user, action: .rolledOver,
                                      note: "from the \(letter.schoolYear) letter (\(letter.status.label), revision \(letter.revision))")]
        return draft
    }

    private static func reason(for status: LetterStatus, year: SchoolYear) -> String {
        switch status {
        case .signed: "the \(year) letter was signed but never countersigned by KDE"
        case .terminated: "the \(year) letter was terminated"
        default: "the \(year) letter is \(status.label), never in force"
        }
    }
}
