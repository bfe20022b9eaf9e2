import LetterStore

/// sshd's effective settings (`sshd -T`: one lowercase keyword and its value a line) and what
/// the review account needs of them.
struct SSHDSettings {
    /// Keyword to values (a keyword such as `acceptenv` may come more than once).
    var values: [String: [String]] = [:]

    init(_ text: String) {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].allSatisfy({ $0.isLetter && $0.isLowercase }) else { continue }
            values[String(parts[0]), default: []].append(String(parts[1]))
        }
    }

    func first(_ key: String) -> String? { values[key]?.first }

    /// An AuthorizedKeysFile pattern with `%u` (and `%%`) expanded as sshd does for `account`.
    static func expandingUser(_ pattern: String, _ account: String) -> String {
        var out = ""
        var percent = false
        for character in pattern {
            if percent {
                out += character == "u" ? account : (character == "%" ? "%" : "%\(character)")
                percent = false
            } else if character == "%" {
                percent = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// What is wrong for the review account, each with the line that fixes it.
    func findings(account: String, store: LetterStore, reload: String) -> [AccessFinding] {
        let block = "in the Match User \(account) block of /etc/ssh/sshd_config.d/kyiln.conf"
        var findings: [AccessFinding] = []
        let forwardingOff = first("disableforwarding") == "yes"
            || ["allowtcpforwarding", "allowstreamlocalforwarding", "x11forwarding", "allowagentforwarding", "permittunnel"].allSatisfy { first($0) == "no" }
        if !forwardingOff {
            findings.append(AccessFinding("sshd lets \(account) forward ports, sockets, X11 or the agent", fix: "add DisableForwarding yes \(block); then \(reload)"))
        }
        if let force = first("forcecommand"), force != "none" {
            findings.append(AccessFinding("sshd forces the command \"\(force)\" for \(account): it replaces each key's own review command (and its district)",
                                          fix: "remove ForceCommand for \(account) from sshd's configuration; then \(reload)"))
        }
        if first("permituserenvironment") != "no" {
            findings.append(AccessFinding("sshd has PermitUserEnvironment \(first("permituserenvironment") ?? "?"): a client could set kyiln's environment",
                                          fix: "set PermitUserEnvironment no in /etc/ssh/sshd_config; then \(reload)"))
        }
        if let patterns = values["acceptenv"], !patterns.isEmpty {
            findings.append(AccessFinding("sshd accepts the client's environment variables \(patterns.joined(separator: " ")) for \(account)",
                                          fix: "remove the AcceptEnv lines (Debian's sshd_config has AcceptEnv LANG LC_*): sed -i 's/^AcceptEnv/#AcceptEnv/' /etc/ssh/sshd_config; then \(reload)"))
        }
        if first("permittty") == "no" {
            findings.append(AccessFinding("sshd gives \(account) no terminal: the full-screen review needs one", fix: "add PermitTTY yes \(block); then \(reload)"))
        }
        if first("pubkeyauthentication") == "no" {
            findings.append(AccessFinding("sshd does not accept keys for \(account)", fix: "add PubkeyAuthentication yes \(block); then \(reload)"))
        }
        findings += keyFindings(account: account, store: store, block: block, reload: reload)
        return findings
    }

    /// sshd must read the managed keys: from the files kyiln writes, or by `kyiln access keys`.
    func keyFindings(account: String, store: LetterStore, block: String, reload: String) -> [AccessFinding] {
        let command = first("authorizedkeyscommand") ?? "none"
        if command != "none" {
            guard command.hasSuffix(" --store \(store.root) access keys") || command.contains(" --store \(store.root) access keys ") else {
                return [AccessFinding("sshd's AuthorizedKeysCommand \"\(command)\" is not kyiln access keys for this store",
                                      fix: "AuthorizedKeysCommand /usr/local/bin/kyiln --store \(store.root) access keys \(block); then \(reload)")]
            }
            if first("authorizedkeyscommanduser") != account {
                return [AccessFinding("sshd runs AuthorizedKeysCommand as \(first("authorizedkeyscommanduser") ?? "nobody"), not \(account)",
                                      fix: "AuthorizedKeysCommandUser \(account) \(block); then \(reload)")]
            }
            return []
        }
        let files = (values["authorizedkeysfile"] ?? []).flatMap { $0.split(separator: " ").map(String.init) }
            .map { Self.expandingUser($0, account) }
        let managed = store.authorizedKeysPaths()
        if !files.contains(where: managed.contains) {
            return [AccessFinding("sshd reads the keys of \(account) from \(files.joined(separator: " ")), not from kyiln's managed file",
                                  fix: "AuthorizedKeysFile \(store.defaultAuthorizedKeysPath) \(block) (or AuthorizedKeysCommand, see docs/administrator.md); then \(reload)")]
        }
        return []
    }
}
