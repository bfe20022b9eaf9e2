import Foundation

/// The package's folder, found from a test file's path by walking up to `Package.swift`, so a
/// test that reads the repository (themes, seeds, scripts) does not depend on how deep it sits.
public enum PackageRoot {
    public static func url(from file: String = #filePath) -> URL {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        return directory
    }
}
