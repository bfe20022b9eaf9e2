import LetterDomain
import LetterStore
import TerminalUI

extension EditionsState {
    /// Opens the editor on the edits a recovery file kept (after Restore). An edition that is
    /// built in, gone or now used by signed letters is said instead, and the file is kept.
    mutating func openRecovered(_ recovery: EditionRecovery, context: AppContext) -> Bool {
        var readOnly: String?
        do { try context.store.checkEditable(recovery.editionID) } catch {
            guard case .locked(let id, let usage) = error else {
                message = StatusMessage("Could not restore the edits to edition \(recovery.editionID): \(error.description). The recovery file is kept.",
                                        kind: .error)
                return false
            }
            readOnly = Self.readOnlyReason(id: id, locked: usage.locked)
        }
        if let index = catalog.editions.firstIndex(where: { $0.id == recovery.editionID }) { list.select(index: index) }
        mode = .editor(EditionEditorState(recovering: recovery, size: size, readOnlyReason: readOnly))
        return true
    }

    /// The open editor's edits for the recovery file, when there are any not yet written;
    /// `written()` notes them as written.
    var unrecordedEditorEdits: EditionEditorState? {
        guard let editor, editor.hasUnrecordedChanges else { return nil }
        return editor
    }

    /// Notes that the recovery file holds the open editor's edits.
    mutating func editorRecorded() {
        if case .editor(var editor) = mode {
            mode = .list
            editor.recorded()
            mode = .editor(editor)
        }
    }
}
