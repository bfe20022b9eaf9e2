import Foundation
import LetterDomain
import LetterStore
import Testing

/// Issue 5's "done when", as one story with the real binary: last year's Word letter
/// imported, sent to review, approved by the district, signed, countersigned, exported for
/// the record, and the year rolled over.
@Suite("A school year end to end, from kyiln alone")
struct YearEndToEndTests {
    @Test func importReviewSignCountersignExportAndRollOver() throws {
        let store = StoreFolder()
        func ok(_ arguments: String..., stdin: String = "") throws -> String {
            let result = try KyilnProcess.run(["--store", store.path] + arguments, stdin: stdin)
            #expect(result.status == 0, "kyiln \(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }
        // 1. Last year's letter, saved as text from Word.
        #expect(try ok("import", ImportCommandTests.nelson).contains("stored nelson-county 2015-2016 as a draft"))
        let address = ["nelson-county", "--year", "2015-2016"]
        // 2. What the Word form did not hold: the acknowledgements and the signatory.
        for item in try EditionCatalog.bundled.edition(id: "2015-2016").expectations {
            _ = try ok("set", address[0], address[1], address[2], "acknowledgements.\(item.id)", "yes")
        }
        _ = try ok("set", address[0], address[1], address[2], "signatures.district.name", "Tim Hockensmith")
        _ = try ok("set", address[0], address[1], address[2], "signatures.district.title", "Superintendent")
        let validate = try KyilnProcess.run(["--store", store.path, "validate"] + address)
        #expect(validate.status == 0, "\(validate.stdout)")
        // 3. Sent to the district, whose contact approves what they read: `kyiln review` is
        //    the forced command of their SSH key; without a terminal it is the line review.
        _ = try ok("status", address[0], address[1], address[2], "in-review")
        let fingerprint = "SHA256:" + String(repeating: "N", count: 43)
        let review = try ok("review", "--district", "nelson-county", "--year", "2015-2016", "--reviewer", fingerprint,
                            stdin: "6\napprove\nTim Hockensmith\nquit\n")
        #expect(review.contains("Thank you, Tim Hockensmith"), "\(review)")
        let letterStore = try LetterStore.open(at: store.path)
        #expect(try ok("list", "--year", "2015-2016").contains("nelson-county  approved"))
        // 4. Signed and countersigned. The 2015-2016 form names no KDE designee, so the
        //    countersigner is typed in before the district signs: a signed letter is locked.
        _ = try ok("set", address[0], address[1], address[2], "signatures.kde.name", "Terry Holliday")
        _ = try ok("status", address[0], address[1], address[2], "signed", "--date", "8/18/2015")
        let late = try KyilnProcess.run(["--store", store.path, "set"] + address + ["signatures.kde.name", "Someone Else"])
        #expect(late.status == 3, "a signed letter's signature lines are locked")
        _ = try ok("status", address[0], address[1], address[2], "active", "--date", "8/20/2015")
        // 5. Exported for the record.
        let html = NSTemporaryDirectory() + "kyiln-year-" + UUID().uuidString + ".html"
        defer { try? FileManager.default.removeItem(atPath: html) }
        _ = try ok("export", address[0], address[1], address[2], "--format", "html", "--output", html)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("Nelson County"))
        #expect(page.contains("World Readiness Certification"))
        #expect(page.contains("Tim Hockensmith"))
        let csv = try ok("export", "--year", "2015-2016", "--format", "csv")
        #expect(csv.contains("Nelson County,nelson-county,2015-2016,active"), "\(csv)")
        // 6. The next year: one draft, contacts kept, answers and signatures empty; twice makes nothing twice.
        #expect(try ok("rollover", "--from", "2015-2016", "--to", "2016-2017").contains("created 1, skipped 0"))
        #expect(try ok("rollover", "--from", "2015-2016", "--to", "2016-2017").contains("created 0, skipped 1"))
        let next = try letterStore.load(try DistrictSlug("nelson-county"), year: try SchoolYear("2016-2017"))
        #expect(next.status == .draft)
        #expect(next.actions.isEmpty && next.signatures.district.name.isEmpty)
        // 7. The history tells the whole story, review included.
        let history = try ok("history", address[0], address[1], address[2])
        for step in ["imported", "status draft → in-review", "reviewed: in-review → approved", "status approved → signed", "status signed → active"] {
            #expect(history.contains(step), "\(step) missing from:\n\(history)")
        }
    }
}
