import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln access init|grant|list|revoke|keys`: who may review which district's letter over SSH.
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Give district contacts SSH access to review their own letter.",
        discussion: """
            Each grant is one line in an authorized_keys file that kyiln manages (default \
            <store>/access/authorized_keys): command="<kyiln> --store <store> review --district SLUG \
            --reviewer <fingerprint>",restrict,pty <key>. Point sshd's AuthorizedKeysFile (or \
            AuthorizedKeysCommand with `kyiln access keys`) for the review account at it. \
            `kyiln access init --group G` first makes the store readable by that group; `kyiln access check` checks the whole set-up (see docs/administrator.md, SSH review).
            """,
        subcommands: [AccessInitCommand.self, AccessGrantCommand.self, AccessListCommand.self,
                      AccessRevokeCommand.self, AccessKeysCommand.self, AccessCheckCommand.self]
    )

    @ParentCommand var root: Kyiln
}

/// Runs an access command body, turning access errors into a message and an exit status.
func reportingAccessFailures(_ body: () throws -> Void) throws {
    do {
        try reportingFailures(body)
    } catch let error as AccessError {
        let status: Int32
        switch error {
        case .badKey, .badText, .unsafePath: status = ExitStatus.usage
        case .badAuthorizedKeys: status = ExitStatus.badData
        case .nothingToRevoke: status = ExitStatus.notFound
        case .badGroup: status = ExitStatus.permissions
        case .io, .store: status = ExitStatus.ioError
        }
        throw fail(error.description, status: status)
    }
}
