import Testing
@testable import LetterDomain

@Suite("District slugs (they become file names)")
struct DistrictSlugTests {
    @Test("refuses anything that could leave the store's folder or is not a plain slug", arguments: [
        "../x", "a/b", "", "a\u{0}b", "José", "Boone County", "-x", "x-", "..", ".", "boone_county",
        "boone\ncounty", "ｂｏｏｎｅ", "BOONE", String(repeating: "a", count: 65),
    ])
    func refuses(_ raw: String) {
        #expect(throws: NameError.self) { try DistrictSlug(raw) }
    }

    @Test("accepts plain slugs up to 64 characters", arguments: ["boone-county", "a", "district-42", String(repeating: "a", count: 64)])
    func accepts(_ raw: String) throws {
        #expect(try DistrictSlug(raw).rawValue == raw)
    }

    @Test("the refusal says what is wrong", arguments: [
        ("../x", "a dot"), ("a/b", "a slash"), ("", "it is empty"), ("a\u{0}b", "a NUL byte"),
        ("josé", "a non-ASCII character"), ("Boone County", "an uppercase letter"), ("-x", "hyphen"),
        (String(repeating: "a", count: 65), "longer than 64"),
    ])
    func reasons(_ raw: String, _ reason: String) {
        do {
            _ = try DistrictSlug(raw)
            Issue.record("\(raw) was accepted")
        } catch {
            #expect(error.kind == "district slug")
            #expect(error.reason.contains(reason), "\(error.reason)")
            // The message never carries a raw control character.
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
        }
    }

    @Test("derives slugs from district names", arguments: [
        ("Boone County", "boone-county"), ("Muñoz", "munoz"), ("Mun\u{0303}oz", "munoz"), ("St. Mary", "st-mary"),
        ("  Nelson   County  ", "nelson-county"), ("Fort Thomas Independent", "fort-thomas-independent"),
        ("Ludlow (Independent)", "ludlow-independent"), ("../../etc/passwd", "etc-passwd"), ("Ærø", "aero"),
    ])
    func derives(_ name: String, _ slug: String) throws {
        #expect(try DistrictSlug(deriving: name).rawValue == slug)
    }

    @Test("a derived slug is cut to 64 characters without a trailing hyphen")
    func derivedLength() throws {
        let name = String(repeating: "abc ", count: 40)
        let slug = try DistrictSlug(deriving: name)
        #expect(slug.rawValue.count <= 64)
        #expect(!slug.rawValue.hasSuffix("-"))
        #expect(try DistrictSlug(slug.rawValue) == slug)
    }

    @Test("a name with nothing to make a slug from is refused", arguments: ["", "   ", "!!!", "東京"])
    func underivable(_ name: String) {
        #expect(throws: NameError.self) { try DistrictSlug(deriving: name) }
    }
}
