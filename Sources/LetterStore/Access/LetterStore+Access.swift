import LetterDomain
import FoundationEssentials
import Glibc
import SystemCalls

/// Grants, lists and revokes district contacts' SSH keys in the managed `authorized_keys`
/// file (default `<store>/access/authorized_keys`). Changes are made under the store lock
/// and written atomically with the store's file mode: 0600 in a private store, 0640 in a
/// shared one, because sshd reads the file as the review account.
extension LetterStore {
    /// `<store>/access`.
    public var accessFolder: String { joinPath(root, "access") }
    /// `<store>/access/authorized_keys`.
    public var defaultAuthorizedKeysPath: String { joinPath(accessFolder, "authorized_keys") }

    /// Longest contact name.
    public static let accessNameLimit = 80

    /// The managed file at `path` (empty when it does not exist yet).
    public func readAccess(at path: String? = nil) throws(AccessError) -> AuthorizedKeysFile {
        let path = path.map(StoreLocation.absolute) ?? defaultAuthorizedKeysPath
        let bytes: [UInt8]
        do {
            bytes = try FileDescriptor.open(path, flags: O_RDONLY).readAll(limit: 4 * 1024 * 1024)
        } catch {
            if case .io(_, _, let code) = error, code == ENOENT { return AuthorizedKeysFile() }
            throw .store(error.description)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .badAuthorizedKeys(path: path, reason: "it is not UTF-8 text")
        }
        return try AuthorizedKeysFile.parse(text, path: path)
    }

    /// Lets the holder of `key` review `district`'s letter over SSH, replacing any earlier
    /// grant of the same key. `kyiln` is the absolute path of the program sshd will run.
    @discardableResult
    public func grant(district: DistrictSlug, key: PublicKey, name: String, kyiln: String, role: AccessRole = .reviewer,
                      title: String = "", authorizedKeys path: String? = nil, now: Date = Date()) throws(AccessError) -> AccessEntry {
        let name = name.trimmed
        if name.isEmpty { throw .badText(field: "name", reason: "is empty; give the contact's name with --name") }
        try TextRules.check(name, field: "name", limit: Self.accessNameLimit)
        let title = title.trimmed
        if role == .signatory && title.isEmpty {
            throw .badText(field: "title", reason: "is empty; a signatory needs a title with --title, such as \"Superintendent\"")
        }
        try TextRules.check(title, field: "title", limit: Self.accessNameLimit)
        let line = try ForcedCommand.line(kyiln: kyiln, store: root, district: district, key: key)
        let entry = AccessEntry(district: district, name: name, fingerprint: key.fingerprint, granted: now, line: line,
                                role: role, title: role == .signatory ? title : "")
        try changeAccess(at: path) { (file: inout AuthorizedKeysFile, path: String) throws(AccessError) in
            if file.foreignLineHolds(key) {
                throw .badAuthorizedKeys(path: path, reason: "this key already appears on a line kyiln did not write; remove that line first (sshd would use whichever comes first)")
            }
            if let index = file.entries.firstIndex(where: { $0.fingerprint == entry.fingerprint }) {
                file.entries[index] = entry
            } else {
                file.entries.append(entry)
            }
        }
        return entry
    }

    /// Removes the grants of one key.
    @discardableResult
    public func revoke(fingerprint: String, authorizedKeys path: String? = nil) throws(AccessError) -> [AccessEntry] {
        try revoke(what: "key \(fingerprint)", authorizedKeys: path) { $0.fingerprint == fingerprint }
    }

    /// Removes every grant for a district.
    @discardableResult
    public func revoke(district: DistrictSlug, authorizedKeys path: String? = nil) throws(AccessError) -> [AccessEntry] {
        try revoke(what: "district \(district)", authorizedKeys: path) { $0.district == district }
    }

    private func revoke(what: String, authorizedKeys path: String?, matching: (AccessEntry) -> Bool) throws(AccessError) -> [AccessEntry] {
        var removed: [AccessEntry] = []
        try changeAccess(at: path) { (file: inout AuthorizedKeysFile, _: String) throws(AccessError) in
            removed = file.entries.filter(matching)
            if removed.isEmpty { throw .nothingToRevoke(what: what) }
            file.entries.removeAll(where: matching)
        }
        return removed
    }

    /// Reads, changes and atomically rewrites the managed file under the store lock.
    private func changeAccess(at path: String?, _ change: (inout AuthorizedKeysFile, String) throws(AccessError) -> Void) throws(AccessError) {
        let path = path.map(StoreLocation.absolute) ?? defaultAuthorizedKeysPath
        do {
            let lock = try FileLock.acquire(lockPath, mode: fileMode)
            defer { withExtendedLifetime(lock) {} }
            var file = try readAccess(at: path)
            try change(&file, path)
            let slash = path.lastIndex(of: "/")!
            let folder = slash == path.startIndex ? "/" : String(path[..<slash])
            let name = String(path[path.index(after: slash)...])
            if path == defaultAuthorizedKeysPath { try Directory.create(folder, mode: directoryMode) }
            // The review check reads every managed file, so it must know of this one first.
            try rememberAuthorizedKeys(path)
            try AtomicFile.write(Array(file.render().utf8), to: name, in: folder, mode: fileMode)
            if let group = sharedGroup, let gid = Self.groupID(group) {
                var info = stat()
                if lstat(path, &info) == 0 && info.st_gid != gid { lchown(path, uid_t.max, gid) }
            }
        } catch let error as StoreError {
            throw .store(error.description)
        } catch let error as AccessError {
            throw error
        } catch {
            throw .store("\(error)")
        }
    }

    /// The id of a group, or nil when it does not exist.
    static func groupID(_ name: String) -> gid_t? {
        guard let entry = getgrnam(name) else { return nil }
        return entry.pointee.gr_gid
    }
}
