import ArgumentParser
import LetterDomain
import LetterStore

/// `kyiln access grant --district SLUG --key FILE.pub --name NAME [--role reviewer|signatory --title T] [--authorized-keys PATH]`.
struct AccessGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Let the holder of an SSH key review one district's letter.",
        discussion: "Re-granting a key replaces its line (a key reviews one district). Prints the key's fingerprint."
    )

    @ParentCommand var access: AccessCommand

    @Option(help: ArgumentHelp("The district's slug, such as boone-county.", valueName: "slug"))
    var district: String

    @Option(help: ArgumentHelp("The contact's OpenSSH public key file (one line, e.g. id_ed25519.pub).", valueName: "file.pub"))
    var key: String

    @Option(help: ArgumentHelp("The contact's name, such as \"Bill Hogan\".", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("reviewer (reads, approves, asks for changes) or signatory (may also sign the approved letter for the district).", valueName: "role"))
    var role: String = "reviewer"

    @Option(help: ArgumentHelp("The signatory's title, such as \"Superintendent\" (needed with --role signatory).", valueName: "title"))
    var title: String?

    @Option(name: .customLong("authorized-keys"), help: ArgumentHelp("The managed file (default: <store>/access/authorized_keys).", valueName: "path"))
    var authorizedKeys: String?

    func run() throws {
        try reportingAccessFailures {
            let slug = try DistrictSlug(district)
            guard let accessRole = AccessRole(rawValue: role) else {
                throw fail("--role must be reviewer or signatory, not \(VisibleText.make(role, keepNewlines: false))", status: ExitStatus.usage)
            }
            if accessRole == .reviewer, title != nil {
                throw fail("--title is for a signatory (--role signatory); a reviewer has no title on record", status: ExitStatus.usage)
            }
            let bytes: [UInt8]
            do throws(FileIO.Failure) { bytes = try FileIO.read(key, limit: 1024 * 1024) } catch { throw fail(error.description, status: error.status) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw AccessError.badKey(path: key, reason: "it is not UTF-8 text")
            }
            let publicKey = try PublicKey(parsing: text, path: key)
            let context = try CommandContext(storeOption: access.root.store)
            let kyiln = try SelfPath.executable()
            let hasLetter = try context.store.schoolYears().contains { context.store.exists(slug, year: $0) }
            let entry = try context.store.grant(district: slug, key: publicKey, name: name, kyiln: kyiln,
                                               role: accessRole, title: title ?? "", authorizedKeys: authorizedKeys)
            if !hasLetter { printError("kyiln: note: there is no letter for \(slug) yet; the contact will see that until one exists") }
            let who = entry.role == .signatory ? "\(entry.name), \(entry.title), as signatory" : entry.name
            print(VisibleText.make("granted \(entry.district) to \(who): \(entry.fingerprint)", keepNewlines: false))
        }
    }
}
