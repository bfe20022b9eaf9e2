import Foundation
import Testing

/// `kyiln review` with standard input from a pipe, as `ssh -T` runs it: the line review,
/// and a decision typed there is recorded like one made on the review screen.
@Suite("kyiln review without a terminal")
struct ReviewLineModeCommandTests {
    static let fingerprint = "SHA256:+SyX4+Tnt2/kbPSDySkbNyyYRZbfvS3XwPZQQZMWr80"

    /// District A and District B, both in review for 2022-2023, each with a marker.
    func twoDistricts() throws -> StoreFolder {
        let folder = StoreFolder()
        for (name, slug, marker) in [("District A", "district-a", "Alice Alphamarker"), ("District B", "district-b", "Bruno Bravomarker")] {
            try #require(try folder.kyiln("new", "--district", name, "--year", "2022-2023").status == 0)
            try #require(try folder.kyiln("set", slug, "--year", "2022-2023", "superintendent.name", marker).status == 0)
            try #require(try folder.kyiln("status", slug, "--year", "2022-2023", "in-review").status == 0)
        }
        return folder
    }

    @Test func aPipedSessionReadsTheLetterAndApproves() throws {
        let folder = try twoDistricts()
        let result = try KyilnProcess.run(
            ["--store", folder.path, "review", "--district", "district-a", "--reviewer", Self.fingerprint],
            stdin: "3\n6\napprove\nAnn Able\nquit\n",
            environment: ["SSH_ORIGINAL_COMMAND": "review --district district-b", "TERM": "xterm-256color"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("kyiln review, line mode."))
        #expect(out.contains("Section 3 of 6, Contacts."))
        #expect(out.contains("Alice Alphamarker"))
        #expect(out.contains("Approved revision 3. Thank you, Ann Able."))
        #expect(!out.contains("District B") && !out.contains("Bravomarker"), "only the district of the forced command")
        #expect(!out.unicodeScalars.contains("\u{1B}"), "no escape sequences without a terminal")

        let history = try folder.kyiln("history", "district-a", "--year", "2022-2023")
        #expect(history.stdout.contains("Ann Able"), "\(history.stdout)")
        #expect(history.stdout.contains(Self.fingerprint))
        let listed = try folder.kyiln("list", "--year", "2022-2023")
        #expect(listed.stdout.split(separator: "\n").contains { $0.contains("district-a") && $0.contains("approved") }, "\(listed.stdout)")
        #expect(listed.stdout.split(separator: "\n").contains { $0.contains("district-b") && $0.contains("in-review") })
    }

    @Test func hostileTextLeavesThePipeInert() throws {
        let folder = try twoDistricts()
        try #require(try folder.kyiln("set", "district-a", "--year", "2022-2023", "superintendent.name",
                                      "Evil\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{9B}2J\u{202E}Name").status == 0)
        let result = try KyilnProcess.run(["--store", folder.path, "review", "--district", "district-a"], stdin: "3\n6\nquit\n")
        let raw = result.stdout.unicodeScalars.filter { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C
        }
        #expect(raw.isEmpty, "raw control characters in the output: \(raw.map { String($0.value, radix: 16) })")
        #expect(result.stdout.contains("Evil^[]52;c;cm0gLXJmIH4=^G<U+009B>2J<U+202E>Name"))
    }

    @Test func accessibleAndADumbTerminalAskForTheLineReviewToo() throws {
        let folder = try twoDistricts()
        let asked = try folder.kyiln("--accessible", "review", "--district", "district-b", stdin: "quit\n")
        #expect(asked.stdout.contains("Review of the letter of District B for 2022-2023: in review"))
        let dumb = try KyilnProcess.run(["--store", folder.path, "review", "--district", "district-b"], stdin: "", environment: ["TERM": "dumb"])
        #expect(dumb.status == 0)
        #expect(dumb.stdout.contains("Input ended. Goodbye."))
        #expect(!(try folder.kyiln("history", "district-b", "--year", "2022-2023").stdout.contains("reviewed")), "nothing recorded")
    }
}
