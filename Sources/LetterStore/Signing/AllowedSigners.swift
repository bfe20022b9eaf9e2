import LetterDomain

/// The OpenSSH allowed-signers file (`ssh-keygen -Y verify -f FILE`) made from the grants:
/// one line per signatory key, the district's slug as the principal, limited to the
/// `kyiln-letter` namespace, so anyone can check a district's OpenSSH signature of a letter
/// with stock OpenSSH:
///
///     boone-county namespaces="kyiln-letter" ssh-ed25519 AAAA... Jane Roe, Superintendent
public enum AllowedSigners {
    /// The namespace every kyiln letter signature is made in (`ssh-keygen -Y sign -n`).
    public static let namespace = AllowedSignersNamespace.name

    /// The file's text for the signatory grants of `file` (of `district` only, when given).
    public static func text(_ file: AuthorizedKeysFile, district: DistrictSlug? = nil) -> String {
        let lines = file.entries.filter { $0.role == .signatory && (district == nil || $0.district == district) }.compactMap { entry -> String? in
            guard let key = AuthorizedKeysFile.key(of: entry.line, path: "") else { return nil }
            // Slugs are a-z, 0-9 and hyphens: a principal needs no quoting.
            return "\(entry.district.rawValue) namespaces=\"\(namespace)\" \(key.type) \(key.base64)"
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
