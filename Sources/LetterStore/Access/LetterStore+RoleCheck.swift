import LetterDomain

/// The grants' roles, for `kyiln access check`: what `access grant` never writes but a hand
/// edit can, and that would make signing refuse or depend on which line is read first.
extension LetterStore {
    /// Problems with the roles in every managed `authorized_keys` file: a signatory without a
    /// title (the signature record needs one), and one key granted to one district twice with
    /// different roles (which one it has would depend on the order of the lines).
    public func checkRoles() -> [AccessFinding] {
        var findings: [AccessFinding] = []
        var roles: [String: AccessRole] = [:]  // district + fingerprint -> the first role seen
        for path in authorizedKeysPaths() {
            guard let file = try? readAccess(at: path) else { continue }  // checkForcedCommands and access list name it
            for entry in file.entries {
                let regrant = "kyiln --store \(root) access grant --district \(entry.district) --key KEY.pub --name NAME"
                if entry.role == .signatory && entry.title.trimmed.isEmpty {
                    findings.append(AccessFinding("the signatory grant of \(entry.fingerprint) (\(entry.district)) in \(path) has no title",
                                                  fix: regrant + " --role signatory --title TITLE"))
                }
                let key = "\(entry.district) \(entry.fingerprint)"
                if let first = roles[key], first != entry.role {
                    findings.append(AccessFinding("the key \(entry.fingerprint) is granted to \(entry.district) both as \(first.rawValue) and as \(entry.role.rawValue)",
                                                  fix: "kyiln --store \(root) access revoke --fingerprint \(entry.fingerprint), then " + regrant + " --role ROLE"))
                } else if roles[key] == nil {
                    roles[key] = entry.role
                }
            }
        }
        return findings
    }
}
