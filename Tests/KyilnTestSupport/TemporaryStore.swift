import Foundation
import LetterDomain
import LetterStore

/// A letter store in a fresh temporary folder, removed when the test ends: the one
/// temporary store of every test target (the screens' `ScreenStore`, the rules'
/// `RulesFixture` and the store's own tests build on it).
public final class TemporaryStore: @unchecked Sendable {
    public let folder: TemporaryFolder
    public let store: LetterStore

    public init(prefix: String = "kyiln-store-test-") throws {
        folder = TemporaryFolder(prefix: prefix)
        store = try LetterStore.open(at: folder.path)
    }

    /// The store's folder.
    public var root: String { folder.path }

    /// A draft letter for `name` in `year`.
    public func draft(_ name: String = "Boone County", year: String = "2022-2023") throws -> Letter {
        Letter(district: District(name: name, slug: try DistrictSlug(deriving: name)), schoolYear: try SchoolYear(year),
               editionID: "2022-2023", createdBy: "tester")
    }

    /// Raw bytes of a file in the store.
    public func bytes(_ path: String) throws -> Data { try folder.bytes(path) }

    /// File mode bits of a path.
    public func mode(_ path: String) throws -> Int { try folder.mode(path) }
}
