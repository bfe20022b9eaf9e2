import LetterDomain
import FoundationEssentials

/// What a granted key may do: review the district's letter, or also sign it for the district.
public enum AccessRole: String, Codable, Sendable, CaseIterable {
    /// Reads the letter, approves it or asks for changes (every grant before roles existed).
    case reviewer
    /// The district's signatory (superintendent or designee): may also sign an approved letter.
    case signatory
}

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
    /// Reviewer (the default, and what every older grant is) or signatory.
    public var role: AccessRole
    /// The signatory's title as the program manager typed it ("Superintendent"); empty for a reviewer.
    public var title: String

    public init(district: DistrictSlug, name: String, fingerprint: String, granted: Date, line: String,
                role: AccessRole = .reviewer, title: String = "") {
        self.role = role
        self.title = title
        self.district = district
        self.name = name
        self.fingerprint = fingerprint
        self.granted = granted
        self.line = line
    }
}
