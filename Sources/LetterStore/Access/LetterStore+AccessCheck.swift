import Glibc
import SystemCalls

/// The store's half of `kyiln access check`: every mode and owner against the table in the
/// administrator's guide, and the kyiln named in each forced command (root's, and not
/// writable by anyone else, nor any folder above it). It only reads (`lstat`, never follows a
/// link) and changes nothing.
extension LetterStore {
    /// Problems with the store's modes and owners; `account` is the review account's uid.
    public func checkSharing(account: uid_t?) -> [AccessFinding] {
        guard let group = sharedGroup else {
            return [AccessFinding("the store \(root) is private: the review account cannot read letters or write reviews",
                                  fix: "kyiln --store \(root) access init --group GROUP")]
        }
        guard let gid = Self.groupID(group) else {
            return [AccessFinding("the store's group \(group) does not exist", fix: "groupadd \(group)")]
        }
        var info = stat()
        guard lstat(root, &info) == 0 else { return [AccessFinding("the store \(root) cannot be read", fix: "ls -ld \(root)")] }
        var walk = ModeCheck(store: root, group: group, gid: gid, owner: info.st_uid, account: account)
        walk.check(root, expected: Self.sharedDirectoryMode, reviews: false)
        for name in (try? Directory.names(in: root)) ?? [] {
            let path = joinPath(root, name)
            switch name {
            case "store.lock": walk.check(path, expected: 0o600, reviews: false, groupMatters: false)
            case "reviews": walk.walk(path, reviews: true, depth: 0)
            default: walk.walk(path, reviews: false, depth: 0)
            }
        }
        return walk.findings
    }

    /// Problems with the kyiln program each forced command runs: it must exist, belong to root
    /// and be writable by nobody else, nor may any folder above it (else whoever can write there
    /// runs code as the review account, or changes what every district sees).
    public func checkForcedCommands() -> [AccessFinding] {
        var findings: [AccessFinding] = []
        var programs: [String] = []
        for path in authorizedKeysPaths() {
            guard let file = try? readAccess(at: path) else { continue }
            for entry in file.entries {
                guard let command = ForcedCommand.command(of: entry.line) else { continue }
                if !command.hasPrefix("\(ForcedCommand.backtraceSetting) \(ForcedCommand.execWord) /") {
                    findings.append(AccessFinding("the grant of \(entry.fingerprint) (\(entry.district)) in \(path) was written by an older kyiln (no \(ForcedCommand.backtraceSetting) \(ForcedCommand.execWord))",
                                                  fix: "kyiln --store \(root) access grant --district \(entry.district) --key KEY.pub --name NAME"))
                }
                if let program = command.split(separator: " ").first(where: { $0.hasPrefix("/") }).map(String.init), !programs.contains(program) {
                    programs.append(program)
                }
            }
        }
        for program in programs { findings += Self.checkRootOwned(program) }
        return findings
    }

    /// `path` and every folder above it: root's and not writable by group or others.
    static func checkRootOwned(_ path: String) -> [AccessFinding] {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            return [AccessFinding("the forced command's program \(path) does not exist", fix: "scripts/install (or grant again with the installed kyiln)")]
        }
        var findings: [AccessFinding] = []
        if info.st_mode & S_IFMT != S_IFREG {
            findings.append(AccessFinding("the forced command's program \(path) is not a regular file", fix: "scripts/install (or grant again with the installed kyiln)"))
        }
        var current = path
        while true {
            if lstat(current, &info) == 0 && (info.st_uid != 0 || info.st_mode & 0o022 != 0) {
                let what = current == path ? "the forced command's program" : "the folder above the forced command's program"
                findings.append(AccessFinding("\(what) \(current) is owned by uid \(info.st_uid) with mode \(String(info.st_mode & 0o7777, radix: 8)): it must be root's and writable by nobody else",
                                              fix: "chown root:root \(current) && chmod go-w \(current)"))
            }
            guard current != "/", let slash = current.lastIndex(of: "/") else { break }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
        return findings
    }
}

/// The read-only walk of `checkSharing`.
private struct ModeCheck {
    let store: String
    let group: String
    let gid: gid_t
    let owner: uid_t
    let account: uid_t?
    var findings: [AccessFinding] = []

    var fixModes: String { "kyiln --store \(store) access init --group \(group)" }

    mutating func walk(_ path: String, reviews: Bool, depth: Int) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        let lock = reviews && depth == 1 && path.hasSuffix("/reviews.lock")
        let expected: mode_t = isFolder ? (reviews ? LetterStore.sharedReviewDirectoryMode : LetterStore.sharedDirectoryMode)
            : (lock ? 0o660 : LetterStore.sharedFileMode)
        check(path, expected: expected, reviews: reviews)
        guard isFolder, depth < 6 else { return }
        for name in (try? Directory.names(in: path)) ?? [] {
            walk(path + "/" + name, reviews: reviews, depth: depth + 1)
        }
    }

    mutating func check(_ path: String, expected: mode_t, reviews: Bool, groupMatters: Bool = true) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFDIR || kind == S_IFREG else {
            findings.append(AccessFinding("\(path) is not a file or a folder (a link, FIFO or device) and does not belong in the store", fix: "rm \(path)"))
            return
        }
        let owners = reviews ? [owner] + (account.map { [$0] } ?? []) : [owner]
        if !owners.contains(info.st_uid) {
            findings.append(AccessFinding("\(path) is owned by uid \(info.st_uid), not the store's owner (uid \(owner))", fix: "chown \(owner) \(path)"))
            return
        }
        let mode = info.st_mode & 0o7777
        if mode != expected || (groupMatters && info.st_gid != gid) {
            let now = "mode \(String(mode, radix: 8)), group id \(info.st_gid)"
            let byRoot = info.st_uid != owner && geteuid() != 0 ? "sudo " : ""
            findings.append(AccessFinding("\(path) has \(now); it should be mode \(String(expected, radix: 8))" + (groupMatters ? ", group \(group)" : ""),
                                          fix: byRoot + fixModes))
        }
    }
}
