import LetterDomain
import TerminalUI

/// Who is waiting on whom in a school year: counts per status, districts missing a
/// letter compared with last year, letters stuck in review or waiting to be signed.
struct Dashboard {
    /// A letter sent for review this many days ago without an answer counts as waiting.
    static let reviewWaitDays = 14

    var counts: [(LetterStatus, Int)]
    var missing: [String]
    var previousYear: SchoolYear
    var waitingOnDistrict: [(String, Int)]
    var waitingOnSignature: [String]

    init(summaries: [LetterSummary], previous: [LetterSummary], year: SchoolYear, today: CalendarDate) {
        let grouped = Dictionary(grouping: summaries, by: \.status)
        counts = LetterStatus.allCases.map { ($0, grouped[$0]?.count ?? 0) }
        previousYear = year.previous
        let present = Set(summaries.map(\.slug))
        missing = previous.filter { !present.contains($0.slug) }.map(\.districtName).sorted()
        waitingOnDistrict = summaries.filter { $0.status == .inReview }.compactMap { summary in
            guard let since = summary.statusSince else { return nil }
            let days = today.daysSinceEpoch - CalendarDate.today(now: since).daysSinceEpoch
            return days > Dashboard.reviewWaitDays ? (summary.districtName, days) : nil
        }.sorted { $0.1 > $1.1 }
        waitingOnSignature = summaries.filter { $0.status == .approved }.map(\.districtName).sorted()
    }

    func draw(on surface: any DrawingSurface, in rect: Rect) {
        var y = rect.y
        func line(_ text: String, _ role: Role, indent: Int = 0) {
            guard y < rect.maxY else { return }
            surface.put(text, at: Point(x: rect.x + indent, y: y), role: role, width: rect.width - indent)
            y += 1
        }
        let total = counts.map(\.1).reduce(0, +)
        line("Letters by status (\(total))", .title)
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
        line("Missing compared with \(previousYear) (\(missing.count))" + (missing.isEmpty ? ": none" : ":"), missing.isEmpty ? .success : .warning)
        if !missing.isEmpty { line(missing.joined(separator: ", "), .text, indent: 2) }
        line("In review for more than \(Dashboard.reviewWaitDays) days (\(waitingOnDistrict.count))" + (waitingOnDistrict.isEmpty ? ": none" : ":"),
             waitingOnDistrict.isEmpty ? .success : .warning)
        if !waitingOnDistrict.isEmpty {
            line(waitingOnDistrict.map { "\($0.0) (\($0.1) days)" }.joined(separator: ", "), .text, indent: 2)
        }
        line("Approved but not signed (\(waitingOnSignature.count))" + (waitingOnSignature.isEmpty ? ": none" : ":"),
             waitingOnSignature.isEmpty ? .success : .warning)
        if !waitingOnSignature.isEmpty { line(waitingOnSignature.joined(separator: ", "), .text, indent: 2) }
    }
}
