import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln access init --group G | --private`: shared or private modes for the whole store.
struct AccessInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Share the store with the review account's group (or make it private again).",
        discussion: """
            --group G records the group in kyiln-store.json and sets: folders 2750 and files 0640 \
            (group G may read letters, never change them), reviews/ 3770 (group G writes reviews), \
            store.lock 0600. Run it as the store's owner (a member of G), at any time, also after \
            reviews exist: what the review account owns is only checked (root may change it too). \
            The store is walked by open descriptor; links and anything else unexpected are \
            reported and left alone. --private puts everything back to 0700/0600.
            """
    )

    @ParentCommand var access: AccessCommand

    @Option(help: ArgumentHelp("The group of the review account(s).", valueName: "group"))
    var group: String?

    @Flag(name: .customLong("private"), help: "Undo sharing: only the owner may read the store.")
    var makePrivate = false

    func validate() throws {
        if (group == nil) == !makePrivate { throw ValidationError("give either --group GROUP or --private") }
    }

    func run() throws {
        try reportingAccessFailures {
            let context = try CommandContext(storeOption: access.root.store)
            let report = try context.store.share(withGroup: makePrivate ? nil : group)
            let count = report.count
            for line in report.leftAlone {
                printError(VisibleText.make("kyiln: warning: \(line)", keepNewlines: false))
            }
            if let group, !makePrivate {
                print(VisibleText.make("\(context.store.root) is shared with group \(group): letters 0640, folders 2750, reviews/ 3770 (\(count) paths set)", keepNewlines: false))
            } else {
                print(VisibleText.make("\(context.store.root) is private: 0700 folders, 0600 files (\(count) paths set)", keepNewlines: false))
            }
        }
    }
}
