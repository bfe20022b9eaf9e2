import LetterDomain

/// What line mode says around the letter: the opening lines, the commands valid at the
/// prompt, help, and the district's school years.
extension LineReview {
    /// The letter's title line (the review screen's title bar in words), where the open
    /// findings are (its step indicator's marks), and whether it can be decided on.
    func introduce() {
        io.say("")
        guard let letter = document.letter, let status = document.shownStatus else {
            io.say(document.problem ?? DecisionBlocker.noLetter.message)
            return
        }
        io.say("Review of the letter of \(letter.district.name) for \(letter.schoolYear): \(status.label), revision \(letter.revision). "
               + "It has \(ReviewSection.all.count) sections: 1 to \(Step.allCases.count) are the form, "
               + "\(ReviewSection.all.count) is the decision page.")
        let findings = document.findings
        let flagged = Step.allCases.filter { step in findings.contains { $0.step == step } }
        io.say(flagged.isEmpty ? "Open findings: none."
               : "Open findings in " + flagged.map { "section \($0.number), \($0.title)" }.joined(separator: "; ") + ".")
        if let blocker = document.decisionBlocker { io.say(blocker.message) }
    }

    /// The commands valid now, said before every prompt.
    var hint: String {
        guard document.letter != nil else { return "Type reload, years, ? for help, or quit." }
        var words: [String] = []
        if section != ReviewSection.all.last {
            words.append("next or an empty line for section \(section.index + 2)")
        }
        if section.index > 0 { words.append("back") }
        words += ["a section number 1 to \(ReviewSection.all.count)", "all"]
        if document.decisionBlocker == nil { words += ["approve", "changes"] }
        if document.signingBlocker == nil { words += ["sign", "signature", "refuse"] }
        words += ["years", "reload", "? for help"]
        return "Type " + words.joined(separator: ", ") + ", or quit."
    }

    func help() {
        let count = ReviewSection.all.count
        io.say("Help. You review your district's letter: sections 1 to \(count - 1) are the form, section \(count) is the decision page "
               + "with the status, the open findings, the reviews so far and the other school years.")
        io.say("Type a command and press Enter:")
        io.say("next, or an empty line: the next section. back: the previous section. 1 to \(count): that section. "
               + "all: every section, then the decision page.")
        io.say("approve: approve the revision you read; you type your full name to confirm.")
        io.say("changes: request changes; type what should change on one or more lines, end it with a line holding only a period, "
               + "then type your full name.")
        io.say("sign (the district's signatory, once the letter is approved and complete): the whole letter as it will be signed, "
               + "then your full name, your title and yes. refuse: refuse to sign, saying what must change.")
        io.say("signature: sign with your own SSH key as well: sign the letter's text on your own machine with "
               + "ssh-keygen -Y sign -n \(AllowedSignersNamespace.name), paste the signature, then sign as with sign.")
        io.say("An empty name cancels: nothing is recorded until you type your name.")
        io.say("years: the school years with a letter. year and a school year, such as year 2021-2022: show that year.")
        io.say("reload: read the letter again. ? or help: this help. quit: leave.")
        io.say("If the Kentucky Department of Education saves the letter after you read it, your decision is refused "
               + "and the new version is shown: read it again before deciding.")
    }

    /// The district's school years with a letter.
    func listYears() {
        let years = document.years
        switch years.count {
        case 0: io.say("There is no letter yet.")
        case 1: io.say("Only \(years[0]) has a letter.")
        default:
            let listed = years.map { $0 == document.year ? "\($0) (shown)" : $0.description }
            io.say("School years with a letter, newest first: " + listed.joined(separator: ", ") + ".")
            let other = years.first { $0 != document.year } ?? years[0]
            io.say("Type year and a school year to switch, such as year \(other).")
        }
    }

    /// Shows another school year of the same district, if it has a letter.
    mutating func switchYear(to text: String) {
        let wanted: SchoolYear
        do { wanted = try SchoolYear(text) } catch {
            io.say("\(error.description.capitalizedFirst).")
            return
        }
        guard document.years.contains(wanted) else {
            io.say("There is no letter of \(districtName) for \(wanted).")
            listYears()
            return
        }
        document.load(year: wanted)
        section = .step(.purpose)
        io.say("Showing \(wanted).")
        introduce()
        showSection()
    }

    /// The district's name as printed on the letter, or its slug when there is no letter.
    private var districtName: String {
        document.letter?.district.name ?? document.session.district.rawValue
    }
}
