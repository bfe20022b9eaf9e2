import CNcurses

extension Key {
    /// Maps what `get_wch` returned to a key.
    ///
    /// - Parameters:
    ///   - ncursesCode: the character or key code.
    ///   - isFunctionKey: true when `get_wch` returned `KEY_CODE_YES` (a `KEY_*` code), false for a character.
    /// - Returns: nil for codes the toolkit does not use (e.g. `KEY_MOUSE`, which needs `getmouse`).
    public init?(ncursesCode code: Int32, isFunctionKey: Bool) {
        if !isFunctionKey {
            guard code >= 0, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            if let control = Key.control(byte: scalar.value) {
                self = control
            } else if scalar.value == 0x7F {
                self = .backspace
            } else if scalar.value >= 0x80 && scalar.value <= 0x9F {
                return nil  // stray C1 controls are never keys
            } else {
                self = .character(Character(scalar))
            }
            return
        }
        let f0 = kyiln_key_f0()
        switch code {
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_BACKSPACE: self = .backspace
        case KEY_DC: self = .delete
        case KEY_IC: self = .insert
        case KEY_ENTER: self = .enter
        case KEY_BTAB: self = .backTab
        case KEY_RESIZE: self = .resize
        case KEY_SHOME: self = .home
        case KEY_SEND: self = .end
        case (f0 + 1)...(f0 + 12): self = .function(Int(code - f0))
        default: return nil
        }
    }
}
