import Foundation
import Testing
@testable import Mail

@Suite("Header fields: made safe, encoded, folded at 78")
struct HeaderFieldTests {
    @Test("a plain subject is written as it is")
    func plainSubject() {
        let field = HeaderField.unstructured("Subject", "Please review Boone County's letter")
        #expect(field.lines == ["Subject: Please review Boone County's letter"])
    }

    @Test("a long subject is folded between words, no line over 78, and unfolds to the same text")
    func folding() {
        let text = "Reminder: " + Array(repeating: "Letter of Commitment waiting", count: 8).joined(separator: " ")
        let lines = HeaderField.unstructured("Subject", text).lines
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(HeaderDecoding.unfold(lines) == "Subject: " + text)
    }

    @Test("a non-ASCII subject becomes encoded-words of at most 75 characters that decode to it")
    func encodedSubject() {
        let text = "Recordatorio: la carta de José Muñoz y de Ñuñoa está esperando su revisión desde el lunes 🎓"
        let lines = HeaderField.unstructured("Subject", text).lines
        #expect(lines.allSatisfy { $0.utf8.count <= 78 && $0.unicodeScalars.allSatisfy { $0.value < 0x7F } }, "\(lines)")
        let value = String(HeaderDecoding.unfold(lines).dropFirst("Subject: ".count))
        for word in value.split(separator: " ") { #expect(word.count <= 75) }
        #expect(HeaderDecoding.decode(value) == text)
    }

    @Test("a word longer than a line is encoded, so it can be folded")
    func longWord() {
        let text = "x" + String(repeating: "y", count: 120)
        let lines = HeaderField.unstructured("Subject", text).lines
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(HeaderDecoding.decode(String(HeaderDecoding.unfold(lines).dropFirst(9))) == text)
    }

    @Test("display names: atoms as they are, specials quoted, non-ASCII encoded")
    func displayNames() throws {
        let plain = try MailAddress("bill.hogan@boone.kyschools.us", displayName: "Bill Hogan")
        #expect(HeaderField.addresses("To", [plain]).lines == ["To: Bill Hogan <bill.hogan@boone.kyschools.us>"])
        let special = try MailAddress("a@b.us", displayName: "Hogan, Bill \"Doc\" \\ Jr.")
        #expect(HeaderField.addresses("To", [special]).lines == ["To: \"Hogan, Bill \\\"Doc\\\" \\\\ Jr.\" <a@b.us>"])
        let accented = try MailAddress("jose@adair.kyschools.us", displayName: "José Muñoz")
        let line = HeaderField.addresses("To", [accented]).lines.joined()
        #expect(line == "To: =?utf-8?q?Jos=C3=A9_Mu=C3=B1oz?= <jose@adair.kyschools.us>")
    }

    @Test("many recipients fold between addresses, commas kept")
    func manyRecipients() throws {
        let boxes = try (0..<6).map { try MailAddress("contact\($0)@boone.kyschools.us", displayName: "Contact Number \($0)") }
        let lines = HeaderField.addresses("To", boxes).lines
        #expect(lines.count > 1 && lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines)")
        #expect(HeaderDecoding.unfold(lines).components(separatedBy: ">, ").count == 6)
    }

    /// Every way a name or subject could try to end the header and start another.
    static let injections = [
        "Bill\r\nBcc: attacker@evil.example", "Bill\nBcc: attacker@evil.example", "Bill\rBcc: x@y.example",
        "Bill\u{0}Hogan", "Bill\u{1B}[2J", "Bill\u{85}Bcc: x@y.example", "Bill\u{2028}Bcc: x@y.example",
        "=?utf-8?q?Bill=0D=0ABcc:_x@y.example?=", "Bill\u{7F}", "Bill\tHogan\u{0B}\u{0C}",
    ]

    @Test("no text in a name or subject can add a header line or a control character", arguments: injections)
    func injection(_ text: String) throws {
        let address = try MailAddress("bill@boone.kyschools.us", displayName: text)
        for field in [HeaderField.addresses("To", [address]), .unstructured("Subject", text)] {
            for line in field.lines {
                #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(line.debugDescription)")
            }
            let value = HeaderDecoding.unfold(field.lines)
            #expect(!value.contains("\nBcc") && !value.hasPrefix("Bcc"))
            // Decoded, the text shows its control characters as placeholders, never as themselves.
            let decoded = HeaderDecoding.decode(value)
            #expect(!decoded.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 }, "\(decoded.debugDescription)")
        }
    }

    @Test("a look-alike encoded-word typed as text is encoded itself, never decoded by a reader")
    func typedEncodedWord() {
        let field = HeaderField.unstructured("Subject", "=?utf-8?q?=0D=0ABcc:_x@y.example?=")
        #expect(HeaderDecoding.decode(HeaderDecoding.unfold(field.lines).dropFirst(9).description) == "=?utf-8?q?=0D=0ABcc:_x@y.example?=")
    }
}

extension HeaderFieldTests {
    @Test("the value starts on the name's line, whatever its first word (a fold after the colon reads as a space)")
    func valueStartsOnFirstLine() throws {
        for text in ["Cañón " + String(repeating: "ñ", count: 60), String(repeating: "z", count: 72) + " end", "José"] {
            let lines = HeaderField.unstructured("Subject", text).lines
            #expect(lines[0].count > "Subject: ".count && lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines)")
            #expect(HeaderDecoding.decode(String(HeaderDecoding.unfold(lines).dropFirst(9))) == text)
        }
        let name = try MailAddress("zoe@canon.kyschools.us", displayName: String(repeating: "Ångström ", count: 8))
        let lines = HeaderField.addresses("To", [name]).lines
        #expect(lines[0].hasPrefix("To: =?utf-8?q?") && lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines)")
    }
}
