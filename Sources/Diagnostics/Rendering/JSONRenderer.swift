import Foundation

/// Machine-readable output: every diagnostic with both languages, and the summary.
/// Keys are sorted, so the same input always prints the same bytes.
public struct JSONRenderer: Sendable {
    public init() {}

    struct Entry: Encodable {
        let severity: String, code: String, file: String, line: Int, column: Int, length: Int
        let text: String?, message: Bilingual, hint: Bilingual?, sourceLine: String?
    }

    struct Report: Encodable {
        struct Summary: Encodable { let files: Int, errors: Int, warnings: Int }
        let diagnostics: [Entry]
        let summary: Summary
    }

    public func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        let report = Report(
            diagnostics: diagnostics.map {
                Entry(severity: $0.severity.rawValue, code: $0.code.rawValue, file: $0.file, line: $0.location.line,
                      column: $0.location.column, length: $0.length, text: $0.text, message: $0.message, hint: $0.hint,
                      sourceLine: $0.sourceLine)
            },
            summary: .init(files: summary.files, errors: summary.errors, warnings: summary.warnings))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
