import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore

/// `kyiln set <slug> --year Y <field> <value>`: sets one field and prints its findings.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one field of a letter, or move a letter to another edition.",
        discussion: """
            Fields: district.name, superintendent.name, superintendent.email, \
            contacts[N].name|title|email, reflections.<prompt-id>, actions[N], \
            acknowledgements.<expectation-id>, signatures.district.name|title|date, \
            signatures.kde.name|date. Index N may equal the count to add an entry; an empty \
            value for actions[N] removes that point. Dates: 2022-08-18 or 8/18/2022; a signature \
            date after today is refused. Use `-` as the value to read it from standard input \
            (for answers of several paragraphs). `edition <id>` moves a draft, a letter in review \
            or one with changes requested to another edition: answers whose questions exist on \
            both forms are kept, the others are listed and kept in full in the history. A signed, \
            countersigned, expired or terminated letter cannot change (exit 3). A value that is \
            saved but has an error (an address without @, a name over its limit) exits 1.
            """
    )

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    @Argument(help: ArgumentHelp("The field path, or edition.", valueName: "field"))
    var field: String

    @Argument(help: ArgumentHelp("The new value (`-` reads standard input).", valueName: "value"))
    var value: String

    func run() throws {
        try reportingFailures {
            if field == "edition" { return try changeEdition() }
            let path = try FieldPath(parsing: field)
            let context = try CommandContext(storeOption: root.store)
            let slug = try DistrictSlug(address.slug), year = try SchoolYear(address.year)
            let text = value == "-" ? readStandardInput() : value
            let outcome = try context.service.set(path, to: text, of: slug, year: year)
            let stored: Letter
            switch outcome {
            case .saved(let saved):
                stored = saved.letter
                if let decision = saved.reopened {
                    say("status: approved → in review (the district's approval of revision \(decision.revision) by \(decision.by) no longer counts: the letter changed; it must review it again)")
                }
            case .unchanged:
                stored = try context.service.open(slug, year: year).letter
                say("unchanged: \(path) already holds that value; nothing written")
            case .conflict(let conflict):
                throw fail(conflict.description, status: ExitStatus.conflict)
            case .confirmationNeeded:
                return  // `set` confirms: it is never asked
            }
            let edition = try context.editions.edition(id: stored.editionID)
            let findings = Validator(edition: edition).findings(for: stored).filter { $0.field == path || $0.field == .actions && path.isAction }
            for finding in findings { say(finding.description) }
            // The value is kept (a draft may be saved while invalid, as in the wizard), but a
            // script must not take an error for success: exit 1, as `validate` does.
            let errors = findings.filter { $0.field == path && $0.severity == .error }.count
            if errors > 0 {
                throw fail("saved, but \(path) has \(errors) error\(errors == 1 ? "" : "s") (above); kyiln validate lists every finding",
                           status: ExitStatus.findings)
            }
        }
    }

    private func changeEdition() throws {
        let context = try CommandContext(storeOption: root.store)
        let change = try context.service.changeEdition(of: try DistrictSlug(address.slug), year: try SchoolYear(address.year), to: value)
        say("\(change.letter.district.slug) \(change.letter.schoolYear): edition \(change.from) → \(change.letter.editionID) (revision \(change.letter.revision))")
        if change.leftBehind.isEmpty {
            say("every answer has a place on the new form")
        } else {
            say("not on the new form (kept in full in the history, see kyiln history):")
            for item in change.leftBehind { say("  \(item.label): \(item.value.collapsingWhitespace.shortened(to: 100))") }
        }
    }

    private func readStandardInput() -> String {
        var lines: [String] = []
        while let line = readLine(strippingNewline: true) { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private func say(_ line: String) { print(VisibleText.make(line, keepNewlines: false)) }
}

extension FieldPath {
    var isAction: Bool {
        if case .action = self { return true }
        return false
    }
}
