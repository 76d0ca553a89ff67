/// Compiler-style output for people: what is wrong, where, the line with a caret under
/// the offending text, and how to fix it. With `.both`, each message and hint is printed
/// in Japanese, then in English:
///
///     error[E0304]: true か false のどちらかが必要です（`yes`）。
///     error[E0304]: expected true or false, found `yes`.
///      --> content/events/x.md:7:12
///       |
///     7 | with_ward: yes
///       |            ^^^
///       = ヒント: `yes` ではなく `true` と書いてください。
///       = hint: Write `true` instead of `yes`.
///
/// Diagnostics are separated by a blank line; the report ends with the one-line summary,
/// so a clean run prints exactly one line. The caret is placed by terminal columns
/// (`DisplayWidth`), so it lines up under Japanese text. Colour only when `color` is set.
public struct HumanRenderer: Sendable {
    public var language: MessageLanguage
    /// ANSI colours: bold red errors, bold yellow warnings, blue gutter.
    public var color: Bool

    public init(language: MessageLanguage = .both, color: Bool = false) {
        self.language = language
        self.color = color
    }

    /// Every diagnostic, then the summary line. Ends with a line break.
    public func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        var out = ""
        for d in diagnostics { out += render(d) + "\n\n" }
        let style: Style = summary.errors > 0 ? .error : summary.warnings > 0 ? .warning : .success
        return out + paint(summary.line(language), style) + "\n"
    }

    /// One diagnostic, without a final line break.
    public func render(_ d: Diagnostic) -> String {
        let style: Style = d.severity == .error ? .error : .warning
        let head = paint("\(d.severity.rawValue)[\(d.code.rawValue)]", style)
        var lines = language.select(d.message).map { "\(head): " + paint(safe($0), .bold) }

        let number = String(d.location.line)
        let gutter = String(repeating: " ", count: number.count)
        let bar = paint("|", .gutter)
        lines.append("\(gutter)\(paint("-->", .gutter)) \(safe(d.file)):\(d.location.line):\(d.location.column)")
        if let source = d.sourceLine {
            let (indent, width) = Self.caret(in: source, column: d.location.column, length: d.length)
            lines.append("\(gutter) \(bar)")
            lines.append("\(paint(number, .gutter)) \(bar) \(DisplayWidth.terminalSafe(source))".trimmingTrailingSpaces())
            lines.append("\(gutter) \(bar) " + String(repeating: " ", count: indent) + paint(String(repeating: "^", count: width), style))
        }
        if let hint = d.hint {
            for (label, text) in zip(language.hintLabels, language.select(hint)) where !text.isEmpty {
                lines.append("\(gutter) = \(label): \(safe(text))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Where the caret line starts and how wide it is, in terminal columns, for `length`
    /// Unicode scalars from the 1-based scalar `column` of `line`. A position past the end
    /// of the line puts one caret just after it.
    public static func caret(in line: String, column: Int, length: Int) -> (indent: Int, width: Int) {
        let scalars = Array(line.unicodeScalars)
        let start = min(max(0, column - 1), scalars.count)
        let end = min(scalars.count, start + max(1, length))
        let indent = DisplayWidth.columns(of: scalars[..<start])
        let width = DisplayWidth.columns(of: scalars[start..<end])
        return (indent, max(1, width))
    }

    enum Style {
        case error, warning, success, gutter, bold

        var ansi: String {
            switch self {
            case .error: "1;31"
            case .warning: "1;33"
            case .success: "1;32"
            case .gutter: "1;34"
            case .bold: "1"
            }
        }
    }

    func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.ansi)m\(text)\u{1B}[0m" : text
    }

    /// Messages quote content and paths name files: neither may drive the terminal.
    func safe(_ text: String) -> String {
        DisplayWidth.terminalSafe(text)
    }
}

extension String {
    /// An empty source line leaves `7 | ` behind; drop the trailing space.
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
