import Testing
@testable import Mail

@Suite("The Date header: RFC 5322 form with the local offset")
struct MailDateTests {
    @Test("far-from-UTC offsets shift the day, the weekday and the sign", arguments: [
        // 2026-12-06 18:08:01 UTC
        (1_796_580_481, 0, "Sun, 06 Dec 2026 18:08:01 +0000"),
        (1_796_580_481, 14 * 3600, "Mon, 07 Dec 2026 08:08:01 +1400"),   // Pacific/Kiritimati
        (1_796_580_481, -12 * 3600, "Sun, 06 Dec 2026 06:08:01 -1200"),
        (1_796_580_481, 5 * 3600 + 45 * 60, "Sun, 06 Dec 2026 23:53:01 +0545"),  // Asia/Kathmandu
        (1_796_580_481, -(3 * 3600 + 30 * 60), "Sun, 06 Dec 2026 14:38:01 -0330"),
        (1_796_580_481, -5 * 3600, "Sun, 06 Dec 2026 13:08:01 -0500"),   // Kentucky in winter
        (0, 0, "Thu, 01 Jan 1970 00:00:00 +0000"),
        (951_782_400, 0, "Tue, 29 Feb 2000 00:00:00 +0000"),
        (-1, 0, "Wed, 31 Dec 1969 23:59:59 +0000"),
    ])
    func formats(_ seconds: Int, _ offset: Int, _ expected: String) {
        #expect(MailDate(seconds: seconds, utcOffset: offset).description == expected)
    }

    @Test("the local form takes its offset from the C library")
    func local() {
        let date = MailDate.local(seconds: 1_796_580_481)
        #expect(date.seconds == 1_796_580_481)
        #expect(date.description.hasSuffix(date.utcOffset == 0 ? "+0000" : ""))
    }
}
