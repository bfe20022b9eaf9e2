import Foundation
import Glibc
import KyilnTestSupport
import LetterDomain
@testable import LetterStore
import Testing

/// The store's half of `kyiln access check`: modes and owners against the administrator's
/// table, and the program in the forced commands. Each problem comes with its fix.
@Suite("access check: the store and the forced command")
struct AccessCheckTests {
    @Test func aPrivateStoreIsNamedWithTheCommandThatSharesIt() throws {
        let temp = try TemporaryStore()
        let findings = temp.store.checkSharing(account: nil)
        #expect(findings.count == 1)
        #expect(findings.first?.problem.contains("is private") == true)
        #expect(findings.first?.fix == "kyiln --store \(temp.store.root) access init --group GROUP")
    }

    @Test func aWrongModeOrALinkInASharedStoreIsNamed() throws {
        guard getuid() == 0 || LetterStore.isMember(of: getegid()) else { return }
        let temp = try TemporaryStore()
        let letter = try temp.store.create(try temp.draft(), by: "pm")
        guard let group = getgrgid(getegid()).map({ String(cString: $0.pointee.gr_name) }) else { return }
        try temp.store.share(withGroup: group)
        let store = try LetterStore.open(at: temp.root)
        #expect(store.checkSharing(account: nil) == [], "a store just shared is as the table says")
        let path = store.yearFolder(letter.schoolYear) + "/\(letter.district.slug).json"
        #expect(chmod(path, 0o660) == 0)
        #expect(symlink("/etc/passwd", store.yearFolder(letter.schoolYear) + "/x.json") == 0)
        let findings = store.checkSharing(account: nil)
        #expect(findings.contains(AccessFinding("\(path) has mode 660, group id \(getegid()); it should be mode 640, group \(group)",
                                                fix: "kyiln --store \(store.root) access init --group \(group)")), "\(findings)")
        #expect(findings.contains { $0.problem.contains("/x.json is not a file or a folder") && $0.fix.hasPrefix("rm ") }, "\(findings)")
    }

    @Test func theForcedCommandsProgramMustBeRootsAndWritableByNobodyElse() throws {
        let folder = TemporaryFolder(prefix: "kyiln-check-")
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let program = folder.path + "/kyiln"
        #expect(FileManager.default.createFile(atPath: program, contents: Data("#!/bin/sh\n".utf8)), "a file the test needs could not be created")
        #expect(chmod(program, 0o775) == 0)
        let findings = LetterStore.checkRootOwned(program)
        #expect(findings.contains { $0.problem.hasPrefix("the forced command's program \(program) is owned by uid \(getuid()) with mode 775")
            && $0.fix == "chown root:root \(program) && chmod go-w \(program)" }, "\(findings)")
        // The temporary folder's parent (/tmp, 1777) is writable by everyone: named as well.
        #expect(findings.contains { $0.problem.hasPrefix("the folder above the forced command's program") }, "\(findings)")
        #expect(LetterStore.checkRootOwned("/nonexistent/kyiln").first?.problem.contains("does not exist") == true)
    }

    @Test func aGrantOfAnOlderKyilnIsListed() throws {
        let temp = try TemporaryStore()
        var blob: [UInt8] = [0, 0, 0, 11] + Array("ssh-ed25519".utf8) + [0, 0, 0, 32]
        blob += (0..<32).map { UInt8($0) }
        let key = try PublicKey(parsing: "ssh-ed25519 " + Base64.encode(blob) + " k", path: "k.pub")
        try temp.store.grant(district: try DistrictSlug("boone-county"), key: key, name: "Bill", kyiln: "/usr/bin/true")
        let path = temp.store.defaultAuthorizedKeysPath
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "SWIFT_BACKTRACE=enable=no exec ", with: "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let findings = temp.store.checkForcedCommands()
        #expect(findings.contains { $0.problem.contains("was written by an older kyiln") && $0.fix.contains("access grant --district boone-county") }, "\(findings)")
    }
}

/// `access check` knows the grants' roles: what a hand edit can leave that `access grant` never writes.
@Suite("access check: roles")
struct AccessRoleCheckTests {
    @Test func aSignatoryWithoutATitleAndAKeyWithTwoRolesAreNamed() throws {
        let temp = try TemporaryStore()
        var blob: [UInt8] = [0, 0, 0, 11] + Array("ssh-ed25519".utf8) + [0, 0, 0, 32]
        blob += (0..<32).map { UInt8($0) }
        let key = try PublicKey(parsing: "ssh-ed25519 " + Base64.encode(blob) + " k", path: "k.pub")
        let granted = try temp.store.grant(district: try DistrictSlug("boone-county"), key: key, name: "Bill", kyiln: "/usr/bin/true")
        #expect(temp.store.checkRoles().isEmpty, "a plain reviewer grant is fine")
        // A hand edit: the same key again, as a signatory with no title.
        var file = try temp.store.readAccess()
        var edited = granted
        edited.role = .signatory
        edited.title = ""
        file.entries.append(edited)
        try file.render().write(toFile: temp.store.defaultAuthorizedKeysPath, atomically: true, encoding: .utf8)
        let findings = temp.store.checkRoles()
        #expect(findings.contains { $0.problem.contains("signatory grant of \(granted.fingerprint) (boone-county)") && $0.problem.hasSuffix("has no title")
            && $0.fix.contains("--role signatory --title TITLE") }, "\(findings)")
        #expect(findings.contains { $0.problem.contains("both as reviewer and as signatory") && $0.fix.contains("access revoke --fingerprint \(granted.fingerprint)") },
                "\(findings)")
    }
}
