/// One row of a scrolling form page, by what it takes on screen. `ID` names the form's
/// focusable controls (a field, a choice, a button, a text area, a checkbox list); the
/// screen draws each control itself, the form engine decides where.
public enum FormRow<ID: Hashable & Sendable>: Sendable {
    /// Text that wraps to the page width (prompts, headings, notes).
    case text(String, Role)
    /// A one-line control (field, choice, button) after a label column; `hint` is muted text
    /// the screen may draw after it (a date's format).
    case line(label: String, id: ID, hint: String?)
    /// A control with its own height across the whole width (a text area, a checkbox list).
    case block(ID, height: Int)
    /// A line of text in the control column, under a control (an id derived from the field,
    /// a choice's note); cut at the page's edge, never wrapped.
    case note(String, Role)
    /// An empty line.
    case gap

    /// The control of the row, if it has one.
    public var id: ID? {
        switch self {
        case .line(_, let id, _), .block(let id, _): return id
        case .text, .note, .gap: return nil
        }
    }
}

/// Where a control of a laid-out form is drawn (fully visible ones only), for drawing and clicks.
public struct FormTarget<ID: Hashable & Sendable>: Sendable {
    /// The control.
    public let id: ID
    /// Its cells: after the label column for a line, the whole width for a block.
    public let rect: Rect
}

/// Moving focus through a form's controls in order, wrapping at both ends: one rule for
/// every form (Tab past the last control comes back to the first).
public enum FocusOrder {
    /// The index `delta` steps from `index` among `count` controls, wrapping around.
    public static func moved(_ index: Int, by delta: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return ((index + delta) % count + count) % count
    }

    /// The control `delta` steps from `current` in `order` (the first when `current` is not in it).
    public static func moved<ID: Equatable>(_ current: ID, by delta: Int, in order: [ID]) -> ID? {
        guard !order.isEmpty else { return nil }
        guard let index = order.firstIndex(of: current) else { return order.first }
        return order[moved(index, by: delta, count: order.count)]
    }
}
