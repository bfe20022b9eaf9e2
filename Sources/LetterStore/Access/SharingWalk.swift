import Glibc
import SystemCalls

/// What `kyiln access init` did: how many files and folders it set, and what it left alone
/// (with the reason), such as a review folder of the review account that only root may change.
public struct SharingReport: Sendable, Equatable {
    public let count: Int
    public let leftAlone: [String]
}

/// Sets the group and modes of the store (see `LetterStore.share(withGroup:)`) by open
/// descriptor: every file and folder is opened by name inside its already open folder
/// (`openat` with `O_NOFOLLOW`), checked (`fstat`: the same file that was listed, a file or
/// a folder, an expected owner) and changed through that descriptor (`fchown`, `fchmod`).
/// No path is resolved again after its check, so a review folder renamed and replaced by a
/// link while the walk runs only makes the walk skip it; links, devices, FIFOs, files with
/// other hard links and files of unexpected owners are reported and left alone.
struct SharingWalk {
    let gid: gid_t?
    let storeOwner: uid_t
    let asRoot: Bool
    private(set) var count = 0
    private(set) var leftAlone: [String] = []

    init(gid: gid_t?, storeOwner: uid_t, asRoot: Bool) {
        self.gid = gid
        self.storeOwner = storeOwner
        self.asRoot = asRoot
    }

    /// How one part of the store is set.
    struct Rules {
        var directory: mode_t
        var file: mode_t
        var gid: gid_t?
        /// In `reviews/`, where the review account owns folders and files.
        var reviews = false
        var recursive = true
    }

    mutating func run(root: String) throws(SystemError) {
        let shared = gid != nil
        let store = Rules(directory: shared ? LetterStore.sharedDirectoryMode : 0o700, file: shared ? LetterStore.sharedFileMode : 0o600, gid: gid)
        let top = try SystemFile.openFolder(root)
        let info = try top.status()
        guard info.st_mode & S_IFMT == S_IFDIR, info.st_uid == storeOwner else {
            throw .failed(operation: "sharing", path: root, errno: EPERM)
        }
        try set(top, info, mode: store.directory, rules: store)
        for name in try top.entryNames().sorted() {
            switch name {
            case "store.lock": try visit(name, in: top, rules: Rules(directory: store.directory, file: 0o600, gid: nil, recursive: false), depth: 0)
            case "reviews": continue
            default: try visit(name, in: top, rules: store, depth: 0)
            }
        }
        try top.makeFolder("reviews", mode: 0o700)
        var reviews = store
        reviews.directory = shared ? LetterStore.sharedReviewDirectoryMode : 0o700
        reviews.reviews = true
        do {
            let folder = try SystemFile.openFolder(at: top, name: "reviews")
            _ = try SystemFile.open(at: folder, name: "reviews.lock", flags: O_RDWR | O_CREAT | O_NONBLOCK, mode: 0o600)
        } catch {
            leftAlone.append("\(root)/reviews: \(error.description)")
            return
        }
        try visit("reviews", in: top, rules: reviews, depth: 0)
    }

    /// Sets `name` in the open folder `parent` and, for a folder, what it holds.
    private mutating func visit(_ name: String, in parent: SystemFile, rules: Rules, depth: Int) throws(SystemError) {
        let path = parent.path + "/" + name
        guard let listed = try parent.status(of: name) else { return }  // removed meanwhile
        let kind = listed.st_mode & S_IFMT
        guard kind == S_IFDIR || kind == S_IFREG else { return skip(path, "not a file or a folder (a link or a device): left alone") }
        if kind == S_IFREG && listed.st_nlink > 1 { return skip(path, "a file with other hard links: left alone") }
        guard expectedOwner(listed.st_uid, rules) else { return skip(path, "owned by uid \(listed.st_uid), not the store's owner: left alone") }
        let opened: SystemFile
        do {
            opened = try SystemFile.open(at: parent, name: name, flags: kind == S_IFDIR ? O_RDONLY | O_DIRECTORY : O_RDONLY | O_NONBLOCK)
        } catch {
            if error.errno == ENOENT { return }
            return skip(path, "\(error.description): left alone")
        }
        let info = try opened.status()
        guard info.st_dev == listed.st_dev, info.st_ino == listed.st_ino, info.st_mode & S_IFMT == kind else {
            return skip(path, "replaced while it was being set: left alone")
        }
        let wanted: mode_t
        if name == "reviews.lock" && rules.reviews && depth == 1 {
            wanted = rules.gid == nil ? 0o600 : 0o660
        } else {
            wanted = kind == S_IFDIR ? rules.directory : rules.file
        }
        try set(opened, info, mode: wanted, rules: rules)
        guard kind == S_IFDIR, rules.recursive, depth < 6 else { return }
        for child in try opened.entryNames().sorted() {
            try visit(child, in: opened, rules: rules, depth: depth + 1)
        }
    }

    /// Changes group and mode of an open, checked file; one we may not change is reported
    /// unless it is right already.
    private mutating func set(_ file: SystemFile, _ info: stat, mode: mode_t, rules: Rules) throws(SystemError) {
        let right = (rules.gid == nil || info.st_gid == rules.gid) && info.st_mode & 0o7777 == mode
        guard asRoot || info.st_uid == geteuid() else {
            if !right { skip(file.path, "owned by uid \(info.st_uid); only root can set it (mode \(String(mode, radix: 8))): left alone") }
            return
        }
        var regrouped = false
        if let gid = rules.gid, info.st_gid != gid {
            try file.changeGroup(gid)
            regrouped = true
        }
        if info.st_mode & 0o7777 != mode || regrouped { try file.changeMode(mode) }
        count += 1
    }

    /// The store's owner everywhere; in `reviews/` also the review accounts (never root,
    /// unless root owns the store).
    private func expectedOwner(_ uid: uid_t, _ rules: Rules) -> Bool {
        uid == storeOwner || (rules.reviews && uid != 0)
    }

    private mutating func skip(_ path: String, _ reason: String) {
        leftAlone.append("\(path): \(reason)")
    }
}
