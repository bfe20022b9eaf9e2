/// An e-mail address that is safe to put in a header as it is, with the name shown for it.
///
/// The check is deliberately stricter than RFC 5322: `local@domain` where the local part is
/// a dot-atom of ASCII `atext` and the domain is dot-separated labels of letters, digits and
/// hyphens ending in letters. No quoted local parts, comments, IP literals, spaces or
/// non-ASCII: none of those is needed for a school district's address, and each is a way to
/// smuggle something into a header or past a reader. The display name may hold anything: it
/// is made safe and encoded when the header is written (`HeaderField`).
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    /// `local@domain`.
    public let address: String
    /// The person's name as typed (may be empty).
    public let displayName: String

    /// RFC 5321's limit on a path, less the angle brackets.
    public static let lengthLimit = 254

    /// Checks `address` (nothing is trimmed or changed: what was stored is what is checked).
    public init(_ address: String, displayName: String = "") throws(MailAddressError) {
        if let reason = Self.problem(with: address) { throw MailAddressError(address: address, reason: reason) }
        self.address = address
        self.displayName = displayName
    }

    /// The domain after the @.
    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }

    public var description: String { address }

    /// Characters allowed in the local part besides letters and digits (RFC 5322 `atext`).
    private static let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)

    /// Nil when `text` is a plain address, else what is wrong with it.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "it is empty" }
        if let bad = text.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "it holds the control character U+\(String(bad.value, radix: 16, uppercase: true))"
        }
        if text.unicodeScalars.contains(where: { $0.value > 0x7E }) { return "it holds a character that is not plain ASCII" }
        if text.contains(" ") { return "it holds a space" }
        if text.utf8.count > lengthLimit { return "it is longer than \(lengthLimit) characters" }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count < 2 ? "it has no @" : "it has more than one @" }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.utf8.count <= 64 else { return "the part before the @ must be 1 to 64 characters" }
        let atoms = local.split(separator: ".", omittingEmptySubsequences: false)
        guard atoms.allSatisfy({ !$0.isEmpty }) else { return "dots before the @ cannot start, end or repeat" }
        let isAtext = { (c: Unicode.Scalar) in isLetterOrDigit(c) || atextSymbols.contains(c) }
        guard local.unicodeScalars.allSatisfy({ $0 == "." || isAtext($0) }) else {
            return "the part before the @ holds a character an address cannot hold"
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "the domain after the @ needs a dot" }
        for label in labels {
            guard !label.isEmpty, label.utf8.count <= 63, !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.unicodeScalars.allSatisfy({ isLetterOrDigit($0) || $0 == "-" })
            else { return "the domain after the @ is not a valid host name" }
        }
        guard let top = labels.last, top.count >= 2, top.unicodeScalars.allSatisfy({ isLetterOrDigit($0) && !("0"..."9").contains($0) }) else {
            return "the domain must end in letters, as in .gov or .us"
        }
        return nil
    }

    private static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    }
}

/// Why an address was refused.
public struct MailAddressError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The address as given (shown with control characters made visible by the caller).
    public var address: String
    public var reason: String
    public var description: String { "not a usable e-mail address: \(reason)" }
}
