/// A signature the district's signatory made with their own SSH key, on their own machine,
/// of the letter's canonical text (`ssh-keygen -Y sign -n kyiln-letter`), handed to kyiln in
/// the line review together with signing. kyiln checks it with `ssh-keygen -Y verify` before
/// recording it, keeps it in the signature record exactly as checked, and `kyiln verify`
/// checks it again with stock OpenSSH.
public struct OpenSSHSignature: Codable, Sendable, Equatable {
    /// The armored signature as `ssh-keygen` writes it (`-----BEGIN SSH SIGNATURE-----`, the
    /// Base64 lines, `-----END SSH SIGNATURE-----`, each line ending in LF).
    public var armored: String
    /// The key's type as OpenSSH names it (`ssh-ed25519`), read from the signature.
    public var keyType: String
    /// The Base64 of the public key blob inside the signature, so it can be checked years
    /// later even after the key's grant was withdrawn.
    public var publicKey: String
    /// `SHA256:...` of that key, as `ssh-keygen -lf` prints it.
    public var fingerprint: String

    public init(armored: String, keyType: String, publicKey: String, fingerprint: String) {
        self.armored = armored
        self.keyType = keyType
        self.publicKey = publicKey
        self.fingerprint = fingerprint
    }

    /// "ed25519 SHA256:...": the key as a person reads it.
    public var keyDescription: String {
        let short = keyType.hasPrefix("ssh-") ? String(keyType.dropFirst(4)) : keyType
        return "\(short) \(fingerprint)"
    }
}
