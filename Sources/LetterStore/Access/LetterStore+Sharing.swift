import LetterDomain
import Glibc
import SystemCalls

/// Shared mode: the program manager owns the store; one group (the review account's)
/// may read letters and write reviews, and nobody else may do anything.
///
/// | path | owner:group | private | shared |
/// | --- | --- | --- | --- |
/// | store, `letters/`, `letters/<year>/`, `editions/`, `themes/`, `access/` | pm:review | 0700 | 2750 (setgid: new files get the group) |
/// | letter, edition, index, recovery, format and `authorized_keys` files | pm:review | 0600 | 0640 |
/// | `store.lock` | pm | 0600 | 0600 (the review account never takes it) |
/// | `reviews/`, `reviews/<year>/`, `reviews/<year>/<slug>/` | pm or reviewer:review | 0700 | 3770 (setgid + sticky) |
/// | review files | reviewer:review | 0600 | 0640 |
/// | `reviews/reviews.lock` | pm:review | 0600 | 0660 |
///
/// So the review account reads letters but cannot create, replace or remove one (the
/// folders are not group-writable), and it writes only in `reviews/`.
extension LetterStore {
    static let sharedDirectoryMode: mode_t = 0o2750
    static let sharedFileMode: mode_t = 0o640
    static let sharedReviewDirectoryMode: mode_t = 0o3770

    /// Turns shared mode on for `group` (or off with nil): records it in the format file
    /// and sets the group and modes of everything in the store (see the table above).
    /// Run by the store's owner, who must be a member of the group, or by root; the owner
    /// may run it again at any time, also after the review account made review folders.
    /// The store is walked by open descriptor (`SharingWalk`), so a folder swapped for a link
    /// while it runs cannot send it outside the store. The program manager may run it at any
    /// time: what belongs to the review account and is already right is fine, what is not is
    /// listed in the report and left alone (root can change it).
    @discardableResult
    public func share(withGroup group: String?) throws(AccessError) -> SharingReport {
        var gid: gid_t?
        if let group {
            try Self.checkGroupName(group)
            guard let id = Self.groupID(group) else {
                throw .badGroup(name: group, reason: "no such group; create it first (groupadd \(group)) and add the review account to it")
            }
            guard geteuid() == 0 || Self.isMember(of: id) else {
                throw .badGroup(name: group, reason: "you are not a member of it, so you cannot give files to it; add yourself (usermod -aG \(group) $USER) and log in again, or run this as root")
            }
            gid = id
        }
        var info = stat()
        guard lstat(root, &info) == 0 else { throw .io(path: root, operation: "checking", errno: errno) }
        guard geteuid() == 0 || info.st_uid == geteuid() else {
            throw .store("\(root): only the store's owner (uid \(info.st_uid)) or root may change how it is shared")
        }
        do {
            let lock = try FileLock.acquire(lockPath, mode: 0o600)
            defer { withExtendedLifetime(lock) {} }
            let formatMode: mode_t = gid == nil ? 0o600 : Self.sharedFileMode
            var text = "{\n  \"format\" : \"kyiln-store\",\n"
            if let group { text += "  \"sharedGroup\" : \"\(group)\",\n" }
            text += "  \"version\" : \(Self.formatVersion)\n}\n"
            try AtomicFile.write(Array(text.utf8), to: Self.formatFileName, in: root, mode: formatMode)
            var walk = SharingWalk(gid: gid, storeOwner: info.st_uid, asRoot: geteuid() == 0)
            try walk.run(root: root)
            return SharingReport(count: walk.count, leftAlone: walk.leftAlone)
        } catch let error as StoreError {
            throw .store(error.description)
        } catch let error as SystemError {
            throw .store(error.description)
        } catch let error as AccessError {
            throw error
        } catch {
            throw .store("\(error)")
        }
    }

    /// Group names as `groupadd` accepts them, without the `$` of machine accounts.
    static func checkGroupName(_ name: String) throws(AccessError) {
        let ok = !name.isEmpty && name.utf8.count <= 32 && name.unicodeScalars.enumerated().allSatisfy { index, c in
            ("a"..."z").contains(c) || c == "_" || (index > 0 && (("0"..."9").contains(c) || c == "-"))
        }
        if !ok { throw .badGroup(name: VisibleLine.make(name), reason: "not a valid group name (lowercase letters, digits, _ and -, at most 32)") }
    }

    /// Whether the process has `gid` as its group or a supplementary group.
    static func isMember(of gid: gid_t) -> Bool {
        if getegid() == gid { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let got = getgroups(count, &groups)
        return got > 0 && groups.prefix(Int(got)).contains(gid)
    }
}
