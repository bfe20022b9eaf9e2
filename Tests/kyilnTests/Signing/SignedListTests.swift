import Foundation
import Testing

/// A letter signed over SSH is listed as signed as soon as the signature file exists, before
/// the program manager's kyiln has opened (and saved) it: `kyiln list` and Home read the
/// summary index, which knows nothing of the `signatures/` folder.
@Suite("kyiln list and a signature written over SSH")
struct SignedListTests {
    /// The listing line of Boone County.
    func booneLine(_ folder: StoreFolder) throws -> String {
        let listed = try folder.kyiln("list", "--year", "2022-2023")
        #expect(listed.status == 0, "\(listed.stderr)")
        return try #require(listed.stdout.split(separator: "\n").first { $0.contains("boone-county") }.map(String.init), "\(listed.stdout)")
    }

    @Test func aSignatureFileShowsAsSignedBeforeTheLetterIsOpened() throws {
        let commands = SigningCommandTests()
        let folder = try commands.approvedLetter()
        #expect(try booneLine(folder).contains("approved"))
        let signed = try commands.sign(folder)
        #expect(signed.stdout.contains("Thank you, Jane Roe."), "\(signed.stdout)")
        let path = folder.path + "/letters/2022-2023/boone-county.json"
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let line = try booneLine(folder)
        #expect(line.contains("signed"), "\(line)")
        #expect(!line.contains("approved"), "\(line)")
        // Listing applies the signature for display only: the letter file is written by the
        // program manager's kyiln when it opens the letter, with its history entry.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }
}
