import LetterDomain
import FoundationEssentials

/// One district contact's access: who, for which district, with which key, since when.
public struct AccessEntry: Sendable, Equatable {
    public var district: DistrictSlug
    /// The contact's name as the program manager typed it.
    public var name: String
    /// `SHA256:...` of the key.
    public var fingerprint: String
    public var granted: Date
    /// The whole `authorized_keys` line: forced command, options and key.
    public var line: String

    public init(district: DistrictSlug, name: String, fingerprint: String, granted: Date, line: String) {
        self.district = district
        self.name = name
        self.fingerprint = fingerprint
        self.granted = granted
        self.line = line
    }
}
