import Testing
@testable import LetterDomain

/// Each class of wrong value the importer used to store, on a small text built from the
/// 2019 form's own words: the value is right, or empty and the reason reported.
@Suite("Import: each class of mistake, in general")
struct ImportClassTests {
    let importer = LetterImporter()

    /// The 2019 form with the given text under each of its labels and prompts.
    private func letter2019(contacts: String, superintendent: String = "Jo Ray, jo.ray@pine.k12.ky.us", answer: String = "We grew.",
                            points: String = "- First point\n- Second point", signatures: String = "") -> String {
        """
        Kentucky Innovative Learning Network
        LETTER OF COMMITMENT
        I. Statement of Purpose
        III. Contact Information
        District name: Pine Mountain Public Schools
        Superintendent name and email address:
        \(superintendent)
        KY ILN point of contact name, title, and email address:
        \(contacts)
        IV. District Plan
        Reflecting on the previous year, how has your district worked to create a system of personalized learning for all students? (attach more pages if necessary)

        \(answer)

        Looking ahead to next year, how does your district plan to continue supporting a system of personalized learning for all students? Please name 2-3 points of action. (attach more pages if necessary)
        \(points)
        V. Agreement
        Required Signatories
        KY ILN participating district, superintendent or designee:
        \(signatures)
        """
    }

    @Test func twoContactsOnOneLineAndASuffixAfterAComma() {
        let report = importer.read(text: letter2019(contacts: "Ann Lee, Jr., Coach, ann@pine.us; Dr. Bo Fox, Director of Innovation, bo@pine.us"), sourceName: "t")
        #expect(report.contacts == [Contact(name: "Ann Lee, Jr.", title: "Coach", email: "ann@pine.us"),
                                    Contact(name: "Dr. Bo Fox", title: "Director of Innovation", email: "bo@pine.us")])
    }

    @Test func aContactOverThreeLinesAndALabelBeforeTheSuperintendent() {
        let report = importer.read(text: letter2019(contacts: "Ann Lee\nCoach\nann@pine.us", superintendent: "Superintendent: Dr. Jo Ray, jo@pine.us"), sourceName: "t")
        #expect(report.contacts == [Contact(name: "Ann Lee", title: "Coach", email: "ann@pine.us")])
        #expect(report.superintendent.name == "Dr. Jo Ray")
    }

    @Test func oneUnclearContactLeavesAllEmptyAndSaysWhy() {
        let report = importer.read(text: letter2019(contacts: "Ann Lee/Coach/ann@pine.us\nsee the attached sheet"), sourceName: "t")
        #expect(report.contacts.isEmpty)
        #expect(report.unplaced.contains { $0.text == "see the attached sheet" })
        #expect(report.unplaced.contains { $0.reason == "the points of contact were left empty, since part of them is unclear" })
    }

    @Test func theTailOfAWrappedPromptIsNotAnAnswer() {
        var text = letter2019(contacts: "")
        text = text.replacing("for all students? (attach more pages if necessary)\n", with: "for all students? (attach more pages\nif necessary)\n")
        let report = importer.read(text: text, sourceName: "t")
        #expect(report.reflections["previous-year"] == "We grew.")
    }

    @Test func aYearInTheAnswersIsNotTheLettersYear() {
        let report = importer.read(text: letter2019(contacts: "", answer: "During the 2018-2019 school year we grew."), sourceName: "t")
        #expect(report.schoolYear == nil)
        let titled = importer.read(text: "Letter of Commitment 2019-2020\n" + letter2019(contacts: "", answer: "During the 2018-2019 school year we grew."), sourceName: "t")
        #expect(titled.schoolYear?.description == "2019-2020")
    }

    @Test func aDateUnderDateIsThatCaptionsAndAnUnclearOneIsReported() {
        let placed = importer.read(text: letter2019(contacts: "", signatures: "\nDate:\n7/23/2019\n\nKDE designee:\n\nDate:\n\n"), sourceName: "t")
        #expect(placed.districtDate?.description == "2019-07-23")
        #expect(placed.kdeDate == nil)
        let words = importer.read(text: letter2019(contacts: "", signatures: "________________   October 7, 2019\nKDE designee:\n"), sourceName: "t")
        #expect(words.kdeDate?.description == "2019-10-07")
        #expect(!words.unplaced.contains { $0.text.contains("October") }, "\(words.unplaced)")
        let unclear = importer.read(text: letter2019(contacts: "", signatures: "Signed by both of us\n7/23/2019\nsomething else\n"), sourceName: "t")
        #expect(unclear.districtDate == nil && unclear.kdeDate == nil)
        #expect(unclear.unplaced.contains { $0.reason.contains("whose date it is is unclear") })
    }

    @Test func aPointRepeatingTheFormsWordsStaysAPoint() {
        let report = importer.read(text: letter2019(contacts: "", points: "- Being available to other local districts as a resource.\n- Second point"), sourceName: "t")
        #expect(report.actions == ["Being available to other local districts as a resource.", "Second point"])
    }

    @Test func windows1252IsDecodedAndNamed() {
        var bytes = Array(letter2019(contacts: "", answer: "We grew \u{2013} a lot.").utf8)
        // The en dash as Windows-1252 writes it: one byte, 0x96.
        let dash: [UInt8] = [0xE2, 0x80, 0x93]
        if let at = (0..<(bytes.count - 2)).first(where: { Array(bytes[$0..<($0 + 3)]) == dash }) { bytes.replaceSubrange(at..<(at + 3), with: [0x96]) }
        let report = importer.read(bytes: bytes, sourceName: "t")
        #expect(report.format == "plain text, Windows-1252 (not UTF-8, so read as Windows \"ANSI\" text)")
        #expect(report.reflections["previous-year"] == "We grew \u{2013} a lot.")
    }

    @Test func utf16WithoutAByteOrderMarkIsRead() {
        let text = letter2019(contacts: "Ann Lee/Coach/ann@pine.us")
        let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let report = importer.read(bytes: bytes, sourceName: "t")
        #expect(report.format.hasPrefix("plain text, UTF-16 little-endian without a byte-order mark"))
        #expect(report.contacts.count == 1)
    }

    @Test func pageFootersThatRepeatAreLeftOutAndSaid() {
        let answer = "We grew in many ways.\n\nPine Mountain Public Schools - page 1\n\u{0C}We kept growing."
        let text = letter2019(contacts: "", answer: answer) + "\n\nPine Mountain Public Schools - page 2\n"
        let report = importer.read(text: text, sourceName: "t")
        #expect(report.unplaced.contains { $0.text == "Pine Mountain Public Schools - page 1" && $0.reason.contains("page header, footer or page number") })
        // Text from pages: an answer over several lines may have lost hyphens, so it is left empty.
        #expect(report.reflections["previous-year"] == nil)
        #expect(report.unplaced.contains { $0.reason.contains("comes from pages (a PDF)") })
    }
}
