/// The text of one content file, kept so that diagnostics can quote the offending line.
public struct SourceFile: Sendable {
    /// Path as shown to the user.
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line, without its line ending. Lines are found by scanning
    /// on demand: only files with problems are ever asked, so nothing is indexed up front.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let utf8 = text.utf8
        var start = utf8.startIndex
        for _ in 1..<number {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = utf8.index(after: newline)
        }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        var line = String(text[start..<end])
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}

/// Collects the diagnostics of one file, attaching the quoted source line to each.
public struct FileDiagnostics: Sendable {
    public let source: SourceFile
    public private(set) var list: [Diagnostic] = []

    public init(source: SourceFile) {
        self.source = source
    }

    public var hasErrors: Bool { list.contains { $0.severity == .error } }

    public mutating func report(
        _ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation,
        length: Int? = nil, text: String? = nil, message: Bilingual, hint: Bilingual? = nil
    ) {
        let underline = length ?? text.map { max(1, $0.unicodeScalars.count) } ?? 1
        list.append(Diagnostic(
            severity, code, file: source.path, at: location, length: underline, text: text,
            message: message, hint: hint, sourceLine: source.line(location.line)))
    }

    public mutating func error(
        _ code: DiagnosticCode, at location: SourceLocation, length: Int? = nil, text: String? = nil,
        message: Bilingual, hint: Bilingual? = nil
    ) {
        report(.error, code, at: location, length: length, text: text, message: message, hint: hint)
    }

    public mutating func warning(
        _ code: DiagnosticCode, at location: SourceLocation, length: Int? = nil, text: String? = nil,
        message: Bilingual, hint: Bilingual? = nil
    ) {
        report(.warning, code, at: location, length: length, text: text, message: message, hint: hint)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        list.append(contentsOf: other)
    }
}
