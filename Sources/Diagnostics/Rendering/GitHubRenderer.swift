/// GitHub Actions workflow commands, which GitHub shows as annotations on the lines of a
/// pull request, one line per diagnostic:
///
///     ::error file=content/events/x.md,line=7,col=12,endColumn=15,title=E0304::expected true or false, found `yes`.%0AWrite `true` instead of `yes`.
///
/// The message is the message then the hint, in the chosen language(s), one per line
/// (`%0A`). `endColumn` is exclusive (`col` + `length`), as ruff and ESLint report it.
/// The report ends with the summary line as plain text.
public struct GitHubRenderer: Sendable {
    public var language: MessageLanguage

    public init(language: MessageLanguage = .both) {
        self.language = language
    }

    /// Every annotation, then the summary line. Ends with a line break.
    public func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        var out = ""
        for d in diagnostics { out += render(d) + "\n" }
        return out + summary.line(language) + "\n"
    }

    /// One workflow command, without a line break.
    public func render(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : "warning"
        let properties = [
            "file=" + Self.escapeProperty(d.file),
            "line=\(d.location.line)",
            "col=\(d.location.column)",
            "endColumn=\(d.location.column + d.length)",
            "title=" + Self.escapeProperty(d.code.rawValue),
        ].joined(separator: ",")
        var lines = language.select(d.message)
        if let hint = d.hint { lines += language.select(hint).filter { !$0.isEmpty } }
        return "::\(command) \(properties)::" + lines.map(Self.escapeData).joined(separator: "%0A")
    }

    /// Escaping of a command's message: `%` → `%25`, CR → `%0D`, LF → `%0A`.
    /// Done on scalars: in Swift `\r\n` is a single Character.
    public static func escapeData(_ text: String) -> String {
        escape(text, property: false)
    }

    /// Escaping of a property value: as for data, and also `:` → `%3A`, `,` → `%2C`.
    public static func escapeProperty(_ text: String) -> String {
        escape(text, property: true)
    }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c {
            case "%": out.append(contentsOf: "%25".unicodeScalars)
            case "\r": out.append(contentsOf: "%0D".unicodeScalars)
            case "\n": out.append(contentsOf: "%0A".unicodeScalars)
            case ":" where property: out.append(contentsOf: "%3A".unicodeScalars)
            case "," where property: out.append(contentsOf: "%2C".unicodeScalars)
            default: out.append(c)
            }
        }
        return String(out)
    }
}
