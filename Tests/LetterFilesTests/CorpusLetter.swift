import Foundation
import LetterDomain

/// One letter of the import corpus (Tests/LetterFilesTests/Corpus, written by
/// Benchmarks/corpus/make_letters.py) and what every field truly holds.
struct CorpusLetter {
    /// The text conversions made of every letter, by file name part.
    static let conversions = ["libreoffice", "pandoc", "fold72", "utf16", "ansi", "pdftotext"]

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    }

    static func all() throws -> [CorpusLetter] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { try CorpusLetter(stem: String($0.dropLast(5))) }
    }

    let stem: String
    let truth: [String: Any]

    init(stem: String) throws {
        self.stem = stem
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(stem + ".json"))
        truth = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    func bytes(_ suffix: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.folder.appendingPathComponent(stem + "." + suffix)))
    }

    /// Every field's expected value as text (nil: the letter leaves it empty), and what the report holds.
    func fields(of report: ImportReport) -> [(name: String, expected: String?, got: String?)] {
        func text(_ value: Any?) -> String? { (value as? String).map(Self.normal) }
        var out: [(String, String?, String?)] = []
        out.append(("edition", text(truth["edition"]), report.edition?.id))
        out.append(("school year", text(truth["formYear"]), report.schoolYear?.description))
        out.append(("district", text(truth["districtName"]), report.districtName.map(Self.normal)))
        if let sup = truth["superintendent"] as? [String: String] {
            out.append(("superintendent name", sup["name"].map(Self.normal), report.superintendent.name.isEmpty ? nil : Self.normal(report.superintendent.name)))
            out.append(("superintendent email", sup["email"], report.superintendent.email.isEmpty ? nil : report.superintendent.email))
        }
        if let contacts = truth["contacts"] as? [[String: String]] {
            let expected = contacts.map { [$0["name"] ?? "", $0["title"] ?? "", $0["email"] ?? ""].map(Self.normal).joined(separator: " / ") }.joined(separator: " | ")
            let got = report.contacts.map { [$0.name, $0.title, $0.email].map(Self.normal).joined(separator: " / ") }.joined(separator: " | ")
            out.append(("contacts", expected, got.isEmpty ? nil : got))
        }
        for (id, value) in (truth["reflections"] as? [String: String] ?? [:]).sorted(by: { $0.key < $1.key }) {
            out.append(("answer \(id)", Self.normal(value), report.reflections[id].map(Self.normal)))
        }
        let actions = (truth["actions"] as? [String] ?? []).map(Self.normal).joined(separator: " | ")
        out.append(("points of action", actions, report.actions.isEmpty ? nil : report.actions.map(Self.normal).joined(separator: " | ")))
        out.append(("district signature date", text(truth["districtDate"]), report.districtDate?.description))
        out.append(("KDE signature date", text(truth["kdeDate"]), report.kdeDate?.description))
        return out
    }

    /// White space (line and paragraph breaks too) as single spaces: converters wrap text differently.
    static func normal(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Fields right, left empty (and reported), and wrong, over any number of imports.
struct AccuracyCount: CustomStringConvertible {
    var right = 0, empty = 0, wrong = 0
    var wrongs: [String] = []
    var empties: [String] = []

    mutating func add(_ letter: CorpusLetter, _ report: ImportReport, as name: String) {
        for field in letter.fields(of: report) {
            switch (field.expected, field.got) {
            case let (e, g) where e == g: right += 1
            case (_, nil):
                empty += 1
                empties.append("\(name): \(field.name)")
            default:
                wrong += 1
                wrongs.append("\(name): \(field.name): expected \(field.expected ?? "nothing"), got \(field.got ?? "")")
            }
        }
    }

    var total: Int { right + empty + wrong }
    var description: String {
        let percent = total == 0 ? 0 : Double(right) * 100 / Double(total)
        return "\(right) right (\(Int(percent.rounded())) %), \(empty) left empty and reported, \(wrong) wrong, of \(total)"
    }
}
