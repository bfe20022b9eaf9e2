import Testing
import Mail

@Suite("Addresses: a strict check before anything reaches a header")
struct MailAddressTests {
    @Test("plain addresses are taken as they are", arguments: [
        "bill.hogan@boone.kyschools.us", "Sarah.Snipes@education.ky.gov", "o'brien+loc@a-b.example.us", "x@y.co",
    ])
    func accepted(_ text: String) throws {
        #expect(try MailAddress(text).address == text)
    }

    @Test("anything that could carry text into a header, or is not plainly an address, is refused", arguments: [
        ("", "empty"), ("bill@boone.kyschools.us\r\nBcc: x@evil.example", "control character U+D"),
        ("bill@boone.kyschools.us\nBcc: x@evil.example", "control character U+A"), ("bill@boone.kyschools.us\u{0}", "U+0"),
        ("bill @boone.kyschools.us", "space"), ("bill@boone.kyschools.us, x@evil.example", "space"),
        ("bill@boone.kyschools.us,x@evil.example", "more than one @"), ("Bill <bill@boone.kyschools.us>", "space"),
        ("<bill@boone.kyschools.us>", "cannot hold"), ("\"bill\"@boone.kyschools.us", "cannot hold"),
        ("bill(comment)@boone.kyschools.us", "cannot hold"), ("josé@boone.kyschools.us", "not plain ASCII"),
        ("bill@bóone.us", "not plain ASCII"), ("bill@[127.0.0.1]", "valid host name"), ("bill", "no @"),
        ("a@b@c.us", "more than one @"), ("bill.@boone.us", "dots"), ("bill@boone", "needs a dot"),
        ("bill@boone.123", "end in letters"), ("bill@-boone.us", "valid host name"), ("bill@boone.kyschools.us\u{7F}", "U+7F"),
        (String(repeating: "a", count: 65) + "@b.us", "1 to 64"),
    ])
    func refused(_ text: String, _ reason: String) {
        #expect(throws: MailAddressError.self) { try MailAddress(text) }
        #expect(MailAddress.problem(with: text)?.contains(reason) == true, "\(text.debugDescription): \(MailAddress.problem(with: text) ?? "accepted")")
    }

    @Test("the domain is what follows the @")
    func domain() throws {
        #expect(try MailAddress("sarah.snipes@education.ky.gov").domain == "education.ky.gov")
    }
}
