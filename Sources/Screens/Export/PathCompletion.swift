import SystemCalls
import Glibc

/// Completes a typed path the way a shell does: the longest part all matching names share,
/// a "/" after a single folder, and the names to choose from when more than one matches.
struct PathCompletion: Equatable, Sendable {
    /// The path after completing (unchanged when nothing could be added).
    var text: String
    /// The names that match, when more than one does (shown under the field).
    var candidates: [String]

    /// Completes `typed`; `list` gives a folder's names (nil when it cannot be read) and
    /// `isFolder` says whether a path is a folder. Hidden names match only a typed ".".
    static func complete(_ typed: String, list: (String) -> [String]?, isFolder: (String) -> Bool) -> PathCompletion {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = folderPart.isEmpty ? "." : folderPart
        guard let names = list(expandingHome(folder)) else { return PathCompletion(text: typed, candidates: []) }
        let matches = names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        guard let first = matches.first else { return PathCompletion(text: typed, candidates: []) }
        if matches.count == 1 {
            let full = folderPart + first
            return PathCompletion(text: full + (isFolder(expandingHome(full)) ? "/" : ""), candidates: [])
        }
        var common = first
        for name in matches.dropFirst() { common = String(zip(common, name).prefix { $0 == $1 }.map(\.0)) }
        return PathCompletion(text: folderPart + common, candidates: matches)
    }

    /// The file system's own listing and kinds.
    static func complete(_ typed: String) -> PathCompletion {
        complete(typed, list: { try? SystemFolder.names(in: $0) }, isFolder: SystemFolder.isDirectory)
    }

    /// "~/x" is the home folder's x, as in a shell (only the person's own "~").
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
