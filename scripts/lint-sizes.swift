// Fails on any Swift file over 400 lines or any function over 60 lines.
//
//     swift scripts/lint-sizes.swift [--allow FILE] [--list] DIR...
//
// A function is a `func`, `init`, `deinit` or `subscript` with a body; its length is the
// number of lines between the line of its opening brace and the line of its closing brace
// (the body, without the signature and the braces' own lines; blank and comment lines
// count). Entries of the allow-list (`path:name` of a function, or `path` of a file, one
// a line, `#` comments) are reported as allowed and do not fail; an entry that no longer
// matches anything fails too, so the list can only shrink.
//
// Limits: this is a brace-counting scan, not a parser. String literals (with
// interpolations, multi-line and raw strings) and comments are skipped; closures and
// nested functions count in the function that holds them; a computed property or an
// accessor is not a function; a keyword at the start of a line after `.` (`.init(`) is a
// call, not a declaration. `#if` blocks are read as plain code.
import Foundation

let maxFileLines = 400
let maxFunctionLines = 60

struct Finding { var key: String; var message: String }

/// The file's code with string contents and comments blanked (newlines kept), so that
/// braces, parentheses and keywords can be counted.
func codeOnly(_ text: String) -> [UInt8] {
    let s = Array(text.utf8)
    var out = s
    var i = 0
    // Stack of open string literals: (hashes, multiline); inside an interpolation the
    // paren depth of each level.
    var strings: [(hashes: Int, multiline: Bool, interpolationDepth: Int)] = []
    func blank(_ k: Int) { if out[k] != 0x0A { out[k] = 0x20 } }
    func at(_ k: Int, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return k + bytes.count <= s.count && Array(s[k..<k + bytes.count]) == bytes
    }
    while i < s.count {
        if var top = strings.last, top.interpolationDepth == 0 {
            // Inside string text.
            let closer = (top.multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: top.hashes)
            if s[i] == 0x5C, at(i + 1, String(repeating: "#", count: top.hashes) + "(") {
                let length = 2 + top.hashes
                for k in i..<i + length { blank(k) }
                i += length
                top.interpolationDepth = 1
                strings[strings.count - 1] = top
                continue
            }
            if s[i] == 0x5C && top.hashes == 0 { blank(i); if i + 1 < s.count { blank(i + 1) }; i += 2; continue }
            if at(i, closer) {
                for k in i..<i + closer.utf8.count { blank(k) }
                i += closer.utf8.count
                strings.removeLast()
                continue
            }
            blank(i); i += 1
            continue
        }
        // Code (top level or inside an interpolation).
        if at(i, "//") { while i < s.count && s[i] != 0x0A { blank(i); i += 1 }; continue }
        if at(i, "/*") {
            var depth = 0
            repeat {
                if at(i, "/*") { depth += 1; blank(i); blank(i + 1); i += 2 }
                else if at(i, "*/") { depth -= 1; blank(i); blank(i + 1); i += 2 }
                else { blank(i); i += 1 }
            } while depth > 0 && i < s.count
            continue
        }
        var hashes = 0
        while i + hashes < s.count && s[i + hashes] == 0x23 { hashes += 1 }  // #
        if i + hashes < s.count && s[i + hashes] == 0x22 {                  // "
            let multiline = at(i + hashes, "\"\"\"")
            let opener = hashes + (multiline ? 3 : 1)
            for k in i..<i + opener { blank(k) }
            i += opener
            strings.append((hashes, multiline, 0))
            continue
        }
        if var top = strings.last {
            if s[i] == 0x28 { top.interpolationDepth += 1 }
            if s[i] == 0x29 { top.interpolationDepth -= 1 }
            strings[strings.count - 1] = top
            if top.interpolationDepth == 0 { blank(i) }
        }
        i += 1
    }
    return out
}

struct Function { var name: String; var line: Int; var bodyLines: Int }

func functions(in code: [UInt8]) -> [Function] {
    let text = String(decoding: code, as: UTF8.self)
    let chars = Array(text.unicodeScalars)
    var lineOf: [Int] = []
    var line = 1
    for c in chars { lineOf.append(line); if c == "\n" { line += 1 } }
    func isIdent(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) }
    func word(at k: Int) -> String {
        var e = k
        while e < chars.count && isIdent(chars[e]) { e += 1 }
        return String(String.UnicodeScalarView(chars[k..<e]))
    }
    var result: [Function] = []
    var k = 0
    while k < chars.count {
        guard isIdent(chars[k]), k == 0 || !isIdent(chars[k - 1]) else { k += 1; continue }
        let w = word(at: k)
        var previous = k - 1
        while previous >= 0 && (chars[previous] == " " || chars[previous] == "\n") { previous -= 1 }
        let afterDot = previous >= 0 && chars[previous] == "."
        guard ["func", "init", "deinit", "subscript"].contains(w), !afterDot else { k += w.unicodeScalars.count; continue }
        var name = w
        var j = k + w.unicodeScalars.count
        if w == "func" {
            while j < chars.count && chars[j] == " " { j += 1 }
            var e = j
            while e < chars.count && !" (<\n".unicodeScalars.contains(chars[e]) { e += 1 }
            name = String(String.UnicodeScalarView(chars[j..<e]))
        }
        // The body: the first `{` outside parentheses and brackets, unless the declaration ends first.
        var depth = 0
        var open: Int?
        scan: while j < chars.count {
            switch chars[j] {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "{" where depth == 0: open = j; break scan
            case "}" where depth == 0: break scan
            default:
                if depth == 0, isIdent(chars[j]), !isIdent(chars[j - 1]) {
                    let next = word(at: j)
                    if ["func", "var", "let", "case", "init", "deinit", "subscript", "typealias", "associatedtype"].contains(next) { break scan }
                    j += next.unicodeScalars.count
                    continue
                }
            }
            j += 1
        }
        guard let open else { k = j; continue }
        var braces = 0
        var close = open
        while close < chars.count {
            if chars[close] == "{" { braces += 1 }
            if chars[close] == "}" { braces -= 1; if braces == 0 { break } }
            close += 1
        }
        let body = max(0, lineOf[min(close, chars.count - 1)] - lineOf[open] - 1)
        result.append(Function(name: name, line: lineOf[k], bodyLines: body))
        k += w.unicodeScalars.count
    }
    return result
}

var arguments = Array(CommandLine.arguments.dropFirst())
var allowFile: String?
var listAll = false
if let index = arguments.firstIndex(of: "--allow") {
    allowFile = arguments[index + 1]
    arguments.removeSubrange(index...index + 1)
}
if let index = arguments.firstIndex(of: "--list") { listAll = true; arguments.remove(at: index) }

var allowed: Set<String> = []
if let allowFile {
    let text = (try? String(contentsOfFile: allowFile, encoding: .utf8)) ?? ""
    for raw in text.split(separator: "\n") {
        let entry = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingCharacters(in: .whitespaces) ?? ""
        if !entry.isEmpty { allowed.insert(entry) }
    }
}

var findings: [Finding] = []
var files: [String] = []
for root in arguments {
    guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
    for case let path as String in walker where path.hasSuffix(".swift") { files.append(root + "/" + path) }
}
for file in files.sorted() {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
    if lines > maxFileLines {
        findings.append(Finding(key: file, message: "\(file): \(lines) lines (at most \(maxFileLines))"))
    }
    for function in functions(in: codeOnly(text)) {
        if listAll { print("\(function.bodyLines)\t\(file):\(function.line)\t\(function.name)") }
        if function.bodyLines > maxFunctionLines {
            findings.append(Finding(key: "\(file):\(function.name)",
                                    message: "\(file):\(function.line): \(function.name) has \(function.bodyLines) lines (at most \(maxFunctionLines))"))
        }
    }
}

var failed = false
for finding in findings {
    if allowed.contains(finding.key) {
        print("allowed: " + finding.message)
    } else {
        print("error: " + finding.message)
        failed = true
    }
}
let found = Set(findings.map(\.key))
for entry in allowed.sorted() where !found.contains(entry) {
    print("error: \(allowFile ?? "allow-list"): \(entry) no longer needs to be allowed: remove it")
    failed = true
}
if !failed { print("sizes: no file over \(maxFileLines) lines, no function over \(maxFunctionLines) lines outside the allow-list") }
exit(failed ? 1 : 0)
