import LetterDomain
import TerminalUI

/// Step 5: the effective period, computed live, and the two signatures.
enum AgreementPage {
    static func rows(_ state: WizardState) -> [FormRow<WizardControl>] {
        let edition = state.edition
        let dateHint = "YYYY-MM-DD"
        return [
            .text(edition.sections(for: .agreement).first?.heading ?? "Agreement", .title),
            .gap,
            .text(state.effectivePeriodText, .accent),
            .gap,
            .text(edition.signatory(.district).label, .muted),
            .line(label: "  Signatory name", id: .field(.districtSignatureName), hint: nil),
            .line(label: "  Signatory title", id: .field(.districtSignatureTitle), hint: nil),
            .line(label: "  Date", id: .field(.districtSignatureDate), hint: dateHint),
            .gap,
            .text("KDE designee" + (edition.kdeDesignee.title.map { " (\($0))" } ?? ""), .muted),
            .line(label: "  KDE designee name", id: .field(.kdeSignatureName), hint: nil),
            .line(label: "  Date", id: .field(.kdeSignatureDate), hint: dateHint),
        ]
    }
}
