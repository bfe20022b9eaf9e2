import Glibc
import SystemCalls

/// Where the store lives: `--store`, else `$KYILN_STORE`, else
/// `$XDG_DATA_HOME/kyiln`, else `~/.local/share/kyiln`.
public enum StoreLocation {
    /// The store folder for these settings, made absolute.
    public static func resolve(option: String?, environment: [String: String]) -> String {
        let chosen: String
        if let option, !option.isEmpty {
            chosen = option
        } else if let env = environment["KYILN_STORE"], !env.isEmpty {
            chosen = env
        } else if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            chosen = joinPath(xdg, "kyiln")
        } else {
            chosen = joinPath(environment["HOME"] ?? homeFromPasswd() ?? "/", ".local/share/kyiln")
        }
        return absolute(chosen)
    }

    /// The path made absolute against the current directory, with `.` parts removed.
    public static func absolute(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let cwd = getcwd(&buffer, buffer.count).map { _ in String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) } ?? "/"
            full = joinPath(cwd, path)
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func homeFromPasswd() -> String? {
        guard let entry = getpwuid(geteuid()), let dir = entry.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }
}

/// The name of the person running kyiln, recorded with each save.
public enum CurrentUser {
    /// The login name of the effective user, else `$USER`, else the uid.
    public static var name: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        if let user = getenv("USER") { return String(cString: user) }
        return "uid \(geteuid())"
    }
}
