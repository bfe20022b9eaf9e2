/// A district's id in the store and on the command line, such as `boone-county`.
///
/// Checked on creation: it becomes a file name.
public struct DistrictSlug: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts an existing slug, refusing anything that could escape a folder.
    public init(_ rawValue: String) throws(NameError) {
        try PathSafeName.check(rawValue, kind: "district slug")
        self.rawValue = rawValue
    }

    /// Derives the slug of a district name: "Boone County" becomes `boone-county`,
    /// accents are dropped ("Muñoz" becomes `munoz`).
    public init(deriving name: String) throws(NameError) {
        var out = ""
        var pendingHyphen = false
        for character in name.lowercased() {
            for scalar in character.unicodeScalars {
                if let ascii = Self.asciiFolding(scalar) {
                    if pendingHyphen && !out.isEmpty { out += "-" }
                    pendingHyphen = false
                    out += ascii
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    continue
                } else {
                    pendingHyphen = true
                }
            }
        }
        if out.isEmpty {
            throw NameError(kind: "district name", value: name, reason: "it has no letters or digits to make a slug from")
        }
        try self.init(String(out.prefix(64)).trimmingHyphens)
    }

    public var description: String { rawValue }

    public static func < (lhs: DistrictSlug, rhs: DistrictSlug) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func asciiFolding(_ scalar: Unicode.Scalar) -> String? {
        if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { return String(scalar) }
        switch scalar {
        case "à", "á", "â", "ã", "ä", "å", "ā": return "a"
        case "ç", "ć", "č": return "c"
        case "è", "é", "ê", "ë", "ē", "ě": return "e"
        case "ì", "í", "î", "ï", "ī": return "i"
        case "ñ", "ń", "ň": return "n"
        case "ò", "ó", "ô", "õ", "ö", "ø", "ō": return "o"
        case "ù", "ú", "û", "ü", "ū": return "u"
        case "ý", "ÿ": return "y"
        case "š", "ś": return "s"
        case "ž", "ź", "ż": return "z"
        case "ß": return "ss"
        case "æ": return "ae"
        case "œ": return "oe"
        default: return nil
        }
    }
}

extension DistrictSlug: TextCodable {
    init(checkedText: String) throws { try self.init(checkedText) }
    var codedText: String { rawValue }
}

extension String {
    fileprivate var trimmingHyphens: String {
        var s = Substring(self)
        while s.hasPrefix("-") { s = s.dropFirst() }
        while s.hasSuffix("-") { s = s.dropLast() }
        return String(s)
    }
}
