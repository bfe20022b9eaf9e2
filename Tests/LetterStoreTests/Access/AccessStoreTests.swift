import Foundation
import LetterDomain
@testable import LetterStore
import Testing

@Suite("Managed authorized_keys")
struct AccessStoreTests {
    let kyiln = "/usr/local/bin/kyiln"

    func key(_ comment: String = "bill@laptop") throws -> PublicKey {
        try PublicKey(parsing: PublicKeyTests.ed25519.replacingOccurrences(of: "bill@laptop", with: comment), path: "k.pub")
    }

    func otherKey() throws -> PublicKey {
        // A second valid ed25519 blob: the type string and 32 bytes.
        var blob: [UInt8] = [0, 0, 0, 11] + Array("ssh-ed25519".utf8) + [0, 0, 0, 32]
        blob += (0..<32).map { UInt8($0) }
        return try PublicKey(parsing: "ssh-ed25519 " + Base64.encode(blob) + " ann", path: "o.pub")
    }

    @Test func grantWritesTheForcedCommandLine() throws {
        let temp = try TemporaryStore()
        let slug = try DistrictSlug("boone-county")
        let entry = try temp.store.grant(district: slug, key: try key(), name: "Bill Hogan", kyiln: kyiln,
                                         now: Date(timeIntervalSince1970: 1_700_000_000))
        let path = temp.store.defaultAuthorizedKeysPath
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = "command=\"SWIFT_BACKTRACE=enable=no exec /usr/local/bin/kyiln --store \(temp.store.root) review --district boone-county --reviewer \(entry.fingerprint)\",restrict,pty \(PublicKeyTests.ed25519)"
        #expect(text.split(separator: "\n").map(String.init).contains(expected))
        #expect(text.contains("# kyiln-access {\"district\":\"boone-county\",\"fingerprint\":\"\(entry.fingerprint)\",\"granted\":\"2023-11-14T22:13:20Z\",\"name\":\"Bill Hogan\"}"))
        #expect(try temp.mode(path) == 0o600)
        let listed = try temp.store.readAccess()
        #expect(listed.entries == [entry])
    }

    @Test func regrantReplacesAndRevokeRemoves() throws {
        let temp = try TemporaryStore()
        let boone = try DistrictSlug("boone-county"), adair = try DistrictSlug("adair-county")
        try temp.store.grant(district: boone, key: try key(), name: "Bill Hogan", kyiln: kyiln)
        try temp.store.grant(district: adair, key: try otherKey(), name: "Ann Lee", kyiln: kyiln)
        try temp.store.grant(district: adair, key: try key("new comment"), name: "Bill Hogan", kyiln: kyiln)
        var file = try temp.store.readAccess()
        #expect(file.entries.count == 2)
        #expect(file.entries.allSatisfy { $0.district == adair })
        #expect(file.entries.first { $0.name == "Bill Hogan" }!.line.hasSuffix(" new comment"))
        let removed = try temp.store.revoke(fingerprint: try key().fingerprint)
        #expect(removed.map(\.name) == ["Bill Hogan"])
        #expect(throws: AccessError.nothingToRevoke(what: "key \(try key().fingerprint)")) { try temp.store.revoke(fingerprint: try key().fingerprint) }
        try temp.store.revoke(district: adair)
        file = try temp.store.readAccess()
        #expect(file.entries.isEmpty)
    }

    @Test func nothingCanBeInjectedIntoTheLine() throws {
        let temp = try TemporaryStore()
        let slug = try DistrictSlug("boone-county")
        for bad in ["relative/kyiln", "/opt/ky iln", "/opt/kyiln\";sh", "/opt/$(id)", "/opt/a\nb", "/opt/../bin/sh", "/opt/`id`", "/opt/-x"] {
            #expect(throws: AccessError.self, "\(bad)") { try temp.store.grant(district: slug, key: try key(), name: "Bill", kyiln: bad) }
        }
        for name in ["", "Bill\nHogan", "Bill \"H\"", "Bill\\", "Bill\u{202E}", String(repeating: "x", count: 81)] {
            #expect(throws: AccessError.self, "\(name.debugDescription)") { try temp.store.grant(district: slug, key: try key(), name: name, kyiln: kyiln) }
        }
        #expect(!FileManager.default.fileExists(atPath: temp.store.defaultAuthorizedKeysPath))
    }

    @Test func handEditsAreKeptOrRefused() throws {
        let temp = try TemporaryStore()
        let slug = try DistrictSlug("boone-county")
        try temp.store.grant(district: slug, key: try otherKey(), name: "Ann Lee", kyiln: kyiln)
        let path = temp.store.defaultAuthorizedKeysPath
        var text = try String(contentsOfFile: path, encoding: .utf8)
        // A line someone added by hand is kept, and its key cannot also be granted.
        text = text.replacingOccurrences(of: "# kyiln-access", with: PublicKeyTests.ed25519 + "\n# kyiln-access")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try temp.store.readAccess().foreignKeyLines == [PublicKeyTests.ed25519])
        #expect(throws: AccessError.self) { try temp.store.grant(district: slug, key: try key(), name: "Bill", kyiln: kyiln) }
        // A managed line whose district was changed by hand stops every rewrite.
        text = text.replacingOccurrences(of: "review --district boone-county", with: "review --district adair-county")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: AccessError.self) { try temp.store.readAccess() }
        #expect(throws: AccessError.self) { try temp.store.revoke(district: slug) }
    }

    @Test func sharedModeSetsGroupAndModes() throws {
        guard getuid() == 0 || LetterStore.isMember(of: getegid()) else { return }
        let temp = try TemporaryStore()
        let letter = try temp.store.create(try temp.draft(), by: "pm")
        guard let group = getgrgid(getegid()).map({ String(cString: $0.pointee.gr_name) }) else { return }
        let report = try temp.store.share(withGroup: group)
        #expect(report.count > 5 && report.leftAlone.isEmpty)
        let store = try LetterStore.open(at: temp.root)
        #expect(store.sharedGroup == group)
        #expect(store.fileMode == 0o640 && store.directoryMode == 0o2750)
        #expect(try temp.mode(temp.root) == 0o2750)
        #expect(try temp.mode(store.yearFolder(letter.schoolYear)) == 0o2750)
        #expect(try temp.mode(store.letterPath(letter.district.slug, letter.schoolYear)) == 0o640)
        #expect(try temp.mode(temp.root + "/store.lock") == 0o600)
        #expect(try temp.mode(store.reviewsFolder) == 0o3770)
        #expect(try temp.mode(store.reviewsFolder + "/reviews.lock") == 0o660)
        // New files follow the shared modes.
        var moving = letter
        moving.status = .inReview
        let saved = try store.save(moving, by: "pm")
        #expect(try temp.mode(store.letterPath(saved.district.slug, saved.schoolYear)) == 0o640)
        try store.grant(district: saved.district.slug, key: try key(), name: "Bill", kyiln: kyiln)
        #expect(try temp.mode(store.defaultAuthorizedKeysPath) == 0o640)
        let review = Review(slug: saved.district.slug, schoolYear: saved.schoolYear, revision: saved.revision, decision: .approve,
                            comment: "", reviewerName: "Bill", fingerprint: "", at: Date())
        let written = try store.record(review)
        #expect(try temp.mode(written) == 0o640)
        #expect(try temp.mode(store.reviewFolder(saved.district.slug, saved.schoolYear)) == 0o3770)
        // And back.
        try store.share(withGroup: nil)
        let privateStore = try LetterStore.open(at: temp.root)
        #expect(privateStore.sharedGroup == nil)
        #expect(try temp.mode(temp.root) == 0o700)
        #expect(try temp.mode(written) == 0o600)
        #expect(throws: AccessError.self) { try store.share(withGroup: "no-such-group-kyiln") }
        #expect(throws: AccessError.self) { try store.share(withGroup: "Bad Group") }
    }
}
