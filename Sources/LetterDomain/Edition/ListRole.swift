/// What a list in the form is: the domain reads the priorities, benefits and
/// expectations of any edition through these roles.
public enum ListRole: String, Codable, Sendable {
    /// State priorities (2019) or the points Kentucky's plan stresses (2015).
    case priorities
    /// Shared beliefs (2015).
    case beliefs
    /// What KDE commits to members.
    case benefits
    /// What member districts commit to; each is acknowledged in a letter.
    case expectations
}

/// How a list is printed.
public enum ListStyle: String, Codable, Sendable {
    case bullet
    case numbered
}
