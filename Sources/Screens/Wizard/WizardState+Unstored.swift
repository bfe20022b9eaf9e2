import LetterDomain
import LetterRules
import TerminalUI

extension WizardState {
    /// The fields whose typed text is not in the letter because it cannot be stored (a date that
    /// is not a date: the letter keeps the field's stored value), in form order. A save names them.
    public var unstoredFields: [UnstoredValue] {
        var out: [UnstoredValue] = []
        for path in [FieldPath.districtSignatureDate, .kdeSignatureDate] {
            guard let text = dateTexts[path], !text.trimmed.isEmpty else { continue }
            do throws(DateError) { _ = try CalendarDate(parsing: text) } catch {
                out.append(UnstoredValue(field: path, label: formLabel(path), typed: text, reason: error.reason))
            }
        }
        return out
    }

    /// A field named as the form shows it: the dates by whose they are ("KDE date"), an answer by
    /// its question (shortened with an ellipsis when long), everything else by its label.
    func formLabel(_ path: FieldPath) -> String {
        switch path {
        case .districtSignatureDate: "District date"
        case .kdeSignatureDate: "KDE date"
        default: path.label(in: edition)
        }
    }

    /// Says why an insertion was refused (a paste or key that would go over a limit).
    mutating func noteRefusal(_ refusal: LengthRefusal, in path: FieldPath) {
        notice = StatusMessage(refusal.message(field: formLabel(path)), kind: .warning)
    }
}
