import Foundation
import LetterDomain
import LetterFiles
import Testing

/// The corpus of 30 letters the importer was not written around: the .docx of each reads
/// with every field right, and each of its six text conversions with no field wrong (a
/// field the text leaves unclear stays empty and is reported).
@Suite struct ImportAccuracyTests {
    let reader = LetterFileReader(importer: LetterImporter())

    @Test func everyWordLetterReadsWithEveryFieldRight() throws {
        var count = AccuracyCount()
        for letter in try CorpusLetter.all() {
            count.add(letter, reader.read(bytes: try letter.bytes("docx"), sourceName: letter.stem + ".docx"), as: letter.stem + ".docx")
        }
        #expect(count.wrongs == [])
        #expect(count.empty == 0, "\(count)")
        #expect(count.total >= 30 * 5)
        try Self.record("docx", count)
    }

    /// Two letters saved by LibreOffice as OpenDocument text read the same as their .docx.
    @Test func openDocumentLettersReadWithEveryFieldRight() throws {
        var count = AccuracyCount()
        for stem in ["letter-03-2022-2023", "letter-04-2015-2016"] {
            let letter = try CorpusLetter(stem: stem)
            let report = reader.read(bytes: try letter.bytes("odt"), sourceName: stem + ".odt")
            #expect(report.format == "OpenDocument text (.odt)")
            count.add(letter, report, as: stem + ".odt")
        }
        #expect(count.wrongs == [])
        #expect(count.empty == 0, "\(count.empties)")
    }

    @Test(arguments: CorpusLetter.conversions)
    func noTextConversionStoresAWrongValue(_ conversion: String) throws {
        var count = AccuracyCount()
        for letter in try CorpusLetter.all() {
            let name = "\(letter.stem).\(conversion).txt"
            count.add(letter, reader.read(bytes: try letter.bytes("\(conversion).txt"), sourceName: name), as: name)
        }
        #expect(count.wrongs == [], "\(conversion): \(count)")
        try Self.record(conversion, count)
    }

    /// For `scripts/bench --only import-accuracy`: each conversion's figures, one line each.
    static func record(_ conversion: String, _ count: AccuracyCount) throws {
        guard let folder = ProcessInfo.processInfo.environment["KYILN_ACCURACY_OUT"] else { return }
        let details = ProcessInfo.processInfo.environment["KYILN_ACCURACY_DETAILS"] != nil ? (count.wrongs + count.empties.map { "EMPTY " + $0 }).map { "  " + $0 + "\n" }.joined() : ""
        try "\(conversion): \(count)\n\(details)".write(toFile: folder + "/\(conversion).txt", atomically: true, encoding: .utf8)
    }
}
