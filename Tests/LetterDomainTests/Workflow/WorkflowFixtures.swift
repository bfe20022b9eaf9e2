import Foundation
@testable import LetterDomain

/// Letters at each point of the workflow, on the 2022-2023 edition.
enum WorkflowFixtures {
    static let edition = try! EditionCatalog.bundled.edition(id: "2022-2023")
    static let today = try! CalendarDate(year: 2022, month: 9, day: 1)

    static func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    /// A draft with every field filled, ready to sign.
    static func complete() -> Letter {
        var letter = Letter(district: District(name: "Boone County", slug: try! DistrictSlug("boone-county")),
                            schoolYear: try! SchoolYear("2022-2023"), editionID: edition.id, createdBy: "pm")
        letter.revision = 3
        letter.superintendent = Superintendent(name: "José Muñoz", email: "jose.munoz@boone.kyschools.us")
        letter.contacts = [Contact(name: "Bill Hogan", title: "Director", email: "bill.hogan@boone.kyschools.us")]
        letter.reflections = ["previous-year": "Labs.", "showcase": "Toolkit."]
        letter.actions = ["Grading", "Showcase"]
        for item in edition.expectations { letter.acknowledgements[item.id] = true }
        letter.signatures.district.name = "José Muñoz"
        letter.signatures.district.title = "Superintendent"
        return letter
    }

    /// The complete letter moved to `status` through the real rules.
    static func at(_ status: LetterStatus) throws -> Letter {
        var letter = complete()
        let path: [LetterStatus]
        switch status {
        case .draft: return letter
        case .inReview: path = [.inReview]
        case .approved: path = [.inReview, .approved]
        case .changesRequested: path = [.inReview, .changesRequested]
        case .signed: path = [.inReview, .approved, .signed]
        case .active: path = [.inReview, .approved, .signed, .active]
        case .expired: path = [.inReview, .approved, .signed, .active, .expired]
        case .terminated: path = [.terminated]
        }
        for step in path {
            switch step {
            case .approved, .changesRequested:
                let review = Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: letter.revision,
                                    decision: step == .approved ? .approve : .requestChanges, comment: "ok",
                                    reviewerName: "Dana", fingerprint: "SHA256:abc", at: Date())
                letter = try Workflow.apply(review: review, to: letter)
            case .expired:
                letter = try Workflow.transition(letter, to: .expired, by: "pm", edition: edition, today: date("2023-06-01"))
            case .terminated:
                letter = try Workflow.transition(letter, to: .terminated, date: date("2022-08-01"), note: "left", party: .district, by: "pm", edition: edition, today: today)
            case .signed:
                letter = try Workflow.transition(letter, to: .signed, date: date("2022-08-18"), by: "pm", edition: edition, today: today)
            case .active:
                letter = try Workflow.transition(letter, to: .active, date: date("2022-08-20"), by: "pm", edition: edition, today: today)
            default:
                letter = try Workflow.transition(letter, to: step, by: "pm", edition: edition, today: today)
            }
        }
        return letter
    }

    /// What a save records: a content change the store would append.
    static func savedChange(_ letter: Letter) -> Letter {
        var changed = letter
        changed.reflections["showcase"] = "A new toolkit."
        changed.history.append(HistoryEntry(at: Date(), by: "pm", action: .saved, changes: FieldChange.between(letter, changed)))
        return changed
    }
}
