/// A key as the screens see it: resolved against the keymap once, by `Keymap.resolve(_:)`, so
/// every screen asks "which action?" rather than "which key?", and a rebound key works everywhere.
///
/// `action` is what the screen acts on. `key` is the key as pressed, for typing and for widgets
/// that read keys themselves (a list pages with PgDn, a text area too): a key can be both, and
/// only the screen knows which it needs (PgDn is next step, except in a text area).
public struct KeyPress: Equatable, Sendable {
    /// The key as pressed.
    public var key: Key
    /// The action the keymap binds the key to, or nil for a key that is only typed.
    public var action: KeyAction?

    /// A key press; `action` nil means a key for typing or for the focused widget.
    public init(_ key: Key, action: KeyAction? = nil) {
        self.key = key
        self.action = action
    }

    /// True when the press is `action`.
    public func `is`(_ action: KeyAction) -> Bool { self.action == action }
}

extension Keymap {
    /// The one dispatch: what `key` means. nil when the key is a default binding the keymap took
    /// away (save moved from Ctrl-S to Ctrl-O): it does nothing at all, so it neither saves nor
    /// reaches a field. Every other key comes back with its action, if any.
    public func resolve(_ key: Key) -> KeyPress? {
        if let action = action(for: key) { return KeyPress(key, action: action) }
        if Keymap.defaults.action(for: key) != nil { return nil }
        return KeyPress(key)
    }

    /// The first key of next step and of previous step ("PgDn/PgUp"); `avoidingPageKeys` skips
    /// PgDn/PgUp, which page a text area instead ("^N/^P").
    public func stepKeys(avoidingPageKeys: Bool) -> String {
        func first(_ action: KeyAction) -> String? {
            keys(for: action).first { !avoidingPageKeys || ($0 != .pageDown && $0 != .pageUp) }?.shortName
        }
        return [first(.nextStep), first(.previousStep)].compactMap { $0 }.joined(separator: "/")
    }

    /// The keys of `action` for a sentence: "Ctrl-S", "PgDn or Ctrl-N".
    public func spoken(_ action: KeyAction) -> String {
        keyNames(for: action, separator: " or ")
    }
}
