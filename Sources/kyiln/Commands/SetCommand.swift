import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln set <slug> --year Y <field> <value>`: sets one field and prints its findings.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one field of a letter.",
        discussion: """
            Fields: district.name, superintendent.name, superintendent.email, \
            contacts[N].name|title|email, reflections.<prompt-id>, actions[N], \
            acknowledgements.<expectation-id>, signatures.district.name|title|date, \
            signatures.kde.name|date. Index N may equal the count to add an entry; an empty \
            value for actions[N] removes that point. Dates: 2022-08-18 or 8/18/2022. \
            Use `-` as the value to read it from standard input (for answers of several paragraphs).
            """
    )

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    @Argument(help: ArgumentHelp("The field path.", valueName: "field"))
    var field: String

    @Argument(help: ArgumentHelp("The new value (`-` reads standard input).", valueName: "value"))
    var value: String

    func run() throws {
        try reportingFailures {
            let path = try FieldPath(parsing: field)
            let context = try CommandContext(storeOption: root.store)
            var (letter, edition) = try context.letter(address.slug, year: address.year)
            let before = letter
            let text = value == "-" ? readStandardInput() : value
            try letter.set(path, to: text, edition: edition)
            // A content change sends an approved letter back to review and is refused on a signed one.
            let checked = try Workflow.afterEdit(old: before, new: letter, by: CurrentUser.name)
            let saved = try context.store.save(checked, by: CurrentUser.name)
            if checked.status != before.status {
                print("status: \(before.status.label) → \(checked.status.label) (changed after approval; the district must review it again)")
            }
            let findings = Validator(edition: edition).findings(for: saved).filter { $0.field == path || $0.field == .actions && path.isAction }
            for finding in findings { print(VisibleText.make(finding.description, keepNewlines: false)) }
        }
    }

    private func readStandardInput() -> String {
        var lines: [String] = []
        while let line = readLine(strippingNewline: true) { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

extension FieldPath {
    var isAction: Bool {
        if case .action = self { return true }
        return false
    }
}
