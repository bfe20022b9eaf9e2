/// Collects the characters between the bracketed-paste markers into one `.paste` key.
///
/// The terminal wraps pasted text in `ESC [200~` … `ESC [201~`; `Terminal`
/// teaches ncurses those two sequences as key codes and feeds everything
/// between them here, so a pasted letter arrives as one edit instead of
/// hundreds of key presses (and a pasted newline never acts as Enter).
public struct PasteAssembler: Sendable {
    /// One unit of raw input.
    public enum Input: Equatable, Sendable {
        /// A character code as read (may be a control byte such as 13).
        case scalar(UInt32)
        /// The paste-start marker.
        case begin
        /// The paste-end marker.
        case end
        /// Any other key code arrived (it is ignored inside a paste).
        case other
    }

    /// True between the start and end markers.
    public private(set) var isCollecting = false
    private var buffer: String.UnicodeScalarView = .init()
    private var pendingCarriageReturn = false
    private var collected = 0
    /// Upper bound on a paste so a runaway stream cannot exhaust memory (4 MiB of scalars).
    public var limit = 4 * 1024 * 1024

    /// Creates an idle assembler.
    public init() {}

    /// Feeds one input; returns the whole paste when the end marker arrives.
    /// Carriage returns (terminals send CR for each pasted line) become "\n", CR LF becomes one "\n".
    public mutating func feed(_ input: Input) -> Key? {
        switch input {
        case .begin:
            isCollecting = true
            buffer = .init()
            collected = 0
            pendingCarriageReturn = false
            return nil
        case .end:
            guard isCollecting else { return nil }
            isCollecting = false
            let text = String(buffer)
            buffer = .init()
            return .paste(text)
        case .other:
            return nil
        case .scalar(let value):
            guard isCollecting, let scalar = Unicode.Scalar(value) else { return nil }
            if value == 10 && pendingCarriageReturn {
                pendingCarriageReturn = false
                return nil
            }
            pendingCarriageReturn = value == 13
            guard collected < limit else { return nil }
            collected += 1
            buffer.append(value == 13 ? "\n" : scalar)
            return nil
        }
    }
}
