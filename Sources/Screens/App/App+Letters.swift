import LetterDomain
import LetterRules
import LetterStore
import TerminalUI

/// Opening letters, Home's actions on them (roll over, delete, change edition) and watching
/// the open letter for changes made elsewhere. Every change goes through the rules service.
extension App {
    mutating func goHome() {
        var year: SchoolYear?
        if case .wizard(let wizard) = route { year = wizard.letter.schoolYear }
        if case .home(let home) = route { year = home.year }
        route = .home(HomeState.returning(to: keptHome, context: context, year: year, from: route))
        recoveryWritten = nil
        recoveryJournal = nil
        watched = nil
    }

    /// Editions were added or changed: letters are now read and summarised against them.
    mutating func reloadEditions() {
        if let reopened = try? LetterStore.openWithEditions(at: context.store.root) {
            context.store = reopened.store
            context.editions = reopened.editions
        }
    }

    mutating func open(_ slug: DistrictSlug, _ year: SchoolYear) {
        do {
            // The district's reviews are merged in: a letter they approved opens as approved,
            // and the next save keeps the decision in the letter.
            let opened = try context.service.open(slug, year: year)
            openWizard(WizardState(letter: opened.letter, edition: opened.edition))
            if !opened.reviews.problems.isEmpty {
                // A review file kyiln could not use (a FIFO, a link, broken JSON) is said, never dropped.
                status.show(Self.unusableReviewsNotice(opened.reviews.problems.count), kind: .warning, ticks: nil)
            } else if let review = ReviewMerge.latestDecision(for: opened.letter.status, among: opened.reviews.reviews) {
                status.show(Self.reviewNotice(review), kind: review.decision == .approve ? .success : .warning, ticks: nil)
            }
        } catch {
            status.show(error.description.capitalizedFirst, kind: .error, ticks: nil)
        }
    }

    mutating func openWizard(_ state: WizardState) {
        if case .home(let home) = route { keptHome = home }
        var wizard = state
        wizard.keymap = keymap
        wizard.fit(to: size)
        route = .wizard(wizard)
        recoveryWritten = wizard.letter
        recoveryJournal = nil
        watched = context.service.stamp(of: wizard.saved)
        lastWatch = context.now()
    }

    mutating func planRollover(from year: SchoolYear) {
        do {
            let plan = try context.service.planRollover(from: year, to: year.next).plan
            let made = plan.drafts.map(\.district.name)
            let message = plan.drafts.isEmpty
                ? "Nothing to roll over from \(year) to \(year.next): \(plan.skipped.count) letter(s) skipped (not active, or a \(year.next) letter exists)."
                : "Make \(made.count) draft(s) for \(year.next) from the active \(year) letters (\(made.prefix(4).joined(separator: ", "))\(made.count > 4 ? ", …" : "")), contacts copied? \(plan.skipped.count) skipped."
            let buttons: [ConfirmDialog.Button] = plan.drafts.isEmpty
                ? [.init("OK", shortcuts: ["o"], isCancel: true)]
                : [.init("Roll over", shortcuts: ["r", "y"]), .init("Cancel", shortcuts: ["c", "n"], isCancel: true)]
            overlay = .confirm(ConfirmDialog(title: "Roll over to \(year.next)", message: message, buttons: buttons),
                               .rollover(plan))
        } catch {
            status.show("Cannot roll over: \(error.description)", kind: .error, ticks: nil)
        }
    }

    mutating func performRollover(_ plan: RolloverPlan) {
        let result = context.service.performRollover(plan)
        if let year = plan.drafts.first?.schoolYear { route = .home(HomeState(context: context, year: year)) }
        let failed = result.failed.first.map { "; \(result.failed.count) failed: \($0.error.description)" } ?? "."
        status.show("Made \(result.made.count) draft(s)" + failed, kind: result.failed.isEmpty ? .success : .error,
                    ticks: result.failed.isEmpty ? 16 : nil)
    }

    // MARK: Delete, change edition

    /// Asks before deleting the selected letter, naming the district; a signed one is refused at once.
    mutating func askDelete(_ summary: LetterSummary) {
        if summary.status.locksContent {
            status.show("Cannot delete \(summary.districtName)'s \(summary.status.label) letter: it is part of the record.", kind: .error, ticks: nil)
            return
        }
        let dialog = ConfirmDialog(
            title: "Delete a letter",
            message: "Delete the \(summary.schoolYear) letter of \(summary.districtName) (\(summary.status.label))? It moves to the store's trash; kyiln delete --restore \(summary.slug) --year \(summary.schoolYear) brings it back.",
            buttons: [.init("Delete", shortcuts: ["d", "y"]), .init("Cancel", shortcuts: ["c", "n"], isCancel: true)], focusedIndex: 1)
        overlay = .confirm(dialog, .deleteLetter(summary))
    }

    mutating func delete(_ summary: LetterSummary) {
        do {
            try context.service.delete(summary.slug, year: summary.schoolYear)
            route = .home(HomeState(context: context, year: summary.schoolYear))
            status.show("Deleted \(summary.districtName) \(summary.schoolYear): moved to the trash.", kind: .success)
        } catch {
            status.show("Not deleted: \(error.description)", kind: .error, ticks: nil)
        }
    }

    /// Offers the editions the selected letter can move to.
    mutating func askEdition(_ summary: LetterSummary) {
        let others = context.editions.ids.filter { $0 != summary.editionID }
        guard EditionMove.movableStatuses.contains(summary.status), !others.isEmpty else {
            status.show("\(summary.districtName)'s letter is \(summary.status.label): only a draft, a letter in review or one with changes requested can change edition.", kind: .error, ticks: nil)
            return
        }
        let buttons = others.enumerated().map { i, id in ConfirmDialog.Button(id, shortcuts: i < 9 ? [Character("\(i + 1)")] : []) }
            + [.init("Cancel", shortcuts: ["c"], isCancel: true)]
        let dialog = ConfirmDialog(
            title: "Change the edition",
            message: "Move \(summary.districtName) \(summary.schoolYear) from the \(summary.editionID) edition to another form? Answers whose questions are on both forms are kept; the others are kept in full in the history.",
            buttons: buttons, focusedIndex: buttons.count - 1)
        overlay = .confirm(dialog, .changeEdition(summary, others))
    }

    mutating func changeEdition(_ summary: LetterSummary, to id: String) {
        do {
            let change = try context.service.changeEdition(of: summary.slug, year: summary.schoolYear, to: id)
            var home = HomeState(context: context, year: summary.schoolYear)
            home.select(summary.slug)
            route = .home(home)
            let left = change.leftBehind.map(\.label)
            status.show("\(summary.districtName) is on the \(id) edition." + (left.isEmpty ? " Every answer has a place on it."
                        : " Not on the new form, kept in the history (F3): \(left.joined(separator: "; "))."), kind: left.isEmpty ? .success : .warning, ticks: nil)
        } catch {
            status.show("Edition not changed: \(error.description)", kind: .error, ticks: nil)
        }
    }
}
