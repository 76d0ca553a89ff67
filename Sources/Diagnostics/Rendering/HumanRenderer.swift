/// Compiler-style output for people: what is wrong, where, the line with a caret under
/// the offending text, and how to fix it.
///
///     error[E0304]: true か false のどちらかが必要です（`yes`）。
///     error[E0304]: expected true or false, found `yes`.
///       --> content/events/x.md:7:12
///        |
///      7 | with_ward: yes
///        |            ^^^
///        = ヒント: `yes` ではなく `true` と書いてください。
///        = hint: Write `true` instead of `yes`.
public struct HumanRenderer: Sendable {
    public var language: MessageLanguage
    public var color: Bool

    public init(language: MessageLanguage, color: Bool) {
        self.language = language
        self.color = color
    }

    public func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        var out = ""
        for d in diagnostics { out += render(d) + "\n" }
        out += paint(summary.line(language), summary.errors > 0 ? "1;31" : "1;32") + "\n"
        return out
    }

    public func render(_ d: Diagnostic) -> String {
        let head = d.severity == .error ? paint("error[\(d.code.rawValue)]", "1;31") : paint("warning[\(d.code.rawValue)]", "1;33")
        var lines = language.lines(d.message).map { "\(head): \($0)" }
        let number = String(d.location.line)
        let gutter = String(repeating: " ", count: number.count)
        lines.append("\(gutter)\(paint("-->", "1;34")) \(d.file):\(d.location.line):\(d.location.column)")
        if let source = d.sourceLine {
            let shown = source.replacingTabs()
            let indent = DisplayWidth.columns(of: String(source.unicodeScalars.prefix(d.location.column - 1)))
            let underlined = String(String.UnicodeScalarView(source.unicodeScalars.dropFirst(d.location.column - 1).prefix(d.length)))
            let width = max(1, DisplayWidth.columns(of: underlined))
            lines.append("\(gutter) \(paint("|", "1;34"))")
            lines.append("\(paint(number, "1;34")) \(paint("|", "1;34")) \(shown)")
            lines.append("\(gutter) \(paint("|", "1;34")) \(String(repeating: " ", count: indent))\(paint(String(repeating: "^", count: width), d.severity == .error ? "1;31" : "1;33"))")
        }
        if let hint = d.hint {
            let labels = language == .en ? ["hint"] : language == .ja ? ["ヒント"] : ["ヒント", "hint"]
            for (label, text) in zip(labels, language.lines(hint)) where !text.isEmpty {
                lines.append("\(gutter) = \(label): \(text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Terminal columns: East Asian wide and full-width characters take two, so carets line
/// up under Japanese text; a tab is shown as four spaces.
enum DisplayWidth {
    static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ c: Unicode.Scalar) -> Int {
        if c == "\t" { return 4 }
        let v = c.value
        if v < 0x1100 { return 1 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}

extension String {
    func replacingTabs() -> String {
        contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self
    }
}
