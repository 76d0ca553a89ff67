import Foundation

/// Machine-readable output, always with both languages:
///
///     {"diagnostics": [{"severity", "code", "file", "line", "column", "length", "text",
///                       "message": {"ja", "en"}, "hint": {"ja", "en"} | null, "sourceLine"}],
///      "summary": {"files", "errors", "warnings"}}
///
/// Every key is always present (`text`, `hint` and `sourceLine` may be `null`). Keys are
/// sorted and the output pretty-printed, so the same input always prints the same bytes.
public struct JSONRenderer: Sendable {
    public init() {}

    /// The report as UTF-8 JSON text, ending with a line break.
    public func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        String(decoding: data(diagnostics, summary: summary), as: UTF8.self) + "\n"
    }

    /// The report as UTF-8 JSON, without a final line break.
    public func data(_ diagnostics: [Diagnostic], summary: ReportSummary) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let report = Report(diagnostics: diagnostics.map(Entry.init), summary: summary)
        // Only strings, integers and nulls: encoding cannot fail.
        return (try? encoder.encode(report)) ?? Data(#"{"diagnostics":[],"summary":null}"#.utf8)
    }

    struct Report: Encodable {
        let diagnostics: [Entry]
        let summary: ReportSummary
    }

    struct Entry: Encodable {
        let d: Diagnostic

        enum Key: String, CodingKey {
            case severity, code, file, line, column, length, text, message, hint, sourceLine
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(d.severity.rawValue, forKey: .severity)
            try c.encode(d.code.rawValue, forKey: .code)
            try c.encode(d.file, forKey: .file)
            try c.encode(d.location.line, forKey: .line)
            try c.encode(d.location.column, forKey: .column)
            try c.encode(d.length, forKey: .length)
            try c.encode(d.text, forKey: .text)  // Optional: encodes null when absent
            try c.encode(d.message, forKey: .message)
            try c.encode(d.hint, forKey: .hint)
            try c.encode(d.sourceLine, forKey: .sourceLine)
        }
    }
}
