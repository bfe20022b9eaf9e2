import LetterDomain
import LetterStore
import TerminalUI

/// The text of each section of a review, for the review screen's reader and for line
/// mode alike; only `wording` (keys or typed commands) differs between them.
enum ReviewText {
    static func text(of document: ReviewDocument, section: ReviewSection, width: Int, wording: ReviewWording = .keys) -> String {
        if let problem = document.problem { return problem }
        guard let letter = document.letter, let edition = document.edition else { return "" }
        let layout = FormLayout(edition: edition, letter: letter)
        let findings = document.findings
        switch section {
        case .step(let step):
            var out = ""
            let here = findings.filter { $0.step == step }
            if !here.isEmpty {
                out += "Open findings in this section (\(here.count)):\n"
                out += here.map { "  \(wording.marker($0.severity)) \($0.message)" }.joined(separator: "\n") + "\n\n"
            }
            var blocks = layout.blocks(of: step)
            if step == .purpose { blocks = layout.headerBlocks + blocks }
            return out + TextRenderer(width: width).render(blocks: blocks)
        case .decision:
            return decision(document, letter: letter, findings: findings, width: width, wording: wording)
        }
    }

    /// `text` wrapped to `width` with continuation lines indented by `indent + 2`.
    private static func hanging(_ text: String, indent: Int, width: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return TextWrapper.wrap(text, width: max(10, width - indent - 2)).enumerated().map { index, line in
            (index == 0 ? pad : pad + "  ") + line
        }
    }

    private static func decision(_ document: ReviewDocument, letter: Letter, findings: [Finding], width: Int, wording: ReviewWording) -> String {
        var lines: [String] = []
        let shown = document.shownStatus ?? letter.status
        lines.append("\(letter.district.name), \(letter.schoolYear): \(shown.label)")
        lines.append("Revision \(letter.revision), last saved by \(letter.updatedBy) at \(LocalTime.format(letter.updatedAt)).")
        if let deciding = ReviewMerge.decidingReview(of: letter, among: document.reviews) {
            let verb = deciding.decision == .approve ? "Approved" : "Changes requested"
            lines.append("\(verb) by \(deciding.reviewerName) at \(LocalTime.format(deciding.at)) for this revision.")
        }
        lines.append("")
        if letter.status == .inReview {
            lines.append(wording.howToDecide
                         + (ReviewMerge.decidingReview(of: letter, among: document.reviews) == nil ? "" : " A new decision replaces the one above."))
        } else if document.signingBlocker == nil {
            lines.append(wording.howToSign)
        } else {
            lines.append(DecisionBlocker.notInReview(letter.status).message)
        }
        lines += SignatureWords.lines(document.decidedLetter ?? letter)
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
        if document.reviews.isEmpty {
            lines.append("Reviews so far: none.")
        } else {
            lines.append("Reviews so far (newest first):")
            for review in document.reviews.reversed() {
                let what = review.decision == .approve ? "approved" : "requested changes"
                let old = review.revision == letter.revision ? "" : " (an earlier revision)"
                lines += hanging("\(LocalTime.format(review.at))  \(review.reviewerName) \(what) on revision \(review.revision)\(old)", indent: 2, width: width)
                if !review.fingerprint.isEmpty { lines.append("    key \(review.fingerprint)") }
                // An approval has no comment: no empty line for it.
                let comment = review.comment.isEmpty ? [] : review.comment.split(separator: "\n", omittingEmptySubsequences: false)
                for line in comment {
                    lines += hanging(String(line), indent: 4, width: width)
                }
            }
        }
        if !document.reviewProblems.isEmpty {
            lines.append("  (\(document.reviewProblems.count) earlier review(s) could not be read; please tell KDE)")
        }
        let others = document.years.filter { $0 != letter.schoolYear }
        if !others.isEmpty {
            lines.append("")
            lines.append("Other school years: " + others.map(\.description).joined(separator: ", ") + " (\(wording.howToSwitchYear(example: others[0]))).")
        }
        return lines.joined(separator: "\n")
    }
}
