import Foundation
import Testing
import LetterDomain
@testable import LetterStore

@Suite("Stored editions")
struct StoreEditionTests {
    private let base = try! EditionCatalog.bundled.edition(id: "2022-2023")

    /// A letter of `name` on `editionID` with `status`, stored in 2023-2024.
    @discardableResult
    private func letter(_ t: TemporaryStore, _ name: String, edition editionID: String, status: LetterStatus = .draft) throws -> Letter {
        var letter = Letter(district: District(name: name, slug: try DistrictSlug(deriving: name)), schoolYear: try SchoolYear("2023-2024"),
                            editionID: editionID, createdBy: "tester")
        letter.status = status
        return try t.store.create(letter, by: "tester")
    }

    @Test func aCopyIsStoredForTheNewYearWithTheStoresFileMode() throws {
        let t = try TemporaryStore()
        let copy = try t.store.copyEdition(base, as: "2023-2024")
        #expect(copy.schoolYear == (try SchoolYear("2023-2024")))
        #expect(copy.headerLines == ["LETTER OF COMMITMENT", "2023 - 2024"], "the year in the text follows the copy")
        #expect(copy.agreementClauses[0].contains("effective for the 2023 - 2024 school year"))
        #expect(copy.prompts == base.prompts)
        #expect(copy.expectations == base.expectations)

        let path = try t.store.editionPath("2023-2024")
        #expect(path == t.root + "/editions/2023-2024.json")
        #expect(try t.mode(path) == 0o600)
        #expect(try t.mode(t.root + "/editions") == 0o700)

        let (catalog, problems) = t.store.editionCatalog()
        #expect(problems.isEmpty)
        #expect(catalog.editions.map(\.id) == ["2015-2016", "2019-2020", "2022-2023", "2023-2024"])
        #expect(try catalog.edition(id: "2023-2024") == copy)
        #expect(catalog.defaultEdition(for: try SchoolYear("2024-2025")).id == "2023-2024")
    }

    @Test func copiesRefuseExistingAndBundledIds() throws {
        let t = try TemporaryStore()
        try t.store.copyEdition(base, as: "2023-2024")
        #expect(throws: EditionStoreError.self) { try t.store.copyEdition(base, as: "2023-2024") }
        do { try t.store.copyEdition(base, as: "2022-2023") } catch {
            #expect("\(error)".contains("built into kyiln"))
        }
        #expect(!FileManager.default.fileExists(atPath: t.root + "/editions/2022-2023.json"))
    }

    @Test(arguments: ["../x", "a/b", "", "A", "x\u{0}y", "é", "-x", "x.json"])
    func idsThatCouldEscapeTheFolderAreRefused(_ id: String) throws {
        let t = try TemporaryStore()
        #expect(throws: EditionStoreError.self) { try t.store.copyEdition(base, as: id) }
        #expect(throws: EditionStoreError.self) { try t.store.deleteEdition(id) }
        #expect(throws: EditionStoreError.self) { try t.store.storedEdition(id) }
        do { try t.store.copyEdition(base, as: id) } catch {
            #expect("\(error)".contains("invalid edition id"), "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: t.root + "/x"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: t.root + "/editions")) ?? [] == [])
    }

    @Test func bundledEditionsAreReadOnly() throws {
        let t = try TemporaryStore()
        var changed = base
        changed.title = "CHANGED"
        do { try t.store.saveEdition(changed, original: base) } catch {
            #expect("\(error)".contains("copy it instead"), "\(error)")
        }
        #expect(throws: EditionStoreError.self) { try t.store.deleteEdition("2022-2023") }
        #expect(throws: EditionStoreError.self) { try t.store.checkEditable("2019-2020") }
    }

    @Test func savingAChangedEditionAndReadingItBack() throws {
        let t = try TemporaryStore()
        let copy = try t.store.copyEdition(base, as: "ky-iln-2024")
        var changed = copy
        changed.network.name = "Kentucky Learning Network"
        changed.sections[0].blocks[0] = .paragraph("A new purpose.")
        changed.effectivePeriod = .fromSignature
        try t.store.saveEdition(changed, original: copy)
        #expect(try t.store.storedEdition("ky-iln-2024") == changed)
        #expect(try t.store.storedEdition("ky-iln-2024").purpose == ["A new purpose."])

        // Someone else saved meanwhile: the stale save is refused and writes nothing.
        var stale = copy
        stale.title = "STALE"
        do { try t.store.saveEdition(stale, original: copy) } catch {
            #expect("\(error)".contains("changed by someone else"), "\(error)")
        }
        #expect(try t.store.storedEdition("ky-iln-2024") == changed)
    }

    @Test func invalidEditionsAreNotSaved() throws {
        let t = try TemporaryStore()
        let copy = try t.store.copyEdition(base, as: "2023-2024")
        var bad = copy
        bad.title = " "
        bad.network.name = ""
        // Two points prompts with the same id.
        bad.sections[3].blocks[0] = .prompt(ReflectionPrompt(id: "current-year", answer: .points, text: "Again?"))
        // Two expectations with one id.
        if case .list(let role, let style, var items) = bad.sections[1].blocks[5] {
            items[1].id = items[0].id
            bad.sections[1].blocks[5] = .list(role: role, style: style, items: items)
        }
        let problems = EditionValidator.problems(in: bad, source: copy)
        let messages = problems.map(\.message).joined(separator: "\n")
        #expect(messages.contains("title is empty"))
        #expect(messages.contains("network's name is empty"))
        #expect(messages.contains("prompt ids must be unique"))
        #expect(messages.contains("only one question may take points of action"))
        #expect(messages.contains("two expectations have the id"))
        #expect(problems.contains { $0.field == .block(section: 1, block: 5) })
        #expect(throws: EditionStoreError.self) { try t.store.saveEdition(bad, original: copy) }
        #expect(try t.store.storedEdition("2023-2024") == copy)

        var fewer = copy
        fewer.sections.removeAll { $0.step == .contacts }
        #expect(EditionValidator.problems(in: fewer, source: copy).map(\.message).contains { $0.contains("Contacts step") })
    }

    @Test func theBundledEditionsPassTheChecks() {
        for edition in EditionCatalog.bundled.editions {
            #expect(EditionValidator.problems(in: edition).isEmpty, "\(edition.id)")
        }
    }

    @Test func editingIsRefusedOnceALetterOnTheEditionIsSigned() throws {
        let t = try TemporaryStore()
        let copy = try t.store.copyEdition(base, as: "2023-2024")
        try letter(t, "Boone County", edition: "2023-2024", status: .approved)
        var changed = copy
        changed.title = "LETTER"
        try t.store.checkEditable("2023-2024")
        try t.store.saveEdition(changed, original: copy)

        for status in [LetterStatus.signed, .active, .expired, .terminated] {
            let t = try TemporaryStore()
            let copy = try t.store.copyEdition(base, as: "2023-2024")
            try letter(t, "Kenton County", edition: "2023-2024", status: status)
            var changed = copy
            changed.title = "LETTER"
            do {
                try t.store.saveEdition(changed, original: copy)
                Issue.record("a save over a \(status) letter's edition went through")
            } catch {
                #expect("\(error)".contains("copy it instead"), "\(error)")
                #expect("\(error)".contains("2023-2024/kenton-county"), "\(error)")
            }
            #expect(throws: EditionStoreError.self) { try t.store.checkEditable("2023-2024") }
            #expect(try t.store.storedEdition("2023-2024") == copy, "nothing was written")
        }
    }

    @Test func aStaleIndexNeverHidesASignedLetterFromTheEditionLock() throws {
        let t = try TemporaryStore()
        let copy = try t.store.copyEdition(base, as: "2023-2024")
        var kenton = try letter(t, "Kenton County", edition: "2023-2024")
        let year = try SchoolYear("2023-2024")
        _ = try t.store.summaries(year: year, summarize: t.store.summarize)
        let indexPath = t.root + "/letters/2023-2024/.index"
        let draftIndex = try t.bytes(indexPath)
        kenton.status = .signed
        try t.store.save(kenton, by: "tester")
        // The index as it was before the signature: it still says draft.
        try draftIndex.write(to: URL(fileURLWithPath: indexPath))
        #expect(String(decoding: try t.bytes(indexPath), as: UTF8.self).contains("\tdraft\t"))

        #expect(try t.store.usage(ofEdition: "2023-2024").locked.map(\.status) == [.signed])
        var changed = copy
        changed.title = "LETTER"
        #expect(throws: EditionStoreError.self) { try t.store.saveEdition(changed, original: copy) }
        #expect(try t.store.storedEdition("2023-2024") == copy)
    }

    @Test func deletingIsRefusedWhileLettersUseTheEdition() throws {
        let t = try TemporaryStore()
        try t.store.copyEdition(base, as: "2023-2024")
        for name in ["Boone County", "Kenton County", "Adair County", "Bath County"] {
            try letter(t, name, edition: "2023-2024")
        }
        do {
            try t.store.deleteEdition("2023-2024")
            Issue.record("deleted an edition in use")
        } catch {
            let text = "\(error)"
            #expect(text.contains("4 letters use it"), "\(text)")
            #expect(text.contains("2023-2024/adair-county, 2023-2024/bath-county, 2023-2024/boone-county and 1 more"), "\(text)")
        }
        #expect(FileManager.default.fileExists(atPath: t.root + "/editions/2023-2024.json"))
        let usage = try t.store.usage(ofEdition: "2023-2024")
        #expect(usage.count == 4)
    }

    @Test func anUnusedStoredEditionIsDeleted() throws {
        let t = try TemporaryStore()
        try t.store.copyEdition(base, as: "2023-2024")
        try letter(t, "Boone County", edition: "2022-2023")
        try t.store.deleteEdition("2023-2024")
        #expect(!FileManager.default.fileExists(atPath: t.root + "/editions/2023-2024.json"))
        #expect(t.store.editionCatalog().0.editions.count == 3)
        #expect(throws: EditionStoreError.self) { try t.store.deleteEdition("2023-2024") }
    }

    @Test func aBrokenEditionFileIsReportedAndTheOthersStillLoad() throws {
        let t = try TemporaryStore()
        try t.store.copyEdition(base, as: "2023-2024")
        let folder = t.root + "/editions/"
        try Data("{\"id\": \"broken\", \"sch".utf8).write(to: URL(fileURLWithPath: folder + "broken.json"))
        try Data("[]".utf8).write(to: URL(fileURLWithPath: folder + "list.json"))
        var other = base
        other.id = "other"
        try Data(LetterStore.encodeEdition(other)).write(to: URL(fileURLWithPath: folder + "mismatch.json"))
        try Data(LetterStore.encodeEdition(base)).write(to: URL(fileURLWithPath: folder + "2022-2023.json"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "Bad Name.json"))

        let (catalog, problems) = t.store.editionCatalog()
        #expect(catalog.editions.map(\.id) == ["2015-2016", "2019-2020", "2022-2023", "2023-2024"])
        #expect(try catalog.edition(id: "2022-2023") == base, "the bundled edition wins")
        let text = problems.map(\.description).joined(separator: "\n")
        #expect(problems.count == 5, "\(text)")
        #expect(text.contains(folder + "broken.json"))
        #expect(text.contains("JSON array"))
        #expect(text.contains("does not match its file name"))
        #expect(text.contains("may not reuse its id"))
        #expect(text.contains("not a valid edition id"))
    }

    @Test func unreadableLettersKeepAnEditionFromBeingDeleted() throws {
        let t = try TemporaryStore()
        try t.store.copyEdition(base, as: "2023-2024")
        let letter = try letter(t, "Boone County", edition: "2022-2023")
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: t.store.letterPath(letter.district.slug, letter.schoolYear)))
        do { try t.store.deleteEdition("2023-2024") } catch {
            #expect("\(error)".contains("cannot be read"), "\(error)")
        }
        #expect(FileManager.default.fileExists(atPath: t.root + "/editions/2023-2024.json"))
    }

    @Test func openingWithEditionsSummarisesLettersOnStoredEditions() throws {
        let t = try TemporaryStore()
        try t.store.copyEdition(base, as: "2023-2024")
        try letter(t, "Boone County", edition: "2023-2024")
        let (store, catalog, problems) = try LetterStore.openWithEditions(at: t.root)
        #expect(problems.isEmpty)
        #expect(catalog.editions.count == 4)
        let summaries = try store.summaries(year: try SchoolYear("2023-2024"), summarize: store.summarize).summaries
        #expect(summaries.first?.openFindings ?? -1 > 0, "the letter is checked against its stored edition")
    }
}
