import Screens

/// A scripted line-mode session for tests: answers in, everything written collected.
public final class ScriptedLineIO: LineIO {
    private var lines: [String]
    public private(set) var output = ""

    public init(_ input: String) {
        lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
    }

    public func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    public func write(_ text: String) {
        output += text
    }
}
