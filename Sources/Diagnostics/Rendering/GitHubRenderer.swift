/// GitHub Actions workflow commands, which GitHub shows as annotations on the changed
/// lines of a pull request: `::error file=…,line=…,col=…,endColumn=…,title=…::message`.
public struct GitHubRenderer: Sendable {
    public var language: MessageLanguage

    public init(language: MessageLanguage) {
        self.language = language
    }

    public func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        var out = ""
        for d in diagnostics { out += render(d) + "\n" }
        return out + summary.line(language) + "\n"
    }

    public func render(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : "warning"
        let properties = [
            "file=" + Self.property(d.file), "line=\(d.location.line)", "col=\(d.location.column)",
            "endColumn=\(d.location.column + d.length)", "title=" + Self.property(d.code.rawValue),
        ].joined(separator: ",")
        var lines = language.lines(d.message)
        if let hint = d.hint { lines += language.lines(hint).filter { !$0.isEmpty } }
        return "::\(command) \(properties)::" + lines.map(Self.data).joined(separator: "%0A")
    }

    /// Escaping of a command's message. Done on scalars: `\r\n` is one Character in Swift.
    static func data(_ text: String) -> String {
        escape(text, extra: false)
    }

    /// Escaping of a property value: as data, plus `:` and `,`.
    static func property(_ text: String) -> String {
        escape(text, extra: true)
    }

    private static func escape(_ text: String, extra: Bool) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where extra: out += "%3A"
            case "," where extra: out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
