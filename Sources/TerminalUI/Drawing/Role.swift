/// What a piece of text means on screen; themes map each role to colours and attributes.
///
/// | role | used for |
/// | --- | --- |
/// | `text` | ordinary text and the screen background |
/// | `muted` | secondary text, placeholders, hints |
/// | `title` | screen and box titles |
/// | `accent` | emphasis inside text |
/// | `field` | an input field that does not have focus |
/// | `focusedField` | the empty part of the input field that has focus |
/// | `input` | the text being edited in the focused field; keep it plain (terminal default colours, no attributes) so each typed character costs one byte over SSH |
/// | `selection` | the selected row of a list, the focused button |
/// | `button` | a button that is not focused |
/// | `error` | validation errors, failures |
/// | `warning` | warnings, findings |
/// | `success` | confirmations ("Saved") |
/// | `statusBar` | the status bar background and messages |
/// | `statusKey` | key names inside the status bar |
/// | `border` | box frames |
/// | `stepDone` | wizard steps already completed |
/// | `stepCurrent` | the wizard step being edited |
/// | `stepTodo` | wizard steps not yet reached |
/// | `stepFindings` | wizard steps with open findings |
/// | `scrollIndicator` | scroll bars and "more" markers |
public enum Role: String, CaseIterable, Sendable, Hashable, Codable {
    /// Ordinary text and the screen background.
    case text
    /// Secondary text, placeholders, hints.
    case muted
    /// Screen and box titles.
    case title
    /// Emphasis inside text.
    case accent
    /// An input field without focus.
    case field
    /// The empty part of the input field with focus.
    case focusedField
    /// Text being edited in the focused field (keep it plain: typing then sends one byte per character).
    case input
    /// The selected row of a list, the focused button.
    case selection
    /// A button without focus.
    case button
    /// Errors.
    case error
    /// Warnings and findings.
    case warning
    /// Confirmations.
    case success
    /// Status bar background and messages.
    case statusBar
    /// Key names in the status bar.
    case statusKey
    /// Box frames.
    case border
    /// Completed wizard steps.
    case stepDone
    /// The current wizard step.
    case stepCurrent
    /// Wizard steps not reached yet.
    case stepTodo
    /// Wizard steps with open findings.
    case stepFindings
    /// Scroll bars and "more" markers.
    case scrollIndicator
}
