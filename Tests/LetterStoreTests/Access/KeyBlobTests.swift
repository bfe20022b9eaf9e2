import Foundation
@testable import LetterStore
import Testing

/// Keys whose data sshd would not read (cut short, bytes left over, another type inside) are
/// refused; real keys of every type `ssh-keygen` makes are accepted.
@Suite("Key data, field by field")
struct KeyBlobTests {
    static let kinds: [(type: String, bits: String)] = [("ed25519", ""), ("rsa", "2048"), ("rsa", "1024"), ("ecdsa", "256"), ("ecdsa", "384"), ("ecdsa", "521")]

    /// `ssh-keygen`'s public keys as (type, blob), or nil without `ssh-keygen`.
    static func realKeys() throws -> [(type: String, blob: [UInt8])]? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") else { return nil }
        let folder = NSTemporaryDirectory() + "kyiln-blobs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var keys: [(String, [UInt8])] = []
        for (type, bits) in kinds {
            let file = folder + "/\(type)\(bits)"
            var arguments = ["-q", "-t", type, "-N", "", "-C", "test", "-f", file]
            if !bits.isEmpty { arguments += ["-b", bits] }
            let process = try Process.run(URL(fileURLWithPath: "/usr/bin/ssh-keygen"), arguments: arguments)
            process.waitUntilExit()
            let parts = try String(contentsOfFile: file + ".pub", encoding: .utf8).split(separator: " ")
            keys.append((String(parts[0]), Base64.decode(String(parts[1]))!))
        }
        return keys
    }

    static func parse(_ type: String, _ blob: [UInt8]) throws(AccessError) -> PublicKey {
        try PublicKey(parsing: "\(type) \(Base64.encode(blob)) test\n", path: "k.pub")
    }

    static func refusal(_ type: String, _ blob: [UInt8]) -> String? {
        do {
            _ = try parse(type, blob)
            return nil
        } catch {
            return error.description
        }
    }

    static func wire(_ text: String) -> [UInt8] { wire(Array(text.utf8)) }
    static func wire(_ bytes: [UInt8]) -> [UInt8] {
        let n = UInt32(bytes.count)
        return [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)] + bytes
    }

    @Test func realKeysOfEveryTypeAreAccepted() throws {
        guard let keys = try Self.realKeys() else { print("skipped: no /usr/bin/ssh-keygen"); return }
        for (type, blob) in keys {
            #expect(throws: Never.self, "\(type)") { _ = try Self.parse(type, blob) }
        }
    }

    @Test func truncatedKeysAreRefused() throws {
        guard let keys = try Self.realKeys() else { print("skipped: no /usr/bin/ssh-keygen"); return }
        for (type, blob) in keys {
            for cut in [1, 2, 3, 4, 17] {
                let reason = Self.refusal(type, Array(blob.dropLast(cut)))
                #expect(reason != nil, "\(type) cut by \(cut) was accepted")
            }
        }
    }

    @Test func trailingBytesAreRefused() throws {
        guard let keys = try Self.realKeys() else { print("skipped: no /usr/bin/ssh-keygen"); return }
        for (type, blob) in keys {
            for extra in [[0], [0, 0, 0, 0], Self.wire("more")] as [[UInt8]] {
                let reason = Self.refusal(type, blob + extra)
                #expect(reason?.contains("left over") == true, "\(type) + \(extra.count) bytes: \(reason ?? "accepted")")
            }
        }
    }

    @Test func typeMismatchesAreRefused() throws {
        guard let keys = try Self.realKeys() else { print("skipped: no /usr/bin/ssh-keygen"); return }
        let byType = Dictionary(keys.map { ($0.type, $0.blob) }, uniquingKeysWith: { first, _ in first })
        let ed = byType["ssh-ed25519"]!, p256 = byType["ecdsa-sha2-nistp256"]!
        // The blob of one type after the name of another.
        #expect(Self.refusal("ssh-rsa", ed)?.contains("does not start with its type") == true)
        #expect(Self.refusal("ecdsa-sha2-nistp384", p256)?.contains("does not start with its type") == true)
        // The type inside renamed to match the outside, the fields still another type's.
        let renamed = Self.wire("ecdsa-sha2-nistp384") + p256.dropFirst(4 + "ecdsa-sha2-nistp256".utf8.count)
        #expect(Self.refusal("ecdsa-sha2-nistp384", renamed)?.contains("curve") == true)
        let edAsRSA = Self.wire("ssh-rsa") + ed.dropFirst(4 + "ssh-ed25519".utf8.count)
        #expect(Self.refusal("ssh-rsa", edAsRSA) != nil)
        let edAsECDSA = Self.wire("ecdsa-sha2-nistp256") + ed.dropFirst(4 + "ssh-ed25519".utf8.count)
        #expect(Self.refusal("ecdsa-sha2-nistp256", edAsECDSA) != nil)
    }

    @Test func fieldsOfTheWrongLengthAreRefused() {
        let ed = Self.wire("ssh-ed25519") + Self.wire([UInt8](repeating: 7, count: 31))
        #expect(Self.refusal("ssh-ed25519", ed)?.contains("instead of 32") == true)
        let good = Self.wire("ssh-ed25519") + Self.wire([UInt8](repeating: 7, count: 32))
        #expect(Self.refusal("ssh-ed25519", good) == nil)
        let sk = good + Self.wire("ssh:")
        #expect(Self.refusal("sk-ssh-ed25519@openssh.com", Self.wire("sk-ssh-ed25519@openssh.com") + sk.dropFirst(4 + 11)) == nil)
        #expect(Self.refusal("sk-ssh-ed25519@openssh.com", Self.wire("sk-ssh-ed25519@openssh.com") + good.dropFirst(4 + 11)) != nil)
        let compressed = Self.wire("ecdsa-sha2-nistp256") + Self.wire("nistp256") + Self.wire([2] + [UInt8](repeating: 1, count: 32))
        #expect(Self.refusal("ecdsa-sha2-nistp256", compressed)?.contains("uncompressed point") == true)
        let smallRSA = Self.wire("ssh-rsa") + Self.wire([1, 0, 1]) + Self.wire([0x7F] + [UInt8](repeating: 0xFF, count: 63))
        #expect(Self.refusal("ssh-rsa", smallRSA)?.contains("bits") == true)
        let negative = Self.wire("ssh-rsa") + Self.wire([1, 0, 1]) + Self.wire([UInt8](repeating: 0xFF, count: 256))
        #expect(Self.refusal("ssh-rsa", negative) != nil)
    }
}
