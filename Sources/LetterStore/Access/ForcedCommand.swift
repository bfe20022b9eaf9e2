import LetterDomain

/// Builds the `authorized_keys` line that pins a key to one district's review:
/// `command="SWIFT_BACKTRACE=enable=no exec <kyiln> --store <store> review --district <slug> --reviewer <fingerprint>",restrict,pty <key>`.
///
/// sshd hands the command to the account's shell, so every part is checked against a
/// strict allow-list before it is written: nothing can add a word, a quote or a line.
public enum ForcedCommand {
    /// The options after the command: `restrict` turns off forwarding, agent, X11 and
    /// user rc files; `pty` gives back only the terminal the review screen needs.
    public static let options = "restrict,pty"

    /// Put before the program: sshd runs the forced command with the account's shell, and
    /// this keeps the Swift runtime's backtracer (crash report, interactive debugger
    /// prompts) off the district contact's terminal. kyiln's own handlers do so as well.
    public static let backtraceSetting = "SWIFT_BACKTRACE=enable=no"

    /// sshd runs the command as `sh -c "..."`, and the shell stays kyiln's parent: Ctrl-\ or
    /// Ctrl-C on the line review would kill the shell by the signal (the session ends "killed
    /// by signal") while kyiln ends cleanly. `exec` makes kyiln the session's own process.
    public static let execWord = "exec"

    /// The line for `key`, or the reason a path cannot be used.
    public static func line(kyiln: String, store: String, district: DistrictSlug, key: PublicKey) throws(AccessError) -> String {
        try checkPath(kyiln, what: "kyiln program")
        try checkPath(store, what: "store folder")
        guard KeyFingerprint.isWellFormed(key.fingerprint) else {
            throw .badKey(path: "", reason: "its fingerprint is malformed")
        }
        // DistrictSlug allows only a-z, 0-9 and inner hyphens.
        let command = "\(backtraceSetting) \(execWord) \(kyiln) --store \(store) review --district \(district.rawValue) --reviewer \(key.fingerprint)"
        return "command=\"\(command)\",\(options) \(key.keyText)"
    }

    /// The forced command of a line written by `line(...)`, or nil.
    static func command(of line: String) -> String? {
        guard line.hasPrefix("command=\"") else { return nil }
        let rest = line.dropFirst(9)
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Absolute, normalised, and only `A-Z a-z 0-9 / . _ + -`: no space, quote, `$`, `;` or glob.
    public static func checkPath(_ path: String, what: String) throws(AccessError) {
        guard path.hasPrefix("/") else { throw .unsafePath(what: what, path: path, reason: "it is not absolute") }
        if path.utf8.count > 1024 { throw .unsafePath(what: what, path: String(path.prefix(60)) + "...", reason: "it is longer than 1024 bytes") }
        for scalar in path.unicodeScalars {
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "/" || scalar == "." || scalar == "_" || scalar == "-" || scalar == "+"
            if !ok {
                let shown = scalar == " " ? "a space" : (scalar.isASCII && scalar.value >= 0x21 && scalar.value < 0x7F ? "\"\(scalar)\"" : "U+\(String(scalar.value, radix: 16, uppercase: true))")
                throw .unsafePath(what: what, path: VisibleLine.make(path), reason: "it contains \(shown); use a path of letters, digits and / . _ + - only")
            }
        }
        for part in path.split(separator: "/") where part == "." || part == ".." || part.hasPrefix("-") {
            throw .unsafePath(what: what, path: path, reason: "it has a \"\(part)\" component; give the plain absolute path")
        }
    }
}
