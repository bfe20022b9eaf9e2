import ArgumentParser
import LetterDomain
import LetterRules

/// `kyiln verify <slug> --year Y`: recomputes the letter's canonical text and checks it
/// against the hash each signature record holds, and that the signature lines say what the
/// records say (`SignatureVerification`), and checks the district's own OpenSSH signature
/// again with `ssh-keygen -Y verify` when the record holds one. Exit 0 when the record holds; 1 naming each field
/// that changed, or when there is no electronic signature to check.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a signed letter is still the text both parties signed.",
        discussion: """
            Recomputes the canonical text (kyiln export --format canonical) and its SHA-256, and \
            compares it with the hash recorded when the district signed over SSH and KDE countersigned \
            in kyiln. When the district also signed with its own SSH key, that signature is checked \
            again with ssh-keygen -Y verify. Exit 0 when the record holds; 1 when anything changed since (each field is named) \
            or when the letter has no electronic signature (signed on paper, or not signed).
            """
    )

    @ParentCommand var root: Kyiln
    @OptionGroup var address: LetterAddress

    func run() throws {
        try reportingFailures {
            let context = try CommandContext(storeOption: root.store)
            let slug = try DistrictSlug(address.slug)
            let year = try SchoolYear(address.year)
            let result = try context.service.verify(slug, year: year)
            print("\(slug) \(year): canonical text SHA-256 \(result.textSHA256)")
            for line in result.confirmed { print(VisibleText.make("ok: " + line, keepNewlines: false)) }
            for line in result.problems { print(VisibleText.make("DOES NOT HOLD: " + line, keepNewlines: false)) }
            if result.holds {
                print("The signed record holds: the letter is the text that was signed.")
            } else {
                throw ExitCode(ExitStatus.findings)
            }
        }
    }
}
