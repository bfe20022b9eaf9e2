/// Undo / redo history shared by `TextField` and `TextArea`.
///
/// Every edit is stored as a change: at `location`, the grapheme clusters `removed` were
/// replaced by `inserted` (only the clusters that really changed, never a copy of the whole
/// text), so a keystroke costs a few `Character`s of history. Changes are collected into
/// groups, and one undo reverts one group:
///
/// - typing continues a group until a whitespace character follows a non-whitespace one,
///   so "hello world" is two groups, "hello" and " world";
/// - a run of Backspaces, or of Deletes, is one group;
/// - a paste, Ctrl-W, Ctrl-U and Ctrl-K are each a group of their own;
/// - a cursor move (or `endGroup()`, e.g. when focus leaves the widget) ends the group.
///
/// A new edit clears the redo stack; at most `limit` groups are kept (oldest dropped).
struct EditHistory: Sendable {
    /// One replacement.
    struct Change: Sendable, Equatable {
        var location: Int
        var removed: [Character]
        var inserted: [Character]
    }

    /// What kind of edit opened the current group, to decide whether the next edit joins it.
    enum Kind: Sendable, Equatable {
        case typing
        case deleteBackward
        case deleteForward
        /// Paste, Ctrl-W, Ctrl-U, Ctrl-K: never joined.
        case single
    }

    /// Edits undone and redone together; the cursor before the first and after the last change.
    struct Group: Sendable {
        var changes: [Change]
        var cursorBefore: Int
        var cursorAfter: Int
    }

    private(set) var undoStack: [Group] = []
    private(set) var redoStack: [Group] = []
    /// Kind of the group still open for joining, or nil when the next edit starts a new group.
    private var openKind: Kind?
    /// Whether the last typed character was whitespace (to start a group at a word boundary).
    private var lastTypedWasSpace = false
    /// Most groups kept.
    var limit: Int
    /// How many groups edits have opened so far; never goes down (undo, redo and `clear` leave it).
    private(set) var groupsOpened = 0

    init(limit: Int = 200) {
        self.limit = max(1, limit)
    }

    var canUndo: Bool { !undoStack.isEmpty }
    var canRedo: Bool { !redoStack.isEmpty }

    /// Ends the open group: the next edit starts a new one.
    mutating func endGroup() {
        openKind = nil
    }

    /// Forgets everything (the text was replaced from outside).
    mutating func clear() {
        undoStack.removeAll()
        redoStack.removeAll()
        openKind = nil
    }

    /// Records a change already applied to the text.
    /// - Parameters:
    ///   - typedSpace: for `.typing`, whether the typed text is whitespace (a word boundary).
    mutating func record(_ change: Change, kind: Kind, typedSpace: Bool = false, cursorBefore: Int, cursorAfter: Int) {
        redoStack.removeAll()
        let startsWord = kind == .typing && typedSpace && !lastTypedWasSpace
        if kind == .typing { lastTypedWasSpace = typedSpace }
        if kind != .single, openKind == kind, !startsWord, var group = undoStack.popLast() {
            EditHistory.append(change, to: &group.changes)
            group.cursorAfter = cursorAfter
            undoStack.append(group)
        } else {
            undoStack.append(Group(changes: [change], cursorBefore: cursorBefore, cursorAfter: cursorAfter))
            groupsOpened += 1
            if undoStack.count > limit { undoStack.removeFirst(undoStack.count - limit) }
        }
        openKind = kind == .single ? nil : kind
        if kind != .typing { lastTypedWasSpace = false }
    }

    /// Adds `change` to a group's list, joining it to the previous change when they touch.
    private static func append(_ change: Change, to changes: inout [Change]) {
        guard var last = changes.last else { changes.append(change); return }
        if last.removed.isEmpty, change.removed.isEmpty, change.location == last.location + last.inserted.count {
            last.inserted += change.inserted  // typing on
        } else if last.inserted.isEmpty, change.inserted.isEmpty, change.location + change.removed.count == last.location {
            last.location = change.location  // Backspace run
            last.removed = change.removed + last.removed
        } else if last.inserted.isEmpty, change.inserted.isEmpty, change.location == last.location {
            last.removed += change.removed  // Delete run
        } else {
            changes.append(change)
            return
        }
        changes[changes.count - 1] = last
    }

    /// Reverts the last group on `characters`; returns the cursor to restore, or nil when there is nothing to undo.
    mutating func undo(_ characters: inout [Character]) -> Int? {
        guard let group = undoStack.popLast() else { return nil }
        for change in group.changes.reversed() {
            let end = change.location + change.inserted.count
            guard change.location >= 0, end <= characters.count else { continue }
            characters.replaceSubrange(change.location..<end, with: change.removed)
        }
        redoStack.append(group)
        openKind = nil
        lastTypedWasSpace = false
        return group.cursorBefore
    }

    /// Re-applies the last undone group; returns the cursor to restore, or nil when there is nothing to redo.
    mutating func redo(_ characters: inout [Character]) -> Int? {
        guard let group = redoStack.popLast() else { return nil }
        for change in group.changes {
            let end = change.location + change.removed.count
            guard change.location >= 0, end <= characters.count else { continue }
            characters.replaceSubrange(change.location..<end, with: change.inserted)
        }
        undoStack.append(group)
        openKind = nil
        lastTypedWasSpace = false
        return group.cursorAfter
    }
}
