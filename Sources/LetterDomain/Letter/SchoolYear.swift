/// A school year such as `2022-2023`: it starts in the summer of its first year.
public struct SchoolYear: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The calendar year in which the school year starts.
    public let startYear: Int

    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// Parses `2022-2023` (also `2022 - 2023` as the 2022 form prints it). The second
    /// year must follow the first.
    public init(_ text: String) throws(NameError) {
        // The usual `2022-2023`, read straight from its bytes (indexes hold thousands of them).
        if let first = Self.fastStartYear(text) {
            self.startYear = first
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { String($0).trimmed }
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let first = Int(parts[0]), let second = Int(parts[1])
        else {
            throw NameError(kind: "school year", value: text, reason: "expected two years like 2022-2023")
        }
        guard second == first + 1 else {
            throw NameError(kind: "school year", value: text, reason: "the second year must be the year after the first (\(first)-\(first + 1))")
        }
        guard (1990...2200).contains(first) else {
            throw NameError(kind: "school year", value: text, reason: "the year is out of range")
        }
        self.startYear = first
    }

    /// The start year of exactly `dddd-dddd` where the second year follows the first and the
    /// first is in range; nil for anything else (which the full parser then checks and explains).
    private static func fastStartYear(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard utf8.count == 9 else { return nil }
        return utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            func number(_ from: Int) -> Int? {
                var value = 0
                for i in from..<from + 4 {
                    let digit = Int(bytes[i]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard bytes[4] == UInt8(ascii: "-"), let first = number(0), let second = number(5),
                  second == first + 1, (1990...2200).contains(first) else { return nil }
            return first
        } ?? nil
    }

    /// The school year a date falls in, with the year turning on June 1 as the 2019 form's rule does.
    public init(containing date: CalendarDate) {
        self.startYear = date.month >= 6 ? date.year : date.year - 1
    }

    /// `2022-2023`: the form used in paths and on the command line.
    public var description: String { "\(startYear)-\(startYear + 1)" }

    /// `2022 - 2023`: the form printed on the letter.
    public var printed: String { "\(startYear) - \(startYear + 1)" }

    /// The year after this one.
    public var next: SchoolYear { SchoolYear(startYear: startYear + 1) }
    /// The year before this one.
    public var previous: SchoolYear { SchoolYear(startYear: startYear - 1) }

    /// The first day counted in the year (June 1, as in the 2019 rule).
    public var firstDay: CalendarDate { CalendarDate(uncheckedYear: startYear, month: 6, day: 1) }
    /// The last day counted in the year (May 31 of the following calendar year).
    public var lastDay: CalendarDate { CalendarDate(uncheckedYear: startYear + 1, month: 5, day: 31) }

    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.startYear < rhs.startYear }
}

extension SchoolYear: TextCodable {
    init(checkedText: String) throws { try self.init(checkedText) }
    var codedText: String { description }
}
