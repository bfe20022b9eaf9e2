import Foundation
import PackagePlugin

/// Gives the kyiln target a `KyilnVersion` enum (the version in `VERSION` and the git commit),
/// generated before every build by `scripts/version-stamp` into the plugin's own work folder:
/// nothing is written in the source tree, a fresh clone builds as it is, and reading the
/// version at run time needs no Foundation (two string constants).
@main
struct VersionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "generated")
        let script = context.package.directoryURL.appending(path: "scripts/version-stamp")
        return [
            .prebuildCommand(
                displayName: "Stamping kyiln's version and commit",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, context.package.directoryURL.path, output.appending(path: "KyilnVersion.swift").path],
                outputFilesDirectory: output
            ),
        ]
    }
}
