/// Rewrites the school year an edition's words name (its own) as another school year,
/// keeping the way the form wrote it.
///
/// An edition is written for one school year, but letters of other years use it too (a
/// 2026-2027 letter on the 2022-2023 edition): the letter must name its own year wherever
/// the form named the form's year, or the printed letter would say "effective for the
/// 2022 - 2023 school year" beside an effective period in 2026-2027.
///
/// The rule, for an edition of `S`-`S+1` worded for `T`-`T+1`:
///
/// - Replaced: the edition's own year written as a pair, the four digits of `S`, then a
///   separator (`-`, `–`, `—` or `/`, with any spaces around it), then `S+1` in four digits
///   or two (`2022-2023`, `2022 - 2023`, `2022–23`, `2022/23`). The separator and the spaces
///   are kept as written; a two-digit end year stays two digits (`2026-27`).
/// - A pair counts only as a whole: no digit may stand right before `S` or right after the
///   end year, so `12022-2023` or `2022-20234` are left alone.
/// - Left alone: a year standing alone (`2015` in "since 2015", `June 1, 2023`), which is
///   a date or a fact, not reliably the school year; two-digit pairs without the century
///   (`22-23`), which cannot be told from page ranges and dates such as the form date
///   `5-31-19`; and every other school year (`2021-2022`, named as the year before, is a
///   fact the form states, not the form's own year).
///
/// Only the edition's words go through this; the district's answers never do (they are
/// filled in after the edition has been worded).
public struct YearWording: Sendable, Equatable {
    /// The school year the words name now (the edition's own).
    public let from: SchoolYear
    /// The school year they should name.
    public let to: SchoolYear

    public init(from: SchoolYear, to: SchoolYear) {
        self.from = from
        self.to = to
    }

    /// Separators a school-year pair is written with.
    private static let separators: Set<Character> = ["-", "\u{2013}", "\u{2014}", "/"]

    /// `text` with every pair naming `from` rewritten as `to`; `text` itself when it names none.
    public func apply(_ text: String) -> String {
        guard from != to, text.contains(String(from.startYear)) else { return text }
        let chars = Array(text)
        let start = Array(String(from.startYear)), end = Array(String(from.startYear + 1))
        var out = ""
        var i = 0
        while i < chars.count {
            if let match = pair(in: chars, at: i, start: start, end: end) {
                out += String(to.startYear) + String(chars[match.separator])
                out += match.shortEnd ? Self.twoDigits(to.startYear + 1) : String(to.startYear + 1)
                i = match.next
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// Where a pair naming the old year lies at `i`: the range of its separator (spaces
    /// included), whether the end year has two digits, and the index after it.
    private func pair(in chars: [Character], at i: Int, start: [Character], end: [Character])
        -> (separator: Range<Int>, shortEnd: Bool, next: Int)? {
        guard i + start.count <= chars.count, Array(chars[i..<i + start.count]) == start else { return nil }
        if i > 0 && Self.isDigit(chars[i - 1]) { return nil }
        var j = i + start.count
        let separatorStart = j
        while j < chars.count && chars[j] == " " { j += 1 }
        guard j < chars.count, Self.separators.contains(chars[j]) else { return nil }
        j += 1
        while j < chars.count && chars[j] == " " { j += 1 }
        let separator = separatorStart..<j
        for (digits, short) in [(end, false), (Array(end.suffix(2)), true)] {
            let after = j + digits.count
            guard after <= chars.count, Array(chars[j..<after]) == digits else { continue }
            if after < chars.count && Self.isDigit(chars[after]) { continue }
            return (separator, short, after)
        }
        return nil
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private static func twoDigits(_ year: Int) -> String {
        let n = year % 100
        return n < 10 ? "0\(n)" : "\(n)"
    }
}
