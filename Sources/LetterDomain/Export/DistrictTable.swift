/// The one-row-per-district overview of a school year (`kyiln export --format csv`).
public struct DistrictTable: Sendable {
    /// Column titles, in order.
    public static let header = [
        "district", "slug", "school year", "status", "decision", "edition", "superintendent", "superintendent email",
        "contacts", "district signature date", "KDE signature date", "effective period",
    ]

    public let editions: EditionCatalog

    public init(editions: EditionCatalog = .bundled) {
        self.editions = editions
    }

    /// The values of one letter's row, in `header` order.
    public func row(for letter: Letter) -> [String] {
        let contacts = letter.contacts.filter { !$0.isEmpty }.map {
            [$0.name, $0.title, $0.email].map(\.trimmed).filter { !$0.isEmpty }.joined(separator: ", ")
        }
        return [
            letter.district.name, letter.district.slug.rawValue, letter.schoolYear.description, letter.status.rawValue,
            decision(of: letter), letter.editionID, letter.superintendent.name, letter.superintendent.email, contacts.joined(separator: "; "),
            letter.signatures.district.date?.description ?? "", letter.signatures.kde.date?.description ?? "",
            period(of: letter),
        ]
    }

    /// The whole table as CSV: a header row, then one row per letter sorted by district name.
    public func csv(_ letters: [Letter]) -> String {
        let sorted = letters.sorted { ($0.district.name.lowercased(), $0.district.slug) < ($1.district.name.lowercased(), $1.district.slug) }
        return CSVField.row(Self.header) + sorted.map { CSVField.row(row(for: $0)) }.joined()
    }

    /// Who decided an approved or changes-requested letter, and how: "Bill Hogan, SSH review"
    /// or "Bill Hogan by phone on 2026-11-20, recorded by KDE" (never the one for the other).
    func decision(of letter: Letter) -> String {
        guard letter.status == .approved || letter.status == .changesRequested else { return "" }
        if let recorded = letter.standingRecordedDecision {
            return "\(recorded.person) \(recorded.channel.phrase) on \(recorded.date), recorded by KDE"
        }
        guard let entry = letter.history.last(where: { $0.action == .reviewed && $0.toStatus == letter.status }) else { return "" }
        return "\(entry.by), SSH review"
    }

    /// The period only where the letter is or was in force (`PeriodStanding.cell`): empty
    /// for a letter not signed by both parties, the period it was in force for an expired
    /// one, and when it ended for a terminated one.
    private func period(of letter: Letter) -> String {
        guard let edition = try? editions.edition(id: letter.editionID) else { return "" }
        return PeriodStanding.of(letter, rule: edition.effectivePeriod).cell
    }
}
