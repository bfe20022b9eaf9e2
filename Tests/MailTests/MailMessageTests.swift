import Foundation
import Testing
@testable import Mail

@Suite("Messages: headers, body encodings, line endings")
struct MailMessageTests {
    private func message(body: String, subject: String = "Please review Boone County's Letter of Commitment") throws -> MailMessage {
        MailMessage(from: try MailAddress("sarah.snipes@education.ky.gov", displayName: "Sarah Snipes (KDE)"),
                    to: [try MailAddress("bill.hogan@boone.kyschools.us", displayName: "Bill Hogan"),
                         try MailAddress("ana@boone.kyschools.us", displayName: "Ana Ruiz")],
                    cc: [try MailAddress("jose@boone.kyschools.us", displayName: "José Muñoz")],
                    subject: subject, date: MailDate(seconds: 1_796_580_481, utcOffset: -5 * 3600),
                    messageID: MailMessage.makeMessageID(domain: "education.ky.gov", seconds: 1_796_580_481), body: body)
    }

    private func split(_ bytes: [UInt8], _ ending: String) -> (header: [String], body: [String]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.components(separatedBy: ending + ending)
        return (parts[0].components(separatedBy: ending), parts.dropFirst().joined(separator: ending + ending).components(separatedBy: ending))
    }

    @Test("every header is there, in order, each line at most 78 characters")
    func headers() throws {
        let (header, _) = split(try message(body: "Hello\n").rendered(.crlf), "\r\n")
        let names = header.filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) }
        #expect(names == ["Date", "From", "To", "Cc", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
        #expect(header.allSatisfy { $0.utf8.count <= 78 }, "\(header)")
        #expect(header.contains("Date: Sun, 06 Dec 2026 13:08:01 -0500"))
        #expect(header.contains("From: \"Sarah Snipes (KDE)\" <sarah.snipes@education.ky.gov>"))
        #expect(header.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(header.contains("MIME-Version: 1.0"))
    }

    @Test("Message-IDs are unique and name the sender's domain")
    func messageID() {
        let ids = (0..<100).map { _ in MailMessage.makeMessageID(domain: "education.ky.gov", seconds: 1) }
        #expect(Set(ids).count == 100)
        #expect(ids.allSatisfy { $0.hasPrefix("<1.") && $0.hasSuffix("@education.ky.gov>") && $0.count == 3 + 32 + 18 })
    }

    @Test("a plain ASCII body travels as 7bit, with LF for sendmail and CRLF in a file")
    func sevenBit() throws {
        let mail = try message(body: "Hello Bill,\n\nssh -t kyiln@letters.education.ky.gov\n")
        #expect(mail.bodyEncoding == .sevenBit)
        let lf = String(decoding: mail.rendered(.lf), as: UTF8.self)
        #expect(!lf.contains("\r") && lf.hasSuffix("\n\nssh -t kyiln@letters.education.ky.gov\n"))
        let crlf = mail.rendered(.crlf)
        // Every LF is part of a CRLF.
        for (index, byte) in crlf.enumerated() where byte == 0x0A { #expect(index > 0 && crlf[index - 1] == 0x0D) }
    }

    @Test("an accented or long-lined body is quoted-printable: ASCII lines of at most 76 that decode to the text")
    func quotedPrintable() throws {
        let text = "Hola José Muñoz, the letter = ready. \nA line with trailing space \n" + String(repeating: "ñ", count: 200) + "\n"
        let mail = try message(body: text)
        #expect(mail.bodyEncoding == .quotedPrintable)
        let (header, body) = split(mail.rendered(.crlf), "\r\n")
        #expect(header.contains("Content-Transfer-Encoding: quoted-printable"))
        #expect(body.allSatisfy { $0.utf8.count <= 76 && $0.unicodeScalars.allSatisfy { $0.value < 0x7F } }, "\(body)")
        #expect(HeaderDecoding.quotedPrintable(Array(body.dropLast())) == text)
    }

    @Test("control characters in the body are shown as placeholders; line breaks stay")
    func bodyControls() throws {
        let mail = try message(body: "District: Boone\u{1B}[2J County\r\nNext\u{0}line\n")
        let text = String(decoding: mail.rendered(.lf), as: UTF8.self)
        #expect(text.contains("District: Boone^[[2J County\nNext^@line\n"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
