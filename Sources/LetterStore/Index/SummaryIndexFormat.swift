import LetterDomain
import FoundationEssentials

/// The index file's text: a header line, then one line per letter with its fields separated
/// by tabs. Home and `kyiln list` read a whole year's index before they show anything, and
/// `JSONDecoder` took most of Home's start-up doing it; this is read with a byte loop.
///
///     kyiln-index 2
///     <slug> <size> <mtime ns> <inode> <district> <year> <edition> <status> <revision>
///       <updated at> <updated by> <open findings> <steps> <superintendent>
///       <district signed> <KDE signed> <status since>
///
/// Times are seconds since 1970 as Swift prints a `Double` (exact both ways), dates are
/// `2022-08-18`, absent values are empty, steps are joined with commas. In text fields `\`,
/// tab, newline and carriage return are written `\\`, `\t`, `\n`, `\r`. A line that does not
/// read back is dropped, so its letter is read from its file, as for any stale entry.
extension SummaryIndex {
    /// The first line of an index this kyiln writes.
    static let header = "kyiln-index \(version)"
    private static let fieldCount = 17
    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let backslash = UInt8(ascii: "\\")

    /// The index as the text of its file.
    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + entries.count * 256)
        out += Self.header.utf8
        out.append(Self.newline)
        for slug in entries.keys.sorted() {
            guard let entry = entries[slug] else { continue }
            let s = entry.summary
            let fields: [String] = [
                slug, String(entry.file.size), String(entry.file.modifiedNanoseconds), String(entry.file.inode),
                s.districtName, s.schoolYear.description, s.editionID, s.status.rawValue, String(s.revision),
                Self.text(of: s.updatedAt), s.updatedBy, String(s.openFindings),
                s.stepsWithFindings.map(\.rawValue).joined(separator: ","), s.superintendent,
                s.districtSignedOn?.description ?? "", s.kdeSignedOn?.description ?? "",
                s.statusSince.map(Self.text(of:)) ?? "",
            ]
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(Self.tab) }
                Self.appendEscaped(field, to: &out)
            }
            out.append(Self.newline)
        }
        return out
    }

    /// Reads an index file's text; another format or version gives an empty index (every
    /// letter is then read from its file and the index rewritten).
    init(decoding bytes: [UInt8]) {
        self.init()
        var lines = bytes.split(separator: Self.newline, omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), first.elementsEqual(Self.header.utf8) else { return }
        for line in lines {
            if let (slug, entry) = Self.entry(from: line) { entries[slug] = entry }
        }
    }

    /// One line's entry, or nil when any field does not read back.
    private static func entry(from line: ArraySlice<UInt8>) -> (String, Entry)? {
        let raw = line.split(separator: tab, omittingEmptySubsequences: false)
        guard raw.count == fieldCount else { return nil }
        var fields: [String] = []
        fields.reserveCapacity(fieldCount)
        for piece in raw {
            guard let field = unescaped(piece) else { return nil }
            fields.append(field)
        }
        guard let slug = try? DistrictSlug(fields[0]),
              let size = Int64(fields[1]), let modified = Int64(fields[2]), let inode = UInt64(fields[3]),
              let year = try? SchoolYear(fields[5]), let status = LetterStatus(rawValue: fields[7]),
              let revision = Int(fields[8]), let updatedAt = date(fields[9]), let open = Int(fields[11]) else { return nil }
        var steps: [Step] = []
        if !fields[12].isEmpty {
            for name in fields[12].split(separator: ",") {
                guard let step = Step(rawValue: String(name)) else { return nil }
                steps.append(step)
            }
        }
        func calendarDate(_ text: String) -> CalendarDate?? {
            if text.isEmpty { return .some(nil) }
            guard let date = try? CalendarDate(parsing: text) else { return nil }
            return .some(date)
        }
        guard let districtSigned = calendarDate(fields[14]), let kdeSigned = calendarDate(fields[15]) else { return nil }
        let statusSince: Date?
        if fields[16].isEmpty { statusSince = nil } else {
            guard let since = date(fields[16]) else { return nil }
            statusSince = since
        }
        let summary = LetterSummary(
            slug: slug, districtName: fields[4], schoolYear: year, editionID: fields[6], status: status,
            revision: revision, updatedAt: updatedAt, updatedBy: fields[10], openFindings: open,
            stepsWithFindings: steps, superintendent: fields[13], districtSignedOn: districtSigned,
            kdeSignedOn: kdeSigned, statusSince: statusSince)
        var file = FileFacts()
        file.size = size
        file.modifiedNanoseconds = modified
        file.inode = inode
        return (slug.rawValue, Entry(file: file, summary: summary))
    }

    private static func text(of date: Date) -> String { String(date.timeIntervalSince1970) }

    private static func date(_ text: String) -> Date? {
        guard let seconds = Double(text), seconds.isFinite else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case backslash: out += [backslash, backslash]
            case tab: out += [backslash, UInt8(ascii: "t")]
            case newline: out += [backslash, UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [backslash, UInt8(ascii: "r")]
            default: out.append(byte)
            }
        }
    }

    /// The text of a field, or nil for an escape this format never writes.
    private static func unescaped(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(backslash) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case backslash: out.append(backslash)
                case UInt8(ascii: "t"): out.append(tab)
                case UInt8(ascii: "n"): out.append(newline)
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                default: return nil
                }
                escaping = false
            } else if byte == backslash {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return escaping ? nil : String(decoding: out, as: UTF8.self)
    }
}
