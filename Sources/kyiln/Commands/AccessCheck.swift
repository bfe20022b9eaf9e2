import LetterDomain
import LetterStore
import Glibc
import SystemCalls

/// The checks of `kyiln access check`: the review account, the group, the store (see
/// `LetterStore.checkSharing`, `checkForcedCommands`) and sshd's effective settings.
struct AccessCheck {
    let store: LetterStore
    let account: String
    let sshd: String
    let sshdConfig: String?

    /// Every problem found, in the order an administrator would fix them.
    func run() -> [AccessFinding] {
        var findings: [AccessFinding] = []
        let entry = getpwnam(account)
        let uid = entry?.pointee.pw_uid
        if let entry { findings += checkAccount(entry.pointee) } else {
            findings.append(AccessFinding("the review account \(account) does not exist",
                                          fix: "useradd --system --gid \(store.sharedGroup ?? "kyiln-review") --home-dir /nonexistent --no-create-home --shell /bin/sh \(account) && usermod -p '*' \(account)"))
        }
        findings += checkGroup(accountGID: entry?.pointee.pw_gid)
        findings += store.checkSharing(account: uid)
        findings += store.checkForcedCommands()
        findings += store.checkRoles()
        findings += checkSSHD()
        return findings
    }

    /// A real shell (sshd runs the forced command through it) and a password field sshd accepts.
    func checkAccount(_ entry: passwd) -> [AccessFinding] {
        var findings: [AccessFinding] = []
        let shell = String(cString: entry.pw_shell)
        if shell.isEmpty || shell.hasSuffix("/nologin") || shell.hasSuffix("/false") || access(shell, X_OK) != 0 {
            findings.append(AccessFinding("the review account \(account) has the shell \"\(shell)\": sshd runs the forced command through it, so it must be a real shell",
                                          fix: "usermod -s /bin/sh \(account)"))
        }
        if geteuid() == 0, Self.shadowPassword(of: account)?.hasPrefix("!") == true {
            findings.append(AccessFinding("the review account \(account) is locked (its password starts with \"!\"): sshd refuses it",
                                          fix: "usermod -p '*' \(account)"))
        }
        return findings
    }

    /// The store's group exists, and both the review account and the store's owner are in it.
    func checkGroup(accountGID: gid_t?) -> [AccessFinding] {
        guard let group = store.sharedGroup, let entry = getgrnam(group) else { return [] }  // checkSharing reports these
        var members: [String] = []
        var pointer = entry.pointee.gr_mem
        while let member = pointer?.pointee {
            members.append(String(cString: member))
            pointer = pointer?.advanced(by: 1)
        }
        let gid = entry.pointee.gr_gid
        var findings: [AccessFinding] = []
        if accountGID != nil && accountGID != gid && !members.contains(account) {
            findings.append(AccessFinding("the review account \(account) is not in the group \(group): it cannot read letters or write reviews",
                                          fix: "usermod -aG \(group) \(account)"))
        }
        var info = stat()
        if lstat(store.root, &info) == 0, info.st_uid != 0, let owner = getpwuid(info.st_uid) {
            let name = String(cString: owner.pointee.pw_name)
            if owner.pointee.pw_gid != gid && !members.contains(name) {
                findings.append(AccessFinding("the store's owner \(name) is not in the group \(group): new files could not be given to it",
                                              fix: "usermod -aG \(group) \(name)"))
            }
        }
        return findings
    }

    /// sshd's effective settings for the review account (`sshd -T -C ...`, which needs root).
    func checkSSHD() -> [AccessFinding] {
        guard geteuid() == 0 else {
            return [AccessFinding("sshd's settings were not checked: sshd -T needs root", fix: "sudo kyiln --store \(store.root) access check --account \(account)")]
        }
        guard access(sshd, X_OK) == 0 else {
            return [AccessFinding("there is no sshd at \(sshd)", fix: "apt-get install openssh-server")]
        }
        let config = sshdConfig.map { " -f \($0)" } ?? ""
        let arguments = [sshd, "-T"] + (sshdConfig.map { ["-f", $0] } ?? []) + ["-C", "user=\(account),host=localhost,addr=127.0.0.1"]
        guard let output = Self.output(of: arguments) else {
            return [AccessFinding("sshd -T could not be run", fix: "\(sshd) -t\(config)")]
        }
        let settings = SSHDSettings(output)
        if settings.values.isEmpty {
            return [AccessFinding("sshd -T gave no settings: \(output.prefix(200))", fix: "\(sshd) -t\(config)")]
        }
        return settings.findings(account: account, store: store, reload: "\(sshd) -t\(config) && systemctl reload ssh")
    }

    /// What a program prints (standard output and error), or nil when it cannot be started
    /// or does not finish within 30 s. Started without a shell (`SystemProcess`), so an
    /// account name or path is one argument whatever it holds.
    static func output(of arguments: [String]) -> String? {
        guard let outcome = try? SystemProcess.run(arguments, input: [], timeLimit: 30), !outcome.timedOut else { return nil }
        return String(decoding: outcome.output, as: UTF8.self)
    }

    /// The password field of `name` in /etc/shadow (root only), or nil.
    static func shadowPassword(of name: String) -> String? {
        guard let file = try? SystemFile.open("/etc/shadow", flags: O_RDONLY),
            let bytes = try? file.readAll(limit: 16 * 1024 * 1024)
        else { return nil }
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            if fields.count > 1, fields[0].elementsEqual(name.utf8) { return String(decoding: fields[1], as: UTF8.self) }
        }
        return nil
    }

    /// A user name as `useradd` takes it.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 32 && name.unicodeScalars.enumerated().allSatisfy { index, c in
            ("a"..."z").contains(c) || c == "_" || (index > 0 && (("0"..."9").contains(c) || c == "-"))
        }
    }
}
