import Foundation
import LetterDomain
@testable import LetterStore

/// A store in a fresh temporary folder, removed when the test ends.
final class TemporaryStore {
    let root: String
    let store: LetterStore

    init() throws {
        root = NSTemporaryDirectory() + "kyiln-store-test-" + UUID().uuidString
        store = try LetterStore.open(at: root)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// A draft letter for `name` in `year`.
    func draft(_ name: String = "Boone County", year: String = "2022-2023") throws -> Letter {
        Letter(district: District(name: name, slug: try DistrictSlug(deriving: name)), schoolYear: try SchoolYear(year),
               editionID: "2022-2023", createdBy: "tester")
    }

    /// Raw bytes of a file in the store.
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// File mode bits of a path.
    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }
}
