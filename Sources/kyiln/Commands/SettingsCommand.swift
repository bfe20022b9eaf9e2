import ArgumentParser
import LetterRules
import LetterStore
import TextSafety

/// `kyiln settings [list] | set NAME VALUE | unset NAME`: the store's settings
/// (`<store>/settings.json`), such as the From address of messages to districts.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the store's settings (mail and review server).",
        discussion: """
            Settings: mail.from (the From address of messages to districts), mail.from-name (the \
            name shown with it), mail.sendmail (the sendmail program, default /usr/sbin/sendmail), \
            review.host (the server district contacts connect to with ssh), review.account (the \
            review account there, default kyiln). They are kept in <store>/settings.json and shared \
            by everyone who uses the store.
            """,
        subcommands: [SettingsListCommand.self, SettingsSetCommand.self, SettingsUnsetCommand.self],
        defaultSubcommand: SettingsListCommand.self
    )

    @ParentCommand var root: Kyiln
}

/// Runs a settings command body, turning setting errors into a message and an exit status.
func reportingSettingFailures(_ body: () throws -> Void) throws {
    do {
        try reportingFailures(body)
    } catch let error as SettingError {
        switch error {
        case .unknown, .badValue: throw fail(error.description, status: ExitStatus.usage)
        case .store(let store): throw fail(store.description, status: ExitStatus.forStoreError(store))
        }
    }
}

/// `kyiln settings list`: each setting, its value (or default) and what it is for.
struct SettingsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Show every setting and its value.")

    @ParentCommand var settings: SettingsCommand

    func run() throws {
        try reportingSettingFailures {
            let context = try CommandContext(storeOption: settings.root.store)
            let values = try context.service.settings()
            let rows = values.map { value -> [String] in
                let shown: String
                if let stored = value.stored { shown = stored }
                else if let fallback = value.key.defaultValue { shown = "\(fallback) (default)" }
                else { shown = "(not set)" }
                return [value.key.rawValue, TextSafety.visible(shown), "# " + value.key.meaning]
            }
            let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                print((0..<2).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ") + "  " + row[2])
            }
        }
    }
}

/// `kyiln settings set NAME VALUE`.
struct SettingsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set one setting (checked first; nothing is changed when it is refused).")

    @ParentCommand var settings: SettingsCommand

    @Argument(help: ArgumentHelp("The setting, such as mail.from.", valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp("Its value.", valueName: "value"))
    var value: String

    func run() throws {
        try reportingSettingFailures {
            let key = try LetterService.settingKey(named: name)
            let context = try CommandContext(storeOption: settings.root.store)
            try context.service.setSetting(key, to: value)
            print(TextSafety.visible("\(key.rawValue) = \(value)"))
        }
    }
}

/// `kyiln settings unset NAME`.
struct SettingsUnsetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Remove a setting (its default applies again).")

    @ParentCommand var settings: SettingsCommand

    @Argument(help: ArgumentHelp("The setting, such as mail.from.", valueName: "name"))
    var name: String

    func run() throws {
        try reportingSettingFailures {
            let key = try LetterService.settingKey(named: name)
            let context = try CommandContext(storeOption: settings.root.store)
            try context.service.unsetSetting(key)
            print(key.defaultValue.map { "\(key.rawValue) unset; the default \($0) applies" } ?? "\(key.rawValue) unset")
        }
    }
}
