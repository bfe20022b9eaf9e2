import Testing
@testable import WordDocument

/// What Word shows is what is read: tracked insertions in and deletions out, field
/// results not codes, placeholders as nothing, lists known from numbering.xml.
@Suite struct DocxReaderTests {
    private func texts(_ body: String, numbering: String? = nil, header: String? = nil) throws -> [WordBlock] {
        try DocxReader.read(docx(body: body, numbering: numbering, header: header)).blocks
    }

    @Test func runsTabsAndBreaks() throws {
        let blocks = try texts(#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">Name </w:t></w:r><w:r><w:tab/><w:t>Title</w:t><w:br/><w:t>A &amp; B &#x2013; C</w:t></w:r></w:p>"#)
        #expect(blocks == [WordBlock(kind: .paragraph, text: "Name \tTitle\nA & B \u{2013} C")])
    }

    @Test func trackedChangesFieldsAndContentControls() throws {
        let body = #"""
            <w:p><w:r><w:t xml:space="preserve">We </w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>never </w:delText></w:r></w:del><w:ins w:id="2" w:author="x"><w:r><w:t>always</w:t></w:r></w:ins></w:p>
            <w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            <w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click here to enter text.</w:t></w:r></w:sdtContent></w:sdt></w:p>
            <w:p><w:bookmarkStart w:id="0" w:name="x"/><w:sdt><w:sdtPr><w:tag w:val="d"/></w:sdtPr><w:sdtContent><w:r><w:t>Slate Run County Schools</w:t></w:r></w:sdtContent></w:sdt><w:bookmarkEnd w:id="0"/></w:p>
            <w:p><w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t>jo@example.org</w:t></w:r></w:hyperlink></w:p>
            """#
        #expect(try texts(body).map(\.text) == ["We always", "Page 3", "", "Slate Run County Schools", "jo@example.org"])
    }

    @Test func listsFromNumberingAndTablesAsRows() throws {
        let numbering = #"""
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """#
        let body = #"""
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>a bullet</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>a number</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Jo Ray</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Coach</w:t></w:r></w:p><w:p><w:r><w:t>K-5</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """#
        let blocks = try texts(body, numbering: numbering, header: "<w:p><w:r><w:t>Letter 2019-2020</w:t></w:r></w:p>")
        #expect(blocks == [
            WordBlock(kind: .pageHeader, text: "Letter 2019-2020"),
            WordBlock(kind: .listItem(level: 0, numbered: false), text: "a bullet"),
            WordBlock(kind: .listItem(level: 0, numbered: true), text: "a number"),
            WordBlock(kind: .tableRow, text: "Jo Ray\tCoach K-5", cells: [["Jo Ray"], ["Coach", "K-5"]]),
        ])
    }

    @Test func malformedXMLIsNamed() {
        #expect(throws: WordError.xml(part: "word/document.xml", detail: "malformed XML at byte 192: the document ends inside an element")) {
            try DocxReader.read(docx(body: "<w:p><w:r><w:t>cut short"))
        }
        #expect(throws: WordError.self) { try DocxReader.read(docx(body: "<!DOCTYPE x [<!ENTITY a 'b'>]><w:p/>")) }
    }

    @Test func otherFormatsAreNamedWithWhatToDo() {
        #expect(DocumentFormat.recognise(Array("%PDF-1.7".utf8)) == .refused(name: "a PDF file", advice: "import the Word file it was made from, or save the PDF as text (pdftotext) and import that"))
        #expect(DocumentFormat.recognise([0xD0, 0xCF, 0x11, 0xE0, 0, 0]) == .refused(name: "an old Word 97-2003 (.doc) file", advice: "open it in Word or LibreOffice and save it as .docx"))
        #expect(DocumentFormat.recognise(Array("{\\rtf1 x".utf8)) == .refused(name: "an RTF file", advice: "open it in Word or LibreOffice and save it as .docx"))
        #expect(DocumentFormat.recognise(docx(body: "<w:p/>")) == .docx)
        #expect(DocumentFormat.recognise(Array("plain".utf8)) == .plainText)
    }
}
