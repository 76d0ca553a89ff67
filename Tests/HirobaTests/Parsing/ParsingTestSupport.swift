import Diagnostics
import Parsing

/// Helpers for the Parsing tests (namespaced to stay clear of other test files).
enum ParsingTest {
    /// Reads YAML that makes up the whole file (or starts at `startLine` of `fileText`).
    static func read(
        _ yaml: String, startLine: Int = 1, fileText: String? = nil
    ) -> (node: YAMLNode?, diagnostics: [Diagnostic]) {
        var diagnostics = FileDiagnostics(source: SourceFile(path: "test.yaml", text: fileText ?? yaml))
        let node = YAMLReader.read(yaml, startLine: startLine, diagnostics: &diagnostics)
        return (node, diagnostics.list)
    }

    static func entries(_ node: YAMLNode?) -> [YAMLMappingEntry] {
        guard case .mapping(let entries, _) = node else { return [] }
        return entries
    }

    static func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        entries(node).first { $0.key.text == key }?.value
    }

    static func key(_ node: YAMLNode?, _ key: String) -> YAMLScalar? {
        entries(node).first { $0.key.text == key }?.key
    }

    static func scalar(_ node: YAMLNode?) -> YAMLScalar? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar
    }

    static func items(_ node: YAMLNode?) -> [YAMLNode] {
        guard case .sequence(let items, _) = node else { return [] }
        return items
    }

    static func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(line: line, column: column)
    }

    /// Code and "line:column" of each diagnostic, for compact assertions.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code.rawValue)@\($0.location.line):\($0.location.column)" }
    }
}
