/// The bottom line: key hints of the focused widget on the left, a transient message on the right.
///
/// Messages expire after a number of `tick()` calls (one per input timeout), so
/// nothing on the bar changes by itself on every frame.
public struct StatusBar: Sendable {
    /// Hints shown on the left (the focused widget's plus global ones).
    public var hints: [KeyHint]
    /// The current message, if any.
    public private(set) var message: StatusMessage?

    /// Creates a bar.
    public init(hints: [KeyHint] = []) {
        self.hints = hints
    }

    /// Shows `text`; it disappears after `ticks` ticks (nil: until replaced or cleared).
    public mutating func show(_ text: String, kind: StatusMessage.Kind = .info, ticks: Int? = 16) {
        message = StatusMessage(text, kind: kind, remainingTicks: ticks)
    }

    /// Removes the message.
    public mutating func clearMessage() {
        message = nil
    }

    /// Counts one tick down; returns true when the message just expired (the screen needs a redraw).
    public mutating func tick() -> Bool {
        guard let remaining = message?.remainingTicks else { return false }
        if remaining <= 1 {
            message = nil
            return true
        }
        message?.remainingTicks = remaining - 1
        return false
    }

    /// Draws the bar on the first row of `rect`.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool = false) {
        guard rect.width > 0, rect.height > 0 else { return }
        let y = rect.y
        surface.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .statusBar)
        var messageWidth = 0
        if let message {
            // One blank column on each side of the message, however long it is.
            let text = DisplayWidth.truncate(Sanitizer.displayable(message.text), to: rect.width - 2)
            messageWidth = DisplayWidth.of(text) + 1
            surface.put(text, at: Point(x: rect.maxX - messageWidth, y: y), role: message.kind.role)
        }
        var x = rect.x + 1
        let limit = rect.maxX - messageWidth - 1
        for hint in hints {
            let key = Sanitizer.displayable(hint.key)
            let action = Sanitizer.displayable(hint.action)
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(action)
            if x + width > limit { break }
            surface.put(key, at: Point(x: x, y: y), role: .statusKey)
            surface.put(action, at: Point(x: x + DisplayWidth.of(key) + 1, y: y), role: .statusBar)
            x += width + 2
        }
    }
}
