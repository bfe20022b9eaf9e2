import CNcurses

/// The drawing surface over ncurses's `stdscr`, using the wide-character API.
///
/// Each grapheme is placed at the column computed by `DisplayWidth` (not the C
/// library's `wcwidth`), so layout matches `GridSurface` exactly. Frames are
/// drawn with `erase` + draw + one `doupdate`, letting ncurses send only the
/// cells that changed. Only `Terminal` creates it.
public final class NcursesSurface: DrawingSurface {
    private var styles: [Role: (attributes: attr_t, pair: Int32)] = [:]
    private var desiredCursor: Point?
    private var cursorShown: Bool?
    /// The colour support detected at start-up.
    public let colorDepth: ColorDepth
    /// False when `use_default_colors` failed, so "default" must become white on black.
    private let hasDefaultColors: Bool

    init(colorDepth: ColorDepth, hasDefaultColors: Bool, theme: Theme) {
        self.colorDepth = colorDepth
        self.hasDefaultColors = hasDefaultColors
        apply(theme: theme)
    }

    /// Current size of the screen.
    public var size: Size { Size(columns: Int(kyiln_maxx()), rows: Int(kyiln_maxy())) }

    /// Maps every role to a colour pair and attributes from `theme`.
    public func apply(theme: Theme) {
        let pairLimit = Int(kyiln_color_pairs())
        for (index, role) in Role.allCases.enumerated() {
            let style = theme[role]
            var pair: Int32 = 0
            if colorDepth != .none, index + 1 < pairLimit {
                var (foreground, background) = style.colorNumbers(for: colorDepth)
                if foreground < 0 && background < 0 {
                    // Pair 0 is the terminal's own colours. Using it (not an equal-looking pair) keeps plain
                    // text truly "normal", so ncurses sends no colour codes around each typed character.
                    styles[role] = (NcursesSurface.ncursesAttributes(style.attributes), 0)
                    continue
                }
                if !hasDefaultColors {
                    if foreground < 0 { foreground = BasicColor.white.rawValue }
                    if background < 0 { background = BasicColor.black.rawValue }
                }
                pair = Int32(index + 1)
                init_pair(Int16(pair), Int16(foreground), Int16(background))
            }
            styles[role] = (NcursesSurface.ncursesAttributes(style.attributes), pair)
        }
        let text = styles[.text] ?? (kyiln_a_normal(), 0)
        kyiln_set_background(text.attributes, text.pair)
    }

    /// Draws sanitised text clipped at the right edge.
    public func put(_ text: String, at point: Point, role: Role) {
        let current = size
        guard point.y >= 0, point.y < current.rows else { return }
        let style = styles[role] ?? (kyiln_a_normal(), 0)
        for placement in CellLayout.place(text, column: point.x, columns: current.columns) {
            draw(placement.character, y: Int32(point.y), x: Int32(placement.column), style: style)
        }
    }

    /// Fills `rect` with spaces in `role`.
    public func fill(_ rect: Rect, role: Role) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let style = styles[role] ?? (kyiln_a_normal(), 0)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                draw(" ", y: Int32(y), x: Int32(x), style: style)
            }
        }
    }

    /// Remembers where the cursor goes; it is placed when the frame is flushed.
    public func setCursor(_ point: Point?) {
        desiredCursor = point
    }

    /// Starts a frame: blanks the virtual screen (no output is sent yet).
    func beginFrame() {
        werase(kyiln_stdscr())
        desiredCursor = nil
    }

    /// Ends a frame: places or hides the cursor and sends the differences in one `doupdate`.
    func endFrame() {
        let screen = kyiln_stdscr()
        let bounds = self.bounds
        if let point = desiredCursor, bounds.contains(point) {
            if cursorShown != true { curs_set(1); cursorShown = true }
            wmove(screen, Int32(point.y), Int32(point.x))
        } else if cursorShown != false {
            curs_set(0)
            cursorShown = false
        }
        wnoutrefresh(screen)
        doupdate()
    }

    private func draw(_ character: Character, y: Int32, x: Int32, style: (attributes: attr_t, pair: Int32)) {
        // cchar_t holds at most CCHARW_MAX (5) code points; longer clusters keep their first ones.
        var codes: [wchar_t] = character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        codes.append(0)
        _ = kyiln_put_cluster(y, x, codes, style.attributes, style.pair)
    }

    static func ncursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = kyiln_a_normal()
        if attributes.contains(.bold) { result |= kyiln_a_bold() }
        if attributes.contains(.underline) { result |= kyiln_a_underline() }
        if attributes.contains(.reverse) { result |= kyiln_a_reverse() }
        if attributes.contains(.dim) { result |= kyiln_a_dim() }
        return result
    }
}
