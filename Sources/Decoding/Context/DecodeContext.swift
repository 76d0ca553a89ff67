import Diagnostics
import Model
import Parsing

/// The state of decoding one file: its diagnostics and the references it makes.
/// Decoding never stops at the first problem; it records it here and goes on.
public struct DecodeContext: Sendable {
    public var diagnostics: FileDiagnostics
    public var references: [Reference] = []
    public let now: Instant
    public let requireEnglish: Bool

    public init(source: SourceFile, now: Instant, requireEnglish: Bool) {
        self.diagnostics = FileDiagnostics(source: source)
        self.now = now
        self.requireEnglish = requireEnglish
    }

    public var source: SourceFile { diagnostics.source }

    mutating func error(_ problem: ValueProblem, at scalar: YAMLScalar) {
        diagnostics.error(problem.code, at: scalar.start, text: scalar.text, message: problem.message, hint: problem.hint)
    }

    mutating func refer(_ target: Reference.Target, _ slug: String, at location: SourceLocation, length: Int? = nil,
                        isMarkdownLink: Bool = false) {
        references.append(Reference(
            target: target, slug: slug, source: source, location: location,
            length: length ?? slug.unicodeScalars.count, isMarkdownLink: isMarkdownLink))
    }
}
