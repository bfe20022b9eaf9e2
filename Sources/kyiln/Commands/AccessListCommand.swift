import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln access list [--authorized-keys PATH]`: district, name, role (a signatory with their title), fingerprint, date.
struct AccessListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Show who may review which district.")

    @ParentCommand var access: AccessCommand

    @Option(name: .customLong("authorized-keys"), help: ArgumentHelp("The managed file (default: <store>/access/authorized_keys).", valueName: "path"))
    var authorizedKeys: String?

    func run() throws {
        try reportingAccessFailures {
            let context = try CommandContext(storeOption: access.root.store)
            let file = try context.store.readAccess(at: authorizedKeys)
            let rows = file.entries.sorted { ($0.district, $0.granted) < ($1.district, $1.granted) }.map { entry in
                let role = entry.role == .signatory ? "signatory (\(entry.title))" : entry.role.rawValue
                return [entry.district.rawValue, entry.name, role, entry.fingerprint, String(Timestamp.format(entry.granted).prefix(10))]
            }
            let header = ["DISTRICT", "NAME", "ROLE", "FINGERPRINT", "GRANTED"]
            let widths = (0..<5).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
            for row in [header] + rows {
                let line = row.enumerated().map { $0.offset == 4 ? $0.element : $0.element.padding(to: widths[$0.offset]) }.joined(separator: "  ")
                print(VisibleText.make(line, keepNewlines: false))
            }
            let foreign = file.foreignKeyLines.count
            if foreign > 0 { printError("kyiln: note: \(foreign) key line(s) in the file were not written by kyiln and are kept as they are") }
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
