import Diagnostics
import Parsing

/// The YAML reader and the front-matter splitter, on text as the loader would pass it.
enum ParsingFuzzer {
    static func yaml(_ bytes: [UInt8]) {
        guard let source = FuzzInput.source(bytes, path: "fuzz.yaml") else { return }
        var diagnostics = FileDiagnostics(source: source)
        _ = YAMLReader.read(source.text, startLine: 1, diagnostics: &diagnostics)
    }

    static func frontMatter(_ bytes: [UInt8]) {
        guard let source = FuzzInput.source(bytes, path: "fuzz.md") else { return }
        var diagnostics = FileDiagnostics(source: source)
        if let split = FrontMatter.split(source.text, diagnostics: &diagnostics) {
            precondition(split.bodyStartLine > split.yamlStartLine, "body starts after the front matter")
            _ = YAMLReader.read(split.yaml, startLine: split.yamlStartLine, diagnostics: &diagnostics)
        }
        _ = FrontMatter.splitTranslation(source.text)
    }
}
