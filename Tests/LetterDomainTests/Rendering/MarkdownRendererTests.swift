import Testing
@testable import LetterDomain

@Suite("Markdown rendering")
struct MarkdownRendererTests {
    @Test("Markdown punctuation in values is escaped")
    func escapesValues() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.district.name = "*Boone* [County](http://evil) #1 <script>"
        letter.actions = ["# not a heading", "- not a list"]
        let md = MarkdownRenderer().render(FormLayout(edition: edition, letter: letter))
        #expect(md.contains(##"**District name:** \*Boone\* \[County\]\(http://evil\) \#1 \<script\>"##))
        #expect(!md.contains("*Boone*"))
        #expect(!md.contains("[County]("))
        #expect(!md.contains("<script>"))
        #expect(md.contains(##"- \# not a heading"##))
        #expect(md.contains(#"- \- not a list"#))
        let lines = md.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("# not") || $0.hasPrefix("<") })
    }

    @Test("headings, lists and blanks of a blank form")
    func blankForm() throws {
        let edition = try Fixtures.edition("2019-2020")
        let md = MarkdownRenderer().render(FormLayout(edition: edition, letter: nil))
        let lines = md.split(separator: "\n")
        #expect(lines.first == "# Kentucky Innovative Learning Network")
        #expect(lines.contains("## I\\. Statement of Purpose"))
        #expect(lines.contains("### Benefits of joining the KY ILN"))
        #expect(lines.contains(#"**District name:** \_\_\_\_\_\_\_\_\_\_"#))
        #expect(md.hasSuffix("\n"))
    }

    @Test("the filled letter lists values in form order")
    func order() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.reflections["showcase"] = "Maker spaces"
        let md = MarkdownRenderer().render(FormLayout(edition: edition, letter: letter))
        let positions = ["Boone County", "Matthew Turner", "Bill Hogan", "> We opened", "Expand project based learning", "> Maker spaces", "Required Signatories"]
            .map { try? #require(md.range(of: $0)).lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
    }
}
