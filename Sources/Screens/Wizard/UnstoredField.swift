import LetterDomain
import TerminalUI

/// A field whose typed text cannot be stored, so the letter keeps the field's stored value:
/// a date that is not a date. A save says so by name (`message`), so it never reads as if
/// everything on screen reached the letter.
public struct UnstoredField: Equatable, Sendable {
    /// The field.
    public var path: FieldPath
    /// The field as the form labels it ("KDE date").
    public var label: String
    /// Why the text cannot be stored ("month 12 of 2026 has no day 32").
    public var reason: String

    public init(path: FieldPath, label: String, reason: String) {
        self.path = path
        self.label = label
        self.reason = reason
    }

    /// "KDE date not saved: month 12 of 2026 has no day 32".
    public var message: String { "\(label) not saved: \(reason)" }
}

extension WizardState {
    /// The fields whose typed text is not in the letter because it cannot be stored, in form order.
    public var unstoredFields: [UnstoredField] {
        var out: [UnstoredField] = []
        for path in [FieldPath.districtSignatureDate, .kdeSignatureDate] {
            guard let text = dateTexts[path], !text.trimmed.isEmpty else { continue }
            do throws(DateError) { _ = try CalendarDate(parsing: text) } catch {
                out.append(UnstoredField(path: path, label: formLabel(path), reason: error.reason))
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
