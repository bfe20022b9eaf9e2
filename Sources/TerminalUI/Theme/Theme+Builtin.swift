extension Theme {
    /// The default theme, compiled in as the last-resort fallback; `Themes/default.json` holds the same values.
    public static let builtinDefault = Theme(
        name: "default",
        description: "Dark-friendly colours; works on 8 and 256 colours.",
        styles: [
            .text: .style(),
            .muted: .style([.dim]),
            .title: .style(.basic(.cyan), [.bold]),
            .accent: .style(.indexed(75), fg8: .basic(.cyan)),
            .field: .style(.terminalDefault, .indexed(236), bg8: .terminalDefault, [.underline]),
            .focusedField: .style(.indexed(231), .indexed(24), fg8: .basic(.white), bg8: .basic(.blue)),
            .input: .style(),
            .selection: .style(.basic(.black), .basic(.cyan), [.bold]),
            .button: .style(.terminalDefault, .indexed(238), bg8: .terminalDefault),
            .error: .style(.indexed(203), fg8: .basic(.red), [.bold]),
            .warning: .style(.indexed(214), fg8: .basic(.yellow)),
            .success: .style(.indexed(114), fg8: .basic(.green)),
            .statusBar: .style(.indexed(252), .indexed(236), fg8: .basic(.white), bg8: .basic(.blue)),
            .statusKey: .style(.indexed(229), .indexed(236), fg8: .basic(.yellow), bg8: .basic(.blue), [.bold]),
            .border: .style(.indexed(244), fg8: .terminalDefault),
            .stepDone: .style(.basic(.green)),
            .stepCurrent: .style(.basic(.black), .basic(.cyan), [.bold]),
            .stepTodo: .style([.dim]),
            .stepFindings: .style(.basic(.yellow), [.bold]),
            .scrollIndicator: .style(.indexed(244), fg8: .terminalDefault),
        ]
    )

    /// The attributes-only theme used when the terminal has no colours or `NO_COLOR` is set.
    public static let builtinMonochrome = Theme(
        name: "monochrome",
        description: "No colours, attributes only (used for NO_COLOR and colourless terminals).",
        styles: [
            .text: .style(),
            .muted: .style([.dim]),
            .title: .style([.bold]),
            .accent: .style([.bold]),
            .field: .style([.underline]),
            .focusedField: .style([.reverse]),
            .input: .style(),
            .selection: .style([.reverse, .bold]),
            .button: .style(),
            .error: .style([.bold, .underline]),
            .warning: .style([.bold]),
            .success: .style([.bold]),
            .statusBar: .style([.reverse]),
            .statusKey: .style([.bold, .reverse]),
            .border: .style(),
            .stepDone: .style(),
            .stepCurrent: .style([.bold, .reverse]),
            .stepTodo: .style([.dim]),
            .stepFindings: .style([.bold, .underline]),
            .scrollIndicator: .style([.dim]),
        ]
    )
}

extension RoleStyle {
    /// Attributes-only shorthand for the built-in themes.
    static func style(_ attributes: TextAttributes) -> RoleStyle {
        RoleStyle(attributes: attributes)
    }

    /// Foreground-only shorthand for the built-in themes.
    static func style(_ fg: ThemeColor, fg8: ThemeColor? = nil, _ attributes: TextAttributes = []) -> RoleStyle {
        RoleStyle(foreground: fg, foreground8: fg8, attributes: attributes)
    }
}
