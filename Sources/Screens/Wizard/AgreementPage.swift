import LetterDomain
import TerminalUI

/// Step 5: the effective period, computed live, and the two signatures.
enum AgreementPage {
    static func rows(_ state: WizardState) -> [FormRow] {
        let edition = state.edition
        let dateHint = "YYYY-MM-DD"
        return [
            .text(edition.sections(for: .agreement).first?.heading ?? "Agreement", .title),
            .gap,
            .text(state.effectivePeriodText, .accent),
            .gap,
            .text(edition.signatory(.district).label, .muted),
            .labelled(label: "  Signatory name", control: .field(.districtSignatureName), hint: nil),
            .labelled(label: "  Signatory title", control: .field(.districtSignatureTitle), hint: nil),
            .labelled(label: "  Date", control: .field(.districtSignatureDate), hint: dateHint),
            .gap,
            .text("KDE designee" + (edition.kdeDesignee.title.map { " (\($0))" } ?? ""), .muted),
            .labelled(label: "  KDE designee name", control: .field(.kdeSignatureName), hint: nil),
            .labelled(label: "  Date", control: .field(.kdeSignatureDate), hint: dateHint),
        ]
    }
}
