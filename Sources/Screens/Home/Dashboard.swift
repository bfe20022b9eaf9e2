import LetterDomain
import TerminalUI

/// Who is waiting on whom in a school year: counts per status, then the letters to act on:
/// stuck in review, approved but not signed, and districts missing compared with last year.
/// Enter on one opens it, or creates the missing one.
struct Dashboard {
    /// A letter sent for review this many days ago without an answer counts as waiting.
    static let reviewWaitDays = 14

    /// One letter the dashboard lists.
    struct Entry: Equatable {
        enum Kind: Equatable {
            /// In review for this many days.
            case waiting(days: Int)
            case unsigned
            /// Last year's letter of a district with none this year.
            case missing
        }

        var kind: Kind
        var summary: LetterSummary

        /// "Boone County (21 days)".
        var label: String {
            if case .waiting(let days) = kind { return "\(summary.districtName) (\(days) days)" }
            return summary.districtName
        }
    }

    var counts: [(LetterStatus, Int)]
    var previousYear: SchoolYear
    /// Longest waiting first, then the unsigned ones, then the missing ones.
    var entries: [Entry]

    init(summaries: [LetterSummary], previous: [LetterSummary], year: SchoolYear, today: CalendarDate) {
        let grouped = Dictionary(grouping: summaries, by: \.status)
        counts = LetterStatus.allCases.map { ($0, grouped[$0]?.count ?? 0) }
        previousYear = year.previous
        let present = Set(summaries.map(\.slug))
        let byName = { (a: LetterSummary, b: LetterSummary) in a.districtName.lowercased() < b.districtName.lowercased() }
        let waiting: [Entry] = summaries.filter { $0.status == .inReview }.compactMap { summary in
            guard let since = summary.statusSince else { return nil }
            let days = today.daysSinceEpoch - CalendarDate.today(now: since).daysSinceEpoch
            return days > Dashboard.reviewWaitDays ? Entry(kind: .waiting(days: days), summary: summary) : nil
        }.sorted { a, b in
            if case .waiting(let x) = a.kind, case .waiting(let y) = b.kind, x != y { return x > y }
            return byName(a.summary, b.summary)
        }
        let unsigned = summaries.filter { $0.status == .approved }.sorted(by: byName).map { Entry(kind: .unsigned, summary: $0) }
        let missing = previous.filter { !present.contains($0.slug) }.sorted(by: byName).map { Entry(kind: .missing, summary: $0) }
        entries = waiting + unsigned + missing
    }

    func entries(_ kind: (Entry.Kind) -> Bool) -> [Entry] { entries.filter { kind($0.kind) } }

    /// The dashboard's lines: a heading per group, then one line per letter (with its index in `entries`).
    func lines() -> [(text: String, role: Role, entry: Int?)] {
        var out: [(String, Role, Int?)] = []
        func group(_ title: String, _ matches: (Entry.Kind) -> Bool) {
            let members = entries.enumerated().filter { matches($0.element.kind) }
            out.append((title + " (\(members.count))" + (members.isEmpty ? ": none" : ":"), members.isEmpty ? .success : .warning, nil))
            for (index, entry) in members { out.append((entry.label, .text, index)) }
        }
        group("In review for more than \(Dashboard.reviewWaitDays) days") { if case .waiting = $0 { return true } else { return false } }
        group("Approved but not signed") { $0 == .unsigned }
        group("Missing compared with \(previousYear) (Enter creates the draft)") { $0 == .missing }
        return out
    }

    func draw(on surface: any DrawingSurface, in rect: Rect, selected: Int) {
        var y = rect.y
        let total = counts.map(\.1).reduce(0, +)
        surface.put("Letters by status (\(total))", at: Point(x: rect.x, y: y), role: .title, width: rect.width)
        y += 1
        let largest = max(1, counts.map(\.1).max() ?? 1)
        let barWidth = max(10, rect.width - 26)
        for (status, count) in counts where count > 0 || [.draft, .inReview, .approved, .signed, .active].contains(status) {
            guard y < rect.maxY else { break }
            let bar = String(repeating: "█", count: count == 0 ? 0 : max(1, count * barWidth / largest))
            surface.put(HomeState.pad(status.label, 18), at: Point(x: rect.x + 1, y: y), role: .text, width: 18)
            surface.put(bar, at: Point(x: rect.x + 20, y: y), role: count == 0 ? .muted : .accent, width: barWidth)
            surface.put(" \(count)", at: Point(x: rect.x + 20 + DisplayWidth.of(bar), y: y), role: .text, width: 6)
            y += 1
        }
        y += 1
        let all = lines()
        let room = max(1, rect.maxY - y)
        // Scrolled so the chosen letter is on screen.
        let chosenLine = all.firstIndex { $0.entry == selected } ?? 0
        let top = max(0, min(chosenLine - room / 2, all.count - room))
        for (offset, line) in all.dropFirst(top).prefix(room).enumerated() {
            let isChosen = line.entry != nil && line.entry == selected
            let text = line.entry == nil ? line.text : "  " + (isChosen ? "> " : "  ") + line.text
            surface.put(text, at: Point(x: rect.x, y: y + offset), role: isChosen ? .selection : line.role, width: rect.width)
        }
    }
}
