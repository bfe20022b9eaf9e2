import Foundation
import LetterStore
import Testing
@testable import kyiln

/// `kyiln access check` reads sshd's effective settings (`sshd -T`): what the review
/// account needs of them, each problem with its fix.
@Suite("access check: sshd's settings")
struct SSHDSettingsTests {
    static let good = """
        port 22
        permittty yes
        pubkeyauthentication yes
        disableforwarding yes
        permituserenvironment no
        forcecommand none
        authorizedkeysfile /srv/kyiln/access/authorized_keys
        authorizedkeyscommand none
        """

    func store() throws -> (LetterStore, String) {
        let folder = NSTemporaryDirectory() + "kyiln-sshd-" + UUID().uuidString
        let store = try LetterStore.open(at: folder)
        return (store, Self.good.replacingOccurrences(of: "/srv/kyiln", with: store.root))
    }

    @Test func theRightSettingsGiveNoProblem() throws {
        let (store, good) = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        #expect(SSHDSettings(good).findings(account: "kyiln", store: store, reload: "reload") == [])
        // An AuthorizedKeysCommand running kyiln access keys as the account does as well.
        let command = good.replacingOccurrences(of: "authorizedkeyscommand none", with: "authorizedkeyscommand /usr/local/bin/kyiln --store \(store.root) access keys\nauthorizedkeyscommanduser kyiln")
            .replacingOccurrences(of: "authorizedkeysfile \(store.root)/access/authorized_keys", with: "authorizedkeysfile .ssh/authorized_keys")
        #expect(SSHDSettings(command).findings(account: "kyiln", store: store, reload: "reload") == [])
    }

    @Test func eachBrokenSettingIsNamedWithItsFix() throws {
        let (store, good) = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        let cases: [(String, String)] = [
            ("disableforwarding yes", "forward ports"),
            ("forcecommand none", "forces the command \"/bin/true\""),
            ("permituserenvironment no", "PermitUserEnvironment yes"),
            ("permittty yes", "no terminal"),
            ("authorizedkeysfile \(store.root)/access/authorized_keys", "not from kyiln's managed file"),
        ]
        let replacements = ["disableforwarding no", "forcecommand /bin/true", "permituserenvironment yes", "permittty no", "authorizedkeysfile .ssh/authorized_keys"]
        for ((line, problem), replacement) in zip(cases, replacements) {
            let findings = SSHDSettings(good.replacingOccurrences(of: line, with: replacement)).findings(account: "kyiln", store: store, reload: "reload")
            #expect(findings.count == 1 && findings[0].problem.contains(problem) && findings[0].fix.hasSuffix("reload"), "\(replacement): \(findings)")
        }
        let accepting = SSHDSettings(good + "\nacceptenv LANG\nacceptenv LC_*").findings(account: "kyiln", store: store, reload: "reload")
        #expect(accepting.count == 1 && accepting[0].problem.contains("LANG LC_*"), "\(accepting)")
    }

    @Test func userNamesAreCheckedBeforeTheyReachTheShell() {
        #expect(AccessCheck.isPlainName("kyiln-review"))
        for bad in ["", "a b", "x;rm", "-x", "Kyiln", "a$(id)"] { #expect(!AccessCheck.isPlainName(bad), "\(bad)") }
        #expect(SSHDSettings.expandingUser("/srv/kyiln/access/%u", "kyiln-boone") == "/srv/kyiln/access/kyiln-boone")
    }
}
