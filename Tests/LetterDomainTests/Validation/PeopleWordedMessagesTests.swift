import Testing
@testable import LetterDomain

/// Messages a program manager reads name fields as the form words them, not by ids or flags;
/// the command line keeps its field paths and flags.
@Suite("People-worded messages")
struct PeopleWordedMessagesTests {
    @Test func aMissingAnswerIsNamedByItsQuestionShortenedWithAnEllipsis() throws {
        let edition = try Fixtures.edition("2022-2023")
        let prompt = try #require(edition.prompts.first { $0.answer == .text && $0.text.count > FieldPath.quotedLabelLimit })
        var letter = try Fixtures.filledLetter(edition)
        letter.reflections[prompt.id] = nil
        let finding = try #require(Validator(edition: edition).findings(for: letter).first { $0.field == .reflection(prompt.id) })
        #expect(!finding.message.contains("\"\(prompt.id)\""), "\(finding.message)")
        #expect(finding.message == "Answer to \"\(String(prompt.text.prefix(FieldPath.quotedLabelLimit - 1)))…\" is required")
        // The field path stays for the command line and --json.
        #expect(finding.field.description == "reflections.\(prompt.id)")
    }

    @Test func aValueOverItsLimitIsAFindingAndStaysWhole() throws {
        let edition = try Fixtures.edition("2022-2023")
        var letter = try Fixtures.filledLetter(edition)
        let long = String(repeating: "n", count: FieldLimits.name + 1)
        letter.signatures.kde.name = long
        let finding = try #require(Validator(edition: edition).findings(for: letter).first { $0.field == .kdeSignatureName })
        #expect(finding.message == "KDE designee name is too long (201 characters; at most 200)")
        #expect(letter.signatures.kde.name == long)
    }

    @Test func transitionErrorsForPeopleNameNoFlags() {
        let cases: [TransitionError] = [
            .missing(to: .draft, what: "say why with a note (--note); both signature dates will be cleared"),
            .missing(to: .terminated, what: "give the date of the written notice (--date)"),
            .missing(to: .terminated, what: "say which party gave written notice (--party district or kde)"),
            .contentLocked(status: .signed, fields: ["signatures.district.name"]),
            .missingKDEName,
            .notAnEdge(from: .draft, to: .active),
        ]
        for error in cases {
            for flagOrPath in ["--", "kyiln", "signatures.", "in-review"] {
                #expect(!error.plainMessage.contains(flagOrPath), "\(error.plainMessage)")
            }
        }
        #expect(cases[0].plainMessage == "cannot move back to draft: say why with a note; both signature dates will be cleared")
        #expect(cases[3].plainMessage.hasPrefix("cannot change District signatory name: the letter is signed"))
        // The command line keeps its wording.
        #expect(cases[0].description.contains("(--note)"))
    }
}
