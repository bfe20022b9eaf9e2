import Foundation
import Testing
@testable import LetterDomain

/// Every export of a letter that is not in force says what it is, on every page, and
/// never prints its effective period as agreed.
@Suite("Markings of letters not in force")
struct MarkingTests {
    static let headlines: [LetterStatus: String] = [
        .draft: "DRAFT", .inReview: "IN REVIEW", .changesRequested: "CHANGES REQUESTED",
        .approved: "APPROVED – NOT SIGNED", .signed: "SIGNED – NOT COUNTERSIGNED",
        .expired: "EXPIRED", .terminated: "TERMINATED",
    ]
    static let unsigned: [LetterStatus] = [.draft, .inReview, .changesRequested, .approved, .signed]

    static func layout(_ status: LetterStatus) throws -> FormLayout {
        FormLayout(edition: WorkflowFixtures.edition, letter: try WorkflowFixtures.at(status))
    }

    @Test("each status but active has its marking", arguments: LetterStatus.allCases)
    func markingPerStatus(_ status: LetterStatus) {
        #expect(LetterMarking(status: status)?.headline == Self.headlines[status])
        if status == .expired || status == .terminated {
            #expect(LetterMarking(status: status)?.detail.contains("no longer in force") == true)
        }
    }

    @Test("text: the marking is the first and the last line", arguments: LetterStatus.allCases)
    func text(_ status: LetterStatus) throws {
        let renderer = TextRenderer()
        let lines: [String] = renderer.render(try Self.layout(status)).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        guard let marking = LetterMarking(status: status) else {
            #expect(!lines.contains { $0.hasPrefix("***") })
            #expect(lines.first == "LETTER OF COMMITMENT")
            return
        }
        let printed = renderer.markingLines(marking)
        #expect(printed.joined(separator: " ").contains(marking.headline))
        #expect(Array(lines.prefix(printed.count)) == printed)
        #expect(Array(lines.suffix(printed.count)) == printed)
    }

    @Test("text: a marking on every printed page, however long the letter")
    func textEveryPage() throws {
        var letter = try WorkflowFixtures.at(.inReview)
        // One answer longer than a page, with no blank line in it.
        letter.reflections["previous-year"] = (1...400).map { "word\($0)" }.joined(separator: " ")
        let renderer = TextRenderer()
        let text = renderer.render(FormLayout(edition: WorkflowFixtures.edition, letter: letter))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let marking = renderer.markingLines(try #require(LetterMarking(status: .inReview)))[0]
        let at = lines.indices.filter { lines[$0] == marking }
        #expect(at.count >= 4)
        #expect(at.first == 0 && at.last == lines.count - 1)
        for (a, b) in zip(at, at.dropFirst()) {
            #expect(b - a - 1 <= TextRenderer.linesBetweenMarkings, "\(b - a - 1) lines between markings at \(a) and \(b)")
        }
        // Nothing of the letter is lost to the markings.
        let unmarked = lines.filter { $0 != marking }.joined(separator: "\n")
        #expect(SeedText.collapse(unmarked).contains(SeedText.collapse(letter.reflections["previous-year"]!)))
    }

    @Test("Markdown: the marking opens and closes the page", arguments: LetterStatus.allCases)
    func markdown(_ status: LetterStatus) throws {
        let markdown = MarkdownRenderer().render(try Self.layout(status))
        guard let headline = Self.headlines[status] else {
            #expect(markdown.hasPrefix("# LETTER OF COMMITMENT"))
            return
        }
        #expect(markdown.hasPrefix("> **\(headline) — "))
        let last = markdown.split(separator: "\n").last ?? ""
        #expect(last.hasPrefix("> **\(headline) — ") && last.hasSuffix("**"))
    }

    @Test("HTML: banner at the top and bottom, a fixed watermark for print, and the title", arguments: LetterStatus.allCases)
    func html(_ status: LetterStatus) throws {
        let html = HTMLRenderer().render(try Self.layout(status))
        guard let headline = Self.headlines[status] else {
            #expect(!html.contains("class=\"marking\"") && !html.contains("watermark"))
            #expect(html.contains("<title>LETTER OF COMMITMENT – Boone County – 2022-2023</title>"))
            return
        }
        #expect(html.contains("<title>\(headline) – LETTER OF COMMITMENT – Boone County – 2022-2023</title>"))
        let main = try #require(html.firstRange(of: "<main>\n")).upperBound
        #expect(html[main...].hasPrefix("<p class=\"marking\" role=\"note\"><strong>\(headline)</strong>"))
        #expect(html.ranges(of: "<p class=\"marking\"").count == 2)
        #expect(html.contains("<div class=\"watermark\" aria-hidden=\"true\">\(headline)</div>\n</main>"))
        let print = try #require(html.range(of: "@media print {\n")).upperBound
        let rule = html[print...].prefix { $0 != "}" }
        #expect(rule.contains("position: fixed") && rule.contains(".watermark { display: block;"))
        #expect(html.contains("@top-center { content: \""))
    }

    @Test("a blank form is not marked")
    func blankForm() {
        let layout = FormLayout(edition: WorkflowFixtures.edition, letter: nil)
        #expect(LetterMarking(layout) == nil)
        #expect(!TextRenderer().render(layout).contains("***"))
        #expect(!MarkdownRenderer().render(layout).contains("> **"))
        #expect(!HTMLRenderer().render(layout).contains("watermark"))
    }

    @Test("the effective period reads as agreed only when active", arguments: LetterStatus.allCases)
    func effectivePeriod(_ status: LetterStatus) throws {
        var letter = try WorkflowFixtures.at(status)
        // Unsigned letters may carry dates typed ahead of the signing: the period is what they would give.
        if Self.unsigned.contains(status) {
            letter.signatures.district.date = WorkflowFixtures.date("2022-08-18")
            letter.signatures.kde.date = WorkflowFixtures.date("2022-08-20")
        }
        let text = SeedText.collapse(TextRenderer().render(FormLayout(edition: WorkflowFixtures.edition, letter: letter)))
        let period = "the 2022-2023 school year (August 20, 2022 to May 31, 2023)"
        switch status {
        case .active:
            #expect(text.contains("Effective period: \(period)"))
        case .expired:
            #expect(text.contains("Effective period (over; the letter has expired): \(period)"))
        case .terminated:
            // Terminated from a draft: never in force.
            #expect(text.contains("Never in force: terminated on August 1, 2022 by written notice from the district."))
        default:
            #expect(text.contains("Effective period (once both parties have signed): \(period)"))
        }
        if status != .active { #expect(!text.contains("Effective period: ")) }
    }

    @Test("signed by the district only: the period says which date it is counted from")
    func signedByTheDistrictOnly() throws {
        let letter = try WorkflowFixtures.at(.signed)
        let standing = PeriodStanding.of(letter, rule: WorkflowFixtures.edition.effectivePeriod)
        #expect(standing.note == "Effective period (once both parties have signed; counted from the only signature date so far, August 18, 2022): the 2022-2023 school year (August 18, 2022 to May 31, 2023)")
        #expect(standing.cell == "")
    }

    @Test("a terminated letter that was in force shows the period it had and when it ended")
    func terminatedAfterActive() throws {
        var letter = try WorkflowFixtures.at(.active)
        letter = try Workflow.transition(letter, to: .terminated, date: WorkflowFixtures.date("2022-08-30"), note: "moved",
                                         party: .kde, by: "pm", edition: WorkflowFixtures.edition, today: WorkflowFixtures.today)
        let standing = PeriodStanding.of(letter, rule: WorkflowFixtures.edition.effectivePeriod)
        #expect(standing.note == "Effective period: the 2022-2023 school year (August 20, 2022 to May 31, 2023); ended early on August 30, 2022 by written notice from KDE (terminated)")
        #expect(standing.cell == "2022-08-20 to 2022-08-30 (terminated)")
    }
}
