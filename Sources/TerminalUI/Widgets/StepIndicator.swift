/// The wizard's step line, e.g. `1 Purpose · 2 Commitments · 3 Contacts · 4 Reflections · 5 Agreement`.
///
/// The current step is drawn in `stepCurrent`, earlier steps in `stepDone`, later
/// ones in `stepTodo`; a step with open findings gets a `!` after its title and
/// the `stepFindings` role. When the line does not fit, titles other than the
/// current one are dropped (numbers stay), then separators shrink.
public struct StepIndicator: Sendable {
    /// One step.
    public struct Step: Equatable, Sendable {
        /// Short title ("Purpose").
        public var title: String
        /// Open findings on this step.
        public var hasFindings: Bool

        /// Creates a step.
        public init(_ title: String, hasFindings: Bool = false) {
            self.title = title
            self.hasFindings = hasFindings
        }
    }

    /// The steps, in order.
    public var steps: [Step]
    /// Index of the current step.
    public var current: Int
    /// Glyphs (separator).
    public var glyphs: Glyphs = .unicode

    /// Creates an indicator.
    public init(steps: [Step], current: Int) {
        self.steps = steps
        self.current = current
    }

    /// The labels and the separator used for a given width.
    func layout(width: Int) -> (labels: [String], separator: String) {
        func label(_ index: Int, full: Bool) -> String {
            let step = steps[index]
            let title = full ? " " + Sanitizer.displayable(step.title) : ""
            return "\(index + 1)" + title + (step.hasFindings ? "!" : "")
        }
        func total(_ labels: [String], _ separator: String) -> Int {
            labels.map { DisplayWidth.of($0) }.reduce(0, +) + DisplayWidth.of(separator) * max(0, labels.count - 1)
        }
        let full = steps.indices.map { label($0, full: true) }
        if total(full, glyphs.stepSeparator) <= width { return (full, glyphs.stepSeparator) }
        let compact = steps.indices.map { label($0, full: $0 == current) }
        if total(compact, glyphs.stepSeparator) <= width { return (compact, glyphs.stepSeparator) }
        return (compact, " ")
    }

    /// The line as plain text for `width` columns (what `draw` shows).
    public func text(width: Int) -> String {
        let (labels, separator) = layout(width: width)
        return DisplayWidth.prefix(labels.joined(separator: separator), fitting: width)
    }

    /// The step whose label is under a click `column` cells from the line's left edge, with the line
    /// drawn `width` columns wide (the same layout as `draw`); nil for separators and past the end.
    public func step(atColumn column: Int, width: Int) -> Int? {
        guard column >= 0, column < width else { return nil }
        let (labels, separator) = layout(width: width)
        var x = 0
        for (index, label) in labels.enumerated() {
            let labelWidth = DisplayWidth.of(label)
            if column >= x && column < x + labelWidth { return index }
            x += labelWidth + DisplayWidth.of(separator)
            if x >= width { break }
        }
        return nil
    }

    /// Draws the line on the first row of `rect`.
    public func draw(on surface: any DrawingSurface, in rect: Rect, focused: Bool = false) {
        guard rect.width > 0, rect.height > 0 else { return }
        let (labels, separator) = layout(width: rect.width)
        var x = rect.x
        for (index, label) in labels.enumerated() {
            let role: Role
            if index == current {
                role = .stepCurrent
            } else if steps[index].hasFindings {
                role = .stepFindings
            } else {
                role = index < current ? .stepDone : .stepTodo
            }
            surface.put(label, at: Point(x: x, y: rect.y), role: role, width: rect.maxX - x)
            x += DisplayWidth.of(label)
            if index < labels.count - 1 {
                surface.put(separator, at: Point(x: x, y: rect.y), role: .muted, width: rect.maxX - x)
                x += DisplayWidth.of(separator)
            }
            if x >= rect.maxX { break }
        }
    }
}
