import LetterDomain
import LetterStore

/// The district review in line mode: the same review as the review screen (one
/// district's letter, section by section, the decision page, approve or request changes),
/// as plain numbered prompts on standard input and output. No cursor addressing, no
/// colours, no box drawing, so a screen reader reads every word in order; this is what
/// `ssh -T` (no terminal) gets.
///
/// The letter, its reviews and the recording are `ReviewDocument`'s, and the text of each
/// section is `ReviewText`'s, so both modes follow exactly the same rules. Every line is
/// written through `LineIO.say`, which makes control characters and bidi overrides visible.
public struct LineReview {
    let io: LineIO
    var document: ReviewDocument
    var section: ReviewSection = .step(.purpose)

    /// Column at which the letter's paragraphs wrap, as `kyiln show` does.
    static let width = 78

    /// Opens the session's district letter for `year`, or its newest year with a letter.
    public init(session: ReviewSession, year: SchoolYear? = nil, io: LineIO) {
        self.io = io
        document = ReviewDocument(session: session, year: year)
    }

    /// Runs the review until `quit` or the end of input. Nothing is recorded unless the
    /// reviewer typed a whole decision, name included.
    public mutating func run() {
        io.say("kyiln review, line mode. Type ? at any prompt for help.")
        introduce()
        showSection()
        while true {
            io.say(hint)
            guard let typed = io.ask(prompt) else {
                io.say("Input ended. Goodbye.")
                return
            }
            guard handle(LineReviewCommand(typed)) else { return }
        }
    }

    /// Acts on one command; false when the review ends.
    private mutating func handle(_ command: LineReviewCommand) -> Bool {
        switch command {
        case .next:
            guard hasLetter() else { return true }
            if section == ReviewSection.all.last {
                io.say("This is the last section, \(ReviewSection.all.count) of \(ReviewSection.all.count).")
            } else {
                go(to: section.index + 1)
            }
        case .back:
            guard hasLetter() else { return true }
            if section.index == 0 { io.say("This is the first section.") } else { go(to: section.index - 1) }
        case .section(let number):
            guard hasLetter() else { return true }
            if ReviewSection.all.indices.contains(number - 1) {
                go(to: number - 1)
            } else {
                io.say("There is no section \(number): type a number from 1 to \(ReviewSection.all.count).")
            }
        case .all:
            guard hasLetter() else { return true }
            for each in ReviewSection.all {
                section = each
                showSection()
            }
        case .approve:
            return approve()
        case .requestChanges:
            return requestChanges()
        case .sign:
            return sign()
        case .signature:
            return signWithOpenSSH()
        case .refuse:
            return refuseToSign()
        case .years:
            listYears()
        case .year(let text):
            switchYear(to: text)
        case .reload:
            document.reload()
            io.say("Reloaded.")
            introduce()
            showSection()
        case .help:
            help()
        case .quit:
            io.say("Goodbye.")
            return false
        case .unknown(let text):
            io.say("Not understood: \(text).")
        }
        return true
    }

    /// Whether there is a letter to read; says why not otherwise.
    private func hasLetter() -> Bool {
        guard document.letter == nil else { return true }
        io.say(document.problem ?? DecisionBlocker.noLetter.message)
        return false
    }

    private mutating func go(to index: Int) {
        section = ReviewSection.all[index]
        showSection()
    }

    /// Prints the section where the reviewer is: its place in words, then its text.
    func showSection() {
        guard document.letter != nil else { return }
        io.say("")
        io.say(Self.place(of: section) + ".")
        var text = ReviewText.text(of: document, section: section, width: Self.width, wording: .commands)
        while text.hasSuffix("\n") { text.removeLast() }
        io.say(text)
    }

    /// "Section 2 of 6, Commitments": the step indicator in words.
    static func place(of section: ReviewSection) -> String {
        "Section \(section.index + 1) of \(ReviewSection.all.count), \(section.title)"
    }

    /// The prompt names the place, so a reader who lost track hears it again.
    private var prompt: String {
        document.letter == nil ? "Review" : Self.place(of: section)
    }
}
