import ArgumentParser
import LetterDomain

/// `kyiln validate <slug> --year Y`: prints the findings; exit 1 when there are any.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check a letter and list what is left to do.")

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let (letter, edition, _) = try context.letter(address.slug, year: address.year)
            let findings = Validator(edition: edition).findings(for: letter)
            for finding in findings {
                print(VisibleText.make("\(finding.step.number) \(finding.step.title)  \(finding)", keepNewlines: false))
            }
            if findings.isEmpty {
                print("\(letter.district.slug) \(letter.schoolYear): no findings")
            } else {
                throw ExitCode(ExitStatus.findings)
            }
        }
    }
}
