import LetterDomain
import LetterFiles
import LetterRules
import LetterStore
import SystemCalls
import TerminalUI

/// A folder import: its letter files are read and stored a few at a time (on the app's ticks,
/// so the progress line is drawn between them), then a summary names every file, imported
/// or not and why, and every entry skipped.
struct FolderRun: Sendable {
    var folder: String
    var files: [String]
    var skipped: [LetterFolder.Skipped]
    /// How many of `files` were imported or refused so far.
    var done = 0
    /// One line per file, in order: what became of it.
    var results: [String] = []
    var stored = 0
    var notStored = 0
    /// True when the person stopped the run before its end.
    var stopped = false

    var isFinished: Bool { stopped || done == files.count }

    /// The progress line while the files are read.
    var progress: String {
        let next = done < files.count ? ": " + ImportPreview.safe(LetterFileReader.fileName(files[done])) : ""
        return "Importing \(done + 1) of \(files.count)\(next)…"
    }

    /// The summary: one count line, then every file and every skipped entry with why.
    var summary: String {
        let total = files.count + skipped.count
        var head = "\(total) file\(total == 1 ? "" : "s") in \(ImportPreview.safe(folder)): \(stored) imported, "
            + "\(notStored) not stored, \(skipped.count) skipped"
        if stopped { head += "; stopped after \(done) of \(files.count), the rest not read" }
        var lines = [head + ".", ""] + results
        if !skipped.isEmpty { lines += [""] + skipped.map { "skipped \(ImportPreview.safe($0.name)): \($0.reason)" } }
        return lines.joined(separator: "\n")
    }

    /// Imports the next file as a draft (never replacing a stored letter: a file is replaced
    /// by importing it alone, after its preview) and records what became of it.
    mutating func importNext(context: AppContext, year: SchoolYear?) {
        guard done < files.count else { return }
        let name = ImportPreview.safe(LetterFileReader.fileName(files[done]))
        done += 1
        let letter: Letter, source: String
        do {
            let report = try LetterFileReader(importer: LetterImporter(editions: context.editions)).read(path: files[done - 1])
            if let reason = report.unplaced.first(where: { $0.line == 0 && report.edition == nil })?.reason {
                return refuse(name, ImportPreview.safe(reason))
            }
            letter = try report.letter(year: year, by: context.user, now: context.now())
            source = report.sourceName
        } catch let error as SystemError {
            return refuse(name, error.description)
        } catch let error as ImportError {
            // The summary names the file at the start of its line already.
            let reason = ImportState.reason(for: error), prefix = LetterFileReader.fileName(files[done - 1]) + ": "
            return refuse(name, ImportPreview.safe(reason.hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason))
        } catch {
            return refuse(name, "\(error)")
        }
        let what = "\(ImportPreview.safe(letter.district.name)) \(letter.schoolYear)"
        do throws(RulesError) {
            _ = try context.service.storeImported(letter, source: source, replacing: false)
            stored += 1
            results.append("\(name): imported \(what) as a draft")
        } catch {
            switch error {
            case .store(.alreadyExists): refuse(name, "\(what) has a letter already (import the file alone to replace it)")
            case .locked(let status, _): refuse(name, "\(what) is \(status.label); a signed letter is never replaced")
            default: refuse(name, error.description)
            }
        }
    }

    private mutating func refuse(_ name: String, _ reason: String) {
        notStored += 1
        results.append("\(name): not stored: \(reason)")
    }
}

extension ImportState {
    /// Lists the folder and starts importing it; a folder without letter files is an error at the prompt.
    mutating func startFolder(_ folder: String) {
        do throws(SystemError) {
            let (files, skipped) = try LetterFolder.letters(in: folder)
            guard !files.isEmpty else {
                error = "\(folder) holds no .docx, .odt or .txt files" + (skipped.isEmpty ? "." : " (\(skipped.count) other entries).")
                return
            }
            phase = .folder(FolderRun(folder: folder, files: files, skipped: skipped))
            relayout()
        } catch {
            self.error = error.description.capitalizedFirst
        }
    }

    /// On a tick: imports the next few files; when the last is done, the summary is shown.
    /// Says how far it got: the next progress line, or the run just finished (nil: no run going).
    mutating func advance(context: AppContext) -> FolderStep? {
        guard case .folder(var run) = phase, !run.isFinished else { return nil }
        for _ in 0..<Self.filesPerTick where !run.isFinished { run.importNext(context: context, year: try? askedYear()) }
        phase = .folder(run)
        guard run.isFinished else { return .progress(run.progress) }
        view = TextView(text: run.summary, viewport: viewRect.size)
        return .finished(run)
    }

    /// What a tick of a folder import did.
    enum FolderStep {
        case progress(String)
        case finished(FolderRun)
    }

    /// Files read between two draws of the progress line (a letter takes a few milliseconds).
    static let filesPerTick = 4

    /// While importing: Esc stops after the file being read. Afterwards: the summary
    /// scrolls, and Enter or Esc goes back to Home.
    mutating func updateFolder(_ press: KeyPress, run: FolderRun) -> ImportScreenOutcome {
        if !run.isFinished {
            guard press.is(.back) else { return .handled }
            var stopped = run
            stopped.stopped = true
            phase = .folder(stopped)
            view = TextView(text: stopped.summary, viewport: viewRect.size)
            return .handled
        }
        if press.is(.back) || press.key == .enter || press.key == .character("q") { return .close }
        if press.scrolls, view.handle(press.key) { return .handled }
        return .ignored
    }
}
