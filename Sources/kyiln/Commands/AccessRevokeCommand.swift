import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln access revoke --fingerprint FP | --district SLUG [--authorized-keys PATH]`.
struct AccessRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Remove a key's access, or every key of a district.",
        discussion: "The next SSH login with a revoked key is refused; a session already open ends when it disconnects.")

    @ParentCommand var access: AccessCommand

    @Option(help: ArgumentHelp("The key's fingerprint, as access list shows it (SHA256:...).", valueName: "fp"))
    var fingerprint: String?

    @Option(help: ArgumentHelp("Revoke every key of this district.", valueName: "slug"))
    var district: String?

    @Option(name: .customLong("authorized-keys"), help: ArgumentHelp("The managed file (default: <store>/access/authorized_keys).", valueName: "path"))
    var authorizedKeys: String?

    func validate() throws {
        if (fingerprint == nil) == (district == nil) { throw ValidationError("give either --fingerprint FP or --district SLUG") }
    }

    func run() throws {
        try reportingAccessFailures {
            let context = try CommandContext(storeOption: access.root.store)
            let removed: [AccessEntry]
            if let fingerprint {
                guard KeyFingerprint.isWellFormed(fingerprint) else {
                    throw fail("\(fingerprint) is not a key fingerprint (SHA256: and 43 characters, as kyiln access list shows)", status: ExitStatus.usage)
                }
                removed = try context.store.revoke(fingerprint: fingerprint, authorizedKeys: authorizedKeys)
            } else {
                removed = try context.store.revoke(district: try DistrictSlug(district!), authorizedKeys: authorizedKeys)
            }
            for entry in removed {
                print(VisibleText.make("revoked \(entry.district) \(entry.name): \(entry.fingerprint)", keepNewlines: false))
            }
        }
    }
}
