import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln access keys`: prints the managed key lines, for sshd's `AuthorizedKeysCommand`.
struct AccessKeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the granted key lines (for sshd's AuthorizedKeysCommand).",
        discussion: """
            For a store owned by an ordinary account, where sshd's StrictModes refuses an \
            authorized_keys file that is neither root's nor the review account's: \
            AuthorizedKeysCommand /usr/local/bin/kyiln --store /srv/kyiln access keys, \
            AuthorizedKeysCommandUser kyiln. Only the lines kyiln wrote are printed.
            """)

    @ParentCommand var access: AccessCommand

    @Option(name: .customLong("authorized-keys"), help: ArgumentHelp("The managed file (default: <store>/access/authorized_keys).", valueName: "path"))
    var authorizedKeys: String?

    func run() throws {
        try reportingAccessFailures {
            let context = try CommandContext(storeOption: access.root.store)
            for entry in try context.store.readAccess(at: authorizedKeys).entries { print(entry.line) }
        }
    }
}
