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
    /// Regions that show a longer text from some line, this frame and the last one (see `scrolled`).
    private var scrollNotes: [Rect: Int] = [:]
    private var lastScrollNotes: [Rect: Int] = [:]
    /// The screen size of the last frame sent.
    private var lastFrameSize: Size?

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
        // Printable ASCII (most of what is drawn) is one cell per byte: no layout, no per-cell call.
        var ascii = text
        let drawn: Bool? = ascii.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            let skip = max(0, -point.x)
            let count = min(bytes.count - skip, current.columns - max(0, point.x))
            guard count > 0, let base = bytes.baseAddress else { return true }
            _ = kyiln_put_cells(Int32(point.y), Int32(max(0, point.x)), base + skip, Int32(count), style.attributes, style.pair)
            return true
        }
        if drawn != nil { return }
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
            _ = kyiln_fill_cells(Int32(y), Int32(area.x), Int32(area.width), style.attributes, style.pair)
        }
    }

    /// Remembers where the cursor goes; it is placed when the frame is flushed.
    public func setCursor(_ point: Point?) {
        desiredCursor = point
    }

    /// Notes a scrolled region; `endFrame` may scroll it on the terminal (see `DrawingSurface`).
    public func scrolled(_ rect: Rect, firstLine: Int) {
        scrollNotes[rect] = firstLine
    }

    /// Starts a frame: blanks the virtual screen (no output is sent yet).
    func beginFrame() {
        werase(kyiln_stdscr())
        desiredCursor = nil
        lastScrollNotes = scrollNotes
        scrollNotes = [:]
    }

    /// The region to scroll on the terminal before sending this frame, and by how many lines
    /// (positive: the text moved up): the widest region drawn at the same place in both frames
    /// whose first line changed by less than its height. Narrow regions are left alone: a
    /// terminal scrolls whole rows, and repairing the rest of them would cost more than it saves.
    private func terminalScroll(size: Size) -> (rect: Rect, lines: Int)? {
        guard lastFrameSize == size else { return nil }
        var best: (rect: Rect, lines: Int)?
        for (rect, first) in scrollNotes {
            guard let before = lastScrollNotes[rect], before != first, abs(first - before) < rect.height,
                  rect.width * 2 >= size.columns, rect.y >= 0, rect.maxY <= size.rows, rect.height > 1 else { continue }
            if best.map({ $0.rect.width * $0.rect.height < rect.width * rect.height }) ?? true {
                best = (rect, first - before)
            }
        }
        return best
    }

    /// Sends the screen as it is now with the rows of `rect` scrolled by `lines`, so ncurses
    /// (with `idlok`, on for this update only) moves them with the terminal's scroll region instead of rewriting each row;
    /// the frame that follows then only sends what differs from the scrolled rows.
    private func scrollOnTerminal(_ rect: Rect, lines: Int, size: Size) {
        let screen = kyiln_stdscr()
        guard let frame = dupwin(screen) else { return }
        defer { delwin(frame) }
        overwrite(kyiln_curscr(), screen)
        wsetscrreg(screen, Int32(rect.y), Int32(rect.maxY - 1))
        scrollok(screen, true)
        wscrl(screen, Int32(lines))
        scrollok(screen, false)
        wsetscrreg(screen, 0, Int32(size.rows - 1))
        // Only for this update: ncurses then looks for moved lines, which costs CPU on every frame.
        idlok(screen, true)
        leaveok(screen, true)
        wnoutrefresh(screen)
        doupdate()
        leaveok(screen, false)
        idlok(screen, false)
        overwrite(frame, screen)
    }

    /// Ends a frame: places or hides the cursor and sends the differences in one `doupdate`.
    func endFrame() {
        let screen = kyiln_stdscr()
        let size = self.size
        if let (rect, lines) = terminalScroll(size: size) { scrollOnTerminal(rect, lines: lines, size: size) }
        lastFrameSize = size
        let bounds = Rect(origin: .zero, size: size)
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
        var codes: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &codes) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            for (i, scalar) in character.unicodeScalars.prefix(5).enumerated() { slots[i] = wchar_t(bitPattern: scalar.value) }
            _ = kyiln_put_cluster(y, x, slots.baseAddress, style.attributes, style.pair)
        }
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
