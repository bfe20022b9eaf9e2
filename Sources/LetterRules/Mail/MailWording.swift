import LetterDomain
import LetterStore
import TextSafety
import FoundationEssentials

/// The words of the messages to districts: the subject and the plain-text body.
///
/// How to connect is what docs/district-reviewer.md says is true: `ssh -t account@host` for
/// the full screen, `ssh -T` for line mode (screen readers), the keys on file named by their
/// fingerprints, so a contact can check the key they hold is the one KDE granted.
struct MailWording {
    var kind: MailKind
    var letter: Letter
    var settings: MailSettings
    /// The grants of the letter's district.
    var grants: [AccessEntry]
    /// The names greeted (the recipients who have one).
    var names: [String]
    /// When the letter was sent to review, if its history says.
    var sentToReview: Date?
    var now: Date

    /// A name or value from the letter, on one line with its control characters visible.
    static func safe(_ text: String) -> String { TextSafety.visible(text.trimmed, lines: .single) }

    var district: String { Self.safe(letter.district.name) }

    /// Whole days the letter has waited.
    var waitingDays: Int? {
        sentToReview.map { max(0, Int((now.timeIntervalSince($0) / 86_400).rounded(.down))) }
    }

    var subject: String {
        switch kind {
        case .invitation: "Please review \(district)'s Letter of Commitment for \(letter.schoolYear)"
        case .reminder: "Reminder: \(district)'s Letter of Commitment for \(letter.schoolYear) is waiting for your review"
        }
    }

    var body: String {
        var paragraphs = [greeting, opening]
        paragraphs += ["What to review", Self.indent(whatToReview)]
        paragraphs += ["How to connect"] + connecting
        paragraphs.append(Self.wrap("If something is unclear, or your key is lost or new, reply to this message."))
        paragraphs.append(signature)
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    private var greeting: String {
        switch names.count {
        case 0: "Hello,"
        case 1: "Hello \(names[0]),"
        default: "Hello \(names.dropLast().joined(separator: ", ")) and \(names.last!),"
        }
    }

    private var opening: String {
        let what = "\(district)'s Letter of Commitment with the Kentucky Department of Education for the \(letter.schoolYear) school year"
        switch kind {
        case .invitation:
            return Self.wrap("\(what) (revision \(letter.revision)) is ready for your review."
                + (sentToReview.map { " KDE sent it for review on \(LocalTime.format($0))." } ?? ""))
        case .reminder:
            let since = sentToReview.map { "since \(LocalTime.format($0))" }
            let days = waitingDays.map { $0 == 1 ? "1 day" : "\($0) days" }
            let waited = [since, days.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            return Self.wrap("A reminder: \(what) (revision \(letter.revision)) is still waiting for your review"
                + (waited.isEmpty ? "." : " \(waited)."))
        }
    }

    private var whatToReview: String {
        Self.wrap("Read the whole letter: the mutual commitments, your district's contacts, your reflections and "
            + "points of action, and the agreement. Then approve it, or request changes with a comment saying what "
            + "should change. You approve exactly the revision you read; only your own district's letter is shown.", width: 70)
    }

    private var target: String { "\(settings.reviewAccount)@\(settings.reviewHost)" }

    private var connecting: [String] {
        var out = ["    ssh -t \(target)"]
        if grants.isEmpty {
            out.append(Self.wrap("No SSH key is on file for \(district) yet. Reply to this message with your public key (the file "
                + "ending in .pub, such as ~/.ssh/id_ed25519.pub); never send the private key, the file without .pub."))
        } else {
            let lines = grants.map { "    \($0.fingerprint)  \(Self.safe($0.name))" }
            out.append("Use the SSH key you sent to KDE. "
                + (grants.count == 1 ? "The key on file for \(district):" : "The keys on file for \(district):")
                + "\n" + lines.joined(separator: "\n"))
            out.append(Self.wrap("To see your key's fingerprint: ssh-keygen -lf ~/.ssh/id_ed25519.pub"))
        }
        out.append(Self.wrap("With a screen reader, connect without a terminal to get the review as plain numbered "
            + "prompts, one line at a time:") + "\n\n    ssh -T \(target)")
        out.append(Self.wrap("In the full screen: PgDn and PgUp move between sections, A approves, C requests changes, "
            + "F1 lists every key, q quits."))
        return out
    }

    private var signature: String {
        let name = settings.fromName.isEmpty ? "" : Self.safe(settings.fromName) + "\n"
        return "-- \n\(name)\(settings.from)"
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    /// `text` wrapped at `width` characters between words (a longer word stands on its own line).
    static func wrap(_ text: String, width: Int = 72) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
