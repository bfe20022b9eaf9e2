/// Upper bounds on what a field may hold; generous for real letters, small enough
/// that a pasted file or runaway input is caught.
public enum FieldLimits {
    /// Names and titles.
    public static let name = 200
    /// RFC 5321's limit on an address.
    public static let email = 254
    /// One free-text answer (several pages).
    public static let answer = 20_000
    /// One point of action.
    public static let point = 1_000
    /// Fewest and most points of action the forms ask for.
    public static let points = 2...3
}
