import Testing
@testable import LetterDomain

@Suite("Text rendering")
struct TextRendererTests {
    func render(_ edition: Edition, _ letter: Letter?, width: Int = 78) -> String {
        TextRenderer(width: width).render(FormLayout(edition: edition, letter: letter))
    }

    /// Line index of the first line containing `text` at or after `start`.
    func line(_ lines: [Substring], containing text: String, after start: Int = 0) throws -> Int {
        try #require(lines.indices.first { $0 >= start && lines[$0].contains(text) }, "no line with \(text)")
    }

    @Test("a filled letter shows each value after its label, in form order I..V")
    func filledLetterOrder() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        letter.reflections["showcase"] = "Our maker spaces."
        letter.actions = ["Expand project based learning", "Launch a student voice council", "Host a spring showcase"]
        letter.contacts.append(Contact(name: "Ann Lee", title: "Principal", email: "ann.lee@boone.kyschools.us"))
        letter.signatures.district = DistrictSignature(name: "Matthew Turner", title: "Superintendent", date: try Fixtures.date("2022-08-18"))
        letter.signatures.kde = KDESignature(name: "Sarah Snipes", date: try Fixtures.date("2022-08-19"))
        // Countersigned: in force, so the period reads as agreed.
        letter.status = .active
        let lines = render(edition, letter).split(separator: "\n", omittingEmptySubsequences: false)

        var at = 0
        for (label, value) in [
            ("I. Statement of Purpose", ""),
            ("II. Mutual Commitments", ""),
            ("Acknowledged by the district: 5 of 5 commitments", ""),
            ("III. Contact Information", ""),
            ("District name:", "Boone County"),
            ("Superintendent name and email address:", "Matthew Turner, matthew.turner@boone.kyschools.us"),
            ("KY ILN point(s) of contact name, title, and email address:", "Bill Hogan, Director of Innovation, bill.hogan+iln@boone.kyschools.us"),
            ("IV. District Innovation Reflections & Plans", ""),
            ("Reflecting on the previous year", "We opened two learner-centered pilot schools."),
            ("Looking ahead to the current school year", "· Expand project based learning"),
            ("Are there areas of innovation", "Our maker spaces."),
            ("V. Agreement", ""),
            ("Required Signatories", ""),
        ] {
            at = try line(lines, containing: label, after: at)
            if !value.isEmpty {
                let valueLine = try line(lines, containing: value, after: at)
                // The value stands on the label's line or just under it (after the question's wrapped lines).
                #expect(valueLine - at <= 8, "\(value) is not under \(label)")
                at = valueLine
            }
        }
        // The second contact follows the first, and the three points follow in order.
        let first = try line(lines, containing: "Bill Hogan")
        #expect(try line(lines, containing: "Ann Lee, Principal, ann.lee@boone.kyschools.us") == first + 1)
        let p1 = try line(lines, containing: "· Expand project based learning")
        #expect(lines[p1 + 1] == "· Launch a student voice council")
        #expect(lines[p1 + 2] == "· Host a spring showcase")
        // The answer's two paragraphs are separated by a blank line.
        let a1 = try line(lines, containing: "We opened two learner-centered pilot schools.")
        #expect(lines[a1 + 1] == "" && lines[a1 + 2] == "And we kept them.")
        // Signatures: names and dates on the signature lines, then the effective period.
        let district = try line(lines, containing: "Matthew Turner, Superintendent")
        #expect(lines[district].hasSuffix("2022-08-18"))
        #expect(lines[district + 1].hasPrefix("____"))
        #expect(lines[district + 2].hasPrefix("KY ILN participating district Superintendent or designee"))
        #expect(lines[district + 2].hasSuffix("Date"))
        let kde = try line(lines, containing: "Sarah Snipes", after: district)
        #expect(lines[kde].hasSuffix("2022-08-19"))
        #expect(try line(lines, containing: "Effective period: the 2022-2023 school year (August 19, 2022 to May 31, 2023)") > kde)
    }

    @Test("a blank form shows underscores where values go", arguments: ["2019-2020", "2022-2023"])
    func blankForm(_ id: String) throws {
        let edition = try Fixtures.edition(id)
        let text = render(edition, nil)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for field in [ContactField.district, .superintendent, .contacts] {
            let label = edition.label(for: field)
            let at = try line(lines, containing: label)
            #expect(lines[at].dropFirst(label.count).hasPrefix(" ____"), "\(label) has no blank")
        }
        // Three blank points of action, and blank lines for the text answers.
        #expect(lines.filter { $0.hasPrefix("· ____") }.count == 3)
        #expect(lines.filter { $0 == Substring(String(repeating: "_", count: 78)) }.count == 3 * edition.prompts.filter { $0.answer == .text }.count)
        // No acknowledgement tally or effective period on a blank form.
        #expect(!text.contains("Acknowledged by the district"))
        #expect(!text.contains("Effective period"))
        // Lines keep within the width.
        for l in lines { #expect(l.count <= 78, "too long: \(l)") }
    }

    @Test("a blank 2015 form leaves a blank where the district's name goes")
    func blankDistrictPlaceholder() throws {
        let text = render(try Fixtures.edition("2015-2016"), nil)
        #expect(SeedText.collapse(text).contains("and the ____________________ Schools to benchmark"))
    }

    @Test("the form's numbered list keeps its numbers and titles")
    func numberedList() throws {
        let lines = render(try Fixtures.edition("2015-2016"), try Fixtures.nelsonCounty()).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("1. Definition. Each KYILN district") })
        #expect(lines.contains { $0.hasPrefix("5. Support. KDE will provide") })
        #expect(lines.contains("Acknowledged by the district: 0 of 5 commitments"))
        // Only the district has signed: the period is what it would be, never as if agreed.
        let text = SeedText.collapse(lines.joined(separator: "\n"))
        #expect(text.contains("Effective period (once both parties have signed; counted from the only signature date so far, August 18, 2015): from August 18, 2015, with no set end"))
        #expect(!text.contains("Effective period: from"))
    }

    @Test("long values wrap within the width and keep every word")
    func wrapping() throws {
        let edition = try Fixtures.edition("2019-2020")
        var letter = try Fixtures.filledLetter(edition)
        let long = (1...60).map { "word\($0)" }.joined(separator: " ")
        letter.actions = [long, "Short"]
        letter.reflections["previous-year"] = long + " " + String(repeating: "x", count: 100)
        for width in [40, 78] {
            let text = render(edition, letter, width: width)
            // The district's text wraps (the form's own labels and signature lines are fixed).
            for l in text.split(separator: "\n") where l.contains("word") || l.contains("xxx") {
                #expect(l.count <= width, "width \(width): \(l)")
            }
            #expect(SeedText.collapse(text).contains(long))
        }
    }

    @Test("no raw control character reaches the output", arguments: ["2015-2016", "2019-2020", "2022-2023"])
    func noControlCharacters(_ id: String) throws {
        let hostile = "a\u{1B}[2Jb\u{8}c\rd\u{7F}e\u{9B}31mf\u{202E}g\u{0}h\u{7}i\tj\nk"
        var edition = try Fixtures.edition(id)
        // Editions can come from the store too: their text is not trusted either.
        edition.headerLines.append(hostile)
        edition.signatories = edition.signatories.map { Signatory(party: $0.party, label: $0.label + hostile, dateLabel: $0.dateLabel + hostile) }
        edition.returnTo.text.append(hostile)
        edition.formDate = hostile
        edition.sections[0].heading += hostile
        edition.sections[0].blocks.append(.paragraph(hostile))
        edition.sections[0].blocks.append(.subheading(hostile))
        edition.sections[0].blocks.append(.list(role: .benefits, style: .bullet, items: [ListItem(id: "x", title: hostile, text: hostile)]))
        edition.sections[0].blocks.append(.prompt(ReflectionPrompt(id: "evil", answer: .text, text: hostile, note: hostile)))
        edition.sections[0].blocks.append(.field(.district, label: hostile))
        edition.kdeDesignee = KDEDesignee(name: hostile, title: hostile)

        var letter = try Fixtures.filledLetter(edition)
        letter.district.name = hostile
        letter.superintendent = Superintendent(name: hostile, email: hostile)
        letter.contacts = [Contact(name: hostile, title: hostile, email: hostile), Contact(name: hostile)]
        letter.reflections = letter.reflections.mapValues { _ in hostile + "\n\n" + hostile }
        letter.reflections["evil"] = hostile
        letter.actions = [hostile, hostile]
        letter.signatures.district = DistrictSignature(name: hostile, title: hostile, date: try Fixtures.date("2022-08-18"))
        letter.signatures.kde = KDESignature(name: hostile, date: try Fixtures.date("2022-08-19"))

        let text = [
            TextRenderer().render(FormLayout(edition: edition, letter: letter)),
            TextRenderer(width: 20).render(FormLayout(edition: edition, letter: letter)),
            TextRenderer().render(FormLayout(edition: edition, letter: nil)),
        ]
        let markdown = [
            MarkdownRenderer().render(FormLayout(edition: edition, letter: letter)),
            MarkdownRenderer().render(FormLayout(edition: edition, letter: nil)),
        ]
        for output in text + markdown {
            let bad = output.unicodeScalars.filter(Self.isControl).map { "U+" + String($0.value, radix: 16) }
            #expect(bad.isEmpty, "raw control characters in the output")
        }
        for output in [text[0], text[2]] {
            #expect(output.contains("a^[[2Jb^Hc^Md^?e<U+009B>31mf<U+202E>g^@h^Gi j^Jk"))
        }
        for output in markdown {
            // Made visible, then escaped as Markdown.
            #expect(output.contains(#"a^\[\[2Jb^Hc^Md^?e\<U\+009B\>31mf\<U\+202E\>g^@h^Gi j"#))
        }
    }

    /// A scalar that a terminal would act on: C0 (except newline), DEL, C1, bidi overrides and isolates.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
