import LetterDomain
import TerminalUI

/// Step 3: district name, superintendent, points of contact (add, remove).
enum ContactsPage {
    static func rows(_ state: WizardState) -> [FormRow] {
        let edition = state.edition
        var rows: [FormRow] = [
            .text(edition.sections(for: .contacts).first?.heading ?? "Contact Information", .title),
            .gap,
            .labelled(label: "District name", control: .field(.districtName), hint: nil),
            .labelled(label: "Superintendent name", control: .field(.superintendentName), hint: nil),
            .labelled(label: "Superintendent email", control: .field(.superintendentEmail), hint: nil),
            .gap,
            .text(edition.label(for: .contacts), .muted),
        ]
        for i in state.letter.contacts.indices {
            rows.append(.text("Point of contact \(i + 1)", .accent))
            rows.append(.labelled(label: "  Name", control: .field(.contact(i, .name)), hint: nil))
            rows.append(.labelled(label: "  Title", control: .field(.contact(i, .title)), hint: nil))
            rows.append(.labelled(label: "  Email", control: .field(.contact(i, .email)), hint: nil))
            if state.letter.contacts.count > 1 {
                rows.append(.labelled(label: "", control: .removeContact(i), hint: nil))
            }
        }
        rows.append(.labelled(label: "", control: .addContact, hint: nil))
        return rows
    }
}
