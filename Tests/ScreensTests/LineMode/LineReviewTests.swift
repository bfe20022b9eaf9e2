import Foundation
import LetterDomain
import LetterStore
@testable import Screens
import Testing

/// The district review in line mode, fed whole sessions on "stdin" (a scripted `LineIO`);
/// checks what it printed and what it recorded in the store.
@Suite("Line review")
struct LineReviewTests {
    static let fingerprint = "SHA256:" + String(repeating: "Q", count: 43)
    static let boone = try! DistrictSlug("boone-county")

    /// Boone County's letter, complete and in review (revision 2); Adair County's too, which
    /// must never show.
    func setUp(inReview: Bool = true) throws -> ScreenStore {
        let store = try ScreenStore()
        try store.create("Adair County") { letter in
            fillLetterCompletely(&letter)
            letter.superintendent.name = "Adair Secretmarker"
        }
        try store.create("Adair County", year: try SchoolYear("2020-2021")) { $0.superintendent.name = "Adair Secretmarker" }
        var boone = try store.create("Boone County") { fillLetterCompletely(&$0) }
        if inReview {
            boone.status = .inReview
            try store.store.save(boone, by: "pm", now: ScreenClock.now)
        }
        return store
    }

    func session(_ store: ScreenStore) -> ReviewSession {
        ReviewSession(store: store.store, district: Self.boone, fingerprint: Self.fingerprint,
                      now: { ScreenClock.now.addingTimeInterval(120) })
    }

    /// Runs a whole session with `input` as everything typed; returns what was printed.
    func run(_ store: ScreenStore, _ input: String, year: SchoolYear? = nil) -> String {
        let io = ScriptedLineIO(input)
        var review = LineReview(session: session(store), year: year, io: io)
        review.run()
        return io.output
    }

    func reviews(_ store: ScreenStore, year: SchoolYear = ScreenClock.year) -> [Review] {
        store.store.reviews(of: Self.boone, year: year).reviews
    }

    /// Every prompt ("...> ") comes right after a line that says what may be typed there.
    func expectEveryPromptSaysWhatIsValid(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let prompts = ["Section ", "Your full name> ", "Comment> ", "Review> "]
        for (index, line) in lines.enumerated() where index > 0 && line.contains("> ") && prompts.contains(where: line.hasPrefix) {
            let before = lines[index - 1]
            let says = before.hasPrefix("Type ") || before.contains("Type your full name") || before.contains("a line holding only a period")
            #expect(says, "prompt without the valid answers: \(before) / \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func approvingRecordsTheNameFingerprintAndRevisionRead() throws {
        let store = try setUp()
        let out = run(store, "next\n3\n6\napprove\nBill Hogan\nquit\n")
        #expect(out.hasPrefix("kyiln review, line mode. Type ? at any prompt for help.\n"))
        #expect(out.contains("Review of the letter of Boone County for 2022-2023: in review, revision 2."))
        #expect(out.contains("Section 1 of 6, Purpose.\nLETTER OF COMMITMENT"))
        #expect(out.contains("Section 2 of 6, Commitments."))
        #expect(out.contains("Section 3 of 6, Contacts."))
        #expect(out.contains("José Muñoz, jmunoz@boone.kyschools.us"))
        #expect(out.contains("Section 6 of 6, Decide.\nBoone County, 2022-2023: in review"))
        #expect(out.contains("type approve to approve this revision or changes to request changes"))
        #expect(out.contains("You approve revision 2 of the Boone County letter for 2022-2023, as you read it."))
        #expect(out.contains("Approved revision 2. Thank you, Bill Hogan."))
        #expect(out.contains("Boone County, 2022-2023: approved"))
        #expect(out.contains("Bill Hogan approved on revision 2"))
        #expect(out.hasSuffix("Goodbye.\n"))
        #expect(!out.contains("Adair"))
        #expect(!out.unicodeScalars.contains("\u{1B}"), "no colours, no cursor addressing")
        #expect(!out.contains("┌") && !out.contains("│"), "no box drawing")
        expectEveryPromptSaysWhatIsValid(out)

        let recorded = reviews(store)
        #expect(recorded.count == 1)
        #expect(recorded.first?.decision == .approve)
        #expect(recorded.first?.reviewerName == "Bill Hogan")
        #expect(recorded.first?.fingerprint == Self.fingerprint)
        #expect(recorded.first?.revision == 2)
        #expect(recorded.first?.at == ScreenClock.now.addingTimeInterval(120))
        #expect(try store.load("Boone County").status == .inReview, "the letter file is never written")
    }

    @Test func anEmptyNameCancelsTheApproval() throws {
        let store = try setUp()
        let out = run(store, "approve\n\nquit\n")
        #expect(out.contains("Type your full name to confirm; an empty line cancels."))
        #expect(out.contains("Not approved."))
        #expect(reviews(store).isEmpty)
    }

    @Test func requestingChangesNeedsAComment() throws {
        let store = try setUp()
        let refused = run(store, "changes\n.\nquit\n")
        #expect(refused.contains("What should KDE change? The comment is required (at most 20000 characters)."))
        #expect(refused.contains("Say what should change: the comment is required. No changes requested."))
        #expect(reviews(store).isEmpty)

        let out = run(store, "changes\nPlease add a second contact.\n\nAnd a phone number.\n.\nBill Hogan\nquit\n")
        #expect(out.contains("Your request for changes to revision 2 was recorded. Thank you, Bill Hogan."))
        #expect(out.contains("Boone County, 2022-2023: changes requested"))
        #expect(out.contains("    Please add a second contact.\n    \n    And a phone number."))
        expectEveryPromptSaysWhatIsValid(out)
        let recorded = reviews(store)
        #expect(recorded.map(\.decision) == [.requestChanges])
        #expect(recorded.map(\.comment) == ["Please add a second contact.\n\nAnd a phone number."])
        #expect(recorded.first?.reviewerName == "Bill Hogan" && recorded.first?.revision == 2)
    }

    @Test func aCommentOverTheLimitIsAskedAgainBeforeTheName() throws {
        let store = try setUp()
        let tooLong = String(repeating: "word ", count: 4_001)  // 20,005 characters, 20,004 once trimmed
        let out = run(store, "changes\n\(tooLong)\n.\nPlease add a second contact.\n.\nBill Hogan\nquit\n")
        #expect(out.contains("That comment has 20004 characters, 4 over the limit of 20000: nothing was sent."))
        #expect(out.contains("Your request for changes to revision 2 was recorded. Thank you, Bill Hogan."))
        #expect(reviews(store).map(\.comment) == ["Please add a second contact."])

        let cancelled = run(try setUp(), "changes\n\(tooLong)\n.\n.\nquit\n")
        #expect(cancelled.contains("No changes requested."))
    }

    @Test func aLetterSavedAfterReadingIsRefusedAndReloaded() throws {
        let store = try setUp()
        // KDE saves the letter while the reviewer types their name.
        let io = HookedLineIO("approve\nBill Hogan\n3\napprove\nBill Hogan\nquit\n", before: 1) {
            _ = try? store.saveAsSomeoneElse("Boone County") { $0.superintendent.email = "new.address@boone.kyschools.us" }
        }
        var review = LineReview(session: session(store), io: io)
        review.run()
        let out = io.output
        #expect(out.contains("The letter was changed by colleague at \(LocalTime.format(ScreenClock.now.addingTimeInterval(60))) after you opened it; reloaded. "
                             + "Nothing was recorded: please read it again before deciding."))
        #expect(out.contains("Review of the letter of Boone County for 2022-2023: in review, revision 3."), "the new version is shown")
        #expect(out.contains("new.address@boone.kyschools.us"))
        #expect(out.contains("Approved revision 3. Thank you, Bill Hogan."))
        let recorded = reviews(store)
        #expect(recorded.map(\.revision) == [3], "only the decision on the text read counts")
    }

    @Test func aLetterNotInReviewOffersNoActions() throws {
        let store = try setUp(inReview: false)
        let out = run(store, "approve\nchanges\nBill Hogan\n6\nquit\n")
        #expect(out.contains("This letter is draft, not in review: there is nothing to approve or send back now."))
        #expect(!out.contains("Type your full name"))
        #expect(!out.contains("What should KDE change?"))
        #expect(out.contains("Not understood: Bill Hogan."))
        let hints = out.split(separator: "\n").filter { $0.hasPrefix("Type ") }
        #expect(!hints.isEmpty && hints.allSatisfy { !$0.contains("approve") && !$0.contains("changes") })
        #expect(reviews(store).isEmpty)
    }

    @Test func noLetterYetSaysSoAndOffersLittle() throws {
        let store = try ScreenStore()
        try store.create("Adair County") { $0.superintendent.name = "Adair Secretmarker" }
        let out = run(store, "next\napprove\nyears\nquit\n")
        #expect(out.contains("There is no letter for boone-county yet."))
        #expect(out.contains("Type reload, years, ? for help, or quit."))
        #expect(out.contains("There is no letter yet."))
        #expect(!out.contains("Type your full name"))
        #expect(!out.contains("Adair"))
    }

    @Test func hostileTextNeverReachesTheOutputRaw() throws {
        let store = try setUp()
        try store.saveAsSomeoneElse("Boone County") { letter in
            letter.district.name = "Boone\u{1B}[2J\u{1B}[H County"
            letter.superintendent.name = "Evil\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{202E}Name"
            letter.contacts[0].title = "Director\u{9B}31m\u{7F}\u{8}\u{8}\u{8}APPROVED\u{2066}"
            letter.reflections["previous-year"] = "Line one\u{1B}[1A\u{1B}[2Kgone\r\u{0}"
        }
        // A review file written by hand, with a hostile name and comment (kyiln never writes such).
        let folder = store.store.reviewFolder(Self.boone, ScreenClock.year)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let hostile = Review(slug: Self.boone, schoolYear: ScreenClock.year, revision: 2, decision: .requestChanges,
                             comment: "Fix\u{1B}]0;title\u{07} this\u{85}", reviewerName: "Mallory\u{1B}[31m\u{202D}", fingerprint: "",
                             at: ScreenClock.now)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        #expect(FileManager.default.createFile(atPath: folder + "/20220915T140000.000000000Z-00000000.json",
                                               contents: try encoder.encode(hostile), attributes: [.posixPermissions: 0o600]))

        let out = run(store, "all\nyears\n\u{1B}[31mred\u{202E}\nquit\n")
        let bad = out.unicodeScalars.filter { $0 != "\n" && containsControlScalar(String($0)) }.map { String($0.value, radix: 16) }
        #expect(bad.isEmpty, "raw control characters reached the output: \(bad)")
        #expect(out.contains("Boone^[[2J^[[H County"))
        #expect(out.contains("Evil^[]52;c;cm0gLXJmIH4=^G<U+202E>Name"))
        #expect(out.contains("Director<U+009B>31m^?^H^H^HAPPROVED<U+2066>"))
        #expect(out.contains("Line one^[[1A^[[2Kgone"))
        #expect(out.contains("Mallory^[[31m<U+202D>"))
        #expect(out.contains("Fix^[]0;title^G this<U+0085>"))
        #expect(out.contains("Not understood: ^[[31mred<U+202E>."), "what the reviewer typed is shown inert too")
    }

    @Test func anotherYearOnlyOfTheSameDistrict() throws {
        let store = try setUp()
        try store.create("Boone County", year: try SchoolYear("2021-2022")) { $0.superintendent.name = "Old Year Name" }
        let out = run(store, "years\nyear 2020-2021\nyear twenty\nyear 2021-2022\n3\nquit\n")
        #expect(out.contains("School years with a letter, newest first: 2022-2023 (shown), 2021-2022."))
        #expect(out.contains("There is no letter of Boone County for 2020-2021."), "Adair has one that year: it does not count")
        #expect(out.contains("Showing 2021-2022."))
        #expect(out.contains("Review of the letter of Boone County for 2021-2022: draft, revision 1."))
        #expect(out.contains("Old Year Name"))
        #expect(!out.contains("Adair"))
        #expect(out.components(separatedBy: "Showing").count == 2, "the bad year was refused: \(out)")

        let opened = run(store, "3\nquit\n", year: try SchoolYear("2021-2022"))
        #expect(opened.contains("Old Year Name"), "--year opens that year")
    }

    @Test func endOfInputMidDecisionWritesNothing() throws {
        let store = try setUp()
        let midComment = run(store, "changes\nPlease add a second contact.\nAnd")
        #expect(midComment.contains("Input ended before the decision was complete: nothing was recorded. Goodbye."))
        let beforeName = run(store, "changes\nPlease add a second contact.\n.\n")
        #expect(beforeName.contains("Input ended before the decision was complete"))
        let atApproval = run(store, "approve\n")
        #expect(atApproval.contains("Input ended before the decision was complete"))
        let atPrompt = run(store, "2\n")
        #expect(atPrompt.hasSuffix("Section 2 of 6, Commitments> \nInput ended. Goodbye.\n"))
        #expect(reviews(store).isEmpty)
        let folder = store.store.reviewFolder(Self.boone, ScreenClock.year)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty, "not even a temporary file")
    }

    @Test func helpAllAndSectionNumbers() throws {
        let store = try setUp()
        let out = run(store, "?\nback\n9\nall\nnext\nquit\n")
        #expect(out.contains("Help. You review your district's letter"))
        #expect(out.contains("This is the first section."))
        #expect(out.contains("There is no section 9: type a number from 1 to 6."))
        for number in 1...6 { #expect(out.contains("Section \(number) of 6,")) }
        #expect(out.contains("This is the last section, 6 of 6."), "all ends on the decision page")
    }

    @Test(arguments: [
        ("", LineReviewCommand.next), ("NEXT", .next), ("back", .back), ("4", .section(4)), ("all", .all),
        ("Approve", .approve), ("changes", .requestChanges), ("years", .years), ("year 2021-2022", .year("2021-2022")),
        ("reload", .reload), ("?", .help), ("quit", .quit), ("approve it", .unknown("approve it")),
    ])
    func commandsAreWholeWords(typed: String, command: LineReviewCommand) {
        #expect(LineReviewCommand(typed) == command)
    }
}

/// A scripted session that runs `hook` just before line `before` (from 0) is read: what
/// another person does while the reviewer is typing.
private final class HookedLineIO: LineIO {
    private var lines: [String]
    private var read = 0
    private let before: Int
    private let hook: () -> Void
    private(set) var output = ""

    init(_ input: String, before: Int, hook: @escaping () -> Void) {
        lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.before = before
        self.hook = hook
    }

    func readLine() -> String? {
        if read == before { hook() }
        read += 1
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    func write(_ text: String) { output += text }
}
