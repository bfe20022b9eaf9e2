/// The fill-in lines of the contact section.
public enum ContactField: String, Codable, Sendable {
    case district
    case superintendent
    case contacts
}
