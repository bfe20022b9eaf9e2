import Foundation
import LetterDomain
@testable import LetterStore
import KyilnTestSupport
import Testing

/// The recovery journal: splices that give back exactly the bytes typed, a journal that only
/// continues its own recovery file, and a last line cut short by a kill.
@Suite struct RecoveryJournalTests {
    @Test func aSpliceTurnsTheOldTextIntoTheNewByteForByte() throws {
        var rng = SeededGenerator(seed: 16)
        let alphabet: [String] = ["a", "b", " ", "\n", "é", "e\u{301}", "🇰🇾", "👩‍👩‍👧", "中", "\""]
        var text = ""
        for _ in 0..<2_000 {
            var characters = Array(text)
            let at = Int.random(in: 0...characters.count, using: &rng)
            let removed = Int.random(in: 0...min(3, characters.count - at), using: &rng)
            let inserted = (0..<Int.random(in: 0...3, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            characters.replaceSubrange(at..<(at + removed), with: Array(inserted))
            let next = String(characters)
            let splice = TextSplice.between(text, next, field: "f")
            if text.utf8.elementsEqual(next.utf8) {
                #expect(splice == nil)
            } else {
                let made = try #require(splice)
                #expect(try made.applied(to: text).utf8.elementsEqual(next.utf8), "\(made)")
            }
            text = next
        }
    }

    @Test func aRunOfTypingIsOneSplice() throws {
        var splice = try #require(TextSplice.between("Dear", "Dear ", field: "f", cursor: 5))
        #expect(splice.absorb(try #require(TextSplice.between("Dear ", "Dear K", field: "f", cursor: 6))))
        #expect(splice.absorb(try #require(TextSplice.between("Dear K", "Dear Ky", field: "f", cursor: 7))))
        #expect(splice.absorb(try #require(TextSplice.between("Dear Ky", "Dear K", field: "f", cursor: 6))), "Backspace over what was typed")
        #expect(!splice.absorb(try #require(TextSplice.between("Dear K", "ear K", field: "f", cursor: 0))), "an edit elsewhere is its own")
        #expect(!splice.absorb(try #require(TextSplice.between("", "x", field: "g"))), "another field is its own")
        #expect(splice == TextSplice(field: "f", offset: 4, removed: 0, inserted: " K", cursor: 6))
    }

    @Test func aSpliceThatDoesNotFitItsTextIsAnError() {
        let splice = TextSplice(field: "reflections.growth", offset: 10, removed: 0, inserted: "x")
        #expect(throws: RecoveryJournalError.doesNotApply(field: "reflections.growth", offset: 10, length: 3)) { try splice.applied(to: "abc") }
        // Inside a character's bytes.
        #expect(throws: RecoveryJournalError.self) { try TextSplice(field: "f", offset: 1, removed: 0, inserted: "x").applied(to: "é") }
    }

    @Test func theJournalReplaysOnlyForItsOwnRecoveryFileAndDropsATornLastLine() throws {
        let folder = TemporaryFolder(prefix: "kyiln-journal-")
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let path = folder.path + "/.boone-county.recovery.journal"
        let splices = [TextSplice(field: "superintendent.name", offset: 0, removed: 0, inserted: "José \"Pepe\"\n\\ Muñoz\u{1}", cursor: 5),
                       TextSplice(field: "reflections.growth", offset: 3, removed: 2, inserted: "", cursor: nil)]
        let journal = try RecoveryJournal.start(at: path, generation: "g1", mode: 0o600)
        try journal.append([splices[0]])
        try journal.append([splices[1]])
        #expect(try RecoveryJournal.read(at: path, generation: "g1") == splices)
        #expect(try RecoveryJournal.read(at: path, generation: "g2") == [], "a journal of an older recovery file is not replayed")
        #expect(try RecoveryJournal.read(at: folder.path + "/none", generation: "g1") == [])

        // Killed inside a write: the last line has no end.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"field\":\"superintendent.na".utf8))
        try handle.close()
        #expect(try RecoveryJournal.read(at: path, generation: "g1") == splices)

        // Starting again empties it.
        _ = try RecoveryJournal.start(at: path, generation: "g2", mode: 0o600)
        #expect(try RecoveryJournal.read(at: path, generation: "g2") == [])
    }

    @Test func removingTheRecoveryRemovesItsJournal() throws {
        let store = try TemporaryStore()
        let letter = try store.draft()
        let recovery = Recovery(letter: letter, savedAt: Date(), journal: "g1")
        try store.store.writeRecovery(recovery)
        let journal = try store.store.startRecoveryJournal(recovery)
        try journal.append([TextSplice(field: "superintendent.name", offset: 0, removed: 0, inserted: "A")])
        #expect(try store.store.journalSplices(of: recovery).count == 1)
        store.store.removeRecovery(letter.district.slug, letter.schoolYear)
        #expect(!FileManager.default.fileExists(atPath: store.store.recoveryJournalPath(letter.district.slug, letter.schoolYear)))
        #expect(store.store.recoveries().isEmpty)
    }
}

