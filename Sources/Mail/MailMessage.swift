/// One plain-text message as RFC 5322 and MIME (RFC 2045) write it: `Date`, `From`, `To`,
/// `Cc`, `Subject`, `Message-ID`, `MIME-Version` and a `text/plain; charset=utf-8` body.
///
/// Every address was checked when it became a `MailAddress`; every name and the subject are
/// made safe and encoded by `HeaderField`; the body is made safe by `TextSafety` (line breaks
/// kept) and encoded by `BodyEncoding`. So no field of a letter can add a header or a line
/// that was not meant.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var cc: [MailAddress]
    public var subject: String
    public var date: MailDate
    /// `<...@domain>`, angle brackets included.
    public var messageID: String
    /// The text, lines separated by `\n`.
    public var body: String

    public init(from: MailAddress, to: [MailAddress], cc: [MailAddress] = [], subject: String, date: MailDate,
                messageID: String, body: String) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.body = body
    }

    /// Everyone the message goes to, `To` then `Cc`.
    public var recipients: [MailAddress] { to + cc }

    /// A new `<time.random@domain>` id (RFC 5322 3.6.4), unique by its 128 random bits (32 hex digits).
    public static func makeMessageID(domain: String, seconds: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        return "<\(seconds).\(random)@\(domain)>"
    }

    /// The header fields, in the order they are written.
    public var headerFields: [HeaderField] {
        var fields = [
            HeaderField(name: "Date", tokens: [date.description]),
            HeaderField.addresses("From", [from]),
            HeaderField.addresses("To", to),
        ]
        if !cc.isEmpty { fields.append(.addresses("Cc", cc)) }
        fields += [
            .unstructured("Subject", subject),
            HeaderField(name: "Message-ID", tokens: [messageID]),
            HeaderField(name: "MIME-Version", tokens: ["1.0"]),
            HeaderField(name: "Content-Type", tokens: ["text/plain;", "charset=utf-8"]),
            HeaderField(name: "Content-Transfer-Encoding", tokens: [bodyEncoding.rawValue]),
        ]
        return fields
    }

    /// How the body is encoded.
    public var bodyEncoding: BodyEncoding { BodyEncoding.choose(for: BodyEncoding.lines(of: body)) }

    /// The line ending of the bytes written.
    public enum LineEnding: String, Sendable {
        /// CRLF, as RFC 5322 writes a message (an `.eml` file).
        case crlf = "\r\n"
        /// LF, the local convention `sendmail` expects on its standard input.
        case lf = "\n"
    }

    /// The whole message: header lines, an empty line, the encoded body.
    public func rendered(_ ending: LineEnding) -> [UInt8] {
        var bodyLines = BodyEncoding.lines(of: body)
        // The body's final line break ends its last line; it does not start another.
        if bodyLines.count > 1 && bodyLines.last == "" { bodyLines.removeLast() }
        let lines = headerFields.flatMap(\.lines) + [""] + bodyEncoding.encode(bodyLines)
        return Array((lines.joined(separator: ending.rawValue) + ending.rawValue).utf8)
    }
}
