import LetterDomain
import LetterStore
import TerminalUI

/// The text shown in the reader for each section of the review screen.
enum ReviewText {
    static func text(of state: ReviewState, width: Int) -> String {
        if let problem = state.problem { return problem }
        guard let letter = state.letter, let edition = state.edition else { return "" }
        let layout = FormLayout(edition: edition, letter: letter)
        let findings = state.findings
        switch state.section {
        case .step(let step):
            var out = ""
            let here = findings.filter { $0.step == step }
            if !here.isEmpty {
                out += "Open findings in this section (\(here.count)):\n"
                out += here.map { "  \($0.severity == .error ? "!" : "?") \($0.message)" }.joined(separator: "\n") + "\n\n"
            }
            var blocks = layout.blocks(of: step)
            if step == .purpose { blocks = edition.headerLines.map(FormBlock.header) + blocks }
            return out + TextRenderer(width: width).render(blocks: blocks)
        case .decision:
            return decision(state, letter: letter, findings: findings, width: width)
        }
    }

    /// `text` wrapped to `width` with continuation lines indented by `indent + 2`.
    private static func hanging(_ text: String, indent: Int, width: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return TextWrapper.wrap(text, width: max(10, width - indent - 2)).enumerated().map { index, line in
            (index == 0 ? pad : pad + "  ") + line
        }
    }

    private static func decision(_ state: ReviewState, letter: Letter, findings: [Finding], width: Int) -> String {
        var lines: [String] = []
        let shown = ReviewMerge.status(of: letter, reviews: state.reviews)
        lines.append("\(letter.district.name), \(letter.schoolYear): \(shown.label)")
        lines.append("Revision \(letter.revision), last saved by \(letter.updatedBy) at \(Timestamp.format(letter.updatedAt)).")
        if let deciding = ReviewMerge.decidingReview(of: letter, among: state.reviews) {
            let verb = deciding.decision == .approve ? "Approved" : "Changes requested"
            lines.append("\(verb) by \(deciding.reviewerName) at \(Timestamp.format(deciding.at)) for this revision.")
        }
        lines.append("")
        if letter.status == .inReview {
            lines.append("Read every section (PgDn), then press A to approve this revision or C to request changes."
                         + (ReviewMerge.decidingReview(of: letter, among: state.reviews) == nil ? "" : " A new decision replaces the one above."))
        } else {
            lines.append("This letter is \(letter.status.label), not in review: there is nothing to approve or send back now.")
        }
        lines.append("")
        if findings.isEmpty {
            lines.append("Open findings: none.")
        } else {
            lines.append("Open findings (\(findings.count)):")
            for finding in findings {
                lines += hanging("\(finding.step.number) \(finding.step.title): \(finding.message)", indent: 2, width: width)
            }
        }
        lines.append("")
        if state.reviews.isEmpty {
            lines.append("Reviews so far: none.")
        } else {
            lines.append("Reviews so far (newest first):")
            for review in state.reviews.reversed() {
                let what = review.decision == .approve ? "approved" : "requested changes"
                let old = review.revision == letter.revision ? "" : " (an earlier revision)"
                lines += hanging("\(Timestamp.format(review.at))  \(review.reviewerName) \(what) on revision \(review.revision)\(old)", indent: 2, width: width)
                if !review.fingerprint.isEmpty { lines.append("    key \(review.fingerprint)") }
                for line in review.comment.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines += hanging(String(line), indent: 4, width: width)
                }
            }
        }
        if !state.reviewProblems.isEmpty {
            lines.append("  (\(state.reviewProblems.count) earlier review(s) could not be read; please tell KDE)")
        }
        let others = state.years.filter { $0 != letter.schoolYear }
        if !others.isEmpty {
            lines.append("")
            lines.append("Other school years: " + others.map(\.description).joined(separator: ", ") + " (press Y to switch).")
        }
        return lines.joined(separator: "\n")
    }
}
