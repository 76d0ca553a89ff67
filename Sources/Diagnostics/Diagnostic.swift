public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One problem found in the content, reported the way a compiler would:
/// where it is, what the wrong text was, what was expected, and how to fix it.
///
/// `message` is for the contributor; `note` (optional) is for the developer's log only.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var code: DiagnosticCode
    /// Path as shown to the user (relative to the working directory when possible).
    public var file: String
    public var location: SourceLocation
    /// Number of characters to underline, at least 1.
    public var length: Int
    /// The offending text as written, when there is one.
    public var text: String?
    public var message: Bilingual
    public var hint: Bilingual?
    /// The full source line at `location`, for the caret display.
    public var sourceLine: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, file: String, at location: SourceLocation,
        length: Int = 1, text: String? = nil, message: Bilingual, hint: Bilingual? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.file = file
        self.location = location
        self.length = max(1, length)
        self.text = text
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// Diagnostics are listed by file, then position, then code: the same input always
    /// prints the same report.
    public static func sortKey(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.location != b.location { return a.location < b.location }
        return a.code.rawValue < b.code.rawValue
    }
}
