import FoundationEssentials
import LetterDomain
import LetterStore
import TerminalUI

/// What the edition editor's recovery file keeps (`EditionRecovery`) and how a restore puts it
/// back: every field's text as typed, the cursor in each, the Left/Right choices and the focus.
extension EditionEditorState {
    /// The key a control's text and cursor are kept under in a recovery file.
    static func recoveryKey(_ control: EditionEditorControl) -> String {
        String(describing: control)
    }

    /// Whether edits were made since the recovery file was last written (`recorded()`).
    var hasUnrecordedChanges: Bool { changeCount != recordedChanges }

    /// Notes that the recovery file now holds every edit made so far.
    mutating func recorded() {
        recordedChanges = changeCount
    }

    /// The recovery file's contents for the edits as they are now.
    func recovery(savedAt: Date) -> EditionRecovery {
        var texts: [String: String] = [:]
        var cursors: [String: Int] = [:]
        for (control, editor) in fields {
            texts[Self.recoveryKey(control)] = editor.text
            cursors[Self.recoveryKey(control)] = editor.cursor
        }
        for (control, editor) in areas {
            texts[Self.recoveryKey(control)] = editor.text
            cursors[Self.recoveryKey(control)] = editor.cursor
        }
        return EditionRecovery(editionID: original.id, original: original, working: working, texts: texts, cursors: cursors,
                               focus: focus, savedAt: savedAt)
    }

    /// An editor on the edition the recovery started from, holding its edits: the texts as typed,
    /// cursors where they were, the choices and the focus. The edits show as unsaved; if the stored
    /// edition changed meanwhile, the save refuses (it checks the file still holds `original`).
    init(recovering recovery: EditionRecovery, size: Size, readOnlyReason: String?) {
        self.init(edition: recovery.original, size: size, readOnlyReason: readOnlyReason)
        // Choices only: the structure (sections, blocks) is the original's, which the controls follow.
        if recovery.working.sections.count == working.sections.count {
            working = recovery.working
        }
        for control in controls {
            let key = Self.recoveryKey(control)
            if let text = recovery.texts[key], var editor = fields[control] {
                editor.text = text
                if let cursor = recovery.cursors[key] { editor.setCursor(cursor) }
                fields[control] = editor
            } else if let text = recovery.texts[key], var editor = areas[control] {
                editor.text = text
                if let cursor = recovery.cursors[key] { editor.setCursor(cursor) }
                areas[control] = editor
            }
        }
        focus = max(0, min(recovery.focus, controls.count - 1))
        layoutForm()
        refreshDirty()
        recordedChanges = changeCount
    }
}
