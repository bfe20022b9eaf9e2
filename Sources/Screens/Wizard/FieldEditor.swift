import LetterDomain
import TerminalUI

/// What the wizard needs of the editor of one field, a one-line `TextField` or a
/// multi-line `TextArea`, to pass it a key and write what changed into the letter.
protocol FieldEditor {
    /// Goes up by one with every change to the text.
    var revision: Int { get }
    /// How many undo groups the editor has opened so far.
    var undoGroupsOpened: Int { get }
    /// The text being edited.
    var text: String { get }
    /// The cursor (grapheme clusters from the start).
    var cursor: Int { get }
    /// The insertion the last key was refused for going over the limit.
    var lastRefusal: LengthRefusal? { get }
    /// Whether the last key was refused because the editor is read-only.
    var refusedEdit: Bool { get }
    /// Handles a key; false when the editor does not use it.
    mutating func handle(_ key: Key) -> Bool
    /// Types a run of characters as if pressed one by one; false (nothing changed) when it cannot.
    mutating func type(_ run: String) -> Bool
}

extension TextField: FieldEditor {}
extension TextArea: FieldEditor {}

/// How a key went in a field's editor.
struct FieldEdit {
    /// Whether the editor used the key.
    var handled: Bool
    /// The new text when the key changed it.
    var newText: String?
    /// The text before the key (for the recovery journal).
    var oldText = ""
    /// The cursor after the key.
    var cursor = 0
    /// Undo groups the key opened.
    var newGroups: Int
    /// The insertion refused for going over the field's limit (nothing was inserted).
    var refusal: LengthRefusal? = nil
    /// Whether the key would have changed a read-only field (nothing changed).
    var refusedEdit = false

    /// Passes `key` to the editor of `path` in `editors`, or to `made` (the editor made from
    /// the letter) when there is none yet. The editor is taken out of the dictionary while it
    /// works, so its text is changed in place: a copy left behind would make every key copy
    /// the whole answer. An editor made for a key it ignored is not kept.
    static func run<Editor: FieldEditor>(_ key: Key, in editors: inout [FieldPath: Editor], at path: FieldPath,
                                         made: Editor?) -> FieldEdit {
        run(in: &editors, at: path, made: made) { $0.handle(key) }
    }

    /// Passes a run of typed characters to the editor of `path` (see `run(_:in:at:made:)`).
    static func type<Editor: FieldEditor>(_ text: String, in editors: inout [FieldPath: Editor], at path: FieldPath,
                                          made: Editor?) -> FieldEdit {
        run(in: &editors, at: path, made: made) { $0.type(text) }
    }

    private static func run<Editor: FieldEditor>(in editors: inout [FieldPath: Editor], at path: FieldPath, made: Editor?,
                                                 _ body: (inout Editor) -> Bool) -> FieldEdit {
        let kept = editors[path] != nil
        guard var editor = editors.removeValue(forKey: path) ?? made else {
            return FieldEdit(handled: false, newText: nil, newGroups: 0)
        }
        let (revision, groups, old) = (editor.revision, editor.undoGroupsOpened, editor.text)
        let handled = body(&editor)
        let edit = FieldEdit(handled: handled, newText: editor.revision != revision ? editor.text : nil,
                             oldText: old, cursor: editor.cursor,
                             newGroups: editor.undoGroupsOpened - groups, refusal: editor.lastRefusal,
                             refusedEdit: editor.refusedEdit)
        if handled || kept { editors[path] = editor }
        return edit
    }
}
