/// A key press (or paste, mouse action, resize) as the application sees it.
///
/// Names shown to users come from `displayName`: `Enter`, `Tab`, `Shift-Tab`,
/// `Backspace`, `Delete`, `Insert`, `Up`, `Down`, `Left`, `Right`, `Home`, `End`,
/// `PgUp`, `PgDn`, `Esc`, `F1`…`F12`, `Ctrl-S`, `Space`, single characters.
public enum Key: Equatable, Hashable, Sendable {
    /// A printable character (never a control character).
    case character(Character)
    /// Enter / Return (also Ctrl-J and Ctrl-M).
    case enter
    /// Tab (also Ctrl-I).
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace (DEL, Ctrl-H or KEY_BACKSPACE).
    case backspace
    /// Forward delete.
    case delete
    /// Insert.
    case insert
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Escape.
    case escape
    /// Function key F1…F12 (the number).
    case function(Int)
    /// Ctrl with a letter or one of `@ [ \ ] ^ _`; letters are lowercase: `.control("s")` is Ctrl-S.
    case control(Character)
    /// The terminal was resized; the surface already reports the new size.
    case resize
    /// A whole bracketed paste, newlines preserved as "\n".
    case paste(String)
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)

    /// The space bar.
    public static let space = Key.character(" ")

    /// Human-readable name for status bars and help: "Ctrl-S", "F1", "Shift-Tab", "PgDn".
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .resize: return "Resize"
        case .paste: return "Paste"
        case .mouse: return "Mouse"
        }
    }

    /// A compact name for crowded status bars: "^S" for Ctrl-S, otherwise `displayName`.
    public var shortName: String {
        if case .control(let c) = self { return "^" + c.uppercased() }
        return displayName
    }

    /// The Ctrl combination for a raw control byte (1…31 except Tab, Enter, Backspace, Esc), or nil.
    static func control(byte: UInt32) -> Key? {
        switch byte {
        case 0: return .control("@")
        case 8: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(byte + 0x60))))
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(byte + 0x40))))
        default: return nil
        }
    }
}
