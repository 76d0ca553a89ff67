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

    /// Escaping of a command's message.
    static func data(_ text: String) -> String {
        text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Escaping of a property value: as data, plus `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
