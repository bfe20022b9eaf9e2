import LetterDomain
import FoundationEssentials

/// The `authorized_keys` file kyiln manages, parsed.
///
/// Layout: a header comment, then any lines kyiln did not write (kept verbatim, in order),
/// then one pair of lines per grant:
///
/// ```
/// # kyiln-access {"district":"boone-county","fingerprint":"SHA256:…","granted":"2026-11-22T20:15:03Z","name":"Bill Hogan"}
/// command="/usr/local/bin/kyiln --store /srv/kyiln review --district boone-county --reviewer SHA256:…",restrict,pty ssh-ed25519 AAAA… bill@laptop
/// ```
///
/// sshd skips `#` lines, so the metadata costs nothing at login. Every managed key line is
/// checked against its comment when read (same key, same district); a mismatch stops any
/// rewrite, so a hand edit is never silently lost or widened.
public struct AuthorizedKeysFile: Sendable {
    static let header = "# Managed by kyiln: change it with kyiln access grant/revoke. Lines below the first kyiln-access comment are rewritten."
    static let marker = "# kyiln-access "

    /// The grants, in file order.
    public var entries: [AccessEntry]
    /// Lines kyiln did not write, kept as they are; `list` shows how many.
    public var foreignLines: [String]

    public init(entries: [AccessEntry] = [], foreignLines: [String] = []) {
        self.entries = entries
        self.foreignLines = foreignLines
    }

    /// The foreign lines that grant a key (not comments or blank lines).
    public var foreignKeyLines: [String] {
        foreignLines.filter { !$0.trimmed.isEmpty && !$0.trimmed.hasPrefix("#") }
    }

    private struct Metadata: Codable {
        var district: DistrictSlug
        var name: String
        var fingerprint: String
        var granted: Date
        // Absent in grants written before roles: those are reviewers.
        var role: AccessRole?
        var title: String?
    }

    /// Parses the file's text; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(AccessError) -> AuthorizedKeysFile {
        var file = AuthorizedKeysFile()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if line == header || (line.isEmpty && index == lines.count - 1) { continue }
            guard line.hasPrefix(marker) else {
                file.foreignLines.append(line)
                continue
            }
            let number = index + 1
            guard let meta = try? decoder.decode(Metadata.self, from: Data(line.dropFirst(marker.count).utf8)) else {
                throw .badAuthorizedKeys(path: path, reason: "line \(number) is a kyiln-access comment kyiln cannot read")
            }
            guard index + 1 < lines.count else {
                throw .badAuthorizedKeys(path: path, reason: "the kyiln-access comment on line \(number) has no key line after it")
            }
            let keyLine = lines[index + 1]
            try check(keyLine, against: meta, line: number + 1, path: path)
            file.entries.append(AccessEntry(district: meta.district, name: meta.name, fingerprint: meta.fingerprint,
                                            granted: meta.granted, line: keyLine, role: meta.role ?? .reviewer, title: meta.title ?? ""))
            index += 1
        }
        return file
    }

    /// The file's text.
    public func render() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var lines = [Self.header] + foreignLines
        for entry in entries {
            // A reviewer's comment stays exactly as before roles existed; only a signatory's has more.
            let signatory = entry.role == .signatory
            let meta = Metadata(district: entry.district, name: entry.name, fingerprint: entry.fingerprint, granted: entry.granted,
                                role: signatory ? .signatory : nil, title: signatory ? entry.title : nil)
            // Plain value types always encode; names hold no control characters (checked on grant).
            lines.append(Self.marker + String(decoding: try! encoder.encode(meta), as: UTF8.self))
            lines.append(entry.line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The key of a line written by `ForcedCommand.line`, or nil when it is not one.
    static func key(of line: String, path: String) -> PublicKey? {
        guard let command = ForcedCommand.command(of: line) else { return nil }
        let prefix = "command=\"\(command)\",\(ForcedCommand.options) "
        guard line.hasPrefix(prefix) else { return nil }
        return try? PublicKey(parsing: String(line.dropFirst(prefix.count)), path: path)
    }

    /// Whether any foreign line carries this key (sshd would use the first line that matches).
    func foreignLineHolds(_ key: PublicKey) -> Bool {
        foreignLines.contains { $0.split(separator: " ").contains { $0 == key.base64 } }
    }

    private static func check(_ keyLine: String, against meta: Metadata, line: Int, path: String) throws(AccessError) {
        guard let key = key(of: keyLine, path: path), let command = ForcedCommand.command(of: keyLine) else {
            throw .badAuthorizedKeys(path: path, reason: "line \(line) is not a key line kyiln wrote (command=\"…\",\(ForcedCommand.options) and a key)")
        }
        guard key.fingerprint == meta.fingerprint else {
            throw .badAuthorizedKeys(path: path, reason: "the key on line \(line) is not the one its kyiln-access comment names (\(meta.fingerprint))")
        }
        guard command.hasSuffix(" review --district \(meta.district.rawValue) --reviewer \(meta.fingerprint)") else {
            throw .badAuthorizedKeys(path: path, reason: "the command on line \(line) does not match its kyiln-access comment (district \(meta.district))")
        }
    }
}
