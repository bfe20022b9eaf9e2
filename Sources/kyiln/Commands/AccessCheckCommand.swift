import ArgumentParser
import LetterDomain
import LetterStore
import Glibc

/// `kyiln access check [--account NAME] [--sshd-config FILE]`: the whole review set-up checked
/// the way sshd's and gitolite's own checks do, each problem printed with the command that
/// fixes it; exit 0 only when all is well, 1 otherwise.
struct AccessCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the SSH review set-up; print each problem with the command that fixes it.",
        discussion: """
            Checks the review account and its shell, the store's group and its members, every mode \
            and owner in the store, the kyiln program in each forced command (root's, not writable \
            by others, nor any folder above it) and, as root, sshd's effective settings for the \
            review account (sshd -T -C user=ACCOUNT,...): forwarding off, no ForceCommand, \
            PermitUserEnvironment no, no AcceptEnv, the managed keys file or AuthorizedKeysCommand. \
            Exit status 0 when all is well, 1 when a problem was found.
            """
    )

    @ParentCommand var access: AccessCommand

    @Option(help: ArgumentHelp("The review account sshd lets district contacts in as.", valueName: "name"))
    var account = "kyiln"

    @Option(name: .customLong("sshd-config"), help: ArgumentHelp("sshd's configuration file (default: sshd's own, /etc/ssh/sshd_config).", valueName: "file"))
    var sshdConfig: String?

    @Option(help: ArgumentHelp("The sshd program.", valueName: "path"))
    var sshd = "/usr/sbin/sshd"

    func run() throws {
        try reportingAccessFailures {
            guard AccessCheck.isPlainName(account) else { throw fail("--account must be a user name (lowercase letters, digits, _ and -)", status: ExitStatus.usage) }
            if let sshdConfig { try ForcedCommand.checkPath(sshdConfig, what: "sshd configuration") }
            try ForcedCommand.checkPath(sshd, what: "sshd program")
            let context = try CommandContext(storeOption: access.root.store)
            let check = AccessCheck(store: context.store, account: account, sshd: sshd, sshdConfig: sshdConfig)
            let findings = check.run()
            for finding in findings {
                print(VisibleText.make("problem: \(finding.problem)", keepNewlines: false))
                print(VisibleText.make("    fix: \(finding.fix)", keepNewlines: false))
            }
            if findings.isEmpty {
                print("all is well: the review account \(account), the store's modes, the forced command and sshd's settings")
            } else {
                printError("kyiln: \(findings.count) problem(s) in the review set-up")
                throw ExitCode(1)
            }
        }
    }
}
