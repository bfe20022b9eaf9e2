import LetterDomain
@testable import Screens
import Testing

/// Line mode refuses an answer over its field's limit with the reason; it never cuts one.
@Suite("Line mode limits")
struct LineLimitTests {
    static let edition = try! EditionCatalog.bundled.edition(id: "2022-2023")

    static func state() throws -> LineEditState {
        let letter = Letter(district: District(name: "Boone County", slug: try DistrictSlug(deriving: "Boone County")),
                            schoolYear: try SchoolYear("2022-2023"), editionID: edition.id, createdBy: "tester",
                            now: ScreenClock.now)
        return LineEditState(letter: letter, edition: edition)
    }

    @Test func anAnswerOverTheLimitIsRefusedWhole() throws {
        var state = try Self.state()
        let prompt = try #require(Self.edition.prompts.first { $0.answer == .text })
        let long = String(repeating: "a", count: 32_000)
        let result = state.apply(long, to: .answer(prompt))
        guard case .refused(let reason) = result else { Issue.record("accepted: \(result)"); return }
        #expect(reason.hasPrefix("32,000 characters, 12,000 over the 20,000-character limit of Answer to \""), "\(reason)")
        #expect(state.letter.answer(to: prompt.id) == "")
    }

    @Test func aNameOverTheLimitIsRefusedAndOneAtTheLimitTaken() throws {
        var state = try Self.state()
        #expect(state.apply(String(repeating: "n", count: 201), to: .field(.superintendentName))
            == .refused("201 characters, 1 over the 200-character limit of Superintendent name; nothing was stored, shorten it."))
        #expect(state.letter.superintendent.name == "")
        _ = state.apply(String(repeating: "n", count: 200), to: .field(.superintendentName))
        #expect(state.letter.superintendent.name.count == 200)
    }

    @Test func aPointOverTheLimitIsRefused() throws {
        var state = try Self.state()
        guard case .refused = state.apply(String(repeating: "p", count: 1_001), to: .point(0)) else {
            Issue.record("a point over 1,000 characters was taken"); return
        }
        #expect(state.letter.actions.isEmpty)
    }
}

