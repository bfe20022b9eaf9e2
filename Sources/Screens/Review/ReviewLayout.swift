import TerminalUI

/// Where things go on the review screen (shared by drawing, scrolling and clicks).
enum ReviewLayout {
    /// Title row, step row, a blank row, the letter, the status bar.
    static func readerRect(in bounds: Rect) -> Rect {
        let (_, rest) = bounds.splitTop(3)
        let (content, _) = rest.splitBottom(1)
        return content.inset(left: 1)
    }

    static func titleRect(in bounds: Rect) -> Rect { Rect(x: 0, y: 0, width: bounds.width, height: 1) }

    static func stepsRect(in bounds: Rect) -> Rect { Rect(x: 0, y: 1, width: bounds.width, height: 1) }

    static func statusRect(in bounds: Rect) -> Rect { bounds.splitBottom(1).bottom }

    /// The dialog box for approving: centred, 70 wide at most.
    static func approveRect(in bounds: Rect) -> Rect {
        bounds.centered(Size(columns: min(70, bounds.width - 4), rows: 9))
    }

    /// The dialog box for requesting changes: most of the screen.
    static func requestRect(in bounds: Rect) -> Rect {
        bounds.centered(Size(columns: min(90, bounds.width - 4), rows: min(22, bounds.height - 2)))
    }
}
