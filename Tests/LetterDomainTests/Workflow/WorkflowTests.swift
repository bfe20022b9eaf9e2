import Foundation
import Testing
@testable import LetterDomain

@Suite("The letter workflow")
struct WorkflowTests {
    typealias F = WorkflowFixtures

    func move(_ letter: Letter, _ to: LetterStatus, date: String? = nil, note: String? = nil, party: Party? = nil, today: CalendarDate = F.today) throws(TransitionError) -> Letter {
        try Workflow.transition(letter, to: to, date: date.map(F.date), note: note, party: party, by: "pm", edition: F.edition, today: today)
    }

    @Test func everyStatusIsReachableByTheRules() throws {
        for status in LetterStatus.allCases {
            #expect(try F.at(status).status == status)
        }
    }

    /// Every pair of statuses: allowed exactly along the listed edges.
    @Test(arguments: LetterStatus.allCases)
    func onlyListedEdgesAreAllowed(from: LetterStatus) throws {
        for to in LetterStatus.allCases where !from.nextStatuses.contains(to) {
            let letter = try F.at(from)
            #expect(throws: TransitionError.self) { try move(letter, to, note: "n", party: .kde) }
            do { _ = try move(letter, to, note: "n", party: .kde) } catch {
                #expect(error == (from == to ? .alreadyThere(to) : .notAnEdge(from: from, to: to)))
                #expect(error.description.contains("cannot") || error.description.contains("already"))
            }
        }
    }

    @Test func draftGoesToReviewWithAHistoryEntry() throws {
        let moved = try move(F.complete(), .inReview, note: "sent to Dana")
        #expect(moved.status == .inReview)
        let entry = try #require(moved.history.last)
        #expect(entry.action == .transition && entry.fromStatus == .draft && entry.toStatus == .inReview && entry.note == "sent to Dana" && entry.by == "pm")
    }

    @Test func approvalComesOnlyFromTheDistrict() throws {
        let letter = try F.at(.inReview)
        for status in [LetterStatus.approved, .changesRequested] {
            #expect(throws: TransitionError.decidedByDistrict(status)) { try move(letter, status) }
        }
    }

    @Test func reviewsCountOnlyForTheCurrentRevisionInReview() throws {
        let letter = try F.at(.inReview)
        func review(_ decision: Review.Decision, revision: Int? = nil, comment: String = "") -> Review {
            Review(slug: letter.district.slug, schoolYear: letter.schoolYear, revision: revision ?? letter.revision, decision: decision,
                   comment: comment, reviewerName: "Dana", fingerprint: "SHA256:abc", at: Date())
        }
        let approved = try Workflow.apply(review: review(.approve), to: letter)
        #expect(approved.status == .approved)
        #expect(approved.history.last?.action == .reviewed)
        #expect(approved.history.last?.by == "Dana (SHA256:abc)")
        #expect(throws: TransitionError.self) { try Workflow.apply(review: review(.approve, revision: letter.revision - 1), to: letter) }
        #expect(throws: TransitionError.self) { try Workflow.apply(review: review(.requestChanges), to: letter) }
        #expect(try Workflow.apply(review: review(.requestChanges, comment: "fix email"), to: letter).status == .changesRequested)
        #expect(throws: TransitionError.self) { try Workflow.apply(review: review(.approve), to: F.complete()) }
    }

    @Test func backToReviewNeedsAnEditSinceTheDecision() throws {
        for status in [LetterStatus.approved, .changesRequested] {
            let letter = try F.at(status)
            #expect(throws: TransitionError.unchangedSinceDecision(status)) { try move(letter, .inReview) }
            #expect(try move(F.savedChange(letter), .inReview).status == .inReview)
        }
    }

    @Test func signingNeedsNoFindingsAndSetsTheDate() throws {
        var incomplete = try F.at(.approved)
        incomplete.superintendent.email = "not-an-address"
        incomplete.signatures.district.title = ""
        do {
            _ = try move(incomplete, .signed)
            Issue.record("signing an incomplete letter must be refused")
        } catch {
            guard case .findingsRemain(.signed, let findings) = error else { Issue.record("\(error)"); return }
            #expect(findings.map(\.field).contains(.superintendentEmail))
            #expect(findings.map(\.field).contains(.districtSignatureTitle))
            #expect(error.description.hasPrefix("cannot sign: 2 findings remain: superintendent.email"))
        }
        let signed = try move(F.at(.approved), .signed)
        #expect(signed.signatures.district.date == F.today)
        #expect(signed.history.last?.changes.map(\.field) == ["signatures.district.date"])
        #expect(throws: TransitionError.dateInFuture(to: .signed, date: F.date("2022-09-02"), today: F.today)) {
            try move(F.at(.approved), .signed, date: "2022-09-02")
        }
    }

    @Test("signing keeps the date typed on the signature line; today only when none was typed")
    func signingKeepsTheTypedDate() throws {
        var approved = try F.at(.approved)
        approved.signatures.district.date = F.date("2022-08-15")
        let signed = try move(approved, .signed)
        #expect(signed.signatures.district.date == F.date("2022-08-15"))
        var countersign = signed
        countersign.signatures.kde.date = F.date("2022-08-16")
        #expect(try move(countersign, .active).signatures.kde.date == F.date("2022-08-16"))
        // A typed date after today is refused, as the command line refuses one given with --date.
        var future = try F.at(.approved)
        future.signatures.district.date = F.date("2022-12-01")
        #expect(throws: TransitionError.dateInFuture(to: .signed, date: F.date("2022-12-01"), today: F.today)) {
            try move(future, .signed)
        }
    }

    @Test func countersigningNeverPrecedesTheDistrict() throws {
        let signed = try F.at(.signed)
        do {
            _ = try move(signed, .active, date: "2022-08-10")
            Issue.record("must be refused")
        } catch {
            #expect(error == .countersignBeforeDistrict(district: F.date("2022-08-18"), kde: F.date("2022-08-10")))
            #expect(error.description.hasPrefix("KDE cannot countersign before the district signs"))
        }
        let active = try move(signed, .active, date: "2022-08-18")
        #expect(active.signatures.kde.name == "Sarah Snipes")
        #expect(active.signatures.kde.date == F.date("2022-08-18"))
    }

    @Test func expiryWaitsForTheEndOfThePeriod() throws {
        let active = try F.at(.active)
        #expect(throws: TransitionError.stillInForce(through: F.date("2023-05-31"), today: F.date("2023-05-31"))) {
            try move(active, .expired, today: F.date("2023-05-31"))
        }
        #expect(try move(active, .expired, today: F.date("2023-06-01")).status == .expired)
        var open = active
        open.editionID = "2015-2016"
        #expect(throws: TransitionError.neverExpires(editionID: "2015-2016")) {
            try Workflow.transition(open, to: .expired, by: "pm", edition: EditionCatalog.bundled.edition(id: "2015-2016"), today: F.date("2030-01-01"))
        }
    }

    @Test(arguments: [LetterStatus.draft, .inReview, .approved, .changesRequested, .signed, .active])
    func anyLiveLetterCanBeTerminatedByWrittenNotice(from: LetterStatus) throws {
        let letter = try F.at(from)
        #expect(throws: TransitionError.self) { try move(letter, .terminated, note: "left", party: .district) }
        #expect(throws: TransitionError.self) { try move(letter, .terminated, date: "2022-08-25", party: .district) }
        #expect(throws: TransitionError.self) { try move(letter, .terminated, date: "2022-08-25", note: "left") }
        let ended = try move(letter, .terminated, date: "2022-08-25", note: "left the network", party: .kde)
        #expect(ended.termination == Termination(date: F.date("2022-08-25"), party: .kde, reason: "left the network"))
        #expect(ended.history.last?.note == "left the network")
    }

    @Test func reopeningASignedLetterNeedsAReasonAndClearsTheDates() throws {
        for status in [LetterStatus.signed, .active] {
            let letter = try F.at(status)
            #expect(throws: TransitionError.missing(to: .draft, what: "say why with a note (--note); both signature dates will be cleared")) { try move(letter, .draft) }
            let draft = try move(letter, .draft, note: "amend the points")
            #expect(draft.signatures.district.date == nil && draft.signatures.kde.date == nil)
        }
    }

    @Test func datesOnlyWhereTheyMeanSomething() throws {
        #expect(throws: TransitionError.dateNotUsed(.inReview)) { try move(F.complete(), .inReview, date: "2022-08-01") }
    }

    @Test func editsAfterApprovalGoBackToReviewAndSignedContentIsLocked() throws {
        let approved = try F.at(.approved)
        var edited = approved
        edited.actions.append("A third point")
        let after = try Workflow.afterEdit(old: approved, new: edited, by: "pm")
        #expect(after.status == .inReview)
        #expect(after.history.last?.fromStatus == .approved && after.history.last?.toStatus == .inReview)

        var signatureOnly = approved
        signatureOnly.signatures.district.title = "Interim Superintendent"
        #expect(try Workflow.afterEdit(old: approved, new: signatureOnly, by: "pm").status == .approved)

        for status in [LetterStatus.signed, .active] {
            let locked = try F.at(status)
            var changed = locked
            changed.superintendent.name = "Someone Else"
            #expect(throws: TransitionError.contentLocked(status: status, fields: ["superintendent.name"])) {
                try Workflow.afterEdit(old: locked, new: changed, by: "pm")
            }
        }
        for status in [LetterStatus.signed, .active, .expired, .terminated] {
            // The signature lines are part of what was signed: locked too.
            let locked = try F.at(status)
            var renamed = locked
            renamed.signatures.district.name = "Someone Else"
            #expect(throws: TransitionError.contentLocked(status: status, fields: ["signatures.district.name"])) {
                try Workflow.afterEdit(old: locked, new: renamed, by: "pm")
            }
        }
        let draft = F.complete()
        var changedDraft = draft
        changedDraft.actions = ["x", "y"]
        #expect(try Workflow.afterEdit(old: draft, new: changedDraft, by: "pm") == changedDraft)
    }

    @Test func historySummariesAreOneLine() throws {
        let signed = try F.at(.signed)
        let line = try #require(signed.history.last).summary
        #expect(line == "status approved → signed: signatures.district.date \"\" → \"2022-08-18\"")
        #expect(!line.contains("\n"))
    }
}
