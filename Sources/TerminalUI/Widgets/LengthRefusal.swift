/// An insertion a text editor refused because the text would go over its `maxLength`.
///
/// Editors never cut: a paste or key that does not fit is not inserted at all (not even the
/// part that would fit), so nothing is silently dropped; the owner reads `lastRefusal` after
/// `handle` and says so in words (`message(field:)`).
public struct LengthRefusal: Equatable, Sendable {
    /// Characters the refused insertion held (after newlines and tabs were normalised).
    public var inserted: Int
    /// Characters the text held before the insertion.
    public var current: Int
    /// The editor's limit.
    public var limit: Int
    /// Whether the insertion was a paste (otherwise one typed key).
    public var isPaste: Bool

    public init(inserted: Int, current: Int, limit: Int, isPaste: Bool) {
        self.inserted = inserted
        self.current = current
        self.limit = limit
        self.isPaste = isPaste
    }

    /// How many characters the text would have gone over the limit by.
    public var over: Int { current + inserted - limit }

    /// What to tell the person, naming the field by `field` (its label on the form), e.g.
    /// "Not pasted: 300 characters, 100 over the 200-character limit of Superintendent name".
    public func message(field: String) -> String {
        let limitText = "the \(Self.grouped(limit))-character limit of \(field)"
        if current > limit {
            // Text that came in over the limit (from the command line or an older kyiln) is kept whole.
            return "Not \(isPaste ? "pasted" : "typed"): \(field) already holds \(Self.grouped(current)) characters, "
                + "over its \(Self.grouped(limit))-character limit; shorten it to add text"
        }
        if isPaste {
            return "Not pasted: \(Self.grouped(inserted)) character\(inserted == 1 ? "" : "s"), "
                + "\(Self.grouped(over)) over \(limitText)"
        }
        return "Not typed: \(field) is at its \(Self.grouped(limit))-character limit"
    }

    /// `20000` as "20,000".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
