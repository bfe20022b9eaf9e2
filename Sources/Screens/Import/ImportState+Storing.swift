import LetterDomain
import LetterRules
import LetterStore
import TerminalUI

extension ImportState {
    /// The preview's keys: Enter or s stores, Esc or c goes back to the prompt (nothing stored),
    /// the arrows and page keys scroll.
    mutating func updatePreview(_ press: KeyPress, report: ImportReport, context: AppContext) -> ImportScreenOutcome {
        if var dialog = confirm {
            switch dialog.handle(press) {
            case .pending:
                confirm = dialog
                return .handled
            case .chosen(0):
                confirm = nil
                return store(report, replacing: true, context: context)
            case .cancelled, .chosen:
                confirm = nil
                error = "Nothing stored: the letter in the store is kept."
                return .handled
            }
        }
        if press.is(.back) || press.key == .character("c") {
            phase = .prompt  // the path kept, to read another file
            error = nil
            relayout()
            return .handled
        }
        if press.is(.save) || press.key == .enter || press.key == .character("s") {
            return store(report, replacing: false, context: context)
        }
        if press.scrolls, view.handle(press.key) { return .handled }
        return .ignored
    }

    /// Stores the previewed letter as a draft through the rules (`storeImported`, as
    /// `kyiln import` does): an existing letter is replaced only after asking, a signed one never.
    private mutating func store(_ report: ImportReport, replacing: Bool, context: AppContext) -> ImportScreenOutcome {
        let letter: Letter
        do throws(ImportError) {
            letter = try report.letter(year: try? askedYear(), by: context.user, now: context.now())
        } catch {
            self.error = Self.sentence(for: error)
            return .handled
        }
        do throws(RulesError) {
            _ = try context.service.storeImported(letter, source: report.sourceName, replacing: replacing)
            return .stored(letter.district.slug, letter.schoolYear)
        } catch {
            switch error {
            case .store(.alreadyExists):
                confirm = ConfirmDialog(
                    title: "Replace?",
                    message: "\(letter.district.name) has a letter for \(letter.schoolYear) already. Replace it with the one read from "
                        + "\(report.sourceName)? Its history stays, with an entry naming the file.",
                    buttons: [.init("Replace", shortcuts: ["r", "y"]), .init("Cancel", shortcuts: ["c", "n"], isCancel: true)],
                    focusedIndex: 1)
            case .locked(let status, _):
                self.error = "Not stored: the \(letter.schoolYear) letter of \(letter.district.name) is \(status.label); "
                    + "a signed letter is never replaced by an import."
            default:
                self.error = "Not stored: " + error.description
            }
            return .handled
        }
    }

    /// Why the report cannot be stored, in the screen's words (the command's names `--year`).
    static func sentence(for error: ImportError) -> String {
        "Not stored: " + reason(for: error) + (error.isMissingYear ? " (Esc goes back to the prompt)" : "")
    }

    /// `ImportError`'s description, with the school year typed on the screen instead of `--year`.
    static func reason(for error: ImportError) -> String {
        switch error {
        case .noSchoolYear(let name): "\(name): no school year found in the text; type one under School year"
        case .unknownEdition, .noDistrict, .badDistrict: error.description
        }
    }
}

extension ImportError {
    var isMissingYear: Bool {
        if case .noSchoolYear = self { return true }
        return false
    }
}
