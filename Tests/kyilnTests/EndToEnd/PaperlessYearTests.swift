import Foundation
import LetterDomain
import Testing

/// Issue 19's "done when", as one story with the real binary and no paper: last year's letter
/// imported and completed, approved and signed by the district in the line review (what
/// `ssh -T` runs), countersigned by KDE in the TUI (F2, in tmux), verified, exported with its
/// signature page; then a hand edit of the letter file is caught.
@Suite("A school year end to end, with no paper")
struct PaperlessYearTests {
    @Test(.enabled(if: TmuxPane.canRun, "needs tmux"))
    func importApproveSignCountersignVerifyExport() throws {
        let store = StoreFolder()
        func ok(_ arguments: String..., stdin: String = "") throws -> String {
            let result = try KyilnProcess.run(["--store", store.path] + arguments, stdin: stdin)
            #expect(result.status == 0, "kyiln \(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)")
            return result.stdout
        }
        _ = try ok("import", ImportCommandTests.nelson)
        let address = ["nelson-county", "--year", "2015-2016"]
        for item in try EditionCatalog.bundled.edition(id: "2015-2016").expectations {
            _ = try ok("set", address[0], address[1], address[2], "acknowledgements.\(item.id)", "yes")
        }
        _ = try ok("set", address[0], address[1], address[2], "signatures.district.name", "Tim Hockensmith")
        _ = try ok("set", address[0], address[1], address[2], "signatures.district.title", "Superintendent")
        _ = try ok("status", address[0], address[1], address[2], "in-review")
        let key = "SHA256:" + String(repeating: "N", count: 43)
        func review(_ input: String) throws -> String {
            try ok("review", "--district", "nelson-county", "--year", "2015-2016", "--reviewer", key, stdin: input)
        }
        #expect(try review("6\napprove\nTim Hockensmith\nquit\n").contains("Thank you, Tim Hockensmith"))
        let signed = try review("sign\nTim Hockensmith\nSuperintendent\nyes\nquit\n")
        #expect(signed.contains("Signed revision"), "\(signed)")
        // Listed as signed as soon as the signature file exists, before KDE's kyiln stores it in the letter.
        #expect(try ok("list", "--year", "2015-2016").contains("nelson-county  signed"), "listed as signed before KDE's kyiln reads it")
        #expect(try ok("verify", address[0], address[1], address[2]).contains("The signed record holds"))

        try countersignInTheTUI(store)

        let verified = try ok("verify", address[0], address[1], address[2])
        #expect(verified.contains("the district's signature (Tim Hockensmith"), "\(verified)")
        #expect(verified.contains("KDE's countersignature (Terry Holliday"))
        #expect(try ok("list", "--year", "2015-2016").contains("nelson-county  active"))
        let html = try ok("export", address[0], address[1], address[2], "--format", "html")
        #expect(html.contains("<h2>Signature page</h2>") && html.contains("Countersigned for KDE by Terry Holliday"))
        let history = try ok("history", address[0], address[1], address[2])
        for step in ["reviewed: in-review → approved", "status approved → signed", "status signed → active", "signed without paper over SSH"] {
            #expect(history.contains(step), "\(step) missing from:\n\(history)")
        }

        // Changed behind kyiln's back: caught, by field.
        let path = store.path + "/letters/2015-2016/nelson-county.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"Nelson County\""))
        try text.replacingOccurrences(of: "\"Nelson County\"", with: "\"Nelsen County\"").write(toFile: path, atomically: true, encoding: .utf8)
        let caught = try KyilnProcess.run(["--store", store.path, "verify"] + address)
        #expect(caught.status == 1)
        #expect(caught.stdout.contains("DOES NOT HOLD"), "\(caught.stdout)")
        #expect(caught.stdout.contains("Changed since: district.name"))
    }

    /// KDE countersigns in the TUI: F2, active, name and the words of intent.
    func countersignInTheTUI(_ store: StoreFolder) throws {
        let pane = try TmuxPane(columns: 120, rows: 40, command: TUIEndToEndTests.run(store))
        defer { pane.kill() }
        // kyiln opens on the current school year; last year's letter is picked with y.
        try pane.waitFor("Letters of Commitment", timeout: 10)
        try pane.press("y")
        try pane.waitFor("2015-2016")
        for _ in 0..<5 { try pane.press("Up") }  // the oldest year is first
        try pane.press("Enter")
        try pane.waitFor("Nelson County", timeout: 10)
        try pane.press("Enter")
        try pane.waitFor("Signed: read-only", timeout: 10)
        try pane.press("F2")
        try pane.waitFor("Your name")
        try pane.press("Tab")
        try pane.type("Terry Holliday")
        try pane.press("Tab")
        try pane.type("I sign this Letter of Commitment between Nelson County and KDE for 2015-2016", shows: "KDE for 2015-2016")
        try pane.press("Enter")
        try pane.waitFor("Countersigned by Terry Holliday", timeout: 10)
        try pane.press("C-q")
        try pane.waitForExit(timeout: 10)
    }
}
