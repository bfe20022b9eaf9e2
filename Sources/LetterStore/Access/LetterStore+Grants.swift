import LetterDomain
import Glibc
import SystemCalls

/// Which key fingerprints are granted for a district, read from every managed
/// `authorized_keys` file: the store's own (`access/authorized_keys`) and each file a grant
/// named with `--authorized-keys` (one account per district, or a root-owned file for
/// StrictModes). Those other files are remembered in `access/authorized-keys-files`, one
/// absolute path a line, when a grant first writes them, so the review check
/// (`ReviewCheck`) trusts exactly the keys sshd lets in, wherever they are kept.
extension LetterStore {
    /// `<store>/access/authorized-keys-files`: the other managed files, one path a line.
    public var authorizedKeysListPath: String { joinPath(accessFolder, "authorized-keys-files") }

    /// Every managed file kyiln knows of: the store's own first, then the others in the order
    /// they were first granted to. A list that cannot be read names only the store's own.
    public func authorizedKeysPaths() -> [String] {
        var paths = [defaultAuthorizedKeysPath]
        guard let bytes = try? FileDescriptor.open(authorizedKeysListPath, flags: O_RDONLY).readAll(limit: 256 * 1024),
              let text = String(validating: bytes, as: UTF8.self)
        else { return paths }
        for line in text.split(separator: "\n") where line.hasPrefix("/") && !paths.contains(String(line)) {
            paths.append(String(line))
        }
        return paths
    }

    /// Adds `path` to the list of other managed files (the caller holds the store lock).
    func rememberAuthorizedKeys(_ path: String) throws(StoreError) {
        let paths = authorizedKeysPaths()
        guard path != defaultAuthorizedKeysPath, !paths.contains(path) else { return }
        // A name with a line break would split into two entries of the list.
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw StoreError.unreadable(path: VisibleLine.make(path), reason: "a managed authorized_keys path may not contain control characters")
        }
        let text = paths.dropFirst().map { $0 + "\n" }.joined() + path + "\n"
        try Directory.create(accessFolder, mode: directoryMode)
        try AtomicFile.write(Array(text.utf8), to: "authorized-keys-files", in: accessFolder, mode: fileMode)
    }

    /// The fingerprints granted for `slug` in every managed file, or nil when no file grants
    /// anybody at all (a private store, whose local reviews are trusted). A file that exists
    /// but cannot be read grants nothing, and still makes the store one with grants.
    func grantedFingerprints(for slug: DistrictSlug) -> Set<String>? {
        var anyGrant = false
        var granted: Set<String> = []
        for path in authorizedKeysPaths() {
            guard (try? Directory.status(path)) != nil else { continue }
            guard let file = try? readAccess(at: path) else {
                anyGrant = true
                continue
            }
            if !file.entries.isEmpty { anyGrant = true }
            granted.formUnion(file.entries.filter { $0.district == slug }.map(\.fingerprint))
        }
        return anyGrant ? granted : nil
    }
}
