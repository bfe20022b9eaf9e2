/// Checks a name that will become one component of a path in the store.
///
/// Only lowercase ASCII letters, digits and inner hyphens pass, so `..`, `/`, NUL,
/// white space and look-alike Unicode never reach the file system.
enum PathSafeName {
    static func check(_ value: String, kind: String, maxLength: Int = 64) throws(NameError) {
        if value.isEmpty { throw NameError(kind: kind, value: value, reason: "it is empty") }
        if value.utf8.count > maxLength {
            throw NameError(kind: kind, value: value, reason: "it is longer than \(maxLength) characters")
        }
        for scalar in value.unicodeScalars {
            let ok = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
            if !ok {
                let what: String
                switch scalar {
                case "/": what = "a slash"
                case ".": what = "a dot"
                case "\0": what = "a NUL byte"
                case " ": what = "a space"
                case "A"..."Z": what = "an uppercase letter"
                default: what = scalar.isASCII ? "the character \"\(scalar.escaped(asASCII: true))\"" : "a non-ASCII character"
                }
                throw NameError(kind: kind, value: value, reason: "it contains \(what); use lowercase letters a-z, digits and hyphens")
            }
        }
        if value.hasPrefix("-") || value.hasSuffix("-") {
            throw NameError(kind: kind, value: value, reason: "it starts or ends with a hyphen")
        }
    }
}
