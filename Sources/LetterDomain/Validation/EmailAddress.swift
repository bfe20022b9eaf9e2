/// A deliberately plain check of email syntax: `local@domain.tld`, no spaces, no
/// quoting or comments. It catches typos, not undeliverable addresses.
public enum EmailAddress {
    /// Characters allowed before the @ and in a domain label (built once: the wizard checks on every key).
    private static let localAllowed = ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
    private static let labelAllowed = ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

    /// A set of ASCII characters, looked up by byte (hashing a `Character` costs more than the check).
    private struct ASCIISet: Sendable {
        private var member = [Bool](repeating: false, count: 128)

        init(_ characters: String) {
            for byte in characters.utf8 { member[Int(byte)] = true }
        }

        func contains(_ character: Character) -> Bool {
            // "\r\n" is one ASCII Character whose value reads as "\n": never a member here.
            guard let value = character.asciiValue, character != "\r\n" else { return false }
            return member[Int(value)]
        }
    }

    /// Nil when `text` looks like an address, else what is wrong with it.
    public static func problem(with text: String) -> String? {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return parts.count < 2 ? "an email address needs an @" : "an email address has only one @"
        }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.count <= 64 else { return "the part before the @ must be 1 to 64 characters" }
        guard local.allSatisfy({ localAllowed.contains($0) }) else { return "the part before the @ has a character an address cannot hold" }
        guard !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return "dots before the @ cannot start, end or repeat" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "the domain after the @ needs a dot, as in education.ky.gov" }
        for label in labels {
            guard !label.isEmpty, label.count <= 63, label.allSatisfy({ labelAllowed.contains($0) }),
                  !label.hasPrefix("-"), !label.hasSuffix("-")
            else { return "the domain after the @ is not valid" }
        }
        guard let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else {
            return "the domain must end in letters, as in .gov or .us"
        }
        return nil
    }
}
