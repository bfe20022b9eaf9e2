import LetterDomain
import TerminalUI

/// Step 3: district name, superintendent, points of contact (add, remove).
enum ContactsPage {
    static func rows(_ state: WizardState) -> [FormRow<WizardControl>] {
        let edition = state.edition
        var rows: [FormRow<WizardControl>] = [
            .text(edition.sections(for: .contacts).first?.heading ?? "Contact Information", .title),
            .gap,
            .line(label: "District name", id: .field(.districtName), hint: nil),
            .line(label: "Superintendent name", id: .field(.superintendentName), hint: nil),
            .line(label: "Superintendent email", id: .field(.superintendentEmail), hint: nil),
            .gap,
            .text(edition.label(for: .contacts), .muted),
        ]
        for i in state.letter.contacts.indices {
            rows.append(.text("Point of contact \(i + 1)", .accent))
            rows.append(.line(label: "  Name", id: .field(.contact(i, .name)), hint: nil))
            rows.append(.line(label: "  Title", id: .field(.contact(i, .title)), hint: nil))
            rows.append(.line(label: "  Email", id: .field(.contact(i, .email)), hint: nil))
            if state.letter.contacts.count > 1 {
                rows.append(.line(label: "", id: .removeContact(i), hint: nil))
            }
        }
        rows.append(.line(label: "", id: .addContact, hint: nil))
        return rows
    }
}
