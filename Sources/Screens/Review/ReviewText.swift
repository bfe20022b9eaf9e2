import LetterDomain
import LetterStore

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
            return decision(state, letter: letter, findings: findings)
        }
    }

    private static func decision(_ state: ReviewState, letter: Letter, findings: [Finding]) -> String {
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
            lines.append("Read every section (PgDn), then press A to approve this revision or C to request changes.")
        } else {
            lines.append("This letter is \(letter.status.label), not in review: there is nothing to approve or send back now.")
        }
        lines.append("")
        if findings.isEmpty {
            lines.append("Open findings: none.")
        } else {
            lines.append("Open findings (\(findings.count)):")
            for finding in findings {
                lines.append("  \(finding.step.number) \(finding.step.title): \(finding.message)")
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
                lines.append("  \(Timestamp.format(review.at))  \(review.reviewerName) \(what) on revision \(review.revision)\(old)")
                if !review.fingerprint.isEmpty { lines.append("    key \(review.fingerprint)") }
                for line in review.comment.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines.append("    " + line)
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
