import ArgumentParser
import LetterDomain
import LetterRules
import Mail

/// `kyiln mail invite|remind --year Y [SLUG...]`: tells districts their letter is waiting.
struct MailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: "E-mail districts that their letter is ready for review, or remind them.",
        discussion: """
            One plain-text message per letter in review, to the letter's points of contact (and \
            the superintendent with --superintendent): what to review, how to connect \
            (ssh -t ACCOUNT@HOST, the key fingerprints on file, ssh -T for screen readers) and, \
            in a reminder, how long the letter has waited. Messages go to the sendmail program of \
            the store's settings (sendmail -t -oi) and each one sent is recorded in the letter's \
            history; --output DIR writes .eml files instead (nothing is sent or recorded); \
            --dry-run prints them. Without slugs, every letter of the year in review. Set \
            mail.from and review.host first (kyiln settings).
            """,
        subcommands: [MailInviteCommand.self, MailRemindCommand.self]
    )

    @ParentCommand var root: Kyiln
}

/// What `invite` and `remind` share.
struct MailArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The school year, such as 2022-2023.", valueName: "year"))
    var year: String

    @Argument(help: ArgumentHelp("Districts' slugs (default: every letter of the year in review).", valueName: "slug"))
    var slugs: [String] = []

    @Flag(help: "Write to the superintendent too (Cc).")
    var superintendent = false

    @Flag(name: .customLong("dry-run"), help: "Print the messages instead of sending them; nothing is recorded.")
    var dryRun = false

    @Option(help: ArgumentHelp("Write each message to a .eml file in this folder instead of sending it (an existing file is never replaced).", valueName: "dir"))
    var output: String?
}

/// `kyiln mail invite`.
struct MailInviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invite", abstract: "Ask districts to review their letter (letters in review).")

    @ParentCommand var mail: MailCommand
    @OptionGroup var arguments: MailArguments

    func run() throws {
        try MailRun(kind: .invitation, arguments: arguments, storeOption: mail.root.store).run()
    }
}

/// `kyiln mail remind`.
struct MailRemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remind", abstract: "Remind districts whose letter is still waiting for their review.")

    @ParentCommand var mail: MailCommand
    @OptionGroup var arguments: MailArguments

    func run() throws {
        try MailRun(kind: .reminder, arguments: arguments, storeOption: mail.root.store).run()
    }
}
