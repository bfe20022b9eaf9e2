import CNcurses

/// Turns the button bits of ncurses mouse reports into `MouseEvent`s, one `.click` per click.
///
/// With `mouseinterval(0)` ncurses reports a press and a release separately; some terminals (or
/// ncurses with a click interval) report only a click. Whatever arrives, a left-button click gives
/// exactly one `.click`: on the press, or on a click / double / triple click, or on a release
/// whose press was not seen. Wheel turns (buttons 4 and 5) give `.wheelUp` / `.wheelDown`.
/// Everything else (other buttons, motion) gives nil.
public struct MouseDecoder: Sendable {
    /// The button-state bits to decode (ncurses' values by default; tests may use others).
    public struct Bits: Sendable, Equatable {
        public var pressed: UInt64
        public var released: UInt64
        /// Click, double click and triple click.
        public var clicked: UInt64
        public var wheelUp: UInt64
        public var wheelDown: UInt64

        /// Creates a bit set.
        public init(pressed: UInt64, released: UInt64, clicked: UInt64, wheelUp: UInt64, wheelDown: UInt64) {
            self.pressed = pressed
            self.released = released
            self.clicked = clicked
            self.wheelUp = wheelUp
            self.wheelDown = wheelDown
        }

        /// This ncurses' BUTTON1_PRESSED/RELEASED/CLICKED (double, triple too), BUTTON4_PRESSED, BUTTON5_PRESSED.
        /// Button 1's bits are not shifted, so BUTTON1_RELEASED is NCURSES_BUTTON_RELEASED (the C macro
        /// BUTTON1_RELEASED is function-like and cannot be imported).
        public static let ncurses = Bits(
            pressed: UInt64(kyiln_mouse_button1_pressed()),
            released: UInt64(NCURSES_BUTTON_RELEASED),
            clicked: UInt64(kyiln_mouse_button1_clicked()) | UInt64(NCURSES_DOUBLE_CLICKED) | UInt64(NCURSES_TRIPLE_CLICKED),
            wheelUp: UInt64(kyiln_mouse_wheel_up()),
            wheelDown: UInt64(kyiln_mouse_wheel_down()))

        /// Everything to ask the terminal for.
        public var all: UInt64 { pressed | released | clicked | wheelUp | wheelDown }
    }

    /// The bits decoded.
    public var bits: Bits
    /// True between a press and its release.
    public private(set) var isPressed = false

    /// Creates a decoder.
    public init(bits: Bits = .ncurses) {
        self.bits = bits
    }

    /// The event for one report of `state` (ncurses' `bstate`) at screen cell `point`, or nil.
    public mutating func decode(state: UInt64, at point: Point) -> MouseEvent? {
        if state & bits.wheelUp != 0 { return .wheelUp(point) }
        if state & bits.wheelDown != 0 { return .wheelDown(point) }
        if state & bits.clicked != 0 {
            isPressed = false
            return .click(point)
        }
        if state & bits.pressed != 0 {
            isPressed = true
            return .click(point)
        }
        if state & bits.released != 0 {
            defer { isPressed = false }
            return isPressed ? nil : .click(point)
        }
        return nil
    }
}
